// The statistics, on SQLite and on PostgreSQL: the rollup kept on every insert and finish equals
// the aggregates of the raw rows, for every grouping and period, also with several writers at
// once on their own connections; percentiles from it are within 5%; a full rebuild gives the
// same rollup; the month projection is integer arithmetic.
#include "LedgerGenerator.h"
#include "ScratchLedger.h"
#include "storage/Database.h"
#include "storage/StatsQueries.h"
#include "storage/StatsRollup.h"
#include "storage/UsageLedger.h"
#include "storage/WriteTransaction.h"
#include "storage/WriterIdentity.h"

#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <cmath>

using Storage::StatsGrouping;
using Storage::StatsPeriod;
using Storage::StatsSource;

namespace {

const QList<StatsGrouping> kGroupings{
    StatsGrouping::None,  StatsGrouping::Day,    StatsGrouping::Model, StatsGrouping::Provider,
    StatsGrouping::Route, StatsGrouping::Origin, StatsGrouping::User};
const QStringList kUsers{QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("carol")};

/// Writes `requests` generated requests, half through record(), half through begin() then
/// finish() as RouteRun does, each request by one of kUsers. Empty on success.
QString fill(Storage::Database& db, quint32 seed, const QDateTime& now, int attempts, bool batched)
{
    Storage::UsageLedger ledger(db);
    LedgerGenerator generator(seed, now, 45);
    int rows = 0;
    QString error;
    // Batched: each write nests in the batch as a savepoint (one writer only: concurrent
    // batches would update rollup rows in different orders). Unbatched: one transaction per
    // write, as LedgerWriter does.
    std::optional<Storage::WriteTransaction> batch;
    while (rows < attempts && error.isEmpty()) {
        if (batched && !batch) {
            batch.emplace(db.connection());
            error = batch->begin();
        }
        // Who wrote it, for the team view.
        Storage::WriterIdentity writer = Storage::WriterIdentity::current();
        writer.user = kUsers.at(int((generator.requests() + seed) % kUsers.size()));
        ledger.setWriter(writer);
        generator.nextRequest([&](const Storage::LedgerEntry& generated) {
            ++rows;
            if (!error.isEmpty())
                return;
            Storage::LedgerEntry entry = generated; // request ids unique across writers
            entry.attempt.requestId = QStringLiteral("w%1-").arg(seed) + entry.attempt.requestId;
            if (rows % 2) {
                error = ledger.record(entry);
                return;
            }
            Storage::LedgerEntry started = entry;
            started.attempt.outcome = Chat::Outcome::Network;
            const std::optional<qint64> row = ledger.begin(started, &error);
            if (row)
                error = ledger.finish(*row, entry);
        });
        if (batch && error.isEmpty() && (generator.requests() % 100 == 0 || rows >= attempts)) {
            error = batch->commit();
            batch.reset();
        }
    }
    return error;
}

QString describe(const Storage::UsageStats& s)
{
    return QStringLiteral("%1: att %2 ok %3 fail %4 canc %5 req %6 won %7 fb %8 in %9 out %10 "
                          "cost %11 unk %12")
        .arg(s.key)
        .arg(s.attempts)
        .arg(s.ok)
        .arg(s.failed)
        .arg(s.cancelled)
        .arg(s.requests)
        .arg(s.wonFirst)
        .arg(s.fallbacks)
        .arg(s.inputTokens)
        .arg(s.outputTokens)
        .arg(s.costMicroUsd)
        .arg(s.unknownCostAttempts);
}

QStringList describeAll(const QList<Storage::UsageStats>& rows)
{
    QStringList lines;
    for (const Storage::UsageStats& row : rows)
        lines.append(describe(row));
    return lines;
}

QList<StatsPeriod> periods(const QDateTime& now)
{
    return {*StatsPeriod::parseSince(QStringLiteral("30d"), now),
            *StatsPeriod::parseSince(QStringLiteral("24h"), now),
            *StatsPeriod::parseSince(QStringLiteral("all"), now),
            StatsPeriod::monthOf(now),
            // ragged on both ends
            {now.addSecs(-17 * 24 * 3600 - 5555), now.addSecs(-3 * 24 * 3600 + 777)},
            // inside one day
            {now.addSecs(-40 * 3600), now.addSecs(-39 * 3600)}};
}

} // namespace

