// `stats` and `export` end to end: ledger rows from real chats against the mock provider plus
// rows inserted directly (a fallback, an unknown cost), read back through switchboard-cli's code.
#include "CliRunner.h"
#include "MockProviderServer.h"
#include "MockReply.h"
#include "storage/Database.h"
#include "storage/UsageLedger.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using TestSupport::MockProviderServer;
using TestSupport::MockReply;

namespace {

const QByteArray kKeyVariable = "SWITCHBOARD_TEST_MOCK_KEY";
const QString kCanaryKey = QStringLiteral("sk-canary-7f3a9b2c4d5e6f708192a3b4c5d6e7f8");

} // namespace

class TestCliStats : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_profile;
    MockProviderServer m_mock;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_profile.isValid());
        QVERIFY(m_mock.listen());
        qputenv(kKeyVariable.constData(), kCanaryKey.toUtf8());
        QFile file(m_profile.filePath(QStringLiteral("config.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QJsonObject config{
            {QStringLiteral("version"), 1},
            {QStringLiteral("providers"),
             QJsonArray{
                 QJsonObject{{QStringLiteral("name"), QStringLiteral("mock")},
                             {QStringLiteral("kind"), QStringLiteral("openai")},
                             {QStringLiteral("base_url"), m_mock.baseUrl().toString()},
                             {QStringLiteral("api_key_env"), QString::fromLatin1(kKeyVariable)}}}}};
        file.write(QJsonDocument(config).toJson());
        file.close();

        for (int i = 0; i < 2; ++i) {
            const CliRun run = runCli(
                m_profile.path(), {QStringLiteral("chat"), QStringLiteral("--model"),
                                   QStringLiteral("mock/gpt-test"), QStringLiteral("Say hello")});
            QCOMPARE(run.exitCode, 0);
        }
        // A request that failed on its first target (the error echoing a key) and was answered
        // by a second, whose cost is unknown.
        Storage::Database db(m_profile.filePath(QStringLiteral("switchboard.db")));
        QCOMPARE(db.open(), QString());
        Storage::UsageLedger ledger(db);
        Storage::LedgerEntry first;
        first.route = QStringLiteral("fast");
        first.attempt.requestId = QStringLiteral("direct-1");
        first.attempt.provider = QStringLiteral("other");
        first.attempt.model = QStringLiteral("m1");
        first.attempt.outcome = Chat::Outcome::RateLimited;
        first.attempt.error = QStringLiteral("slow down, key sk-proj-abcdefghijklmnopqrstuvwx");
        first.attempt.startedAt = QDateTime::currentDateTimeUtc().addSecs(-60);
        first.attempt.costMicroUsd = 0;
        QCOMPARE(ledger.record(first), QString());
        Storage::LedgerEntry second = first;
        second.attempt.index = 1;
        second.attempt.provider = QStringLiteral("mock");
        second.attempt.model = QStringLiteral("gpt-test");
        second.attempt.outcome = Chat::Outcome::Ok;
        second.attempt.error.clear();
        second.attempt.ttftMs = 120;
        second.attempt.costMicroUsd.reset();
        second.attempt.startedAt = first.attempt.startedAt.addSecs(2);
        QCOMPARE(ledger.record(second), QString());
    }

    void statsJsonCountsRequestsFallbacksAndUnknownCosts()
    {
        const CliRun run =
            runCli(m_profile.path(), {QStringLiteral("stats"), QStringLiteral("--since"),
                                      QStringLiteral("7d"), QStringLiteral("--json")});
        QCOMPARE(run.err, QString());
        QCOMPARE(run.exitCode, 0);
        const QJsonObject totals = QJsonDocument::fromJson(run.out.toUtf8())
                                       .object()
                                       .value(QLatin1String("totals"))
                                       .toObject();
        QCOMPARE(totals.value(QLatin1String("requests")).toInt(), 3);
        QCOMPARE(totals.value(QLatin1String("attempts")).toInt(), 4);
        QCOMPARE(totals.value(QLatin1String("failures")).toInt(), 1);
        QCOMPARE(totals.value(QLatin1String("fallbacks")).toInt(), 1);
        QCOMPARE(totals.value(QLatin1String("unknown_cost_attempts")).toInt(), 1);
        QVERIFY(totals.value(QLatin1String("output_tokens")).toInt() > 0);
        QVERIFY(!totals.value(QLatin1String("ttft_p50_ms")).isNull());
    }

    void statsByModelAsCsvAndAsATable()
    {
        CliRun run = runCli(m_profile.path(), {QStringLiteral("stats"), QStringLiteral("--by"),
                                               QStringLiteral("model"), QStringLiteral("--csv")});
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4); // header, mock/gpt-test, other/m1, total
        QVERIFY(lines[0].startsWith(QLatin1String("model,requests,")));
        QVERIFY(lines[1].startsWith(QLatin1String("mock/gpt-test,2,")));
        QVERIFY(lines[2].startsWith(QLatin1String("other/m1,1,1,1,")));
        QVERIFY(lines[3].startsWith(QLatin1String("total,3,")));

        run = runCli(m_profile.path(),
                     {QStringLiteral("stats"), QStringLiteral("--by"), QStringLiteral("route")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QLatin1String("(direct)")), qPrintable(run.out));
        QVERIFY(run.out.contains(QLatin1String("fast")));
        QVERIFY(run.out.contains(QLatin1String("no known cost")));
    }

    void statsRejectsBadOptions()
    {
        QCOMPARE(runCli(m_profile.path(), {QStringLiteral("stats"), QStringLiteral("--since"),
                                           QStringLiteral("soon")})
                     .exitCode,
                 2);
        QCOMPARE(runCli(m_profile.path(),
                        {QStringLiteral("stats"), QStringLiteral("--by"), QStringLiteral("colour")})
                     .exitCode,
                 2);
        QCOMPARE(runCli(m_profile.path(), {QStringLiteral("stats"), QStringLiteral("--json"),
                                           QStringLiteral("--csv")})
                     .exitCode,
                 2);
    }

    void exportWritesEveryRowWithoutSecrets()
    {
        const CliRun run =
            runCli(m_profile.path(), {QStringLiteral("export"), QStringLiteral("--csv")});
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 5);
        QVERIFY(lines[0].startsWith(QLatin1String("started_at,request_id,")));
        QVERIFY(run.out.contains(QLatin1String("rate_limited")));
        QVERIFY(!run.out.contains(QLatin1String("sk-proj-abcdefghijklmnopqrstuvwx")));
        QVERIFY(!run.out.contains(kCanaryKey));
        QCOMPARE(runCli(m_profile.path(), {QStringLiteral("export")}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliStats)
#include "tst_clistats.moc"
