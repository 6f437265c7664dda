// The loopback HTTP client against the mock provider: every fixture and every fault gives the
// same attempt through it as through QNetworkAccessManager (the parity sweep), and its own parts
// behave: kept-alive connections are reused, a kept-alive connection the server closed is
// replaced once, the request goes out with the adapter's headers, a refused connection, garbage
// instead of HTTP and a cancelled call end readably, and 200 calls at once all get their answer.
#include "MockProviderServer.h"
#include "MockReply.h"
#include "providers/LoopbackHttpClient.h"
#include "providers/ProviderAdapter.h"
#include "providers/ProviderCall.h"
#include "providers/UpstreamClient.h"

#include <QDir>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using Providers::UpstreamClient;
using TestSupport::MockProviderServer;
using TestSupport::MockReply;
Q_DECLARE_METATYPE(TestSupport::MockReply)

namespace {

Chat::ChatRequest helloRequest()
{
    Chat::ChatRequest request;
    request.model = QStringLiteral("m");
    request.messages.append({Chat::Role::User, QStringLiteral("hello")});
    return request;
}

Providers::Kind kindOfFixture(const QString& name)
{
    if (name.startsWith(u"anthropic-"))
        return Providers::Kind::Anthropic;
    if (name.startsWith(u"gemini-") || name.startsWith(u"vertexai-"))
        return Providers::Kind::Gemini;
    return Providers::Kind::OpenAi;
}

} // namespace

class TestLoopbackHttp : public QObject {
    Q_OBJECT

private:
    MockProviderServer m_mock;
    QNetworkAccessManager m_network;

    Providers::ProviderConfig provider(Providers::Kind kind = Providers::Kind::OpenAi) const
    {
        return Providers::ProviderConfig{QStringLiteral("local"), kind, m_mock.baseUrl(), {}, {}};
    }

