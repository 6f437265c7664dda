#pragma once

#include "gateway/GatewayToken.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

namespace Gateway {
class GatewayServer;
}
namespace Secrets {
class KeyStore;
}

namespace Session {

class ProfileSession;

/// The desktop app's local gateway (docs/GATEWAY.md, In the desktop app): turns a GatewayServer on
/// and off over the profile's services (its router and ledger writer, the ones the chat uses),
/// holds the bearer token (from the keychain, as `serve` does), and says what a panel shows: the
/// state, the address, the requests served and the last error in words the user can act on.
/// Everything runs on the event loop of the thread it lives on; nothing here blocks.
///
/// The on/off choice and the port are remembered in config.json ("gateway"; a hand edit takes
/// effect when the profile reloads); the token never is.
/// When the profile reloads (the settings wrote config.json) a running gateway stops at once over
/// the old services (requests in flight are recorded as cancelled) and starts again over the new
/// ones. Destroy it before the ProfileSession: the destructor stops the server at once.
class GatewayController final : public QObject {
    Q_OBJECT

public:
    enum class State {
        Off,      ///< not listening (lastError() may say why)
        Starting, ///< waiting for the keychain's token
        On,       ///< listening on baseUrl()
        Stopping, ///< answering what was in flight before it stops
    };
    Q_ENUM(State)

    /// Starts the gateway at once when config.json says it was on.
    GatewayController(ProfileSession& profile, Secrets::KeyStore& keyStore,
                      QObject* parent = nullptr);
    ~GatewayController() override;

    State state() const { return m_state; }
    /// What the user chose (the switch), which state() follows.
    bool isEnabled() const { return m_enabled; }
    /// The configured port (0: any free one).
    quint16 port() const { return m_port; }
    /// `http://127.0.0.1:PORT/v1` while On, else empty.
    QUrl baseUrl() const;
    /// The bearer token once it was read (a secret: show it only on the user's request).
    QString token() const { return m_token; }
    Gateway::TokenSource tokenSource() const { return m_tokenSource; }
    /// What the user should know about the token (no keychain: it changes with every start); empty
    /// when nothing.
    QString tokenNotice() const { return m_tokenNotice; }
    /// False when SWITCHBOARD_GATEWAY_TOKEN chose the token: then it is not ours to replace.
    bool canRegenerateToken() const;
    /// Requests served since the user turned it on (a reload does not reset it), and in flight.
    qint64 requestCount() const;
    int activeRequests() const;
    /// Why the gateway is not on, or why the last action failed; empty when all is well.
    QString lastError() const { return m_lastError; }

public Q_SLOTS:
    /// Turns it on or off, and remembers the choice in config.json.
    void setEnabled(bool enabled);
    /// Remembers the port; a running gateway moves to it at once.
    void setPort(quint16 port);
    /// A new token replaces the keychain's; the old one is refused from the next request on.
    void regenerateToken();

Q_SIGNALS:
    void stateChanged(Session::GatewayController::State state);
    void tokenChanged();
    void requestCountChanged(qint64 total, int active);
    void lastErrorChanged(const QString& error);
    /// isEnabled() or port() changed without the user's action here (config.json was edited and
    /// the profile reloaded).
    void choiceChanged();

private:
    void start();
    void listen();
    void stop();
    void dropServer(bool now);
    void onServerStopped();
    void setState(State state);
    void setLastError(const QString& error);
    void remember();

    ProfileSession& m_profile;
    Secrets::KeyStore& m_keyStore;
    QPointer<Gateway::GatewayServer> m_server;
    State m_state = State::Off;
    bool m_enabled = false;
    quint16 m_port = 0;
    QString m_token;
    Gateway::TokenSource m_tokenSource = Gateway::TokenSource::Memory;
    QString m_tokenNotice;
    bool m_obtainingToken = false;
    bool m_restartWhenStopped = false;
    qint64 m_servedBefore = 0; ///< by servers of earlier services since the user turned it on
    QString m_lastError;
};

} // namespace Session
