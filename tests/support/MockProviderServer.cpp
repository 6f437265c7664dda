#include "MockProviderServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <utility>

namespace TestSupport {

namespace {

/// One step of playing a reply: wait `delayMs`, then act.
struct Step {
    enum class Kind { Write, StallForever, Drop, Finish };
    Kind kind = Kind::Write;
    int delayMs = 0;
    QByteArray bytes;
};

QByteArray withoutQuery(const QByteArray& path)
{
    const qsizetype query = path.indexOf('?');
    return query < 0 ? path : path.first(query);
}

QByteArray headerBlock(const MockReply& reply, bool hasBody, bool chunked, bool closeAfter)
{
    QByteArray head =
        "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reply.reasonPhrase() + "\r\n";
    if (hasBody && reply.header("Content-Type").isNull())
        head += "Content-Type: " + reply.contentType() + "\r\n";
    if (hasBody && reply.header("Content-Length").isNull()
        && reply.header("Transfer-Encoding").isNull())
        head += chunked ? QByteArray("Transfer-Encoding: chunked\r\n")
                        : "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
    if (closeAfter && reply.header("Connection").isNull())
        head += "Connection: close\r\n";
    for (const auto& [name, value] : reply.headers)
        head += name + ": " + value + "\r\n";
    return head + "\r\n";
}

/// Turns a reply into timed writes. Body byte offsets (splits, stall, drop) cut the body into
/// pieces; in chunked mode each piece is one HTTP chunk.
QList<Step> buildPlan(const MockReply& reply, bool closeAfter)
{
    if (reply.dropBeforeHeaders)
        return {{Step::Kind::Drop, reply.headerDelayMs, {}}};

    const bool hasBody = reply.status >= 200 && reply.status != 204 && reply.status != 304;
    const bool chunked = hasBody && reply.usesChunkedEncoding();
    QList<Step> plan{
        {Step::Kind::Write, reply.headerDelayMs, headerBlock(reply, hasBody, chunked, closeAfter)}};
    if (!hasBody)
        return plan << Step{Step::Kind::Finish, 0, {}};

    const qsizetype dropAt =
        reply.dropAfterBytes >= 0 ? qMin(reply.dropAfterBytes, reply.body.size()) : qsizetype(-1);
    const qsizetype end = dropAt >= 0 ? dropAt : reply.body.size();
    const qsizetype stallAt = reply.stallAfterBytes <= end ? reply.stallAfterBytes : -1;

    QList<qsizetype> cuts;
    qsizetype at = 0;
    for (const qsizetype n : reply.splits) {
        if (n > 0 && (at += n) < end)
            cuts.append(at);
    }
    if (stallAt > 0 && stallAt < end)
        cuts.append(stallAt);
    if (end > 0)
        cuts.append(end);
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());

    int delay = reply.firstByteDelayMs;
    qsizetype from = 0;
    const auto stallHere = [&] {
        if (from != stallAt)
            return false;
        if (reply.stallMs < 0) {
            plan.append({Step::Kind::StallForever, delay, {}});
            return true;
        }
        delay += reply.stallMs;
        return false;
    };
    for (const qsizetype cut : cuts) {
        if (stallHere())
            return plan;
        const QByteArray piece = reply.body.mid(from, cut - from);
        plan.append(
            {Step::Kind::Write, delay,
             chunked ? QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n" : piece});
        delay = reply.chunkDelayMs;
        from = cut;
    }
    if (!cuts.isEmpty())
        delay = 0;
    if (stallHere())
        return plan;
    if (dropAt >= 0)
        return plan << Step{Step::Kind::Drop, delay, {}};
    if (chunked)
        plan.append({Step::Kind::Write, std::exchange(delay, 0), "0\r\n\r\n"});
    return plan << Step{Step::Kind::Finish, delay, {}};
}

QByteArray jsonBytes(const QJsonDocument& document)
{
    return document.toJson(QJsonDocument::Compact);
}

} // namespace

namespace detail {

/// One accepted connection: parses requests one after another (keep-alive, pipelining) and plays
/// each reply's plan with its own timer. Client disconnects cancel the plan.
class MockConnection : public QObject {
public:
    MockConnection(QTcpSocket* socket, MockProviderServer* server)
        : QObject(server)
        , m_server(server)
        , m_socket(socket)
    {
        m_socket->setParent(this);
        m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1); // every write on its own
        m_timer.setSingleShot(true);
        m_timer.setTimerType(Qt::PreciseTimer); // never early: tests assert ">= delay"
        connect(&m_timer, &QTimer::timeout, this, &MockConnection::runSteps);
        connect(m_socket, &QTcpSocket::readyRead, this, &MockConnection::onReadyRead);
        connect(m_socket, &QTcpSocket::bytesWritten, this, [this] {
            if (m_waitingForFlush && m_socket->bytesToWrite() == 0) {
                m_waitingForFlush = false;
                runSteps();
            }
        });
        connect(m_socket, &QTcpSocket::disconnected, this, &MockConnection::onDisconnected);
        if (m_socket->state() != QAbstractSocket::ConnectedState)
            QTimer::singleShot(0, this, &MockConnection::onDisconnected);
        else if (m_socket->bytesAvailable() > 0)
            QTimer::singleShot(0, this, &MockConnection::onReadyRead);
    }

