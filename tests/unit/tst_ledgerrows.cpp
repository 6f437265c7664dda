// Ledger rows begun before the network call: pending until finished, finished once, turned
// `interrupted` on the next open when their process died, left alone while it lives; rows from
// before the rollup existed are rolled up by the migration.
#include "ScratchLedger.h"
#include "storage/Database.h"
#include "storage/StatsQueries.h"
#include "storage/UsageLedger.h"

#include <QSqlQuery>
#include <QTest>

namespace {

Storage::LedgerEntry entry(const QString& requestId, int index = 0)
{
    Storage::LedgerEntry e;
    e.attempt.requestId = requestId;
    e.attempt.index = index;
    e.attempt.provider = QStringLiteral("openai");
    e.attempt.model = QStringLiteral("gpt-4o");
    e.attempt.startedAt = QDateTime::currentDateTimeUtc();
    e.route = QStringLiteral("fast");
    return e;
}

QString outcomeOf(Storage::Database& db, qint64 row)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT outcome FROM attempts WHERE id = ?"));
    q.addBindValue(row);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0).toString();
}

const Storage::StatsPeriod kAll{QDateTime::fromMSecsSinceEpoch(0, Qt::UTC), {}};

} // namespace

class TestLedgerRows : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void begunRowIsPendingUntilFinishedOnce_data() { TestSupport::addDriverRows(); }
    void begunRowIsPendingUntilFinishedOnce()
    {
        SCRATCH_LEDGER(scratch);
        Storage::Database db(scratch.settings());
        QCOMPARE(db.open(), QString());
        Storage::UsageLedger ledger(db);
        const std::optional<qint64> row = ledger.begin(entry(QStringLiteral("r1")));
        QVERIFY(row);
        QCOMPARE(outcomeOf(db, *row), QStringLiteral("pending"));
        QVERIFY(ledger.recent(1).first().pending);
        Storage::StatsQueries stats(db);
        QCOMPARE(stats.totals(kAll).attempts, 0); // running attempts are not counted

        Storage::LedgerEntry done = entry(QStringLiteral("r1"));
        done.attempt.outcome = Chat::Outcome::Ok;
        done.attempt.totalMs = 1200;
        done.attempt.costMicroUsd = 42;
        QCOMPARE(ledger.finish(*row, done), QString());
        QCOMPARE(outcomeOf(db, *row), QStringLiteral("ok"));
        QCOMPARE(stats.totals(kAll).attempts, 1);
        QCOMPARE(stats.totals(kAll).costMicroUsd, 42);
        // A second finish is a bug upstream: refused, nothing counted twice.
        QVERIFY(!ledger.finish(*row, done).isEmpty());
        QCOMPARE(stats.totals(kAll).attempts, 1);
        // The same request/attempt cannot be begun twice.
        QVERIFY(!ledger.begin(entry(QStringLiteral("r1"))).has_value());
    }

    void rowsOfADeadProcessBecomeInterruptedOnOpen_data() { TestSupport::addDriverRows(); }
    void rowsOfADeadProcessBecomeInterruptedOnOpen()
    {
        SCRATCH_LEDGER(scratch);
        const Storage::ConnectionSettings path = scratch.settings();
        qint64 dead = 0;
        qint64 alive = 0;
        {
            Storage::Database db(path);
            QCOMPARE(db.open(), QString());
            Storage::UsageLedger ledger(db);
            dead = *ledger.begin(entry(QStringLiteral("dead")));
            alive = *ledger.begin(entry(QStringLiteral("alive")));
            // Pretend another process on this machine wrote the first row and then died.
            QSqlQuery q(db.connection());
            QVERIFY(
                q.exec(QStringLiteral("UPDATE attempts SET writer_pid = 2147483646 WHERE id = %1")
                           .arg(dead)));
        }
        Storage::Database db(path);
        QCOMPARE(db.open(), QString());
        QCOMPARE(db.interruptedOnOpen(), 1);
        QCOMPARE(outcomeOf(db, dead), QStringLiteral("interrupted"));
        QCOMPARE(outcomeOf(db, alive), QStringLiteral("pending")); // this process still runs
        const Storage::LedgerEntry row = Storage::UsageLedger(db).recent(2).last();
        QCOMPARE(row.attempt.outcome, Chat::Outcome::Interrupted);
        QVERIFY(!row.pending);
        Storage::StatsQueries stats(db);
        const Storage::UsageStats totals = stats.totals(kAll);
        QCOMPARE(totals.attempts, 1);
        QCOMPARE(totals.failed, 1);
        QCOMPARE(totals.unknownCostAttempts, 1);
        QCOMPARE(stats.totals(kAll, Storage::StatsSource::Raw), totals);
    }

    void rowsFromBeforeTheRollupAreRolledUpByTheMigration_data() { TestSupport::addDriverRows(); }
    void rowsFromBeforeTheRollupAreRolledUpByTheMigration()
    {
        SCRATCH_LEDGER(scratch);
        const Storage::ConnectionSettings path = scratch.settings();
        QStringList statements = TestSupport::schemaUpTo(path.driver, 2);
        const qint64 at = QDateTime::currentMSecsSinceEpoch() - 3600 * 1000;
        for (int i = 0; i < 3; ++i) {
            statements.append(
                QStringLiteral("INSERT INTO attempts (request_id, attempt_index, origin, "
                               "provider, model, outcome, started_at_ms, ttft_ms, total_ms, "
                               "output_tokens, cost_micro_usd) VALUES ('old', %1, 'cli', "
                               "'openai', 'gpt-4o', '%2', %3, 300, 2300, 40, 1000)")
                    .arg(i)
                    .arg(i == 2 ? QStringLiteral("ok") : QStringLiteral("network"))
                    .arg(at + i * 10));
        }
        QCOMPARE(TestSupport::execute(path, statements), QString());
        Storage::Database db(path);
        QCOMPARE(db.open(), QString());
        Storage::StatsQueries stats(db);
        const Storage::UsageStats totals = stats.totals(kAll);
        QCOMPARE(totals.attempts, 3);
        QCOMPARE(totals.requests, 1);
        QCOMPARE(totals.fallbacks, 1);
        QCOMPARE(totals.costMicroUsd, 3000);
        QCOMPARE(stats.totals(kAll, Storage::StatsSource::Raw), totals);
        QCOMPARE(stats.latency(kAll).size(), 1);
    }

    void newerDatabaseRefusesBeginAndFinish_data() { TestSupport::addDriverRows(); }
    void newerDatabaseRefusesBeginAndFinish()
    {
        SCRATCH_LEDGER(scratch);
        const Storage::ConnectionSettings path = scratch.settings();
        {
            Storage::Database db(path);
            QCOMPARE(db.open(), QString());
        }
        QCOMPARE(TestSupport::execute(path, TestSupport::newerSchema(path.driver)), QString());
        Storage::Database db(path);
        QVERIFY(!db.open().isEmpty());
        Storage::UsageLedger ledger(db);
        QString error;
        QVERIFY(!ledger.begin(entry(QStringLiteral("x")), &error));
        QVERIFY(error.contains(QLatin1String("newer")));
        QVERIFY(!ledger.finish(1, entry(QStringLiteral("x"))).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLedgerRows)
#include "tst_ledgerrows.moc"
