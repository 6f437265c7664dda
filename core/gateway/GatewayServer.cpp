#include "gateway/GatewayServer.h"

#include "gateway/BearerToken.h"
#include "gateway/BoundedTcpServer.h"
#include "gateway/ClientAgent.h"
#include "gateway/CompletionExchange.h"
#include "gateway/CompletionRequest.h"
#include "gateway/HttpReply.h"
#include "routing/Router.h"

#include <QCoreApplication>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>
#include <QTcpSocket>

namespace Gateway {
namespace {

/// Room for the request line and headers on top of the body limit.
constexpr qint64 kHeaderAllowance = 64 * 1024;
/// How long stop() waits for answers to go out to clients that do not read.
constexpr int kStopDeadlineMs = 3'000;

QByteArray headerValue(const QHttpServerRequest& request, QByteArrayView name)
{
    const QList<QPair<QByteArray, QByteArray>> headers = request.headers();
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

/// The complete answer to a connection that sent more than a request may hold.
QByteArray tooLargeResponse(qint64 maxBodyBytes)
{
    const QByteArray body =
        ApiError::tooLarge(QCoreApplication::translate(
                               "Gateway", "The request is larger than this gateway accepts (a "
                                          "body of at most %1 bytes).")
                               .arg(maxBodyBytes))
            .body();
    return "HTTP/1.1 413 Payload Too Large\r\nContent-Type: application/json\r\nContent-Length: "
           + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
}

} // namespace

GatewayServer::GatewayServer(Routing::Router& router, QString modelCacheDirectory, QObject* parent)
    : QObject(parent)
    , m_router(router)
    , m_models(router.config(), std::move(modelCacheDirectory))
{
    m_stopDeadline.setSingleShot(true);
    m_stopDeadline.setInterval(kStopDeadlineMs);
    connect(&m_stopDeadline, &QTimer::timeout, this, [this] {
        const QSet<QObject*> left = std::exchange(m_exchanges, {});
        qDeleteAll(left);
        checkStopped();
    });
}

GatewayServer::~GatewayServer()
{
    // Requests in flight refer to the router and to QHttpServer's sockets: they go first, each
    // recorded as cancelled.
    const QSet<QObject*> left = std::exchange(m_exchanges, {});
    for (QObject* object : left) {
        object->disconnect(this);
        if (auto* exchange = qobject_cast<CompletionExchange*>(object))
            exchange->shutDown();
    }
    qDeleteAll(left);
    delete m_http;
}

void GatewayServer::setToken(const QString& token)
{
    m_token = token;
}

bool GatewayServer::isLoopback(const QHostAddress& address)
{
    return address.isLoopback();
}

QString GatewayServer::start(const GatewayOptions& options)
{
    if (isListening())
        return tr("the gateway is already listening on %1").arg(baseUrl().toString());
    if (m_stopping)
        return tr("the gateway is still stopping; start it again once it has stopped");
    m_options = options;
    auto* tcp = new BoundedTcpServer(options.limits.maxBodyBytes + kHeaderAllowance,
                                     tooLargeResponse(options.limits.maxBodyBytes));
    m_listenError = QAbstractSocket::UnknownSocketError;
    if (!tcp->listen(options.address, options.port)) {
        m_listenError = tcp->serverError();
        const QString error =
            tr("cannot listen on %1 port %2: %3")
                .arg(options.address.toString())
                .arg(options.port)
                .arg(tcp->serverError() == QAbstractSocket::AddressInUseError
                         ? tr("the port is already in use (choose another with --port, or "
                              "--port 0 for any free one)")
                         : tcp->errorString());
        delete tcp;
        return error;
    }
    m_http = new QHttpServer(this);
    addRoutes();
    m_http->bind(tcp);
    m_address = tcp->serverAddress();
    m_port = tcp->serverPort();
    m_requestCount = 0;
    return {};
}

void GatewayServer::addRoutes()
{
    m_http->route(QStringLiteral("/v1/chat/completions"), QHttpServerRequest::Method::Post,
                  [this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
                      onChatCompletion(request, std::move(responder));
                  });
    m_http->route(QStringLiteral("/v1/models"), QHttpServerRequest::Method::Get,
                  [this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
                      onModels(request, std::move(responder));
                  });
    m_http->route(QStringLiteral("/health"), QHttpServerRequest::Method::Get,
                  [this](const QHttpServerRequest&, QHttpServerResponder&& responder) {
                      BoundedTcpServer::requestHandled(responder.socket());
                      HttpReply* reply = replyFor(std::move(responder), false);
                      reply->sendJson(200, QByteArrayLiteral("{\"status\":\"ok\"}"));
                  });
    m_http->setMissingHandler(
        [this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
            onMissing(request, std::move(responder));
        });
}

HttpReply* GatewayServer::replyFor(QHttpServerResponder&& responder, bool counted)
{
    auto* reply = new HttpReply(std::move(responder), this);
    track(reply, counted);
    connect(reply, &HttpReply::flushed, this, [this, reply] { untrack(reply); });
    connect(reply, &HttpReply::clientGone, this, [this, reply] { untrack(reply); });
    return reply;
}

void GatewayServer::track(HttpReply* reply, bool counted)
{
    m_exchanges.insert(reply);
    if (counted)
        ++m_requestCount;
    Q_EMIT requestCountChanged(m_requestCount, activeRequests());
}

void GatewayServer::untrack(QObject* exchangeOrReply)
{
    if (!m_exchanges.remove(exchangeOrReply))
        return;
    exchangeOrReply->disconnect(this);
    exchangeOrReply->deleteLater();
    Q_EMIT requestCountChanged(m_requestCount, activeRequests());
    checkStopped();
}

bool GatewayServer::authorized(const QHttpServerRequest& request, HttpReply* reply) const
{
    if (bearerMatches(headerValue(request, "Authorization"), m_token.toUtf8()))
        return true;
    const bool sent = !headerValue(request, "Authorization").isEmpty();
    reply->sendError(ApiError::unauthorized(
        sent ? tr("Incorrect gateway token provided. The token is in the keychain: "
                  "switchboard-cli serve --print-token prints it.")
             : tr("You didn't provide a gateway token. Send it as 'Authorization: Bearer TOKEN'; "
                  "switchboard-cli serve --print-token prints it.")));
    return false;
}

void GatewayServer::onChatCompletion(const QHttpServerRequest& request,
                                     QHttpServerResponder&& responder)
{
    BoundedTcpServer::requestHandled(responder.socket());
    HttpReply* reply = replyFor(std::move(responder));
    if (!authorized(request, reply))
        return;
    if (m_stopping) {
        reply->sendError(ApiError::shuttingDown());
        return;
    }
    ParsedCompletion parsed = parseCompletionRequest(request.body(), m_options.limits);
    if (!parsed.request) {
        reply->sendError(parsed.error);
        return;
    }
    ApiError error;
    std::optional<Routing::Route> route = m_models.resolve(parsed.request->model, &error);
    if (!route) {
        reply->sendError(error);
        return;
    }
    // From here the exchange owns the reply and is what is in flight.
    m_exchanges.remove(reply);
    reply->disconnect(this);
    auto* exchange = new CompletionExchange(
        m_router, std::move(*parsed.request), std::move(*route),
        clientAgentForLedger(headerValue(request, "User-Agent")), reply, this);
    m_exchanges.insert(exchange);
    connect(exchange, &CompletionExchange::finished, this, [this, exchange] { untrack(exchange); });
    exchange->start();
}

void GatewayServer::onModels(const QHttpServerRequest& request, QHttpServerResponder&& responder)
{
    BoundedTcpServer::requestHandled(responder.socket());
    HttpReply* reply = replyFor(std::move(responder));
    if (authorized(request, reply))
        reply->sendJson(200, m_models.listJson());
}

void GatewayServer::onMissing(const QHttpServerRequest& request, QHttpServerResponder&& responder)
{
    BoundedTcpServer::requestHandled(responder.socket());
    HttpReply* reply = replyFor(std::move(responder));
    const QString path = request.url().path();
    const QString method = QString::fromLatin1(
        QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(int(request.method())));
    if (path == u"/v1/chat/completions" || path == u"/v1/models" || path == u"/health") {
        reply->sendError(
            ApiError::methodNotAllowed(tr("%1 is not allowed on %2.").arg(method.toUpper(), path)),
            {{"Allow", path == u"/v1/chat/completions" ? "POST" : "GET"}});
        return;
    }
    reply->sendError(ApiError::notFound(
        tr("Invalid URL (%1 %2); this gateway serves POST /v1/chat/completions, GET /v1/models "
           "and GET /health.")
            .arg(method.toUpper(), path)));
}

void GatewayServer::stop()
{
    if (!m_http || m_stopping)
        return;
    m_stopping = true;
    for (QTcpServer* server : m_http->servers())
        server->close();
    const QList<QObject*> inFlight = m_exchanges.values();
    for (QObject* object : inFlight) {
        if (auto* exchange = qobject_cast<CompletionExchange*>(object);
            exchange && m_exchanges.contains(object))
            exchange->shutDown();
    }
    m_stopDeadline.start();
    QTimer::singleShot(0, this, &GatewayServer::checkStopped);
}

void GatewayServer::checkStopped()
{
    if (!m_stopping || !m_exchanges.isEmpty())
        return;
    m_stopDeadline.stop();
    m_stopping = false;
    // Later: this may run inside a signal of one of the server's sockets.
    if (QHttpServer* http = m_http.data()) {
        m_http = nullptr;
        http->deleteLater();
    }
    m_port = 0;
    Q_EMIT stopped();
}

bool GatewayServer::isListening() const
{
    if (!m_http)
        return false;
    const QList<QTcpServer*> servers = m_http->servers();
    return std::any_of(servers.cbegin(), servers.cend(),
                       [](const QTcpServer* s) { return s->isListening(); });
}

QHostAddress GatewayServer::address() const
{
    return m_address;
}

quint16 GatewayServer::port() const
{
    return m_port;
}

QUrl GatewayServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    const bool any = m_address == QHostAddress::Any || m_address == QHostAddress::AnyIPv4;
    url.setHost(any ? QStringLiteral("127.0.0.1") : m_address.toString());
    url.setPort(m_port);
    url.setPath(QStringLiteral("/v1"));
    return url;
}

} // namespace Gateway
