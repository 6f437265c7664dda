#pragma once

#include <QDialog>

namespace Session {
class GatewayController;
}

namespace Ui {

class GatewayPanel;

/// Tools ▸ Local gateway…: the GatewayPanel in a window of its own with a Close button. Not
/// modal: the user copies the address and token into another program while it stays open.
class GatewayDialog final : public QDialog {
    Q_OBJECT

public:
    explicit GatewayDialog(Session::GatewayController& gateway, QWidget* parent = nullptr);

    GatewayPanel* panel() const { return m_panel; }

private:
    GatewayPanel* m_panel;
};

} // namespace Ui
