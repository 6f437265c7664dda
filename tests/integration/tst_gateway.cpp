// The gateway end to end in-process: a real GatewayServer over the real router and SQLite ledger,
// mock providers behind it on loopback, and an HTTP client in front: streamed and whole answers in
// OpenAI's shape, fallback behind the gateway, Anthropic and Gemini answers as OpenAI chunks, the
// token, the limits, the error shapes, a client that hangs up, a stop mid-stream, the model list,
// and ledger rows with origin gateway and the client's User-Agent.
#include "AnthropicReplies.h"
#include "GeminiReplies.h"
#include "MockProviderServer.h"
#include "MockReply.h"
#include "config/AppConfig.h"
#include "config/Profile.h"
#include "gateway/GatewayServer.h"
#include "providers/ModelCache.h"
#include "routing/Router.h"
#include "secrets/KeyResolver.h"
#include "session/ProfileServices.h"
#include "storage/Database.h"
#include "storage/LedgerWriter.h"
#include "storage/UsageLedger.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using TestSupport::MockProviderServer;
using TestSupport::MockReply;

namespace {

const QByteArray kToken = "sb-gw-integration-token-0123456789";
const QByteArray kAgent = "tst_gateway/1.0 (integration)";

QByteArray chatBody(const QString& model, bool stream, bool includeUsage = true)
{
    QJsonObject body{{QStringLiteral("model"), model},
                     {QStringLiteral("messages"),
                      QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                             {QStringLiteral("content"), QStringLiteral("Hi")}}}}};
    if (stream) {
        body.insert(QStringLiteral("stream"), true);
        body.insert(QStringLiteral("stream_options"),
                    QJsonObject{{QStringLiteral("include_usage"), includeUsage}});
    }
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

/// One HTTP exchange with the gateway, read to its end.
struct Answer {
    int status = 0;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray header(const QByteArray& name) const { return headers.value(name.toLower()); }
    QHash<QByteArray, QByteArray> headers;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QJsonObject errorObject() const { return json().value(QLatin1String("error")).toObject(); }
    /// The `data:` payloads of an event stream, in order.
    QList<QByteArray> events() const
    {
        QList<QByteArray> out;
        for (const QByteArray& block : body.split('\n')) {
            if (block.startsWith("data: "))
                out.append(block.mid(6));
        }
        return out;
    }
    QString streamedText() const
    {
        QString text;
        for (const QByteArray& event : events()) {
            const QJsonObject chunk = QJsonDocument::fromJson(event).object();
            const QJsonArray choices = chunk.value(QLatin1String("choices")).toArray();
            if (!choices.isEmpty())
                text += choices.at(0)
                            .toObject()
                            .value(QLatin1String("delta"))
                            .toObject()
                            .value(QLatin1String("content"))
                            .toString();
        }
        return text;
    }
};

} // namespace

