// `switchboard-cli providers …` against a temporary profile: config.json is written atomically,
// never overwritten when the user's hand edit is broken, and keeps what this build does not know.
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

class TestCliProviders : public QObject {
    Q_OBJECT

private:
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
        QCOMPARE(config.value(QLatin1String("routes")).toArray().size(), 1);
        QCOMPARE(config.value(QLatin1String("providers"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QLatin1String("note"))
                     .toString(),
                 QStringLiteral("hand-written"));
    }

    void modelsAndTestAskTheModelsEndpoint()
    {
        MockProviderServer mock;
        QVERIFY(mock.listen());
        QTemporaryDir dir;
        QCOMPARE(runCli(dir.path(),
                        {QStringLiteral("providers"), QStringLiteral("add"), QStringLiteral("m"),
                         QStringLiteral("--kind"), QStringLiteral("openai"),
                         QStringLiteral("--base-url"), mock.baseUrl().toString()})
                     .exitCode,
                 0);
        mock.enqueue(MockReply::openAiModels({QStringLiteral("zeta"), QStringLiteral("alpha")}));
        CliRun run = runCli(dir.path(), {QStringLiteral("providers"), QStringLiteral("models"),
                                         QStringLiteral("m")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QStringLiteral("alpha\nzeta\n"));
        QCOMPARE(mock.requests().last().path, QByteArray("/v1/models"));

        run = runCli(dir.path(),
                     {QStringLiteral("providers"), QStringLiteral("test"), QStringLiteral("m")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith(QLatin1String("ok: m answered")));

        mock.enqueue(MockReply::openAiError(401, QStringLiteral("bad key"),
                                            QStringLiteral("invalid_request_error"),
                                            QStringLiteral("invalid_api_key")));
        run = runCli(dir.path(),
                     {QStringLiteral("providers"), QStringLiteral("test"), QStringLiteral("m")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("auth")), qPrintable(run.err));
    }

    void presetsAreListed()
    {
        QTemporaryDir dir;
        const CliRun run =
            runCli(dir.path(), {QStringLiteral("providers"), QStringLiteral("presets")});
        QCOMPARE(run.exitCode, 0);
        for (const char* id : {"openai", "anthropic", "gemini", "openrouter", "groq", "ollama"})
            QVERIFY2(run.out.contains(QLatin1String(id)), id);
    }
};

QTEST_GUILESS_MAIN(TestCliProviders)
#include "tst_cliproviders.moc"
