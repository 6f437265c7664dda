#pragma once

#include <QWidget>

class QLabel;

namespace Ui {

/// Shown while the profile has no provider: says so and shows how to add one.
class WelcomePage final : public QWidget {
    Q_OBJECT

public:
    explicit WelcomePage(QWidget* parent = nullptr);
    void setConfigPath(const QString& path);

Q_SIGNALS:
    void reloadRequested();
    void openProfileFolderRequested();

private:
    QLabel* m_configPath;
};

} // namespace Ui
