#include "GatewayPanel.h"

#include "MutedText.h"
#include "chat/ErrorNotice.h"

#include <QCheckBox>
#include <QClipboard>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Ui {

using State = Session::GatewayController::State;

GatewayPanel::GatewayPanel(Session::GatewayController& gateway, QWidget* parent)
    : QWidget(parent)
    , m_gateway(gateway)
    , m_switch(new QCheckBox(tr("&Serve the local gateway")))
    , m_stateLabel(new QLabel)
    , m_port(new QSpinBox)
    , m_address(new QLineEdit)
    , m_copyAddress(new QPushButton(tr("Copy &address")))
    , m_token(new QLineEdit)
    , m_reveal(new QPushButton(tr("S&how")))
    , m_copyToken(new QPushButton(tr("Copy &token")))
    , m_regenerate(new QPushButton(tr("&Regenerate…")))
    , m_tokenNotice(new QLabel)
    , m_requests(new QLabel)
    , m_copied(new QLabel)
    , m_error(new ErrorNotice)
{
    setObjectName(QStringLiteral("gatewayPanel"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("Editors, scripts and agents that speak the OpenAI API can use your routes, keys and "
           "ledger through this address. Only programs on this computer can reach it, and only "
           "with the token."));
    intro->setWordWrap(true);
    muteText(intro);
    layout->addWidget(intro);

    auto* switchRow = new QHBoxLayout;
    m_switch->setObjectName(QStringLiteral("gatewaySwitch"));
    m_stateLabel->setObjectName(QStringLiteral("gatewayState"));
    switchRow->addWidget(m_switch);
    switchRow->addStretch(1);
    switchRow->addWidget(m_stateLabel);
    layout->addLayout(switchRow);

    auto* form = new QFormLayout;
    m_port->setObjectName(QStringLiteral("gatewayPort"));
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("any free port"));
    m_port->setValue(gateway.port());
    m_port->setToolTip(tr("Takes effect at once; 0 picks any free port at each start."));
    m_port->setMaximumWidth(m_port->fontMetrics().horizontalAdvance(m_port->specialValueText())
                            + 60);
    auto* portRow = new QHBoxLayout;
    portRow->addWidget(m_port);
    portRow->addStretch(1);
    auto* portLabel = new QLabel(tr("&Port:"));
    portLabel->setBuddy(m_port);
    form->addRow(portLabel, portRow);

    auto* addressRow = new QHBoxLayout;
    m_address->setObjectName(QStringLiteral("gatewayAddress"));
    m_address->setReadOnly(true);
    m_address->setAccessibleName(tr("Gateway address"));
    m_copyAddress->setObjectName(QStringLiteral("copyGatewayAddress"));
    addressRow->addWidget(m_address, 1);
    addressRow->addWidget(m_copyAddress);
    form->addRow(tr("Address:"), addressRow);

    auto* tokenRow = new QHBoxLayout;
    m_token->setObjectName(QStringLiteral("gatewayToken"));
    m_token->setReadOnly(true);
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setAccessibleName(tr("Gateway token"));
    m_reveal->setObjectName(QStringLiteral("revealGatewayToken"));
    m_reveal->setCheckable(true);
    m_copyToken->setObjectName(QStringLiteral("copyGatewayToken"));
    m_regenerate->setObjectName(QStringLiteral("regenerateGatewayToken"));
    tokenRow->addWidget(m_token, 1);
    tokenRow->addWidget(m_reveal);
    tokenRow->addWidget(m_copyToken);
    tokenRow->addWidget(m_regenerate);
    form->addRow(tr("Token:"), tokenRow);
    m_tokenNotice->setWordWrap(true);
    muteText(m_tokenNotice);
    form->addRow(QString(), m_tokenNotice);

    m_requests->setObjectName(QStringLiteral("gatewayRequests"));
    form->addRow(tr("Requests:"), m_requests);
    layout->addLayout(form);

    m_copied->setObjectName(QStringLiteral("gatewayCopied"));
    muteText(m_copied);
    layout->addWidget(m_copied);
    layout->addWidget(m_error);
    layout->addStretch(1);

    connect(m_switch, &QCheckBox::clicked, &gateway, &Session::GatewayController::setEnabled);
    connect(m_port, &QSpinBox::editingFinished, this,
            [this] { m_gateway.setPort(quint16(m_port->value())); });
    connect(m_copyAddress, &QPushButton::clicked, this,
            [this] { copy(m_gateway.baseUrl().toString(), tr("Address copied.")); });
    connect(m_copyToken, &QPushButton::clicked, this, [this] {
        copy(m_gateway.token(), tr("Token copied. Paste it where the client asks for an API key."));
    });
    connect(m_reveal, &QPushButton::toggled, this, [this](bool shown) {
        m_token->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_reveal->setText(shown ? tr("&Hide") : tr("S&how"));
    });
    connect(m_regenerate, &QPushButton::clicked, this, &GatewayPanel::confirmRegenerate);

    connect(&gateway, &Session::GatewayController::stateChanged, this, &GatewayPanel::showState);
    connect(&gateway, &Session::GatewayController::tokenChanged, this, &GatewayPanel::showToken);
    connect(&gateway, &Session::GatewayController::requestCountChanged, this,
            &GatewayPanel::showRequestCount);
    connect(&gateway, &Session::GatewayController::lastErrorChanged, this,
            &GatewayPanel::showError);
    connect(&gateway, &Session::GatewayController::choiceChanged, this,
            [this] { m_port->setValue(m_gateway.port()); });
    showState();
    showToken();
    showRequestCount(gateway.requestCount(), gateway.activeRequests());
    showError(gateway.lastError());
}