    ~MockConnection() override
    {
        m_timer.stop();
        m_socket->disconnect(this);
        m_socket->abort();
    }

    bool isOpen() const { return !m_closed; }

private:
    void onReadyRead()
    {
        if (m_closed)
            return;
        m_input += m_socket->readAll();
        if (!m_busy)
            processInput();
    }

    void onDisconnected()
    {
        if (m_closed)
            return;
        m_closed = true;
        m_timer.stop();
        m_steps.clear();
        deleteLater();
    }

    void processInput()
    {
        while (!m_closed && !m_busy) {
            const HttpRequestParser::Result result = m_parser.parse(m_input);
            if (result == HttpRequestParser::Result::NeedMoreData) {
                if (m_parser.expectsContinue() && !m_continueSent) {
                    m_continueSent = true;
                    m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
                    m_socket->flush();
                }
                return;
            }
            if (result == HttpRequestParser::Result::Error) {
                m_input.clear();
                play(MockReply::openAiError(m_parser.errorStatus(),
                                            QString::fromLatin1(m_parser.errorMessage())),
                     true);
                return;
            }
            m_continueSent = false;
            const bool keepAlive = m_parser.keepAlive();
            const RecordedRequest request = m_parser.takeRequest();
            const QPointer<MockConnection> guard(this);
            const MockReply reply = m_server->replyFor(request); // may emit requestReceived
            if (!guard || m_closed)
                return;
            play(reply,
                 !keepAlive
                     || reply.header("Connection").compare("close", Qt::CaseInsensitive) == 0);
        }
    }

    void play(const MockReply& reply, bool closeAfter)
    {
        m_busy = true;
        m_closeAfter = closeAfter;
        m_steps = buildPlan(reply, closeAfter);
        runSteps();
    }

    void runSteps()
    {
        while (!m_closed && !m_steps.isEmpty()) {
            if (const int delay = std::exchange(m_steps.first().delayMs, 0); delay > 0) {
                m_timer.start(delay);
                return;
            }
            if (m_steps.first().kind == Step::Kind::Write) {
                m_socket->write(m_steps.takeFirst().bytes);
                m_socket->flush(); // may find the peer gone: onDisconnected ends the loop
                continue;
            }
            if (m_steps.first().kind == Step::Kind::StallForever)
                return; // until the client gives up (onDisconnected) or the server goes away
            if (m_socket->bytesToWrite() > 0) { // drop or finish only once all bytes are out
                m_waitingForFlush = true;
                return;
            }
            const bool drop = m_steps.takeFirst().kind == Step::Kind::Drop;
            m_steps.clear();
            m_busy = false;
            const QPointer<MockConnection> guard(this);
            Q_EMIT m_server->replyFinished();
            if (!guard || m_closed)
                return;
            if (drop || m_closeAfter)
                m_socket->disconnectFromHost();
            else
                processInput();
            return;
        }
    }

    MockProviderServer* m_server;
    QTcpSocket* m_socket;
    QTimer m_timer;
    HttpRequestParser m_parser;
    QByteArray m_input;
    QList<Step> m_steps;
    bool m_busy = false; ///< a reply is being played; later requests wait in m_input
    bool m_closeAfter = false;
    bool m_closed = false;
    bool m_continueSent = false;
    bool m_waitingForFlush = false;
};

} // namespace detail

MockProviderServer::MockProviderServer(QObject* parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &MockProviderServer::onNewConnection);
}

MockProviderServer::~MockProviderServer()
{
    m_server->close();
    const QSet<detail::MockConnection*> connections = std::exchange(m_connections, {});
    qDeleteAll(connections);
}

bool MockProviderServer::listen(quint16 port)
{
    return m_server->listen(QHostAddress::LocalHost, port);
}

bool MockProviderServer::isListening() const
{
    return m_server->isListening();
}

QString MockProviderServer::errorString() const
{
    return m_server->errorString();
}

quint16 MockProviderServer::port() const
{
    return m_server->serverPort();
}

QUrl MockProviderServer::baseUrl() const
{
    return url(QStringLiteral("/v1"));
}

QUrl MockProviderServer::url(const QString& pathAndQuery) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(pathAndQuery));
}

void MockProviderServer::enqueue(MockReply reply)
{
    m_queue.append(std::move(reply));
}

void MockProviderServer::enqueue(const QList<MockReply>& replies)
{
    m_queue.append(replies);
}

void MockProviderServer::reset()
{
    m_queue.clear();
    m_requests.clear();
}

int MockProviderServer::openConnections() const
{
    return int(std::count_if(m_connections.cbegin(), m_connections.cend(),
                             [](const detail::MockConnection* c) { return c->isOpen(); }));
}

void MockProviderServer::onNewConnection()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        auto* connection = new detail::MockConnection(socket, this);
        m_connections.insert(connection);
        connect(connection, &QObject::destroyed, this,
                [this, connection] { m_connections.remove(connection); });
    }
}

