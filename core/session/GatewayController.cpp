#include "session/GatewayController.h"

#include "config/ConfigFile.h"
#include "gateway/GatewayServer.h"
#include "session/ProfileServices.h"
#include "session/ProfileSession.h"

namespace Session {

GatewayController::GatewayController(ProfileSession& profile, Secrets::KeyStore& keyStore,
                                     QObject* parent)
    : QObject(parent)
    , m_profile(profile)
    , m_keyStore(keyStore)
    , m_enabled(profile.config().gateway.enabled)
    , m_port(profile.config().gateway.port)
{
    // The server routes through the services about to be destroyed: it goes first, now.
    connect(&profile, &ProfileSession::aboutToReload, this, [this] {
        if (!m_server)
            return;
        m_servedBefore += m_server->requestCount();
        m_restartWhenStopped = false;
        dropServer(true);
        setState(m_obtainingToken ? State::Starting : State::Off);
        Q_EMIT requestCountChanged(requestCount(), activeRequests());
    });
    connect(&profile, &ProfileSession::reloaded, this, [this] {
        // config.json is the truth: a hand edit of "gateway" takes effect with the reload.
        if (m_profile.configErrors().isEmpty()) {
            const Config::GatewaySettings& file = m_profile.config().gateway;
            if (file.port != m_port || file.enabled != m_enabled) {
                m_port = file.port;
                m_enabled = file.enabled;
                Q_EMIT choiceChanged();
            }
        }
        if (m_enabled && m_state == State::Off)
            start();
        else if (!m_enabled)
            stop();
    });
    if (m_enabled)
        start();
}

GatewayController::~GatewayController()
{
    dropServer(true); // before the router it routes through; in-flight requests are cancelled
}

QUrl GatewayController::baseUrl() const
{
    return m_state == State::On && m_server ? m_server->baseUrl() : QUrl();
}

bool GatewayController::canRegenerateToken() const
{
    return m_tokenSource != Gateway::TokenSource::Environment;
}

qint64 GatewayController::requestCount() const
{
    return m_servedBefore + (m_server ? m_server->requestCount() : 0);
}

int GatewayController::activeRequests() const
{
    return m_server ? m_server->activeRequests() : 0;
}

void GatewayController::setEnabled(bool enabled)
{
    const bool changed = enabled != m_enabled;
    m_enabled = enabled;
    if (enabled) {
        if (m_state == State::Off) {
            m_servedBefore = 0;
            start();
        } else if (m_state == State::Stopping) {
            m_restartWhenStopped = true;
        }
    } else {
        m_restartWhenStopped = false;
        setLastError({});
        stop();
    }
    if (changed)
        remember();
}

void GatewayController::setPort(quint16 port)
{
    if (port == m_port)
        return;
    m_port = port;
    remember();
    if (m_state == State::On || m_state == State::Stopping) {
        m_restartWhenStopped = m_enabled;
        stop();
    }
}

void GatewayController::regenerateToken()
{
    if (!canRegenerateToken()) {
        setLastError(tr("The token is the one in %1, so it is not replaced here. Change or unset "
                        "that variable and start Switchboard again.")
                         .arg(QString::fromLatin1(Gateway::GatewayToken::environmentVariable())));
        return;
    }
    if (m_obtainingToken)
        return; // the token being read would overwrite the new one
    m_obtainingToken = true;
    Gateway::GatewayToken::regenerate(m_keyStore, this, [this](const Gateway::TokenResult& t) {
        m_obtainingToken = false;
        m_token = t.token;
        m_tokenSource = t.source;
        m_tokenNotice = t.message;
        if (m_server)
            m_server->setToken(m_token); // the old token is refused from the next request on
        Q_EMIT tokenChanged();
        if (m_enabled && m_state == State::Starting && !m_server)
            listen();
    });
}

void GatewayController::start()
{
    setLastError({});
    if (!m_token.isEmpty()) {
        listen();
        return;
    }
    setState(State::Starting);
    if (m_obtainingToken)
        return;
    m_obtainingToken = true;
    Gateway::GatewayToken::obtain(m_keyStore, this, [this](const Gateway::TokenResult& t) {
        m_obtainingToken = false;
        if (!t.error.isEmpty()) {
            setLastError(t.error);
            setState(State::Off);
            return;
        }
        m_token = t.token;
        m_tokenSource = t.source;
        m_tokenNotice = t.message;
        Q_EMIT tokenChanged();
        if (m_enabled && !m_server)
            listen();
    });
}

void GatewayController::listen()
{
    auto* server = new Gateway::GatewayServer(m_profile.services().router(),
                                              m_profile.profile().modelCacheDirectory(), this);
    server->setToken(m_token);
    Gateway::GatewayOptions options;
    options.port = m_port;
    if (const QString error = server->start(options); !error.isEmpty()) {
        const QAbstractSocket::SocketError why = server->listenError();
        delete server;
        setLastError(why == QAbstractSocket::AddressInUseError
                         ? tr("Port %1 is already in use by another program. Choose another port "
                              "(0 picks any free one), or quit the program that uses it, then "
                              "turn the gateway on again.")
                               .arg(m_port)
                         : tr("The gateway could not start: %1").arg(error));
        setState(State::Off);
        return;
    }
    m_server = server;
    connect(server, &Gateway::GatewayServer::requestCountChanged, this,
            [this] { Q_EMIT requestCountChanged(requestCount(), activeRequests()); });
    connect(server, &Gateway::GatewayServer::stopped, this, &GatewayController::onServerStopped);
    setState(State::On);
    Q_EMIT requestCountChanged(requestCount(), activeRequests());
}

void GatewayController::stop()
{
    if (m_server && m_server->isListening()) {
        setState(State::Stopping);
        m_server->stop(); // `stopped` follows once what was in flight has been answered
        return;
    }
    if (m_state == State::Stopping)
        return;
    dropServer(true);
    setState(State::Off);
}

void GatewayController::onServerStopped()
{
    m_servedBefore += m_server ? m_server->requestCount() : 0;
    dropServer(false); // inside the server's own signal
    setState(State::Off);
    Q_EMIT requestCountChanged(requestCount(), activeRequests());
    if (std::exchange(m_restartWhenStopped, false) && m_enabled)
        start();
}

void GatewayController::dropServer(bool now)
{
    Gateway::GatewayServer* server = m_server.data();
    m_server = nullptr;
    if (!server)
        return;
    server->disconnect(this);
    if (now)
        delete server;
    else
        server->deleteLater();
}

void GatewayController::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void GatewayController::setLastError(const QString& error)
{
    if (error == m_lastError)
        return;
    m_lastError = error;
    Q_EMIT lastErrorChanged(error);
}

void GatewayController::remember()
{
    const auto fail = [this](const QString& why) {
        setLastError(m_lastError.isEmpty() ? why : m_lastError + u'\n' + why);
    };
    // Read again rather than taking the session's copy: what else changed on disk stays.
    const Config::ConfigFile file(m_profile.profile().configPath());
    Config::LoadResult loaded = file.load();
    if (!loaded.ok()) {
        fail(tr("The choice is not remembered for the next start: "
                "%1 (fix config.json and it will be).")
                 .arg(loaded.errors.constFirst()));
        return;
    }
    Config::GatewaySettings& gateway = loaded.config.gateway;
    if (gateway.enabled == m_enabled && gateway.port == m_port)
        return;
    gateway.enabled = m_enabled;
    gateway.port = m_port;
    if (const QString error = file.save(loaded.config); !error.isEmpty())
        fail(tr("The choice is not remembered for the next start: %1").arg(error));
    else
        m_profile.rememberGateway(gateway);
}

} // namespace Session
