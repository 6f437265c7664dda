#pragma once

#include <QToolButton>

namespace Session {
class GatewayController;
}

namespace Ui {

/// The local gateway in the status bar: off, on with the requests served, or a problem; its
/// tooltip holds the address or the error. Clicking it is the window's cue to open the panel.
class GatewayStatusButton final : public QToolButton {
    Q_OBJECT

public:
    explicit GatewayStatusButton(Session::GatewayController& gateway, QWidget* parent = nullptr);

private:
    void showState();

    Session::GatewayController& m_gateway;
};

} // namespace Ui