MockReply MockProviderServer::replyFor(const RecordedRequest& request)
{
    if (request.path.startsWith("/__mock/"))
        return controlReply(request);

    m_requests.append(request);
    const QPointer<MockProviderServer> guard(this);
    Q_EMIT requestReceived(request); // a slot may still enqueue the reply for this very request
    if (!guard)
        return {};
    if (!m_queue.isEmpty()) {
        MockReply& next = m_queue.first();
        if (next.times <= 0)
            return next;
        MockReply reply = next;
        if (--next.times == 0)
            m_queue.removeFirst();
        return reply;
    }
    return m_defaultReply ? *m_defaultReply : generatedReply(request);
}

MockReply MockProviderServer::generatedReply(const RecordedRequest& request)
{
    const QByteArray path = withoutQuery(request.path);
    if (request.method == "POST" && path.endsWith("/chat/completions")) {
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject())
            return MockReply::openAiError(
                400,
                QStringLiteral(
                    "We could not parse the JSON body of your request. (HINT: This likely "
                    "means you aren't using your HTTP library correctly. The OpenAI API "
                    "expects a JSON payload, but what was sent was not valid JSON. If you have "
                    "trouble figuring out how to fix this, please contact us through our help "
                    "center at help.openai.com.)"));
        const QJsonObject body = document.object();
        const QString model = body.value(QLatin1String("model")).toString();
        if (model.isEmpty())
            return MockReply::openAiError(400,
                                          QStringLiteral("you must provide a model parameter"));
        if (body.value(QLatin1String("stream")).toBool()) {
            const bool usage = body.value(QLatin1String("stream_options"))
                                   .toObject()
                                   .value(QLatin1String("include_usage"))
                                   .toBool();
            return MockReply::openAiStream({QStringLiteral("Hello"), QStringLiteral(" from"),
                                            QStringLiteral(" the"), QStringLiteral(" mock"),
                                            QStringLiteral(" provider"), QStringLiteral(".")},
                                           model, usage);
        }
        return MockReply::openAiCompletion(QStringLiteral("Hello from the mock provider."), model);
    }
    if (request.method == "GET" && path.endsWith("/models"))
        return MockReply::openAiModels(
            {QStringLiteral("mock-small"), QStringLiteral("mock-large")});
    return MockReply::openAiError(
        404, QStringLiteral("Invalid URL (%1 %2)")
                 .arg(QString::fromLatin1(request.method), QString::fromUtf8(request.path)));
}

MockReply MockProviderServer::controlReply(const RecordedRequest& request)
{
    const QByteArray path = withoutQuery(request.path);
    const auto controlError = [](int status, const QString& message) {
        return MockReply::openAiError(status, message, QStringLiteral("mock_control_error"));
    };
    MockReply noContent;
    noContent.status = 204;

    if (request.method == "POST" && path == "/__mock/enqueue") {
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
        if (error.error != QJsonParseError::NoError)
            return controlError(400, QStringLiteral("invalid JSON: ") + error.errorString());
        const QJsonArray items =
            document.isArray() ? document.array() : QJsonArray{document.object()};
        QList<MockReply> replies;
        for (qsizetype i = 0; i < items.size(); ++i) {
            QString why = QStringLiteral("a reply must be a JSON object");
            const std::optional<MockReply> reply =
                items[i].isObject() ? MockReply::fromJson(items[i].toObject(), &why) : std::nullopt;
            if (!reply)
                return controlError(400, QStringLiteral("reply %1: %2").arg(i).arg(why));
            replies.append(*reply);
        }
        enqueue(replies);
        return noContent;
    }
    if (request.method == "GET" && path == "/__mock/requests") {
        QJsonArray list;
        for (const RecordedRequest& recorded : std::as_const(m_requests)) {
            QJsonObject headers;
            for (const auto& [name, value] : recorded.headers) {
                const QString key = QString::fromLatin1(name);
                const QString previous = headers.value(key).toString();
                headers.insert(key,
                               (previous.isEmpty() ? QString() : previous + QStringLiteral(", "))
                                   + QString::fromUtf8(value));
            }
            QJsonObject entry{{QStringLiteral("method"), QString::fromLatin1(recorded.method)},
                              {QStringLiteral("path"), QString::fromUtf8(recorded.path)},
                              {QStringLiteral("headers"), headers}};
            if (const QString text = QString::fromUtf8(recorded.body);
                text.toUtf8() == recorded.body)
                entry.insert(QStringLiteral("body"), text);
            else
                entry.insert(QStringLiteral("body_base64"),
                             QString::fromLatin1(recorded.body.toBase64()));
            list.append(entry);
        }
        MockReply reply;
        reply.body = jsonBytes(QJsonDocument(list));
        return reply;
    }
    if (request.method == "POST" && path == "/__mock/reset") {
        reset();
        return noContent;
    }
    return controlError(404,
                        QStringLiteral("unknown control endpoint %1 %2")
                            .arg(QString::fromLatin1(request.method), QString::fromUtf8(path)));
}

} // namespace TestSupport
