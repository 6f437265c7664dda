// `switchboard-cli providers …` against a temporary profile: config.json is written atomically,
// never overwritten when the user's hand edit is broken, and keeps what this build does not know.
#include "CliRunner.h"
#include "MockProviderServer.h"
#include "MockReply.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using TestSupport::MockProviderServer;
using TestSupport::MockReply;
Q_DECLARE_METATYPE(QList<TestSupport::MockReply>)

class TestCliProviders : public QObject {
    Q_OBJECT

private:
    static CliRun addMockProvider(const QTemporaryDir& dir, const MockProviderServer& mock)
    {
        return runCli(dir.path(),
                      {QStringLiteral("providers"), QStringLiteral("add"), QStringLiteral("m"),
                       QStringLiteral("--kind"), QStringLiteral("openai"),
                       QStringLiteral("--base-url"), mock.baseUrl().toString()});
    }

    QByteArray readConfig(const QTemporaryDir& dir)
    {
        QFile file(dir.filePath(QStringLiteral("config.json")));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void emptyProfileGuidesTheUser()
    {
        QTemporaryDir dir;
        const CliRun run =
            runCli(dir.path(), {QStringLiteral("providers"), QStringLiteral("list")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QLatin1String("No providers configured yet")));
        QVERIFY(run.out.contains(QLatin1String("providers add")));
    }

    void addListRemoveRoundTrip()
    {
        QTemporaryDir dir;
        CliRun run = runCli(dir.path(), {QStringLiteral("providers"), QStringLiteral("add"),
                                         QStringLiteral("groq"), QStringLiteral("--preset"),
                                         QStringLiteral("groq")});
        QCOMPARE(run.exitCode, 0);
        run = runCli(dir.path(),
                     {QStringLiteral("providers"), QStringLiteral("add"), QStringLiteral("mine"),
                      QStringLiteral("--kind"), QStringLiteral("openai"),
                      QStringLiteral("--base-url"), QStringLiteral("https://llm.example.com/v1"),
                      QStringLiteral("--api-key-env"), QStringLiteral("MY_KEY")});
        QCOMPARE(run.exitCode, 0);

        run = runCli(dir.path(), {QStringLiteral("providers"), QStringLiteral("list"),
                                  QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray list = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).toObject().value(QLatin1String("name")).toString(),
                 QStringLiteral("groq"));
        QCOMPARE(list.at(0).toObject().value(QLatin1String("base_url")).toString(),
                 QStringLiteral("https://api.groq.com/openai/v1"));
        QCOMPARE(list.at(0).toObject().value(QLatin1String("api_key_env")).toString(),
                 QStringLiteral("GROQ_API_KEY"));
        QCOMPARE(list.at(1).toObject().value(QLatin1String("kind")).toString(),
                 QStringLiteral("openai"));
        QCOMPARE(list.at(1).toObject().value(QLatin1String("api_key_env")).toString(),
                 QStringLiteral("MY_KEY"));

        run = runCli(dir.path(), {QStringLiteral("providers"), QStringLiteral("list")});
        QVERIFY(run.out.contains(QLatin1String("https://llm.example.com/v1")));
        QVERIFY(run.out.contains(QLatin1String("MY_KEY")));

        run = runCli(dir.path(), {QStringLiteral("providers"), QStringLiteral("remove"),
                                  QStringLiteral("groq")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject config = QJsonDocument::fromJson(readConfig(dir)).object();
        QCOMPARE(config.value(QLatin1String("providers")).toArray().size(), 1);
        QCOMPARE(config.value(QLatin1String("version")).toInt(), 1);
    }

    void knownServicesJoinTheDefaultRouteAndLeaveItWhenRemoved()
    {
        QTemporaryDir dir;
        QCOMPARE(runCli(dir.path(),
                        {QStringLiteral("providers"), QStringLiteral("add"), QStringLiteral("oa"),
                         QStringLiteral("--preset"), QStringLiteral("openai")})
                     .exitCode,
                 0);
        const CliRun added = runCli(dir.path(), {QStringLiteral("providers"), QStringLiteral("add"),
                                                 QStringLiteral("gq"), QStringLiteral("--preset"),
                                                 QStringLiteral("groq")});
        QVERIFY(added.out.contains(
            QLatin1String("Route 'default' now ends with gq/llama-3.1-8b-instant")));
        CliRun route = runCli(dir.path(), {QStringLiteral("routes"), QStringLiteral("show"),
                                           QStringLiteral("default"), QStringLiteral("--json")});
        QJsonArray targets = QJsonDocument::fromJson(route.out.toUtf8())
                                 .object()
                                 .value(QLatin1String("targets"))
                                 .toArray();
        QCOMPARE(targets.size(), 2);
        QCOMPARE(targets.at(0).toObject().value(QLatin1String("target")).toString(),
                 QStringLiteral("oa/gpt-4o-mini"));
        // A local server has no known model: it joins no route by itself.
        QCOMPARE(runCli(dir.path(), {QStringLiteral("providers"), QStringLiteral("add"),
                                     QStringLiteral("local"), QStringLiteral("--preset"),
                                     QStringLiteral("ollama")})
                     .exitCode,
                 0);
        const CliRun removed = runCli(dir.path(), {QStringLiteral("providers"),
                                                   QStringLiteral("remove"), QStringLiteral("oa")});
        QCOMPARE(removed.exitCode, 0);
        QVERIFY(removed.out.contains(QLatin1String("taken out of the route(s): default")));
        route = runCli(dir.path(), {QStringLiteral("routes"), QStringLiteral("show"),
                                    QStringLiteral("default"), QStringLiteral("--json")});
        QCOMPARE(route.exitCode, 0); // config.json still loads
        targets = QJsonDocument::fromJson(route.out.toUtf8())
                      .object()
                      .value(QLatin1String("targets"))
                      .toArray();
        QCOMPARE(targets.size(), 1);
        QCOMPARE(targets.at(0).toObject().value(QLatin1String("target")).toString(),
                 QStringLiteral("gq/llama-3.1-8b-instant"));
    }

    void mistakesAreRefusedAndTheFileIsUntouched_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown preset")
            << QStringList{QStringLiteral("add"), QStringLiteral("x"), QStringLiteral("--preset"),
                           QStringLiteral("nope")}
            << "unknown preset";
        QTest::newRow("duplicate")
            << QStringList{QStringLiteral("add"), QStringLiteral("first"),
                           QStringLiteral("--preset"), QStringLiteral("openai")}
            << "already exists";
        QTest::newRow("no kind") << QStringList{QStringLiteral("add"), QStringLiteral("x"),
                                                QStringLiteral("--base-url"),
                                                QStringLiteral("https://a.b/v1")}
                                 << "--kind";
        QTest::newRow("bad kind") << QStringList{QStringLiteral("add"),
                                                 QStringLiteral("x"),
                                                 QStringLiteral("--kind"),
                                                 QStringLiteral("cohere"),
                                                 QStringLiteral("--base-url"),
                                                 QStringLiteral("https://a.b/v1")}
                                  << "unknown kind";
        QTest::newRow("bad url") << QStringList{QStringLiteral("add"),
                                                QStringLiteral("x"),
                                                QStringLiteral("--kind"),
                                                QStringLiteral("openai"),
                                                QStringLiteral("--base-url"),
                                                QStringLiteral("ftp://a.b")}
                                 << "not an http(s) URL";
        QTest::newRow("bad name") << QStringList{QStringLiteral("add"), QStringLiteral("a/b"),
                                                 QStringLiteral("--preset"),
                                                 QStringLiteral("openai")}
                                  << "not a valid provider name";
        QTest::newRow("remove unknown")
            << QStringList{QStringLiteral("remove"), QStringLiteral("ghost")}
            << "no provider named";
        QTest::newRow("unknown action")
            << QStringList{QStringLiteral("rename")} << "unknown providers action";
    }

    void mistakesAreRefusedAndTheFileIsUntouched()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        QTemporaryDir dir;
        QCOMPARE(runCli(dir.path(), {QStringLiteral("providers"), QStringLiteral("add"),
                                     QStringLiteral("first"), QStringLiteral("--preset"),
                                     QStringLiteral("openai")})
                     .exitCode,
                 0);
        const QByteArray before = readConfig(dir);
        arguments.prepend(QStringLiteral("providers"));
        const CliRun run = runCli(dir.path(), arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QCOMPARE(readConfig(dir), before);
    }

    void brokenConfigIsNeverOverwritten_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("where");
        QTest::newRow("not JSON") << QByteArray("{ \"providers\": [ ") << "config.json";
        QTest::newRow("wrong kind") << QByteArray(
            "{\"providers\":[{\"name\":\"a\",\"kind\":\"bogus\",\"base_url\":\"https://x.y\"}]}")
                                    << "providers[0].kind";
        QTest::newRow("bad url") << QByteArray(
            "{\"providers\":[{\"name\":\"a\",\"kind\":\"openai\",\"base_url\":\"nope\"}]}")
                                 << "providers[0].base_url";
        QTest::newRow("providers not an array") << QByteArray("{\"providers\":{}}") << "providers";
        QTest::newRow("newer schema")
            << QByteArray("{\"version\":99,\"providers\":[]}") << "newer Switchboard";
        QTest::newRow("bad timeout")
            << QByteArray("{\"timeouts\":{\"stall_ms\":\"soon\"}}") << "timeouts.stall_ms";
    }

    void brokenConfigIsNeverOverwritten()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, where);
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("config.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        const CliRun run = runCli(dir.path(), {QStringLiteral("providers"), QStringLiteral("add"),
                                               QStringLiteral("x"), QStringLiteral("--preset"),
                                               QStringLiteral("openai")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(where), qPrintable(run.err));
        QVERIFY(run.err.contains(dir.filePath(QStringLiteral("config.json"))));
        QCOMPARE(readConfig(dir), content);
    }

    void unknownKeysSurviveAnEdit()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("config.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"version\":1,\"routes\":[{\"name\":\"r\"}],\"providers\":[\n            "
                   "{\"name\":\"a\",\"kind\":\"openai\",\"base_url\":\"https://x.y/"
                   "v1\",\"note\":\"hand-written\"}]}");
        file.close();
        QCOMPARE(runCli(dir.path(),
                        {QStringLiteral("providers"), QStringLiteral("add"), QStringLiteral("b"),
                         QStringLiteral("--preset"), QStringLiteral("mistral")})
                     .exitCode,
                 0);
        const QJsonObject config = QJsonDocument::fromJson(readConfig(dir)).object();
        // The hand-written route is kept; the new known service joined a new default route.
        const QJsonArray routes = config.value(QLatin1String("routes")).toArray();
        QCOMPARE(routes.size(), 2);
        QCOMPARE(routes.at(0).toObject().value(QLatin1String("name")).toString(),
                 QStringLiteral("r"));
        QCOMPARE(config.value(QLatin1String("providers"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QLatin1String("note"))
                     .toString(),
                 QStringLiteral("hand-written"));
    }

    void modelsAreFetchedAndKeptInTheProfile()
    {
        MockProviderServer mock;
        QVERIFY(mock.listen());
        QTemporaryDir dir;
        QCOMPARE(addMockProvider(dir, mock).exitCode, 0);
        mock.enqueue(MockReply::openAiModels({QStringLiteral("zeta"), QStringLiteral("alpha")}));
        CliRun run = runCli(dir.path(), {QStringLiteral("providers"), QStringLiteral("models"),
                                         QStringLiteral("m")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QStringLiteral("alpha\nzeta\n"));
        QCOMPARE(mock.requests().last().path, QByteArray("/v1/models"));

        // The list is kept with the time it was fetched, and can be read without the network.
        const int requestsBefore = static_cast<int>(mock.requests().size());
        run = runCli(dir.path(),
                     {QStringLiteral("providers"), QStringLiteral("models"), QStringLiteral("m"),
                      QStringLiteral("--cached"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(mock.requests().size(), requestsBefore);
        const QJsonObject cached = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QVERIFY(QDateTime::fromString(cached.value(QLatin1String("fetched_at")).toString(),
                                      Qt::ISODateWithMs)
                    .isValid());
        QCOMPARE(cached.value(QLatin1String("models")).toArray().size(), 2);
    }

    void openRouterListingCarriesContextAndPricesAcrossPages()
    {
        MockProviderServer mock;
        QVERIFY(mock.listen());
        QTemporaryDir dir;
        QCOMPARE(addMockProvider(dir, mock).exitCode, 0);
        // Page one is the recorded example (it names a next page); page two ends the list.
        mock.enqueue(
            MockReply::fixture(QStringLiteral("pricing/openrouter-models-list-example.json")));
        mock.enqueue(MockReply::openAiModels({QStringLiteral("z-ai/last")}));
        const CliRun run =
            runCli(dir.path(), {QStringLiteral("providers"), QStringLiteral("models"),
                                QStringLiteral("m"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(mock.requests().size(), 2);
        QVERIFY(mock.requests().last().path.contains("offset=500"));
        const QJsonArray models = QJsonDocument::fromJson(run.out.toUtf8())
                                      .object()
                                      .value(QLatin1String("models"))
                                      .toArray();
        QCOMPARE(models.size(), 2);
        const QJsonObject gpt4 = models.at(0).toObject();
        QCOMPARE(gpt4.value(QLatin1String("id")).toString(), QStringLiteral("openai/gpt-4"));
        QCOMPARE(gpt4.value(QLatin1String("context_window")).toInt(), 8192);
        QCOMPARE(gpt4.value(QLatin1String("input_usd_per_token")).toString(),
                 QStringLiteral("0.00003"));
        QCOMPARE(gpt4.value(QLatin1String("output_usd_per_token")).toString(),
                 QStringLiteral("0.00006"));
    }

    void testListsModelsThenSendsOneTinyRequest()
    {
        MockProviderServer mock;
        QVERIFY(mock.listen());
        QTemporaryDir dir;
        QCOMPARE(addMockProvider(dir, mock).exitCode, 0);
        mock.enqueue(MockReply::openAiModels({QStringLiteral("beta"), QStringLiteral("alpha")}));
        const CliRun run = runCli(
            dir.path(), {QStringLiteral("providers"), QStringLiteral("test"), QStringLiteral("m")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.startsWith(QLatin1String(
                     "ok: m is reachable and accepts the key; model list: 2 entries")),
                 qPrintable(run.out));
        QVERIFY(run.out.contains(QLatin1String("alpha answered a test request")));
        QCOMPARE(mock.requests().size(), 2);
        const QJsonObject chat = mock.requests().last().json();
        QCOMPARE(chat.value(QLatin1String("model")).toString(), QStringLiteral("alpha"));
        QCOMPARE(chat.value(QLatin1String("max_tokens")).toInt(), 1);
    }

    void testSaysExactlyWhatIsWrong_data()
    {
        QTest::addColumn<QList<MockReply>>("replies");
        QTest::addColumn<QString>("expected");
        QTest::newRow("bad key")
            << QList<MockReply>{MockReply::openAiError(
                   401, QStringLiteral("Incorrect API key provided"),
                   QStringLiteral("invalid_request_error"), QStringLiteral("invalid_api_key"))}
            << "switchboard-cli: m: auth (HTTP 401: Incorrect API key provided)";
        QTest::newRow("unknown model")
            << QList<MockReply>{MockReply::openAiModels({QStringLiteral("alpha")}),
                                MockReply::openAiError(
                                    404, QStringLiteral("The model `alpha` does not exist"),
                                    QStringLiteral("invalid_request_error"),
                                    QStringLiteral("model_not_found"))}
            << "switchboard-cli: m/alpha: not_found";
        QTest::newRow("garbage listing") << QList<MockReply>{[] {
            MockReply r;
            r.body = "<html>proxy login</html>";
            r.withHeader("Content-Type", "text/html");
            return r;
        }()} << "switchboard-cli: m: malformed";
    }

    void testSaysExactlyWhatIsWrong()
    {
        QFETCH(QList<MockReply>, replies);
        QFETCH(QString, expected);
        MockProviderServer mock;
        QVERIFY(mock.listen());
        QTemporaryDir dir;
        QCOMPARE(addMockProvider(dir, mock).exitCode, 0);
        mock.enqueue(replies);
        const CliRun run = runCli(
            dir.path(), {QStringLiteral("providers"), QStringLiteral("test"), QStringLiteral("m")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.startsWith(expected), qPrintable(run.err));
        QCOMPARE(run.err.count(u'\n'), 1);
    }

    void testGoesOnWhenTheServiceHasNoModelList()
    {
        MockProviderServer mock;
        QVERIFY(mock.listen());
        QTemporaryDir dir;
        QCOMPARE(addMockProvider(dir, mock).exitCode, 0);
        mock.enqueue(MockReply::openAiError(404, QStringLiteral("Not Found")));
        const CliRun run = runCli(dir.path(), {QStringLiteral("providers"), QStringLiteral("test"),
                                               QStringLiteral("m"), QStringLiteral("--model"),
                                               QStringLiteral("sonar")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QLatin1String("sonar answered a test request")));
        QVERIFY(!run.out.contains(QLatin1String("model list")));
    }

    void unreachableProviderFailsTheTest()
    {
        QTemporaryDir dir;
        QCOMPARE(runCli(dir.path(),
                        {QStringLiteral("providers"), QStringLiteral("add"), QStringLiteral("m"),
                         QStringLiteral("--kind"), QStringLiteral("openai"),
                         QStringLiteral("--base-url"), QStringLiteral("http://127.0.0.1:1/v1")})
                     .exitCode,
                 0);
        const CliRun run = runCli(
            dir.path(), {QStringLiteral("providers"), QStringLiteral("test"), QStringLiteral("m")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.startsWith(
                     QLatin1String("switchboard-cli: m: network (could not reach 127.0.0.1")),
                 qPrintable(run.err));
    }

    void presetsAreListed()
    {
        QTemporaryDir dir;
        const CliRun run =
            runCli(dir.path(), {QStringLiteral("providers"), QStringLiteral("presets")});
        QCOMPARE(run.exitCode, 0);
        for (const char* id : {"openai", "anthropic", "gemini", "openrouter", "mistral", "groq",
                               "deepseek", "xai", "together", "fireworks", "perplexity", "ollama",
                               "lmstudio", "llamacpp", "vllm", "custom"})
            QVERIFY2(run.out.contains(QLatin1String(id)), id);
    }
};

QTEST_GUILESS_MAIN(TestCliProviders)
#include "tst_cliproviders.moc"
