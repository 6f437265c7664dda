#pragma once

#include "gateway/GatewayModels.h"
#include "gateway/GatewayOptions.h"

#include <QAbstractSocket>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QTimer>
#include <QUrl>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;

namespace Routing {
class Router;
}

namespace Gateway {

class CompletionExchange;
class HttpReply;

/// The local OpenAI-compatible endpoint over the router (docs/GATEWAY.md): `POST
/// /v1/chat/completions` (streamed or not), `GET /v1/models` and `GET /health` on QHttpServer,
/// every route but the health check behind the bearer token. Requests are routed with origin
/// `gateway`. Built by a composition root (`serve`, the GUI's switch) that owns the router and
/// hands over the token (GatewayToken).
class GatewayServer : public QObject {
    Q_OBJECT

public:
    /// `modelCacheDirectory`: the profile's cached model lists, for GET /v1/models.
    GatewayServer(Routing::Router& router, QString modelCacheDirectory, QObject* parent = nullptr);
    ~GatewayServer() override;

    /// The token clients must send as `Authorization: Bearer TOKEN`; takes effect for the next
    /// request. Until one is set every request but the health check is refused.
    void setToken(const QString& token);

    /// Starts listening. Returns a readable error (the port is taken, the address is not this
    /// machine's, …), empty on success. A running server keeps running and says so.
    QString start(const GatewayOptions& options);
    /// Why the last start() could not listen (AddressInUseError: the port is taken), for an
    /// embedder that words the error its own way; UnknownSocketError after a start that listened.
    QAbstractSocket::SocketError listenError() const { return m_listenError; }
    /// Stops listening and cancels every request in flight (recorded as `cancelled`; each client
    /// gets a 503 or, mid-stream, an in-band error). `stopped` follows once their answers have
    /// gone out (at most a few seconds for clients that do not read).
    void stop();

    bool isListening() const;
    QHostAddress address() const;
    quint16 port() const;
    /// `http://ADDRESS:PORT/v1`, what an OpenAI client's base URL is set to.
    QUrl baseUrl() const;
    /// Requests received since start (health checks aside), and those in flight.
    qint64 requestCount() const { return m_requestCount; }
    int activeRequests() const { return int(m_exchanges.size()); }

    /// Whether `address` is on this machine (127.0.0.0/8, ::1): anything else reaches the network
    /// and needs the user's explicit choice.
    static bool isLoopback(const QHostAddress& address);

Q_SIGNALS:
    /// Every time a request arrives or ends.
    void requestCountChanged(qint64 total, int active);
    /// After stop(), once the last answer went out.
    void stopped();

private:
    void addRoutes();
    bool authorized(const QHttpServerRequest& request, HttpReply* reply) const;
    void onChatCompletion(const QHttpServerRequest& request, QHttpServerResponder&& responder);
    void onModels(const QHttpServerRequest& request, QHttpServerResponder&& responder);
    void onMissing(const QHttpServerRequest& request, QHttpServerResponder&& responder);
    /// A reply tracked until it went out; `counted`: it counts as a request (health checks
    /// do not).
    HttpReply* replyFor(QHttpServerResponder&& responder, bool counted = true);
    void track(HttpReply* reply, bool counted);
    void untrack(QObject* exchangeOrReply);
    void checkStopped();

    Routing::Router& m_router;
    GatewayModels m_models;
    QString m_token;
    GatewayOptions m_options;
    QPointer<QHttpServer> m_http;
    QHostAddress m_address;
    quint16 m_port = 0;
    QAbstractSocket::SocketError m_listenError = QAbstractSocket::UnknownSocketError;
    QSet<QObject*> m_exchanges; ///< CompletionExchanges and other replies still going out
    qint64 m_requestCount = 0;
    bool m_stopping = false;
    QTimer m_stopDeadline;
};

} // namespace Gateway
