// `stats` and `export` end to end, on the profile's SQLite ledger and on a shared PostgreSQL
// ledger named in config.json: ledger rows from real chats against the mock provider (read right
// after each chat: the chat flushes its ledger writes before it ends) plus rows inserted directly
// (a fallback, an unknown cost), read back through switchboard-cli's code.
#include "CliRunner.h"
#include "MockProviderServer.h"
#include "MockReply.h"
#include "ScratchLedger.h"
#include "storage/Database.h"
#include "storage/UsageLedger.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using TestSupport::MockProviderServer;
using TestSupport::MockReply;

namespace {

const QByteArray kKeyVariable = "SWITCHBOARD_TEST_MOCK_KEY";
const QString kCanaryKey = QStringLiteral("sk-canary-7f3a9b2c4d5e6f708192a3b4c5d6e7f8");

} // namespace

class TestCliStats : public QObject {
    Q_OBJECT

private:
    /// A profile per driver: its config.json names the ledger.
    struct Setup {
        QTemporaryDir profile;
        std::unique_ptr<TestSupport::ScratchLedger> ledger;
    };
    Setup m_setups[2];
    MockProviderServer m_mock;

    void setUp(Storage::SqlDriver driver)
    {
        Setup& setup = m_setups[int(driver)];
        setup.ledger = std::make_unique<TestSupport::ScratchLedger>(driver);
        if (setup.ledger->skipped() || !setup.ledger->problem().isEmpty())
            return;
        QJsonObject config{
            {QStringLiteral("version"), 1},
            {QStringLiteral("providers"),
             QJsonArray{
                 QJsonObject{{QStringLiteral("name"), QStringLiteral("mock")},
                             {QStringLiteral("kind"), QStringLiteral("openai")},
                             {QStringLiteral("base_url"), m_mock.baseUrl().toString()},
                             {QStringLiteral("api_key_env"), QString::fromLatin1(kKeyVariable)}}}}};
        // SQLite: the profile's own file; PostgreSQL: the scratch database config.json names.
        const Storage::ConnectionSettings ledger =
            driver == Storage::SqlDriver::Sqlite ? Storage::ConnectionSettings::sqlite(
                setup.profile.filePath(QStringLiteral("switchboard.db")))
                                                 : setup.ledger->settings();
        if (driver == Storage::SqlDriver::Postgresql) {
            config.insert(QStringLiteral("ledger"),
                          QJsonObject{{QStringLiteral("driver"), QStringLiteral("postgresql")},
                                      {QStringLiteral("host"), ledger.host},
                                      {QStringLiteral("port"), ledger.port},
                                      {QStringLiteral("database"), ledger.database},
                                      {QStringLiteral("user"), ledger.user},
                                      {QStringLiteral("sslmode"), QStringLiteral("disable")},
                                      {QStringLiteral("password_env"),
                                       QStringLiteral("SWITCHBOARD_TEST_LEDGER_PASSWORD")}});
        }
        QFile file(setup.profile.filePath(QStringLiteral("config.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(config).toJson());
        file.close();

        for (int i = 0; i < 2; ++i) {
            const CliRun run =
                runCli(setup.profile.path(),
                       {QStringLiteral("chat"), QStringLiteral("--model"),
                        QStringLiteral("mock/gpt-test"), QStringLiteral("Say hello")});
            QCOMPARE(run.exitCode, 0);
            // Right after the chat ended, its attempt is in the statistics.
            const CliRun stats =
                runCli(setup.profile.path(), {QStringLiteral("stats"), QStringLiteral("--json")});
            QCOMPARE(stats.exitCode, 0);
            QCOMPARE(QJsonDocument::fromJson(stats.out.toUtf8())
                         .object()
                         .value(QLatin1String("totals"))
                         .toObject()
                         .value(QLatin1String("attempts"))
                         .toInt(),
                     i + 1);
        }
        // A request that failed on its first target (the error echoing a key) and was answered
        // by a second, whose cost is unknown.
        Storage::Database db(ledger);
        QCOMPARE(db.open(), QString());
        Storage::UsageLedger writer(db);
        Storage::LedgerEntry first;
        first.route = QStringLiteral("fast");
        first.attempt.requestId = QStringLiteral("direct-1");
        first.attempt.provider = QStringLiteral("other");
        first.attempt.model = QStringLiteral("m1");
        first.attempt.outcome = Chat::Outcome::RateLimited;
        first.attempt.error = QStringLiteral("slow down, key sk-proj-abcdefghijklmnopqrstuvwx");
        first.attempt.startedAt = QDateTime::currentDateTimeUtc().addSecs(-60);
        first.attempt.costMicroUsd = 0;
        QCOMPARE(writer.record(first), QString());
        Storage::LedgerEntry second = first;
        second.attempt.index = 1;
        second.attempt.provider = QStringLiteral("mock");
        second.attempt.model = QStringLiteral("gpt-test");
        second.attempt.outcome = Chat::Outcome::Ok;
        second.attempt.error.clear();
        second.attempt.ttftMs = 120;
        second.attempt.costMicroUsd.reset();
        second.attempt.startedAt = first.attempt.startedAt.addSecs(2);
        QCOMPARE(writer.record(second), QString());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_mock.listen());
        qputenv(kKeyVariable.constData(), kCanaryKey.toUtf8());
        setUp(Storage::SqlDriver::Sqlite);
        setUp(Storage::SqlDriver::Postgresql);
    }

    void statsJsonCountsRequestsFallbacksAndUnknownCosts_data() { TestSupport::addDriverRows(); }
    void statsJsonCountsRequestsFallbacksAndUnknownCosts()
    {
        QFETCH(int, driver);
        REQUIRE_SCRATCH_LEDGER(*m_setups[driver].ledger);
        const QString dir = m_setups[driver].profile.path();
        const CliRun run = runCli(dir, {QStringLiteral("stats"), QStringLiteral("--since"),
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

        // The team view: each row says who wrote it; the users add up to the totals.
        const CliRun byUser =
            runCli(dir, {QStringLiteral("stats"), QStringLiteral("--since"), QStringLiteral("7d"),
                         QStringLiteral("--by"), QStringLiteral("user"), QStringLiteral("--json")});
        QCOMPARE(byUser.exitCode, 0);
        const QJsonArray rows = QJsonDocument::fromJson(byUser.out.toUtf8())
                                    .object()
                                    .value(QLatin1String("rows"))
                                    .toArray();
        QVERIFY(!rows.isEmpty());
        int requests = 0;
        for (const QJsonValue& row : rows)
            requests += row.toObject().value(QLatin1String("requests")).toInt();
        QCOMPARE(requests, 3);
    }

    void statsByModelAsCsvAndAsATable_data() { TestSupport::addDriverRows(); }
    void statsByModelAsCsvAndAsATable()
    {
        QFETCH(int, driver);
        REQUIRE_SCRATCH_LEDGER(*m_setups[driver].ledger);
        const QString dir = m_setups[driver].profile.path();
        CliRun run = runCli(dir, {QStringLiteral("stats"), QStringLiteral("--by"),
                                  QStringLiteral("model"), QStringLiteral("--csv")});
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4); // header, mock/gpt-test, other/m1, total
        QVERIFY(lines[0].startsWith(QLatin1String("model,requests,")));
        QVERIFY(lines[1].startsWith(QLatin1String("mock/gpt-test,2,")));
        QVERIFY(lines[2].startsWith(QLatin1String("other/m1,1,1,1,")));
        QVERIFY(lines[3].startsWith(QLatin1String("total,3,")));

        run =
            runCli(dir, {QStringLiteral("stats"), QStringLiteral("--by"), QStringLiteral("route")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QLatin1String("(direct)")), qPrintable(run.out));
        QVERIFY(run.out.contains(QLatin1String("fast")));
        QVERIFY(run.out.contains(QLatin1String("no known cost")));
    }

    void statsRejectsBadOptions_data() { TestSupport::addDriverRows(); }
    void statsRejectsBadOptions()
    {
        QFETCH(int, driver);
        REQUIRE_SCRATCH_LEDGER(*m_setups[driver].ledger);
        const QString dir = m_setups[driver].profile.path();
        QCOMPARE(runCli(dir, {QStringLiteral("stats"), QStringLiteral("--since"),
                              QStringLiteral("soon")})
                     .exitCode,
                 2);
        QCOMPARE(
            runCli(dir, {QStringLiteral("stats"), QStringLiteral("--by"), QStringLiteral("colour")})
                .exitCode,
            2);
        QCOMPARE(runCli(dir, {QStringLiteral("stats"), QStringLiteral("--json"),
                              QStringLiteral("--csv")})
                     .exitCode,
                 2);
    }

    void exportWritesEveryRowWithoutSecrets_data() { TestSupport::addDriverRows(); }
    void exportWritesEveryRowWithoutSecrets()
    {
        QFETCH(int, driver);
        REQUIRE_SCRATCH_LEDGER(*m_setups[driver].ledger);
        const QString dir = m_setups[driver].profile.path();
        const CliRun run = runCli(dir, {QStringLiteral("export"), QStringLiteral("--csv")});
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 5);
        QVERIFY(lines[0].startsWith(QLatin1String("started_at,request_id,")));
        QVERIFY(run.out.contains(QLatin1String("rate_limited")));
        QVERIFY(!run.out.contains(QLatin1String("sk-proj-abcdefghijklmnopqrstuvwx")));
        QVERIFY(!run.out.contains(kCanaryKey));
        QCOMPARE(runCli(dir, {QStringLiteral("export")}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliStats)
#include "tst_clistats.moc"