    static Chat::Attempt call(UpstreamClient& upstream, const Providers::ProviderConfig& provider,
                              Providers::CallTimeouts timeouts = {}, const QString& key = {})
    {
        const Providers::ProviderAdapter& adapter = *Providers::adapterFor(provider.kind);
        Providers::ProviderCall call(upstream, adapter, provider, key, helloRequest(), timeouts);
        QSignalSpy finished(&call, &Providers::ProviderCall::finished);
        call.start();
        if (!finished.wait(10'000))
            return {};
        return finished.first().first().value<Chat::Attempt>();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_mock.listen()); }
    void init() { m_mock.reset(); }

    void everyFixtureAndFaultGivesTheSameAttemptAsQNetworkAccessManager_data()
    {
        QTest::addColumn<MockReply>("reply");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("timeoutMs"); ///< first token and stall, 0: the defaults
        const QDir fixtures(MockReply::fixturePath(QString()));
        for (const QString& name : fixtures.entryList({QStringLiteral("*.sse")}, QDir::Files)) {
            QTest::newRow(qPrintable(name))
                << MockReply::fixture(name) << int(kindOfFixture(name)) << 0;
        }
        const auto openAi = int(Providers::Kind::OpenAi);
        const MockReply stream =
            MockReply::openAiStream({QStringLiteral("Hel"), QStringLiteral("lo €")}, "m", true);
        QTest::newRow("stream") << stream << openAi << 0;
        QTest::newRow("stream split every byte") << MockReply(stream).splitEvery(1) << openAi << 0;
        QTest::newRow("completion") << MockReply::openAiCompletion("Hello", "m") << openAi << 0;
        MockReply lengthStream = stream;
        lengthStream.chunkedEncoding = false;
        QTest::newRow("stream with Content-Length") << lengthStream << openAi << 0;
        QTest::newRow("429 Retry-After")
            << MockReply::openAiError(429, "slow down", "rate_limit_exceeded")
                   .withHeader("Retry-After", "3")
            << openAi << 0;
        QTest::newRow("500") << MockReply::openAiError(500, "boom", "server_error") << openAi << 0;
        QTest::newRow("401") << MockReply::openAiError(401, "no key", "invalid_api_key") << openAi
                             << 0;
        MockReply moved;
        moved.status = 301;
        moved.headers = {{"Location", "http://elsewhere.example/v1"}};
        QTest::newRow("301 moved") << moved << openAi << 0;
        MockReply dropped = stream;
        dropped.dropAfterBytes = 60;
        QTest::newRow("dropped mid-stream") << dropped << openAi << 0;
        MockReply cut = MockReply::openAiCompletion("Hello", "m");
        cut.dropAfterBytes = 20;
        QTest::newRow("Content-Length body cut") << cut << openAi << 0;
        MockReply silent;
        silent.dropBeforeHeaders = true;
        silent.times = 0; // a client that tries again gets the same
        QTest::newRow("dropped before headers") << silent << openAi << 0;
        MockReply stall = stream;
        stall.stallAfterBytes = 40;
        stall.stallMs = -1;
        QTest::newRow("stall mid-stream") << stall << openAi << 300;
        MockReply late = stream;
        late.firstByteDelayMs = 3'000;
        QTest::newRow("no first byte in time") << late << openAi << 300;
    }
    void everyFixtureAndFaultGivesTheSameAttemptAsQNetworkAccessManager()
    {
        QFETCH(MockReply, reply);
        QFETCH(int, kind);
        QFETCH(int, timeoutMs);
        Providers::CallTimeouts timeouts;
        if (timeoutMs > 0)
            timeouts.firstTokenMs = timeouts.stallMs = timeoutMs;
        const Providers::ProviderConfig target = provider(Providers::Kind(kind));

        UpstreamClient loopback(m_network);
        UpstreamClient network(m_network, UpstreamClient::Transport::NetworkOnly);
        m_mock.setDefaultReply(reply);
        const Chat::Attempt direct = call(loopback, target, timeouts);
        const Chat::Attempt throughQt = call(network, target, timeouts);
        m_mock.setDefaultReply(std::nullopt);
        QVERIFY2(loopback.loopback().connectionsOpened() >= 1, "the loopback client was not used");

        QCOMPARE(Chat::outcomeName(direct.outcome), Chat::outcomeName(throughQt.outcome));
        QCOMPARE(direct.httpStatus, throughQt.httpStatus);
        QCOMPARE(direct.text, throughQt.text);
        QCOMPARE(direct.finishReason, throughQt.finishReason);
        QCOMPARE(direct.usage.inputTokens, throughQt.usage.inputTokens);
        QCOMPARE(direct.usage.outputTokens, throughQt.usage.outputTokens);
        QCOMPARE(direct.usage.cachedTokens, throughQt.usage.cachedTokens);
        QCOMPARE(direct.usage.reasoningTokens, throughQt.usage.reasoningTokens);
        QCOMPARE(direct.retryAfterMs, throughQt.retryAfterMs);
        QCOMPARE(direct.generationId, throughQt.generationId);
        QCOMPARE(direct.error.isEmpty(), throughQt.error.isEmpty());
        if (direct.httpStatus >= 300) // an answer's error text is the provider's, not the client's
            QCOMPARE(direct.error, throughQt.error);
    }

    void sendsTheAdaptersRequestByteForByte()
    {
        UpstreamClient loopback(m_network);
        m_mock.enqueue(MockReply::openAiStream({QStringLiteral("ok")}, "m", true));
        const Chat::Attempt attempt =
            call(loopback, provider(), {}, QStringLiteral("sk-loopback-test-key"));
        QCOMPARE(attempt.outcome, Chat::Outcome::Ok);
        QCOMPARE(m_mock.requests().size(), 1);
        const TestSupport::RecordedRequest request = m_mock.requests().first();
        const Providers::ProviderAdapter& adapter = *Providers::adapterFor(Providers::Kind::OpenAi);
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path, QByteArray("/v1/chat/completions"));
        QCOMPARE(request.body, adapter.chatBody(helloRequest()));
        QCOMPARE(request.header("Authorization"), QByteArray("Bearer sk-loopback-test-key"));
        QCOMPARE(request.header("Content-Type"), QByteArray("application/json"));
        QVERIFY(request.header("User-Agent").startsWith("Switchboard/"));
        QCOMPARE(request.header("Host"),
                 QStringLiteral("127.0.0.1:%1").arg(m_mock.baseUrl().port()).toLatin1());
        QCOMPARE(request.header("Content-Length"), QByteArray::number(request.body.size()));
    }

