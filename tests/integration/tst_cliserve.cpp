// `switchboard-cli serve` as the real executable: it prints its base URL once it listens (port 0
// picks a free one), answers through the mock provider, stops cleanly on SIGTERM and SIGINT
// (a stream in flight ends with an in-band `cancelled` error, its attempt recorded as cancelled),
// refuses a port in use with one line and exit 1, and without a keychain says so and uses a token
// held in memory. `--print-token` gives the keychain's token, the same every time.
#include "CliRunner.h"
#include "KeychainTestSession.h"
#include "MockProviderServer.h"
#include "MockReply.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>

using TestSupport::MockProviderServer;
using TestSupport::MockReply;

namespace {

const QByteArray kToken = "sb-gw-cliserve-test-token-42";
const QByteArray kAgent = "tst_cliserve/1.0";

/// One running `serve` child and what it printed.
struct Server {
    std::unique_ptr<QProcess> process = std::make_unique<QProcess>();
    QByteArray out;
    QByteArray err;
    QUrl baseUrl;
};

} // namespace

class TestCliServe : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_profile;
    MockProviderServer m_mock;
    QNetworkAccessManager m_client;

    /// Starts serve and waits until it printed its URL (or exited).
    std::unique_ptr<Server>
    startServe(const QStringList& extra = {},
               const QProcessEnvironment& environment = defaultEnvironment())
    {
        auto server = std::make_unique<Server>();
        QProcess* p = server->process.get();
        p->setProcessEnvironment(environment);
        Server* s = server.get();
        connect(p, &QProcess::readyReadStandardOutput, this,
                [s] { s->out += s->process->readAllStandardOutput(); });
        connect(p, &QProcess::readyReadStandardError, this,
                [s] { s->err += s->process->readAllStandardError(); });
        p->start(QStringLiteral(SWITCHBOARD_CLI_PATH),
                 QStringList{QStringLiteral("--profile"), m_profile.path(), QStringLiteral("serve")}
                     + extra);
        const QRegularExpression listening(QStringLiteral("^Listening on (http://\\S+)$"),
                                           QRegularExpression::MultilineOption);
        [[maybe_unused]] const bool ready = QTest::qWaitFor(
            [&] {
                return listening.match(QString::fromUtf8(s->out)).hasMatch()
                       || p->state() == QProcess::NotRunning;
            },
            20'000);
        const QRegularExpressionMatch match = listening.match(QString::fromUtf8(s->out));
        if (match.hasMatch())
            s->baseUrl = QUrl(match.captured(1));
        return server;
    }

    static QProcessEnvironment defaultEnvironment()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("SWITCHBOARD_GATEWAY_TOKEN"),
                           QString::fromLatin1(kToken));
        return environment;
    }

    static bool waitForExit(Server& server, int timeoutMs = 15'000)
    {
        if (server.process->state() != QProcess::NotRunning) {
            QSignalSpy finished(server.process.get(), &QProcess::finished);
            if (!finished.wait(timeoutMs))
                return false;
        }
        server.out += server.process->readAllStandardOutput();
        server.err += server.process->readAllStandardError();
        return true;
    }

    QNetworkReply* send(const QUrl& base, const QByteArray& body, const QByteArray& token = kToken)
    {
        QNetworkRequest request(QUrl(base.toString() + QStringLiteral("/chat/completions")));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        request.setHeader(QNetworkRequest::UserAgentHeader, kAgent);
        request.setRawHeader("Authorization", "Bearer " + token);
        return m_client.post(request, body);
    }

    static QByteArray body(bool stream)
    {
        return stream ? QByteArray("{\"model\":\"default\",\"stream\":true,\"messages\":[{\"role\":"
                                   "\"user\",\"content\":\"Hi\"}]}")
                      : QByteArray("{\"model\":\"route/default\",\"messages\":[{\"role\":\"user\","
                                   "\"content\":\"Hi\"}]}");
    }

    static QByteArray waitForBody(QNetworkReply* reply, int* status = nullptr)
    {
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            done.wait(20'000);
        if (status)
            *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        return reply->readAll();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_profile.isValid());
        QVERIFY(m_mock.listen());
        QCOMPARE(runCli(m_profile.path(),
                        {QStringLiteral("providers"), QStringLiteral("add"), QStringLiteral("mock"),
                         QStringLiteral("--kind"), QStringLiteral("openai"),
                         QStringLiteral("--base-url"), m_mock.baseUrl().toString()})
                     .exitCode,
                 0);
        QCOMPARE(runCli(m_profile.path(),
                        {QStringLiteral("routes"), QStringLiteral("add"), QStringLiteral("default"),
                         QStringLiteral("--target"), QStringLiteral("mock/mock-small")})
                     .exitCode,
                 0);
    }

    void cleanup() { m_mock.reset(); }

    void servesUntilSigtermAndRecordsTheRequests()
    {
        std::unique_ptr<Server> server =
            startServe({QStringLiteral("--port"), QStringLiteral("0")});
        QVERIFY2(server->baseUrl.isValid(), server->err.constData());
        QCOMPARE(server->baseUrl.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(server->baseUrl.port() > 0);
        QCOMPARE(server->baseUrl.path(), QStringLiteral("/v1"));
        QVERIFY(server->out.contains("SWITCHBOARD_GATEWAY_TOKEN"));
        QVERIFY(!server->out.contains(kToken)); // a token the caller chose is not echoed

        int status = 0;
        const QJsonObject answer =
            QJsonDocument::fromJson(waitForBody(send(server->baseUrl, body(false)), &status))
                .object();
        QCOMPARE(status, 200);
        QCOMPARE(answer.value(QLatin1String("choices"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QLatin1String("message"))
                     .toObject()
                     .value(QLatin1String("content"))
                     .toString(),
                 QStringLiteral("Hello from the mock provider."));
        const QByteArray streamed = waitForBody(send(server->baseUrl, body(true)), &status);
        QCOMPARE(status, 200);
        QVERIFY(streamed.endsWith("data: [DONE]\n\n"));

        server->process->terminate(); // SIGTERM
        QVERIFY(waitForExit(*server));
        QCOMPARE(server->process->exitStatus(), QProcess::NormalExit);
        QCOMPARE(server->process->exitCode(), 0);

        const QList<Storage::LedgerEntry> rows = ledgerRows(m_profile.path());
        QCOMPARE(rows.size(), 2);
        for (const Storage::LedgerEntry& row : rows) {
            QCOMPARE(row.origin, Chat::Origin::Gateway);
            QCOMPARE(row.clientAgent, QString::fromLatin1(kAgent));
            QCOMPARE(row.attempt.outcome, Chat::Outcome::Ok);
        }
        const CliRun stats =
            runCli(m_profile.path(), {QStringLiteral("stats"), QStringLiteral("--by"),
                                      QStringLiteral("origin"), QStringLiteral("--json")});
        QCOMPARE(stats.exitCode, 0);
        const QJsonArray byOrigin = QJsonDocument::fromJson(stats.out.toUtf8())
                                        .object()
                                        .value(QLatin1String("rows"))
                                        .toArray();
        QCOMPARE(byOrigin.size(), 1);
        QCOMPARE(byOrigin.at(0).toObject().value(QLatin1String("key")).toString(),
                 QStringLiteral("gateway"));
        const CliRun csv =
            runCli(m_profile.path(), {QStringLiteral("export"), QStringLiteral("--csv")});
        const QStringList lines = csv.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QVERIFY(lines.first().endsWith(QLatin1String(",order_reason,user_agent")));
        QVERIFY(lines.last().endsWith(QLatin1String(",") + QString::fromLatin1(kAgent)));
    }

    void sigintMidStreamCancelsAndExitsCleanly()
    {
        MockReply slow =
            MockReply::openAiStream({QStringLiteral("first"), QStringLiteral("second")},
                                    QStringLiteral("mock-small"), true);
        slow.stallAfterBytes = slow.body.indexOf("second");
        slow.stallMs = -1;
        m_mock.enqueue(slow);
        std::unique_ptr<Server> server =
            startServe({QStringLiteral("--port"), QStringLiteral("0")});
        QVERIFY(server->baseUrl.isValid());
        QNetworkReply* reply = send(server->baseUrl, body(true));
        QByteArray seen;
        connect(reply, &QNetworkReply::readyRead, this, [&] { seen += reply->readAll(); });
        QTRY_VERIFY_WITH_TIMEOUT(seen.contains("first"), 10'000);
        ::kill(pid_t(server->process->processId()), SIGINT);
        QVERIFY(waitForExit(*server));
        QCOMPARE(server->process->exitCode(), 0);
        seen += waitForBody(reply);
        QVERIFY2(seen.contains("\"code\":\"cancelled\""), seen.constData());
        const Storage::LedgerEntry last = ledgerRows(m_profile.path()).constFirst();
        QCOMPARE(last.attempt.outcome, Chat::Outcome::Cancelled);
        QVERIFY(!last.pending);
    }

    void portInUseIsOneLineAndExitOne()
    {
        std::unique_ptr<Server> first = startServe({QStringLiteral("--port"), QStringLiteral("0")});
        QVERIFY(first->baseUrl.isValid());
        std::unique_ptr<Server> second =
            startServe({QStringLiteral("--port"), QString::number(first->baseUrl.port())});
        QVERIFY(waitForExit(*second));
        QCOMPARE(second->process->exitCode(), 1);
        const QStringList lines = QString::fromUtf8(second->err).trimmed().split(u'\n');
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().contains(QLatin1String("already in use")), second->err.constData());
        first->process->terminate();
        QVERIFY(waitForExit(*first));
        QCOMPARE(first->process->exitCode(), 0);
    }

    void badOptionsAreUsageErrors()
    {
        QCOMPARE(runCli(m_profile.path(), {QStringLiteral("serve"), QStringLiteral("--port"),
                                           QStringLiteral("70000")})
                     .exitCode,
                 2);
        QCOMPARE(runCli(m_profile.path(), {QStringLiteral("serve"), QStringLiteral("--bind"),
                                           QStringLiteral("not-an-address")})
                     .exitCode,
                 2);
        QVERIFY(runCli(m_profile.path(), {QStringLiteral("--help")})
                    .out.contains(QLatin1String("serve [--port N]")));
    }

    void withoutAKeychainTheTokenLivesInMemory()
    {
        QTemporaryDir scratch;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("SWITCHBOARD_GATEWAY_TOKEN"));
        environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                           QStringLiteral("unix:path=") + scratch.path() + QStringLiteral("/none"));
        environment.remove(QStringLiteral("DISPLAY"));
        environment.insert(QStringLiteral("HOME"), scratch.path());
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), scratch.path());
        std::unique_ptr<Server> server =
            startServe({QStringLiteral("--port"), QStringLiteral("0")}, environment);
        QVERIFY2(server->baseUrl.isValid(), server->err.constData());
        QVERIFY2(server->err.contains("held in memory for this run only"), server->err.constData());
        const QRegularExpressionMatch token =
            QRegularExpression(QStringLiteral("Token \\(this run only\\): (sb-gw-\\S+)"))
                .match(QString::fromUtf8(server->out));
        QVERIFY2(token.hasMatch(), server->out.constData());
        int status = 0;
        waitForBody(send(server->baseUrl, body(false), token.captured(1).toLatin1()), &status);
        QCOMPARE(status, 200);
        waitForBody(send(server->baseUrl, body(false), kToken), &status);
        QCOMPARE(status, 401);
        server->process->terminate();
        QVERIFY(waitForExit(*server));
        QCOMPARE(server->process->exitCode(), 0);
        QCOMPARE(QDir(scratch.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).size(), 0);
    }

    void printTokenGivesTheKeychainsTokenEveryTime()
    {
        if (!TestSupport::insideTestSession())
            QSKIP("writes to the keychain: only inside packaging/with-test-session.sh");
        qunsetenv("SWITCHBOARD_GATEWAY_TOKEN");
        const CliRun first =
            runCli(m_profile.path(), {QStringLiteral("serve"), QStringLiteral("--print-token")});
        QCOMPARE(first.exitCode, 0);
        const QString token = first.out.trimmed();
        QVERIFY2(token.startsWith(QLatin1String("sb-gw-")) && token.size() == 49,
                 qPrintable(first.err));
        const CliRun second =
            runCli(m_profile.path(), {QStringLiteral("serve"), QStringLiteral("--print-token")});
        QCOMPARE(second.out.trimmed(), token);

        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("SWITCHBOARD_GATEWAY_TOKEN"));
        std::unique_ptr<Server> server =
            startServe({QStringLiteral("--port"), QStringLiteral("0")}, environment);
        QVERIFY2(server->baseUrl.isValid(), server->err.constData());
        QVERIFY(server->out.contains("in the keychain"));
        QVERIFY(!server->out.contains(token.toLatin1()));
        int status = 0;
        waitForBody(send(server->baseUrl, body(false), token.toLatin1()), &status);
        QCOMPARE(status, 200);
        server->process->terminate();
        QVERIFY(waitForExit(*server));
    }
};

QTEST_GUILESS_MAIN(TestCliServe)
#include "tst_cliserve.moc"
