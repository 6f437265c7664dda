#pragma once

#include <QDialog>

namespace Ui {

/// Help ▸ About: the version, the Qt it runs on, and the licences of what it is built from.
class AboutDialog final : public QDialog {
    Q_OBJECT

public:
    explicit AboutDialog(QWidget* parent = nullptr);
};

} // namespace Ui