void GatewayPanel::showState()
{
    const State state = m_gateway.state();
    m_switch->setChecked(state == State::On || state == State::Starting);
    switch (state) {
    case State::Off:
        m_stateLabel->setText(tr("Off"));
        break;
    case State::Starting:
        m_stateLabel->setText(tr("Starting…"));
        break;
    case State::On:
        m_stateLabel->setText(tr("On"));
        break;
    case State::Stopping:
        m_stateLabel->setText(tr("Stopping…"));
        break;
    }
    const QUrl url = m_gateway.baseUrl();
    m_address->setText(url.toString());
    m_address->setPlaceholderText(tr("Turn the gateway on to get its address"));
    m_copyAddress->setEnabled(!url.isEmpty());
}

void GatewayPanel::showToken()
{
    const QString token = m_gateway.token();
    m_token->setText(token);
    m_token->setCursorPosition(0);
    m_token->setPlaceholderText(tr("Made on first start, kept in the keychain"));
    m_reveal->setEnabled(!token.isEmpty());
    m_copyToken->setEnabled(!token.isEmpty());
    m_regenerate->setEnabled(m_gateway.canRegenerateToken());
    QString notice = m_gateway.tokenNotice();
    if (!m_gateway.canRegenerateToken())
        notice = tr("Chosen by %1 when Switchboard started.")
                     .arg(QString::fromLatin1(Gateway::GatewayToken::environmentVariable()));
    m_tokenNotice->setText(notice);
    m_tokenNotice->setVisible(!notice.isEmpty());
}

void GatewayPanel::showRequestCount(qint64 total, int active)
{
    const QString served = tr("%n served", nullptr, int(qMin<qint64>(total, INT_MAX)));
    m_requests->setText(active > 0 ? tr("%1, %2 in progress").arg(served).arg(active) : served);
}

void GatewayPanel::showError(const QString& error)
{
    m_error->setProblem(tr("The gateway needs your attention"), error, false, false);
    m_error->setVisible(!error.isEmpty());
}

void GatewayPanel::confirmRegenerate()
{
    if (m_confirm)
        return;
    m_confirm = new QMessageBox(QMessageBox::Warning, tr("Regenerate the gateway token?"),
                                tr("Every program that uses the current token is refused from "
                                   "its next request on, until you give it the new one."),
                                QMessageBox::Cancel, this);
    m_confirm->setObjectName(QStringLiteral("regenerateConfirmation"));
    QPushButton* replace = m_confirm->addButton(tr("&Regenerate"), QMessageBox::AcceptRole);
    replace->setObjectName(QStringLiteral("confirmRegenerate"));
    m_confirm->setDefaultButton(QMessageBox::Cancel);
    m_confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_confirm, &QMessageBox::buttonClicked, this, [this, replace](QAbstractButton* b) {
        if (b == replace)
            m_gateway.regenerateToken();
    });
    m_confirm->open(); // window-modal, no nested event loop
}

void GatewayPanel::copy(const QString& text, const QString& what)
{
    if (text.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(text);
    m_copied->setText(what);
}

} // namespace Ui