class TestStatsQueries : public QObject {
    Q_OBJECT

private:
    /// One filled ledger per driver, shared by the read-only tests.
    struct Filled {
        std::unique_ptr<TestSupport::ScratchLedger> scratch;
        std::unique_ptr<Storage::Database> db;
    };
    Filled m_filled[2];
    QDateTime m_now;

private Q_SLOTS:
    void initTestCase()
    {
        m_now = QDateTime::currentDateTimeUtc();
        for (Storage::SqlDriver driver :
             {Storage::SqlDriver::Sqlite, Storage::SqlDriver::Postgresql}) {
            Filled& f = m_filled[int(driver)];
            f.scratch = std::make_unique<TestSupport::ScratchLedger>(driver);
            if (f.scratch->skipped() || !f.scratch->problem().isEmpty())
                continue;
            f.db = std::make_unique<Storage::Database>(f.scratch->settings());
            QCOMPARE(f.db->open(), QString());
            QCOMPARE(fill(*f.db, 20240611, m_now, 4000, true), QString());
            // One attempt still running: counted nowhere.
            Storage::LedgerEntry running;
            running.attempt.requestId = QStringLiteral("running");
            running.attempt.provider = QStringLiteral("openai");
            running.attempt.model = QStringLiteral("gpt-4o");
            running.attempt.startedAt = m_now.addSecs(-10);
            QVERIFY(Storage::UsageLedger(*f.db).begin(running).has_value());
        }
    }

    void cleanupTestCase()
    {
        for (Filled& f : m_filled) {
            f.db.reset();
            f.scratch.reset();
        }
    }

    void rollupEqualsRawAggregatesForEveryGroupingAndPeriod_data() { TestSupport::addDriverRows(); }
    void rollupEqualsRawAggregatesForEveryGroupingAndPeriod()
    {
        QFETCH(int, driver);
        REQUIRE_SCRATCH_LEDGER(*m_filled[driver].scratch);
        Storage::Database* db = m_filled[driver].db.get();
        Storage::StatsQueries stats(*db);
        for (const StatsPeriod& period : periods(m_now)) {
            for (StatsGrouping grouping : kGroupings) {
                const auto fast = stats.usage(period, grouping, StatsSource::Rollup);
                QCOMPARE(stats.lastError(), QString());
                const auto raw = stats.usage(period, grouping, StatsSource::Raw);
                QCOMPARE(stats.lastError(), QString());
                QCOMPARE(describeAll(fast), describeAll(raw));
            }
        }
        const Storage::UsageStats all =
            stats.totals(*StatsPeriod::parseSince(QStringLiteral("all"), m_now));
        QCOMPARE(all.attempts, 4000); // the running attempt is not counted
        QVERIFY(all.fallbacks > 0);
        QVERIFY(all.unknownCostAttempts > 0);
        QVERIFY(all.unanswered() > 0);
    }

    void rollupPercentilesAreWithinFivePercentOfTheExactOnes_data()
    {
        TestSupport::addDriverRows();
    }
    void rollupPercentilesAreWithinFivePercentOfTheExactOnes()
    {
        QFETCH(int, driver);
        REQUIRE_SCRATCH_LEDGER(*m_filled[driver].scratch);
        Storage::Database* db = m_filled[driver].db.get();
        Storage::StatsQueries stats(*db);
        for (const StatsPeriod& period : periods(m_now)) {
            const auto fast = stats.latency(period, StatsSource::Rollup);
            const auto exact = stats.latency(period, StatsSource::Raw);
            QCOMPARE(fast.size(), exact.size());
            for (qsizetype i = 0; i < fast.size(); ++i) {
                QCOMPARE(fast[i].model, exact[i].model);
                QCOMPARE(fast[i].ttftSamples, exact[i].ttftSamples);
                QCOMPARE(fast[i].tpsSamples, exact[i].tpsSamples);
                const auto close = [](std::optional<double> a, std::optional<double> b) {
                    if (!a || !b)
                        return a.has_value() == b.has_value();
                    return std::abs(*a / *b - 1.0) <= 0.05;
                };
                QVERIFY(close(fast[i].ttftP50Ms, exact[i].ttftP50Ms));
                QVERIFY(close(fast[i].ttftP95Ms, exact[i].ttftP95Ms));
                QVERIFY(close(fast[i].tpsP50, exact[i].tpsP50));
                QVERIFY(close(fast[i].tpsP95, exact[i].tpsP95));
            }
        }
    }