class TestGateway : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    MockProviderServer m_a, m_b, m_claude, m_gemini;
    Config::AppConfig m_config;
    QNetworkAccessManager m_network;
    QNetworkAccessManager m_client;
    Secrets::KeyResolver m_keys;
    std::unique_ptr<Session::ProfileServices> m_services;
    std::unique_ptr<Gateway::GatewayServer> m_gateway;

    static Routing::Route route(const QString& name, const QStringList& targets)
    {
        Routing::Route r;
        r.name = name;
        for (const QString& id : targets)
            r.targets.append(Routing::TargetSpec{*Routing::Target::parse(id), {}, {}, {}, {}, 1.0});
        r.policy.retriesPerTarget = 0;
        return r;
    }

    QUrl url(const QString& path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_gateway->port()).arg(path));
    }

    QNetworkRequest request(const QString& path, const QByteArray& token = kToken) const
    {
        QNetworkRequest r(url(path));
        r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        r.setHeader(QNetworkRequest::UserAgentHeader, kAgent);
        if (!token.isEmpty())
            r.setRawHeader("Authorization", "Bearer " + token);
        return r;
    }

    static Answer finish(QNetworkReply* reply)
    {
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            done.wait(20'000);
        Answer a;
        a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        a.body = reply->readAll();
        a.error = reply->error();
        for (const auto& [name, value] : reply->rawHeaderPairs())
            a.headers.insert(name.toLower(), value);
        reply->deleteLater();
        return a;
    }

    Answer post(const QByteArray& body, const QByteArray& token = kToken)
    {
        return finish(m_client.post(request(QStringLiteral("/v1/chat/completions"), token), body));
    }

    /// The ledger's rows once every write asked for so far is committed (the gateway answers
    /// its client before the run's last rows are).
    QList<Storage::LedgerEntry> ledger() const
    {
        if (Storage::LedgerWriter* writer = m_services->ledger()) {
            QSignalSpy flushed(writer, &Storage::LedgerWriter::flushed);
            writer->flush();
            if (!flushed.wait(30'000))
                return {};
        }
        Storage::Database db(Config::Profile(m_dir.path()).databasePath());
        if (!db.open().isEmpty())
            return {};
        QList<Storage::LedgerEntry> rows = Storage::UsageLedger(db).recent(100);
        std::reverse(rows.begin(), rows.end());
        return rows;
    }

    void startGateway(Gateway::RequestLimits limits = {})
    {
        m_gateway = std::make_unique<Gateway::GatewayServer>(
            m_services->router(), Config::Profile(m_dir.path()).modelCacheDirectory());
        m_gateway->setToken(QString::fromLatin1(kToken));
        Gateway::GatewayOptions options;
        options.port = 0;
        options.limits = limits;
        QCOMPARE(m_gateway->start(options), QString());
        QVERIFY(m_gateway->port() > 0);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        for (MockProviderServer* mock : {&m_a, &m_b, &m_claude, &m_gemini})
            QVERIFY(mock->listen());
        using Providers::Kind;
        m_config.providers = {
            {QStringLiteral("a"), Kind::OpenAi, m_a.baseUrl(), {}, {}},
            {QStringLiteral("b"), Kind::OpenAi, m_b.baseUrl(), {}, {}},
            {QStringLiteral("claude"), Kind::Anthropic, m_claude.baseUrl(), {}, {}},
            {QStringLiteral("gemini"),
             Kind::Gemini,
             m_gemini.url(QStringLiteral("/v1beta")),
             {},
             {}},
        };
        m_config.routes = {route(QStringLiteral("default"),
                                 {QStringLiteral("a/mock-small"), QStringLiteral("b/mock-large")}),
                           route(QStringLiteral("only-a"), {QStringLiteral("a/mock-small")}),
                           route(QStringLiteral("empty"), {})};
        const Providers::ModelCache cache(Config::Profile(m_dir.path()).modelCacheDirectory());
        QDir().mkpath(Config::Profile(m_dir.path()).modelCacheDirectory());
        QCOMPARE(
            cache.save(QStringLiteral("b"),
                       {QDateTime::currentDateTimeUtc(),
                        {Providers::ModelInfo{QStringLiteral("cached-model"), {}, {}, {}, {}}}}),
            QString());
        m_services = std::make_unique<Session::ProfileServices>(Config::Profile(m_dir.path()),
                                                                m_config, m_network, m_keys);
        startGateway();
    }

    void cleanup()
    {
        for (MockProviderServer* mock : {&m_a, &m_b, &m_claude, &m_gemini}) {
            mock->reset();
            mock->setDefaultReply(std::nullopt);
        }
        m_services->router().health().clear();
        QTRY_COMPARE(m_gateway->activeRequests(), 0);
    }

    void cleanupTestCase()
    {
        m_gateway.reset();
        m_services.reset();
    }

    void wholeAnswerIsAChatCompletionWithUsage()
    {
        const Answer a = post(chatBody(QStringLiteral("route/only-a"), false));
        QCOMPARE(a.status, 200);
        QVERIFY(a.header("content-type").startsWith("application/json"));
        const QJsonObject body = a.json();
        QCOMPARE(body.value(QLatin1String("object")).toString(), QStringLiteral("chat.completion"));
        QVERIFY(body.value(QLatin1String("id")).toString().startsWith(QLatin1String("chatcmpl-")));
        QCOMPARE(body.value(QLatin1String("model")).toString(), QStringLiteral("route/only-a"));
        const QJsonObject choice = body.value(QLatin1String("choices")).toArray().at(0).toObject();
        QCOMPARE(choice.value(QLatin1String("message"))
                     .toObject()
                     .value(QLatin1String("content"))
                     .toString(),
                 QStringLiteral("Hello from the mock provider."));
        QCOMPARE(choice.value(QLatin1String("finish_reason")).toString(), QStringLiteral("stop"));
        const QJsonObject usage = body.value(QLatin1String("usage")).toObject();
        QCOMPARE(usage.value(QLatin1String("prompt_tokens")).toInt(), 12);
        QCOMPARE(usage.value(QLatin1String("completion_tokens")).toInt(), 6);
        QCOMPARE(usage.value(QLatin1String("total_tokens")).toInt(), 18);
        QCOMPARE(a.header("x-switchboard-target"), QByteArray("a/mock-small"));
        // The upstream request carried the conversation.
        QCOMPARE(m_a.requests().size(), 1);
        QVERIFY(m_a.requests().first().body.contains("\"Hi\""));
    }

    void streamIsOpenAisEventStream()
    {
        const Answer a = post(chatBody(QStringLiteral("a/mock-small"), true));
        QCOMPARE(a.status, 200);
        QVERIFY(a.header("content-type").startsWith("text/event-stream"));
        const QList<QByteArray> events = a.events();
        QVERIFY2(events.size() >= 5, a.body.constData());
        QCOMPARE(events.constLast(), QByteArray("[DONE]"));
        const QJsonObject role = QJsonDocument::fromJson(events.first()).object();
        QCOMPARE(role.value(QLatin1String("object")).toString(),
                 QStringLiteral("chat.completion.chunk"));
        QCOMPARE(role.value(QLatin1String("choices"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QLatin1String("delta"))
                     .toObject()
                     .value(QLatin1String("role"))
                     .toString(),
                 QStringLiteral("assistant"));
        QCOMPARE(a.streamedText(), QStringLiteral("Hello from the mock provider."));
        const QJsonObject finishChunk =
            QJsonDocument::fromJson(events.at(events.size() - 3)).object();
        QCOMPARE(finishChunk.value(QLatin1String("choices"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QLatin1String("finish_reason"))
                     .toString(),
                 QStringLiteral("stop"));
        const QJsonObject usageChunk =
            QJsonDocument::fromJson(events.at(events.size() - 2)).object();
        QVERIFY(usageChunk.value(QLatin1String("choices")).toArray().isEmpty());
        QCOMPARE(usageChunk.value(QLatin1String("usage"))
                     .toObject()
                     .value(QLatin1String("total_tokens"))
                     .toInt(),
                 18);
        const QString id = role.value(QLatin1String("id")).toString();
        for (const QByteArray& event : events.mid(0, events.size() - 1))
            QCOMPARE(QJsonDocument::fromJson(event).object().value(QLatin1String("id")).toString(),
                     id);
        // Without include_usage: no usage chunk and no "usage": null.
        const Answer plain = post(chatBody(QStringLiteral("a/mock-small"), true, false));
        QVERIFY(!plain.body.contains("\"usage\""));
        QCOMPARE(plain.events().constLast(), QByteArray("[DONE]"));
    }

    void fallbackHappensBehindTheGateway_data()
    {
        QTest::addColumn<bool>("stream");
        QTest::newRow("whole") << false;
        QTest::newRow("stream") << true;
    }

    void fallbackHappensBehindTheGateway()
    {
        QFETCH(bool, stream);
        m_a.enqueue(MockReply::openAiError(503, QStringLiteral("The server is overloaded"),
                                           QStringLiteral("server_error")));
        const qsizetype rowsBefore = ledger().size();
        const Answer a = post(chatBody(QStringLiteral("default"), stream));
        QCOMPARE(a.status, 200);
        QCOMPARE(stream ? a.streamedText()
                        : a.json()
                              .value(QLatin1String("choices"))
                              .toArray()
                              .at(0)
                              .toObject()
                              .value(QLatin1String("message"))
                              .toObject()
                              .value(QLatin1String("content"))
                              .toString(),
                 QStringLiteral("Hello from the mock provider."));
        QCOMPARE(m_a.requests().size(), 1);
        QCOMPARE(m_b.requests().size(), 1);
        const QList<Storage::LedgerEntry> rows = ledger().mid(rowsBefore);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0].attempt.outcome, Chat::Outcome::Overloaded);
        QCOMPARE(rows[1].attempt.outcome, Chat::Outcome::Ok);
        QCOMPARE(rows[1].attempt.provider, QStringLiteral("b"));
        for (const Storage::LedgerEntry& row : rows) {
            QCOMPARE(row.origin, Chat::Origin::Gateway);
            QCOMPARE(row.route, QStringLiteral("default"));
            QCOMPARE(row.clientAgent, QString::fromLatin1(kAgent));
            QCOMPARE(row.attempt.requestId, rows[0].attempt.requestId);
        }
    }

    void anthropicAnswerBecomesOpenAiChunks()
    {
        m_claude.enqueue(TestSupport::anthropicStream(
            {QStringLiteral("Bonjour"), QStringLiteral(" !")}, QStringLiteral("claude-x")));
        const Answer a = post(chatBody(QStringLiteral("claude/claude-x"), true));
        QCOMPARE(a.status, 200);
        QCOMPARE(a.streamedText(), QStringLiteral("Bonjour !"));
        QCOMPARE(a.events().constLast(), QByteArray("[DONE]"));
        const QJsonObject last =
            QJsonDocument::fromJson(a.events().at(a.events().size() - 2)).object();
        QVERIFY(last.value(QLatin1String("usage"))
                    .toObject()
                    .value(QLatin1String("prompt_tokens"))
                    .toInt()
                > 0);
        QVERIFY(m_claude.requests().first().path.endsWith("/messages"));
    }

    void geminiAnswerBecomesOpenAiCompletion()
    {
        m_gemini.enqueue(TestSupport::geminiStream(
            {QStringLiteral("Hallo"), QStringLiteral(" Welt")}, QStringLiteral("gemini-x")));
        const Answer a = post(chatBody(QStringLiteral("gemini/gemini-x"), false));
        QCOMPARE(a.status, 200);
        const QJsonObject choice =
            a.json().value(QLatin1String("choices")).toArray().at(0).toObject();
        QCOMPARE(choice.value(QLatin1String("message"))
                     .toObject()
                     .value(QLatin1String("content"))
                     .toString(),
                 QStringLiteral("Hallo Welt"));
        QCOMPARE(choice.value(QLatin1String("finish_reason")).toString(), QStringLiteral("stop"));
        QVERIFY(a.json()
                    .value(QLatin1String("usage"))
                    .toObject()
                    .value(QLatin1String("completion_tokens"))
                    .toInt()
                > 0);
        QVERIFY(m_gemini.requests().first().path.contains("streamGenerateContent"));
    }

    void everyTargetFailingGivesOpenAisErrorWithTheOutcomesStatus()
    {
        for (MockProviderServer* mock : {&m_a, &m_b})
            mock->enqueue(MockReply::openAiError(429, QStringLiteral("Rate limit reached"),
                                                 QStringLiteral("requests"),
                                                 QStringLiteral("rate_limit_exceeded"))
                              .withHeader("Retry-After", "7"));
        const Answer a = post(chatBody(QStringLiteral("default"), true));
        QCOMPARE(a.status, 429);
        QCOMPARE(a.header("retry-after"), QByteArray("7"));
        const QJsonObject error = a.errorObject();
        QCOMPARE(error.value(QLatin1String("code")).toString(),
                 QStringLiteral("rate_limit_exceeded"));
        QVERIFY(error.value(QLatin1String("message"))
                    .toString()
                    .contains(QLatin1String("b/mock-large")));
        QVERIFY(error.contains(QLatin1String("param")) && error.contains(QLatin1String("type")));

        m_a.enqueue(
            MockReply::openAiError(500, QStringLiteral("boom"), QStringLiteral("server_error")));
        QCOMPARE(post(chatBody(QStringLiteral("only-a"), false)).status, 502);
    }

    void streamBreakingAfterTextEndsWithAnInBandError()
    {
        MockReply broken = MockReply::openAiStream(
            {QStringLiteral("Partial"), QStringLiteral(" answer"), QStringLiteral(" never ends")},
            QStringLiteral("mock-small"), true);
        broken.dropAfterBytes = broken.body.indexOf("never");
        m_a.enqueue(broken);
        const Answer a = post(chatBody(QStringLiteral("default"), true));
        QCOMPARE(a.status, 200);
        QVERIFY(a.streamedText().startsWith(QLatin1String("Partial")));
        const QByteArray last = a.events().constLast();
        QVERIFY2(last.startsWith("{\"error\":"), a.body.constData());
        QVERIFY(!a.body.contains("[DONE]"));
        QCOMPARE(m_b.requests().size(), 0); // text reached the client: no restart elsewhere
    }

    void clientHangingUpCancelsTheUpstreamAttempt()
    {
        MockReply slow =
            MockReply::openAiStream({QStringLiteral("first"), QStringLiteral("second")},
                                    QStringLiteral("mock-small"), true);
        slow.stallAfterBytes = slow.body.indexOf("second");
        slow.stallMs = -1;
        m_a.enqueue(slow);
        QNetworkReply* reply = m_client.post(request(QStringLiteral("/v1/chat/completions")),
                                             chatBody(QStringLiteral("only-a"), true));
        QByteArray seen;
        connect(reply, &QNetworkReply::readyRead, this, [&] { seen += reply->readAll(); });
        QTRY_VERIFY_WITH_TIMEOUT(seen.contains("first"), 10'000);
        QCOMPARE(m_a.openConnections(), 1);
        reply->abort();
        reply->deleteLater();
        QTRY_COMPARE_WITH_TIMEOUT(m_a.openConnections(), 0, 10'000);
        QTRY_COMPARE(m_gateway->activeRequests(), 0);
        QTRY_VERIFY(!ledger().isEmpty() && !ledger().constLast().pending);
        QCOMPARE(ledger().constLast().attempt.outcome, Chat::Outcome::Cancelled);
    }

    void tokenIsRequired()
    {
        const Answer none = post(chatBody(QStringLiteral("default"), false), QByteArray());
        QCOMPARE(none.status, 401);
        QCOMPARE(none.header("www-authenticate"), QByteArray("Bearer"));
        QCOMPARE(none.errorObject().value(QLatin1String("code")).toString(),
                 QStringLiteral("invalid_api_key"));
        const Answer wrong =
            post(chatBody(QStringLiteral("default"), false), "sb-gw-wrong-token-000000000");
        QCOMPARE(wrong.status, 401);
        QVERIFY(!wrong.body.contains(kToken));
        QCOMPARE(finish(m_client.get(request(QStringLiteral("/v1/models"), "nope"))).status, 401);
        QCOMPARE(m_a.requests().size() + m_b.requests().size(), 0);
        // The health check needs no token and tells nothing else.
        const Answer health = finish(m_client.get(request(QStringLiteral("/health"), {})));
        QCOMPARE(health.status, 200);
        QCOMPARE(health.json().value(QLatin1String("status")).toString(), QStringLiteral("ok"));
    }

    void badRequestsGetOpenAisErrorShape_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("malformed json")
            << QByteArray("{\"model\": \"default\", ") << 400 << QStringLiteral("invalid_json");
        QTest::newRow("wrong type") << QByteArray("{\"model\":\"default\",\"messages\":\"hi\"}")
                                    << 400 << QStringLiteral("invalid_type");
        QTest::newRow("unknown model") << chatBody(QStringLiteral("nobody/none"), false) << 404
                                       << QStringLiteral("model_not_found");
        QTest::newRow("unknown route") << chatBody(QStringLiteral("route/nope"), false) << 404
                                       << QStringLiteral("model_not_found");
        QTest::newRow("route without targets") << chatBody(QStringLiteral("route/empty"), false)
                                               << 404 << QStringLiteral("model_not_found");
    }

    void badRequestsGetOpenAisErrorShape()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        const Answer a = post(body);
        QCOMPARE(a.status, status);
        const QJsonObject error = a.errorObject();
        QCOMPARE(error.value(QLatin1String("code")).toString(), code);
        QVERIFY(!error.value(QLatin1String("message")).toString().isEmpty());
        QVERIFY(error.contains(QLatin1String("type")) && error.contains(QLatin1String("param")));
        QCOMPARE(m_a.requests().size(), 0);
    }

    void wrongMethodAndUnknownPath()
    {
        const Answer get = finish(m_client.get(request(QStringLiteral("/v1/chat/completions"))));
        QCOMPARE(get.status, 405);
        QCOMPARE(get.header("allow"), QByteArray("POST"));
        const Answer unknown = finish(m_client.get(request(QStringLiteral("/v1/embeddings"))));
        QCOMPARE(unknown.status, 404);
        QCOMPARE(unknown.errorObject().value(QLatin1String("code")).toString(),
                 QStringLiteral("unknown_url"));
    }

    void modelsListsRoutesAndProviderModels()
    {
        const Answer a = finish(m_client.get(request(QStringLiteral("/v1/models"))));
        QCOMPARE(a.status, 200);
        QCOMPARE(a.json().value(QLatin1String("object")).toString(), QStringLiteral("list"));
        QStringList ids;
        for (const QJsonValue entry : a.json().value(QLatin1String("data")).toArray()) {
            QCOMPARE(entry.toObject().value(QLatin1String("object")).toString(),
                     QStringLiteral("model"));
            ids.append(entry.toObject().value(QLatin1String("id")).toString());
        }
        for (const char* id :
             {"route/default", "route/only-a", "b/cached-model", "a/mock-small", "b/mock-large"})
            QVERIFY2(ids.contains(QLatin1String(id)), qPrintable(ids.join(u' ')));
        QCOMPARE(ids.removeDuplicates(), 0);
    }

    void limitsAreEnforced()
    {
        Gateway::RequestLimits limits;
        limits.maxBodyBytes = 2048;
        limits.maxMessages = 3;
        startGateway(limits);
        QJsonArray many;
        for (int i = 0; i < 4; ++i)
            many.append(QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                    {QStringLiteral("content"), QStringLiteral("x")}});
        const Answer tooMany =
            post(QJsonDocument(QJsonObject{{QStringLiteral("model"), QStringLiteral("default")},
                                           {QStringLiteral("messages"), many}})
                     .toJson());
        QCOMPARE(tooMany.status, 400);
        QCOMPARE(tooMany.errorObject().value(QLatin1String("code")).toString(),
                 QStringLiteral("too_many_messages"));
        const Answer big =
            post("{\"model\":\"default\",\"messages\":[{\"role\":\"user\",\"content\":\""
                 + QByteArray(4096, 'x') + "\"}]}");
        QCOMPARE(big.status, 413);
        QCOMPARE(big.errorObject().value(QLatin1String("code")).toString(),
                 QStringLiteral("request_too_large"));

        // Far over the limit, the connection is answered and closed before the body is read.
        QTcpSocket raw;
        raw.connectToHost(QHostAddress::LocalHost, m_gateway->port());
        QVERIFY(raw.waitForConnected(5'000));
        raw.write("POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Length: 100000000\r\n"
                  "Content-Type: application/json\r\n\r\n");
        raw.write(QByteArray(200 * 1024, 'x'));
        QByteArray response;
        QSignalSpy closed(&raw, &QTcpSocket::disconnected);
        QTRY_VERIFY_WITH_TIMEOUT((response += raw.readAll()).contains("request_too_large")
                                     || closed.count() > 0,
                                 10'000);
        response += raw.readAll();
        QVERIFY2(response.startsWith("HTTP/1.1 413"), response.constData());
        QTRY_COMPARE_WITH_TIMEOUT(raw.state(), QAbstractSocket::UnconnectedState, 10'000);
        QCOMPARE(m_a.requests().size(), 0);
        startGateway(); // the default limits for the tests after this one
    }

    void requestCountIsLive()
    {
        QSignalSpy counted(m_gateway.get(), &Gateway::GatewayServer::requestCountChanged);
        const qint64 before = m_gateway->requestCount();
        QCOMPARE(post(chatBody(QStringLiteral("only-a"), false)).status, 200);
        QTRY_COMPARE(m_gateway->activeRequests(), 0);
        QCOMPARE(m_gateway->requestCount(), before + 1);
        QVERIFY(counted.size() >= 2); // arrived (active 1), ended (active 0)
        QCOMPARE(counted.first().at(1).toInt(), 1);
        QCOMPARE(counted.last().at(1).toInt(), 0);
    }

    void stopCancelsWhatIsInFlight()
    {
        MockReply slow =
            MockReply::openAiStream({QStringLiteral("first"), QStringLiteral("second")},
                                    QStringLiteral("mock-small"), true);
        slow.stallAfterBytes = slow.body.indexOf("second");
        slow.stallMs = -1;
        m_a.enqueue(slow);
        QNetworkReply* reply = m_client.post(request(QStringLiteral("/v1/chat/completions")),
                                             chatBody(QStringLiteral("only-a"), true));
        QByteArray seen;
        connect(reply, &QNetworkReply::readyRead, this, [&] { seen += reply->readAll(); });
        QTRY_VERIFY_WITH_TIMEOUT(seen.contains("first"), 10'000);
        QSignalSpy stopped(m_gateway.get(), &Gateway::GatewayServer::stopped);
        m_gateway->stop();
        QVERIFY(stopped.wait(10'000));
        QVERIFY(!m_gateway->isListening());
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            QVERIFY(done.wait(10'000));
        seen += reply->readAll();
        reply->deleteLater();
        QVERIFY2(seen.contains("\"code\":\"cancelled\""), seen.constData());
        QVERIFY(!seen.contains("[DONE]"));
        QTRY_COMPARE_WITH_TIMEOUT(m_a.openConnections(), 0, 10'000);
        QCOMPARE(ledger().constLast().attempt.outcome, Chat::Outcome::Cancelled);
        QVERIFY(!ledger().constLast().pending);
        startGateway();
    }

    void portInUseIsAnError()
    {
        Gateway::GatewayServer second(m_services->router(), QString());
        Gateway::GatewayOptions options;
        options.port = m_gateway->port();
        const QString error = second.start(options);
        QVERIFY(error.contains(QLatin1String("already in use")));
        QVERIFY(!second.isListening());
    }
};

QTEST_GUILESS_MAIN(TestGateway)
#include "tst_gateway.moc"