    void reusesAKeptAliveConnection()
    {
        UpstreamClient loopback(m_network);
        m_mock.setDefaultReply(MockReply::openAiStream({QStringLiteral("again")}, "m", true));
        for (int i = 0; i < 5; ++i)
            QCOMPARE(call(loopback, provider()).outcome, Chat::Outcome::Ok);
        m_mock.setDefaultReply(std::nullopt);
        QCOMPARE(m_mock.requests().size(), 5);
        QCOMPARE(loopback.loopback().connectionsOpened(), 1);
        QCOMPARE(loopback.loopback().idleConnections(), 1);
    }

    void replacesAKeptAliveConnectionTheServerClosedOnce()
    {
        UpstreamClient loopback(m_network);
        MockReply closes;
        closes.dropBeforeHeaders = true;
        m_mock.enqueue({MockReply::openAiStream({QStringLiteral("one")}, "m", true), closes,
                        MockReply::openAiStream({QStringLiteral("two")}, "m", true)});
        QCOMPARE(call(loopback, provider()).text, QStringLiteral("one"));
        // The kept-alive connection is closed as the next request arrives: sent again, on a new
        // connection.
        const Chat::Attempt second = call(loopback, provider());
        QCOMPARE(second.outcome, Chat::Outcome::Ok);
        QCOMPARE(second.text, QStringLiteral("two"));
        QCOMPARE(m_mock.requests().size(), 3);
        QCOMPARE(loopback.loopback().connectionsOpened(), 2);

        // On a new connection the same close is the answer: nothing is sent twice.
        UpstreamClient fresh(m_network);
        m_mock.enqueue({closes, MockReply::openAiStream({QStringLiteral("never")}, "m", true)});
        const Chat::Attempt failed = call(fresh, provider());
        QCOMPARE(failed.outcome, Chat::Outcome::Network);
        QVERIFY2(failed.error.contains(QLatin1String("closed the connection without answering")),
                 qPrintable(failed.error));
        QCOMPARE(m_mock.queuedReplies(), 1);
    }

