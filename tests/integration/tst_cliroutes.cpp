// `switchboard-cli routes …` and `chat --route`: routes live in config.json, are validated, and a
// chat through a route falls back exactly as the router decides, with --json listing attempts.
#include "CliRunner.h"
#include "MockProviderServer.h"
#include "MockReply.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using TestSupport::MockProviderServer;
using TestSupport::MockReply;

class TestCliRoutes : public QObject {
    Q_OBJECT

private:
    MockProviderServer m_one, m_two;
    QTemporaryDir m_dir;

    CliRun cli(const QStringList& arguments) { return runCli(m_dir.path(), arguments); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_one.listen() && m_two.listen());
        QCOMPARE(cli({QStringLiteral("providers"), QStringLiteral("add"), QStringLiteral("one"),
                      QStringLiteral("--kind"), QStringLiteral("openai"),
                      QStringLiteral("--base-url"), m_one.baseUrl().toString()})
                     .exitCode,
                 0);
        QCOMPARE(cli({QStringLiteral("providers"), QStringLiteral("add"), QStringLiteral("two"),
                      QStringLiteral("--kind"), QStringLiteral("openai"),
                      QStringLiteral("--base-url"), m_two.baseUrl().toString()})
                     .exitCode,
                 0);
    }

    void init()
    {
        m_one.reset();
        m_two.reset();
    }

    void addListShowRemove()
    {
        CliRun run = cli(
            {QStringLiteral("routes"), QStringLiteral("add"), QStringLiteral("main"),
             QStringLiteral("--target"), QStringLiteral("one/fast"), QStringLiteral("--target"),
             QStringLiteral("two/backup"), QStringLiteral("--strategy"), QStringLiteral("weighted"),
             QStringLiteral("--weights"), QStringLiteral("3,1"), QStringLiteral("--hedge-after-ms"),
             QStringLiteral("1500"), QStringLiteral("--skip-over-budget")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = cli({QStringLiteral("routes"), QStringLiteral("list")});
        QVERIFY(run.out.contains(QStringLiteral("one/fast → two/backup")));
        run = cli({QStringLiteral("routes"), QStringLiteral("show"), QStringLiteral("main"),
                   QStringLiteral("--json")});
        const QJsonObject route = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(route.value(QLatin1String("strategy")).toString(), QStringLiteral("weighted"));
        QCOMPARE(route.value(QLatin1String("targets"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QLatin1String("weight"))
                     .toDouble(),
                 3.0);
        QCOMPARE(route.value(QLatin1String("policy"))
                     .toObject()
                     .value(QLatin1String("hedge_after_ms"))
                     .toInt(),
                 1500);
        QVERIFY(route.value(QLatin1String("policy"))
                    .toObject()
                    .value(QLatin1String("skip_over_budget"))
                    .toBool());
        run = cli({QStringLiteral("routes"), QStringLiteral("show"), QStringLiteral("main")});
        QVERIFY(run.out.contains(QLatin1String("hedge after 1500 ms")));
        QVERIFY(run.out.contains(QLatin1String("skips providers over budget")));
        QCOMPARE(cli({QStringLiteral("routes"), QStringLiteral("remove"), QStringLiteral("main")})
                     .exitCode,
                 0);
        QCOMPARE(cli({QStringLiteral("routes"), QStringLiteral("show"), QStringLiteral("main")})
                     .exitCode,
                 2);
    }

    void mistakesAreRefused_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no target")
            << QStringList{QStringLiteral("add"), QStringLiteral("r")} << "--target";
        QTest::newRow("unknown provider")
            << QStringList{QStringLiteral("add"), QStringLiteral("r"), QStringLiteral("--target"),
                           QStringLiteral("ghost/m")}
            << "no provider named 'ghost'";
        QTest::newRow("bad strategy")
            << QStringList{QStringLiteral("add"),        QStringLiteral("r"),
                           QStringLiteral("--target"),   QStringLiteral("one/m"),
                           QStringLiteral("--strategy"), QStringLiteral("random")}
            << "unknown strategy";
        QTest::newRow("weights count")
            << QStringList{QStringLiteral("add"),       QStringLiteral("r"),
                           QStringLiteral("--target"),  QStringLiteral("one/m"),
                           QStringLiteral("--weights"), QStringLiteral("1,2")}
            << "one weight per target";
        QTest::newRow("unknown action")
            << QStringList{QStringLiteral("rename")} << "unknown routes action";
    }

    void mistakesAreRefused()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        arguments.prepend(QStringLiteral("routes"));
        const CliRun run = cli(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }

    void chatThroughARouteFallsBackAndReportsEveryAttempt()
    {
        QCOMPARE(cli({QStringLiteral("routes"), QStringLiteral("add"), QStringLiteral("chain"),
                      QStringLiteral("--target"), QStringLiteral("one/a"),
                      QStringLiteral("--target"), QStringLiteral("two/b")})
                     .exitCode,
                 0);
        m_one.enqueue(MockReply::openAiError(401, QStringLiteral("bad key"),
                                             QStringLiteral("invalid_request_error"),
                                             QStringLiteral("invalid_api_key")));
        const CliRun run =
            cli({QStringLiteral("chat"), QStringLiteral("--route"), QStringLiteral("chain"),
                 QStringLiteral("--json"), QStringLiteral("hi")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject result = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(result.value(QLatin1String("route")).toString(), QStringLiteral("chain"));
        QCOMPARE(result.value(QLatin1String("provider")).toString(), QStringLiteral("two"));
        QCOMPARE(result.value(QLatin1String("model")).toString(), QStringLiteral("b"));
        const QJsonArray attempts = result.value(QLatin1String("attempts")).toArray();
        QCOMPARE(attempts.size(), 2);
        QCOMPARE(attempts.at(0).toObject().value(QLatin1String("outcome")).toString(),
                 QStringLiteral("auth"));
        QCOMPARE(attempts.at(0).toObject().value(QLatin1String("http_status")).toInt(), 401);
        QCOMPARE(attempts.at(1).toObject().value(QLatin1String("outcome")).toString(),
                 QStringLiteral("ok"));

        // Streaming mode says on stderr that it moved on, and prints only the answer on stdout.
        m_one.enqueue(MockReply::openAiError(404, QStringLiteral("gone")));
        const CliRun streamed = cli({QStringLiteral("chat"), QStringLiteral("--route"),
                                     QStringLiteral("chain"), QStringLiteral("hi")});
        QCOMPARE(streamed.exitCode, 0);
        QCOMPARE(streamed.out, QStringLiteral("Hello from the mock provider.\n"));
        QVERIFY(streamed.err.contains(QLatin1String("one/a failed (not_found); trying two/b")));
    }

    void chatWithoutRouteOrModelUsesTheDefaultRoute()
    {
        CliRun run = cli({QStringLiteral("chat"), QStringLiteral("hi")});
        if (run.exitCode == 2)
            QVERIFY(run.err.contains(QLatin1String("default route")));
        QCOMPARE(
            cli({QStringLiteral("routes"), QStringLiteral("add"), QStringLiteral("default"),
                 QStringLiteral("--target"), QStringLiteral("two/m"), QStringLiteral("--replace")})
                .exitCode,
            0);
        run = cli({QStringLiteral("chat"), QStringLiteral("--json"), QStringLiteral("hi")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8())
                     .object()
                     .value(QLatin1String("route"))
                     .toString(),
                 QStringLiteral("default"));
    }

    void everyTargetFailingGivesOneLineListingEachAttempt()
    {
        QCOMPARE(
            cli({QStringLiteral("routes"), QStringLiteral("add"), QStringLiteral("doomed"),
                 QStringLiteral("--target"), QStringLiteral("one/a"), QStringLiteral("--target"),
                 QStringLiteral("two/b"), QStringLiteral("--replace")})
                .exitCode,
            0);
        m_one.enqueue(MockReply::openAiError(404, QStringLiteral("no such model")));
        m_two.enqueue(MockReply::openAiError(403, QStringLiteral("forbidden")));
        const CliRun run = cli({QStringLiteral("chat"), QStringLiteral("--route"),
                                QStringLiteral("doomed"), QStringLiteral("hi")});
        QCOMPARE(run.exitCode, 1);
        const QStringList lines = run.err.trimmed().split(u'\n');
        const QString last = lines.last();
        QVERIFY2(last.contains(QLatin1String("all 2 attempts failed: one/a: not_found")),
                 qPrintable(last));
        QVERIFY(last.contains(QLatin1String("two/b: auth")));
    }

    void brokenRouteInConfigIsReportedWithItsPath()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("config.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            "{\"providers\":[{\"name\":\"p\",\"kind\":\"openai\",\"base_url\":\"https://x.y/v1\"}],"
            "\"routes\":[{\"name\":\"r\",\"strategy\":\"fastest\",\"targets\":[\"p/m\",\"q/m\"],"
            "\"policy\":{\"mid_stream\":\"maybe\"}}]}");
        file.close();
        const CliRun run = runCli(dir.path(), {QStringLiteral("routes"), QStringLiteral("list")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(
            run.err.contains(QLatin1String("routes[0].targets[1].target: no provider named 'q'")),
            qPrintable(run.err));
        QVERIFY(run.err.contains(
            QLatin1String("routes[0].policy.mid_stream: must be restart or stop")));
    }
};

QTEST_GUILESS_MAIN(TestCliRoutes)
#include "tst_cliroutes.moc"