    void rebuildGivesTheSameRollup_data() { TestSupport::addDriverRows(); }
    void rebuildGivesTheSameRollup()
    {
        QFETCH(int, driver);
        REQUIRE_SCRATCH_LEDGER(*m_filled[driver].scratch);
        Storage::Database* db = m_filled[driver].db.get();
        QSqlQuery q(db->connection());
        const auto dump = [&] {
            QStringList rows;
            q.exec(QStringLiteral("SELECT * FROM stats_daily ORDER BY 1, 2, 3, 4, 5, 6"));
            while (q.next()) {
                QStringList cells;
                for (int i = 0; i < 19; ++i)
                    cells.append(q.value(i).toString());
                rows.append(cells.join(u','));
            }
            q.exec(QStringLiteral("SELECT * FROM stats_latency ORDER BY 1, 2, 3, 4, 5"));
            while (q.next()) {
                QStringList cells;
                for (int i = 0; i < 6; ++i)
                    cells.append(q.value(i).toString());
                rows.append(cells.join(u','));
            }
            return rows;
        };
        const QStringList incremental = dump();
        Storage::WriteTransaction transaction(db->connection());
        QCOMPARE(transaction.begin(), QString());
        QCOMPARE(Storage::StatsRollup(db->connection()).rebuild(), QString());
        QCOMPARE(transaction.commit(), QString());
        QCOMPARE(dump(), incremental);
    }

