#include "GatewayStatusButton.h"

#include "session/GatewayController.h"

namespace Ui {

using State = Session::GatewayController::State;

GatewayStatusButton::GatewayStatusButton(Session::GatewayController& gateway, QWidget* parent)
    : QToolButton(parent)
    , m_gateway(gateway)
{
    setObjectName(QStringLiteral("gatewayStatus"));
    setAutoRaise(true);
    setAccessibleName(tr("Local gateway"));
    connect(&gateway, &Session::GatewayController::stateChanged, this,
            &GatewayStatusButton::showState);
    connect(&gateway, &Session::GatewayController::requestCountChanged, this,
            &GatewayStatusButton::showState);
    connect(&gateway, &Session::GatewayController::lastErrorChanged, this,
            &GatewayStatusButton::showState);
    showState();
}

void GatewayStatusButton::showState()
{
    const QString error = m_gateway.lastError();
    switch (m_gateway.state()) {
    case State::On:
        setText(tr("Gateway on · %n served", nullptr,
                   int(qMin<qint64>(m_gateway.requestCount(), INT_MAX))));
        setToolTip(error.isEmpty() ? m_gateway.baseUrl().toString() : error);
        break;
    case State::Starting:
        setText(tr("Gateway starting…"));
        setToolTip({});
        break;
    case State::Stopping:
        setText(tr("Gateway stopping…"));
        setToolTip({});
        break;
    case State::Off:
        setText(error.isEmpty() || !m_gateway.isEnabled() ? tr("Gateway off")
                                                          : tr("Gateway off: see why"));
        setToolTip(error.isEmpty() ? tr("Open the local gateway to turn it on") : error);
        break;
    }
}

} // namespace Ui
