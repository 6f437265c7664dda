// The statistics: the rollup kept on every insert and finish equals the aggregates of the raw
// rows, for every grouping and period; percentiles from it are within 5%; a full rebuild gives
// the same rollup; the month projection is integer arithmetic.
#include "LedgerGenerator.h"
#include "storage/Database.h"
#include "storage/StatsQueries.h"
#include "storage/StatsRollup.h"
#include "storage/UsageLedger.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using Storage::StatsGrouping;
using Storage::StatsPeriod;
using Storage::StatsSource;

namespace {

const QList<StatsGrouping> kGroupings{StatsGrouping::None,  StatsGrouping::Day,
                                      StatsGrouping::Model, StatsGrouping::Provider,
                                      StatsGrouping::Route, StatsGrouping::Origin};

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
    QTemporaryDir m_dir;
    std::unique_ptr<Storage::Database> m_db;
    QDateTime m_now;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = std::make_unique<Storage::Database>(m_dir.filePath(QStringLiteral("s.db")));
        QCOMPARE(m_db->open(), QString());
        m_now = QDateTime::currentDateTimeUtc();
        Storage::UsageLedger ledger(*m_db);
        LedgerGenerator generator(20240611, m_now, 45);
        int rows = 0;
        // Half through record(), half through begin() then finish(), as RouteRun writes them.
        while (rows < 4000) {
            generator.nextRequest([&](const Storage::LedgerEntry& entry) {
                ++rows;
                if (rows % 2) {
                    QCOMPARE(ledger.record(entry), QString());
                    return;
                }
                Storage::LedgerEntry started = entry;
                started.attempt.outcome = Chat::Outcome::Network;
                const std::optional<qint64> row = ledger.begin(started);
                QVERIFY(row.has_value());
                QCOMPARE(ledger.finish(*row, entry), QString());
            });
        }
        // One attempt still running: counted nowhere.
        Storage::LedgerEntry running;
        running.attempt.requestId = QStringLiteral("running");
        running.attempt.provider = QStringLiteral("openai");
        running.attempt.model = QStringLiteral("gpt-4o");
        running.attempt.startedAt = m_now.addSecs(-10);
        QVERIFY(ledger.begin(running).has_value());
    }

    void rollupEqualsRawAggregatesForEveryGroupingAndPeriod()
    {
        Storage::StatsQueries stats(*m_db);
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

    void rollupPercentilesAreWithinFivePercentOfTheExactOnes()
    {
        Storage::StatsQueries stats(*m_db);
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

    void rebuildGivesTheSameRollup()
    {
        QSqlQuery q(m_db->connection());
        const auto dump = [&] {
            QStringList rows;
            q.exec(QStringLiteral("SELECT * FROM stats_daily ORDER BY 1, 2, 3, 4, 5"));
            while (q.next()) {
                QStringList cells;
                for (int i = 0; i < 18; ++i)
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
        QVERIFY(m_db->connection().transaction());
        QCOMPARE(Storage::StatsRollup(m_db->connection()).rebuild(), QString());
        QVERIFY(m_db->connection().commit());
        QCOMPARE(dump(), incremental);
    }

    void monthProjectionScalesSpendToTheWholeMonth()
    {
        QTemporaryDir dir;
        Storage::Database db(dir.filePath(QStringLiteral("m.db")));
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