    void aRefusedConnectionSaysSo()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        Providers::ProviderConfig gone = provider();
        gone.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(port));
        UpstreamClient loopback(m_network);
        const Chat::Attempt attempt = call(loopback, gone);
        QCOMPARE(attempt.outcome, Chat::Outcome::Network);
        QCOMPARE(attempt.httpStatus, 0);
        QVERIFY2(attempt.error.contains(QLatin1String("could not reach 127.0.0.1"))
                     && attempt.error.contains(QLatin1String("refused"), Qt::CaseInsensitive),
                 qPrintable(attempt.error));
    }

    void garbageInsteadOfHttpEndsReadably()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        connect(&server, &QTcpServer::newConnection, this, [&server] {
            QTcpSocket* socket = server.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                socket->readAll();
                socket->write("SSH-2.0-OpenSSH_9.2\r\n");
            });
        });
        Providers::ProviderConfig odd = provider();
        odd.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(server.serverPort()));
        UpstreamClient loopback(m_network);
        const Chat::Attempt attempt = call(loopback, odd);
        QCOMPARE(attempt.outcome, Chat::Outcome::Network);
        QVERIFY2(attempt.error.contains(QLatin1String("did not answer in HTTP/1.1")),
                 qPrintable(attempt.error));
        QCOMPARE(loopback.loopback().idleConnections(), 0);
    }

    void aCancelledCallDropsItsConnection()
    {
        UpstreamClient loopback(m_network);
        MockReply slow =
            MockReply::openAiStream({QStringLiteral("a"), QStringLiteral("b")}, "m", true);
        // Stalls after the event carrying "a".
        slow.stallAfterBytes = slow.body.indexOf("data: ", slow.body.indexOf("\"content\":\"a\""));
        slow.stallMs = -1;
        m_mock.enqueue(slow);
        const Providers::ProviderAdapter& adapter = *Providers::adapterFor(Providers::Kind::OpenAi);
        Providers::ProviderCall call(loopback, adapter, provider(), {}, helloRequest(), {});
        QSignalSpy events(&call, &Providers::ProviderCall::streamEvent);
        QSignalSpy finished(&call, &Providers::ProviderCall::finished);
        call.start();
        QVERIFY(events.wait(5'000));
        call.cancel();
        QCOMPARE(finished.size(), 1); // at once, from cancel()
        QCOMPARE(finished.first().first().value<Chat::Attempt>().outcome, Chat::Outcome::Cancelled);
        QCOMPARE(loopback.loopback().idleConnections(), 0);
        QTRY_COMPARE(m_mock.openConnections(), 0);
    }

    void twoHundredCallsAtOnceAllGetTheirAnswer()
    {
        UpstreamClient loopback(m_network);
        m_mock.setDefaultReply(MockReply::openAiStream({QStringLiteral("many")}, "m", true));
        const Providers::ProviderAdapter& adapter = *Providers::adapterFor(Providers::Kind::OpenAi);
        std::vector<std::unique_ptr<Providers::ProviderCall>> calls;
        int ok = 0;
        int ended = 0;
        for (int i = 0; i < 200; ++i) {
            calls.push_back(std::make_unique<Providers::ProviderCall>(loopback, adapter, provider(),
                                                                      QString(), helloRequest(),
                                                                      Providers::CallTimeouts{}));
            connect(calls.back().get(), &Providers::ProviderCall::finished, this,
                    [&](const Chat::Attempt& attempt) {
                        ++ended;
                        ok += attempt.outcome == Chat::Outcome::Ok && attempt.text == u"many";
                    });
            calls.back()->start();
        }
        QTRY_COMPARE_WITH_TIMEOUT(ended, 200, 30'000);
        m_mock.setDefaultReply(std::nullopt);
        QCOMPARE(ok, 200);
        QCOMPARE(m_mock.requests().size(), 200);
        // Up to the idle limit is kept for the next ones.
        QVERIFY(loopback.loopback().idleConnections() <= 32);
        QVERIFY(loopback.loopback().idleConnections() >= 1);
    }

    void onlyPlainHttpToThisMachineGoesDirect()
    {
        QVERIFY(Providers::LoopbackHttpClient::serves(QUrl("http://127.0.0.1:8080/v1")));
        QVERIFY(Providers::LoopbackHttpClient::serves(QUrl("http://127.3.4.5/v1")));
        QVERIFY(Providers::LoopbackHttpClient::serves(QUrl("http://[::1]:11434")));
        QVERIFY(Providers::LoopbackHttpClient::serves(QUrl("http://LOCALHOST:11434/api")));
        QVERIFY(!Providers::LoopbackHttpClient::serves(QUrl("https://127.0.0.1/v1")));
        QVERIFY(!Providers::LoopbackHttpClient::serves(QUrl("http://192.168.1.5:11434")));
        QVERIFY(!Providers::LoopbackHttpClient::serves(QUrl("http://localhost.example.com")));
        QVERIFY(!Providers::LoopbackHttpClient::serves(QUrl("https://api.openai.com/v1")));
    }
};

QTEST_GUILESS_MAIN(TestLoopbackHttp)
#include "tst_loopbackhttp.moc"