    void severalWritersAtOnceKeepTheRollupEqualToTheRows_data() { TestSupport::addDriverRows(); }
    void severalWritersAtOnceKeepTheRollupEqualToTheRows()
    {
        // A team's shared ledger: writers on connections of their own, at the same time.
        SCRATCH_LEDGER(scratch);
        {
            Storage::Database first(scratch.settings());
            QCOMPARE(first.open(), QString());
        }
        constexpr int kWriters = 4;
        constexpr int kAttempts = 300;
        QStringList errors(kWriters);
        std::vector<std::unique_ptr<QThread>> threads;
        for (int w = 0; w < kWriters; ++w) {
            threads.emplace_back(QThread::create([&, w] {
                Storage::Database db(scratch.settings());
                errors[w] = db.open();
                if (errors[w].isEmpty())
                    errors[w] = fill(db, 1000 + w, m_now, kAttempts, false);
            }));
            threads.back()->start();
        }
        for (const auto& thread : threads)
            QVERIFY(thread->wait(120'000));
        QCOMPARE(errors, QStringList(kWriters));
        Storage::Database db(scratch.settings());
        QCOMPARE(db.open(), QString());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM attempts")));
        QVERIFY(q.next());
        const qint64 rows = q.value(0).toLongLong();
        QVERIFY(rows >= kWriters * kAttempts);
        Storage::StatsQueries stats(db);
        const StatsPeriod all = *StatsPeriod::parseSince(QStringLiteral("all"), m_now);
        QCOMPARE(stats.totals(all).attempts, rows);
        for (const StatsPeriod& period : periods(m_now)) {
            for (StatsGrouping grouping : kGroupings) {
                QCOMPARE(describeAll(stats.usage(period, grouping, StatsSource::Rollup)),
                         describeAll(stats.usage(period, grouping, StatsSource::Raw)));
            }
        }
        // Whose spend it is: every writer's user appears, and the users add up to the total.
        const QList<Storage::UsageStats> byUser = stats.usage(all, StatsGrouping::User);
        QCOMPARE(byUser.size(), kUsers.size());
        Storage::UsageStats sum;
        for (const Storage::UsageStats& user : byUser)
            sum.add(user);
        sum.key = stats.totals(all).key;
        QCOMPARE(sum, stats.totals(all));
    }

    void monthProjectionScalesSpendToTheWholeMonth_data() { TestSupport::addDriverRows(); }
    void monthProjectionScalesSpendToTheWholeMonth()
    {
        SCRATCH_LEDGER(scratch);
        Storage::Database db(scratch.settings());
        QCOMPARE(db.open(), QString());
        Storage::UsageLedger ledger(db);
        const QDateTime midMonth(QDate(2025, 4, 16), QTime(0, 0)); // local: half of April gone
        Storage::LedgerEntry entry;
        entry.attempt.requestId = QStringLiteral("a");
        entry.attempt.provider = QStringLiteral("openai");
        entry.attempt.model = QStringLiteral("gpt-4o");
        entry.attempt.outcome = Chat::Outcome::Ok;
        entry.attempt.startedAt = midMonth.addDays(-1).toUTC();
        entry.attempt.costMicroUsd = 1'500'000;
        QCOMPARE(ledger.record(entry), QString());
        entry.attempt.requestId = QStringLiteral("b");
        entry.attempt.costMicroUsd.reset();
        QCOMPARE(ledger.record(entry), QString());
        entry.attempt.requestId = QStringLiteral("c");
        entry.attempt.startedAt = midMonth.addMonths(-1).toUTC(); // March: not counted
        entry.attempt.costMicroUsd = 9'000'000;
        QCOMPARE(ledger.record(entry), QString());
        Storage::StatsQueries stats(db);
        const Storage::MonthSpend spend = stats.monthToDate(midMonth);
        QCOMPARE(spend.spentMicroUsd, 1'500'000);
        QCOMPARE(spend.unknownCostAttempts, 1);
        QCOMPARE(spend.projectedMicroUsd, 3'000'000); // 15 of 30 days gone
        QCOMPARE(stats.monthToDate(midMonth, QStringLiteral("openai")).spentMicroUsd, 1'500'000);
        QCOMPARE(stats.monthToDate(midMonth, QStringLiteral("groq")).spentMicroUsd, 0);
    }

    void aFilterGivesExactlyThatGroupsRow_data() { TestSupport::addDriverRows(); }
    void aFilterGivesExactlyThatGroupsRow()
    {
        QFETCH(int, driver);
        REQUIRE_SCRATCH_LEDGER(*m_filled[driver].scratch);
        Storage::StatsQueries stats(*m_filled[driver].db);
        for (const StatsPeriod& period : periods(m_now)) {
            for (StatsSource source : {StatsSource::Rollup, StatsSource::Raw}) {
                for (const auto& [grouping, byKey] :
                     {std::pair(StatsGrouping::Model, &Storage::StatsFilter::forModelKey),
                      std::pair(
                          StatsGrouping::Provider, +[](const QString& key) {
                              return Storage::StatsFilter{key, {}};
                          })}) {
                    for (Storage::UsageStats row : stats.usage(period, grouping, source)) {
                        const Storage::StatsFilter filter = byKey(row.key);
                        Storage::UsageStats filtered = stats.totals(period, source, filter);
                        QCOMPARE(stats.lastError(), QString());
                        row.key.clear();
                        QCOMPARE(describe(filtered), describe(row));
                        // Per day, the filtered rows add up to the same figures.
                        Storage::UsageStats days;
                        for (const Storage::UsageStats& day :
                             stats.usage(period, StatsGrouping::Day, source, filter))
                            days.add(day);
                        QCOMPARE(describe(days), describe(row));
                    }
                }
            }
        }
        const Storage::StatsFilter gpt =
            Storage::StatsFilter::forModelKey(QStringLiteral("openai/gpt-4o"));
        QCOMPARE(gpt.provider, QStringLiteral("openai"));
        QCOMPARE(gpt.model, QStringLiteral("gpt-4o"));
        QCOMPARE(
            Storage::StatsFilter::forModelKey(QStringLiteral("openrouter/anthropic/claude")).model,
            QStringLiteral("anthropic/claude"));
    }

    void aFilterKeepsOnlyThatModelsLatency_data() { TestSupport::addDriverRows(); }
    void aFilterKeepsOnlyThatModelsLatency()
    {
        QFETCH(int, driver);
        REQUIRE_SCRATCH_LEDGER(*m_filled[driver].scratch);
        Storage::StatsQueries stats(*m_filled[driver].db);
        const StatsPeriod period = *StatsPeriod::parseSince(QStringLiteral("30d"), m_now);
        const auto all = stats.latency(period);
        QVERIFY(all.size() > 1);
        for (const Storage::LatencyStats& l : all) {
            const auto one =
                stats.latency(period, StatsSource::Rollup, false, {l.provider, l.model});
            QCOMPARE(one.size(), 1);
            QCOMPARE(one[0].model, l.model);
            QCOMPARE(one[0].ttftSamples, l.ttftSamples);
            QCOMPARE(one[0].ttftP95Ms, l.ttftP95Ms);
            QCOMPARE(one[0].tpsP50, l.tpsP50);
        }
        const auto openai =
            stats.latency(period, StatsSource::Raw, false, {QStringLiteral("openai"), {}});
        QCOMPARE(openai.size(), 2);
        QCOMPARE(openai[0].provider, QStringLiteral("openai"));
        QCOMPARE(openai[1].provider, QStringLiteral("openai"));
    }

    void writerGroupingSplitsTheSpendByUserAtHost()
    {
        QTemporaryDir dir;
        Storage::Database db(dir.filePath(QStringLiteral("w.db")));
        QCOMPARE(db.open(), QString());
        Storage::UsageLedger ledger(db);
        const auto record = [&](const QString& request, int index, Chat::Outcome outcome,
                                std::optional<qint64> cost) {
            Storage::LedgerEntry entry;
            entry.attempt.requestId = request;
            entry.attempt.index = index;
            entry.attempt.provider = QStringLiteral("openai");
            entry.attempt.model = QStringLiteral("gpt-4o");
            entry.attempt.outcome = outcome;
            entry.attempt.startedAt = m_now.addSecs(-3600 + index);
            entry.attempt.costMicroUsd = cost;
            QCOMPARE(ledger.record(entry), QString());
        };
        record(QStringLiteral("a"), 0, Chat::Outcome::Ok, 1000);
        record(QStringLiteral("b"), 0, Chat::Outcome::RateLimited, std::nullopt);
        record(QStringLiteral("b"), 1, Chat::Outcome::Ok, 250);
        record(QStringLiteral("c"), 0, Chat::Outcome::Ok, 40);
        // Request b was written on another machine sharing the ledger.
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE attempts SET writer_user = 'bob', writer_host = "
                                      "'laptop' WHERE request_id = 'b'")));
        const Storage::WriterIdentity me = Storage::WriterIdentity::current();
        const QString mine = me.user + u'@' + me.host;
        QStringList writers{QStringLiteral("bob@laptop"), mine};
        writers.sort();
        Storage::StatsQueries stats(db);
        const StatsPeriod period = *StatsPeriod::parseSince(QStringLiteral("7d"), m_now);
        for (StatsSource source : {StatsSource::Rollup, StatsSource::Raw}) {
            QMap<QString, Storage::UsageStats> byWriter;
            for (const Storage::UsageStats& row :
                 stats.usage(period, StatsGrouping::Writer, source))
                byWriter.insert(row.key, row);
            QCOMPARE(stats.lastError(), QString());
            QCOMPARE(byWriter.keys(), writers);
            const Storage::UsageStats bob = byWriter.value(QStringLiteral("bob@laptop"));
            QCOMPARE(bob.attempts, 2);
            QCOMPARE(bob.requests, 1);
            QCOMPARE(bob.fallbacks, 1);
            QCOMPARE(bob.costMicroUsd, 250);
            QCOMPARE(bob.unknownCostAttempts, 1);
            const Storage::UsageStats own = byWriter.value(mine);
            QCOMPARE(own.attempts, 2);
            QCOMPARE(own.wonFirst, 2);
            QCOMPARE(own.costMicroUsd, 1040);
            const auto filtered =
                stats.usage(period, StatsGrouping::Writer, source, {QStringLiteral("groq"), {}});
            QVERIFY(filtered.isEmpty());
        }
    }

    void sinceFormsParse()
    {
        const QDateTime now(QDate(2025, 4, 16), QTime(15, 30));
        QCOMPARE(StatsPeriod::parseSince(QStringLiteral("7d"), now)->from,
                 QDate(2025, 4, 10).startOfDay());
        QCOMPARE(StatsPeriod::parseSince(QStringLiteral("24h"), now)->from, now.addDays(-1));
        QCOMPARE(StatsPeriod::parseSince(QStringLiteral("2025-01-02"), now)->from,
                 QDate(2025, 1, 2).startOfDay());
        QString error;
        QVERIFY(!StatsPeriod::parseSince(QStringLiteral("soon"), now, &error));
        QVERIFY(error.contains(QLatin1String("soon")));
        QVERIFY(!StatsPeriod::parseSince(QStringLiteral("0d"), now));
    }
};

QTEST_GUILESS_MAIN(TestStatsQueries)
#include "tst_statsqueries.moc"
