// The statistics benchmark: 1,000,000 generated attempts over 180 days; every dashboard query
// timed from the rollup (target: p95 < 10 ms) and recomputed from the raw rows (target: p95 <
// 500 ms); also the cost of keeping the rollup on each write. Prints the figures for
// docs/PERFORMANCE.md. Usage: bench_stats [ATTEMPTS] (default 1000000).
#include "LedgerBulkFill.h"
#include "LedgerGenerator.h"
#include "storage/Database.h"
#include "storage/StatsQueries.h"
#include "storage/StatsRollup.h"
#include "storage/UsageLedger.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>

namespace {

QTextStream out(stdout);

double percentile(QList<double> values, double fraction)
{
    std::sort(values.begin(), values.end());
    const auto rank = static_cast<qsizetype>(std::ceil(fraction * double(values.size())));
    return values.at(std::clamp<qsizetype>(rank, 1, values.size()) - 1);
}

void time(const QString& name, int runs, const std::function<void()>& query)
{
    QList<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer clock;
        clock.start();
        query();
        ms.append(double(clock.nsecsElapsed()) / 1e6);
    }
    out << QStringLiteral("  %1 %2 ms p50, %3 ms p95 (%4 runs)\n")
               .arg(name, -34)
               .arg(percentile(ms, 0.5), 8, 'f', 2)
               .arg(percentile(ms, 0.95), 8, 'f', 2)
               .arg(runs);
    out.flush();
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const qint64 total = argc > 1 ? QString::fromLocal8Bit(argv[1]).toLongLong() : 1'000'000;
    QTemporaryDir dir;
    Storage::Database db(dir.filePath(QStringLiteral("bench.db")));
    if (const QString error = db.open(); !error.isEmpty()) {
        out << error << '\n';
        return 1;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    LedgerGenerator generator(1234567, now, 180);
    QElapsedTimer clock;

    // 1. The cost of keeping the rollup on each write: record() (begin + finish + rollup) in
    //    batches of 1000 per transaction, as a busy gateway would.
    {
        Storage::UsageLedger ledger(db);
        const int n = 20'000;
        int written = 0;
        clock.start();
        db.connection().transaction();
        while (written < n) {
            generator.nextRequest([&](const Storage::LedgerEntry& e) {
                ledger.record(e);
                if (++written % 1000 == 0) {
                    db.connection().commit();
                    db.connection().transaction();
                }
            });
        }
        db.connection().commit();
        out << QStringLiteral("record() with rollup: %1 attempts in %2 ms (%3 µs each)\n")
                   .arg(written)
                   .arg(clock.elapsed())
                   .arg(double(clock.nsecsElapsed()) / 1e3 / written, 0, 'f', 1);
    }

    // 2. Fill to `total` fast, then build the rollup in one pass.
    {
        clock.start();
        const QString error = fillLedger(db, generator, 20'000, total);
        QSqlQuery count(db.connection());
        count.exec(QStringLiteral("SELECT (SELECT count(*) FROM attempts), (SELECT count(*) FROM "
                                  "stats_daily), (SELECT count(*) FROM stats_latency)"));
        count.next();
        out << QStringLiteral("filled to %1 attempts, rollup rebuilt (%2 daily rows, %3 latency "
                              "rows) in %4 s %5\n")
                   .arg(count.value(0).toLongLong())
                   .arg(count.value(1).toLongLong())
                   .arg(count.value(2).toLongLong())
                   .arg(double(clock.elapsed()) / 1000.0, 0, 'f', 1)
                   .arg(error);
    }

    Storage::StatsQueries stats(db);
    using Storage::StatsGrouping;
    using Storage::StatsPeriod;
    using Storage::StatsSource;
    const StatsPeriod days30 = *StatsPeriod::parseSince(QStringLiteral("30d"), now);
    const StatsPeriod days7 = *StatsPeriod::parseSince(QStringLiteral("7d"), now);
    const StatsPeriod hours24 = *StatsPeriod::parseSince(QStringLiteral("24h"), now);
    const StatsPeriod all = *StatsPeriod::parseSince(QStringLiteral("all"), now);
    struct Query {
        QString name;
        std::function<void(StatsSource)> run;
    };
    const QList<Query> queries{
        {QStringLiteral("totals, 30 days"), [&](StatsSource s) { stats.totals(days30, s); }},
        {QStringLiteral("per day, 30 days"),
         [&](StatsSource s) { stats.usage(days30, StatsGrouping::Day, s); }},
        {QStringLiteral("per model (target rates), 30 days"),
         [&](StatsSource s) { stats.usage(days30, StatsGrouping::Model, s); }},
        {QStringLiteral("per provider, 30 days"),
         [&](StatsSource s) { stats.usage(days30, StatsGrouping::Provider, s); }},
        {QStringLiteral("per route, 30 days"),
         [&](StatsSource s) { stats.usage(days30, StatsGrouping::Route, s); }},
        {QStringLiteral("per origin, 30 days"),
         [&](StatsSource s) { stats.usage(days30, StatsGrouping::Origin, s); }},
        {QStringLiteral("per model, last 24 h"),
         [&](StatsSource s) { stats.usage(hours24, StatsGrouping::Model, s); }},
        {QStringLiteral("per day, all 180 days"),
         [&](StatsSource s) { stats.usage(all, StatsGrouping::Day, s); }},
        {QStringLiteral("latency p50/p95 per model, 7 days"),
         [&](StatsSource s) { stats.latency(days7, s); }},
        {QStringLiteral("month to date + projection"),
         [&](StatsSource s) { stats.monthToDate(now.toLocalTime(), {}, s); }},
    };
    out << "from the rollup:\n";
    for (const Query& q : queries)
        time(q.name, 50, [&] { q.run(StatsSource::Rollup); });
    out << "recomputed from the raw rows:\n";
    for (const Query& q : queries)
        time(q.name, 10, [&] { q.run(StatsSource::Raw); });
    return 0;
}
