// The statistics benchmark: 1,000,000 generated attempts over 180 days; every dashboard query
// timed from the rollup (target: p95 < 10 ms) and recomputed from the raw rows (target: p95 <
// 500 ms); also the cost of keeping the rollup on each write. Side by side in the same run, the
// same rows in a database of schema 4 read with the queries of that version (the figures before
// schema 5's covering index and fallback marks). Prints the figures for docs/PERFORMANCE.md.
// Usage: bench_stats [ATTEMPTS] (default 1000000).
#include "LedgerGenerator.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/StatsQueries.h"
#include "storage/StatsRollup.h"
#include "storage/UsageLedger.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRegularExpression>
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

/// Inserts a finished row directly (as begin + finish would leave it), for a fast fill.
/// `fallbackWon` (schema 5 on) marks a first attempt whose request a later attempt answered.
bool insertRow(QSqlQuery& q, const Storage::LedgerEntry& e, std::optional<bool> fallbackWon)
{
    const Chat::Attempt& a = e.attempt;
    const auto opt = [](const std::optional<qint64>& v) {
        return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::LongLong));
    };
    q.addBindValue(a.requestId);
    q.addBindValue(a.index);
    q.addBindValue(Chat::originName(e.origin));
    q.addBindValue(e.route.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : e.route);
    q.addBindValue(a.provider);
    q.addBindValue(a.model);
    q.addBindValue(Chat::outcomeName(a.outcome));
    q.addBindValue(a.startedAt.toMSecsSinceEpoch());
    q.addBindValue(opt(a.ttftMs));
    q.addBindValue(a.totalMs);
    q.addBindValue(opt(a.usage.inputTokens));
    q.addBindValue(opt(a.usage.outputTokens));
    q.addBindValue(opt(a.usage.cachedTokens));
    q.addBindValue(opt(a.usage.reasoningTokens));
    q.addBindValue(opt(a.costMicroUsd));
    q.addBindValue(a.costSource);
    q.addBindValue(a.startedAt.toLocalTime().date().toString(Qt::ISODate));
    if (fallbackWon) {
        q.addBindValue(QStringLiteral("bench"));
        q.addBindValue(*fallbackWon ? 1 : 0);
    }
    return q.exec();
}

const QString kInsert = QStringLiteral(
    "INSERT INTO attempts (request_id, attempt_index, origin, route, provider, model, outcome, "
    "started_at_ms, ttft_ms, total_ms, input_tokens, output_tokens, cached_tokens, "
    "reasoning_tokens, cost_micro_usd, cost_source, day%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
    "?, ?, ?, ?, ?, ?, ?%2)");

// The raw statistics as schema 4's StatsQueries read them: sum(CASE …) and a self-join for the
// fallbacks, the time range through attempts_started and a lookup of the table row per row.
QString schema4Raw(const QString& key, qint64 from)
{
    return QStringLiteral(
               "SELECT %1, count(*), sum(CASE WHEN outcome = 'ok' THEN 1 ELSE 0 END), "
               "sum(CASE WHEN outcome NOT IN ('ok', 'cancelled') THEN 1 ELSE 0 END), "
               "sum(CASE WHEN outcome = 'cancelled' THEN 1 ELSE 0 END), "
               "sum(CASE WHEN attempt_index = 0 THEN 1 ELSE 0 END), "
               "sum(CASE WHEN attempt_index = 0 AND outcome = 'ok' THEN 1 ELSE 0 END), "
               "coalesce(sum(input_tokens), 0), coalesce(sum(output_tokens), 0), "
               "coalesce(sum(cached_tokens), 0), coalesce(sum(reasoning_tokens), 0), "
               "coalesce(sum(cost_micro_usd), 0), "
               "sum(CASE WHEN cost_micro_usd IS NULL THEN 1 ELSE 0 END) FROM attempts WHERE "
               "outcome <> 'pending' AND started_at_ms >= %2 GROUP BY 1")
        .arg(key)
        .arg(from);
}

QString schema4Fallbacks(QString key, qint64 from)
{
    // Grouped by the first attempt's columns.
    for (const char* column : {"provider", "model", "route", "origin", "day"})
        key.replace(QRegularExpression(QStringLiteral("\\b%1\\b").arg(QLatin1String(column))),
                    QStringLiteral("f.") + QLatin1String(column));
    return QStringLiteral("SELECT %1, count(*) FROM attempts w JOIN attempts f ON f.request_id = "
                          "w.request_id AND f.attempt_index = 0 WHERE w.outcome = 'ok' AND "
                          "w.attempt_index > 0 AND w.started_at_ms >= %2 AND f.started_at_ms >= "
                          "%2 GROUP BY 1")
        .arg(key)
        .arg(from);
}

void runAll(QSqlDatabase db, const QStringList& statements)
{
    QSqlQuery q(db);
    for (const QString& statement : statements) {
        q.setForwardOnly(true);
        if (!q.exec(statement))
            out << q.lastError().text() << '\n';
        while (q.next()) {
        }
    }
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

    // 2. Fill to `total` fast, then build the rollup in one pass. The same rows also go into a
    //    database of schema 4 (`before`), for the figures of the previous version's queries.
    QSqlDatabase before =
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v4"));
    before.setDatabaseName(dir.filePath(QStringLiteral("schema4.db")));
    before.open();
    {
        QStringList schema{QStringLiteral("PRAGMA journal_mode = WAL")};
        for (const Storage::Migration& step : Storage::migrations()) {
            if (step.version <= 4)
                schema += step.sqlite;
        }
        runAll(before, schema);
    }
    {
        clock.start();
        db.connection().transaction();
        before.transaction();
        QSqlQuery q(db.connection());
        q.prepare(
            kInsert.arg(QStringLiteral(", writer_user, fallback_won"), QStringLiteral(", ?, ?")));
        QSqlQuery old(before);
        old.prepare(kInsert.arg(QString(), QString()));
        qint64 rows = 20'000;
        while (rows < total) {
            QList<Storage::LedgerEntry> request;
            generator.nextRequest([&](const Storage::LedgerEntry& e) { request.append(e); });
            const bool wonLater =
                request.size() > 1 && request.constLast().attempt.outcome == Chat::Outcome::Ok;
            for (const Storage::LedgerEntry& e : std::as_const(request)) {
                if (!insertRow(q, e, wonLater && e.attempt.index == 0)
                    || !insertRow(old, e, std::nullopt))
                    out << q.lastError().text() << old.lastError().text() << '\n';
                ++rows;
            }
        }
        const QString error = Storage::StatsRollup(db.connection()).rebuild();
        db.connection().commit();
        // Schema 4's rollup, for its "last 24 h" query (the counters are what matters here).
        runAll(before,
               {QStringLiteral("INSERT INTO stats_daily SELECT day, provider, model, "
                               "coalesce(route, ''), origin, count(*), 0, 0, 0, 0, 0, 0, "
                               "sum(input_tokens), 0, 0, 0, sum(coalesce(cost_micro_usd, 0)), 0 "
                               "FROM attempts GROUP BY 1, 2, 3, 4, 5")});
        before.commit();
        QSqlQuery count(db.connection());
        count.exec(QStringLiteral("SELECT (SELECT count(*) FROM attempts), (SELECT count(*) FROM "
                                  "stats_daily), (SELECT count(*) FROM stats_latency)"));
        count.next();
        out << QStringLiteral("filled to %1 attempts (twice: schema 5 and schema 4), rollup "
                              "rebuilt (%2 daily rows, %3 latency rows) in %4 s %5\n")
                   .arg(count.value(0).toLongLong())
                   .arg(count.value(1).toLongLong())
                   .arg(count.value(2).toLongLong())
                   .arg(double(clock.elapsed()) / 1000.0, 0, 'f', 1)
                   .arg(error);
        count.finish();
        QSqlQuery analyze(db.connection());
        analyze.exec(QStringLiteral("ANALYZE"));
        runAll(before, {QStringLiteral("ANALYZE")});
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

    // Schema 4 and its queries, on the same rows.
    const qint64 from30 = days30.from.toMSecsSinceEpoch();
    const qint64 from24h = hours24.from.toMSecsSinceEpoch();
    const QString model = QStringLiteral("provider || '/' || model");
    const QString todayKey = now.toLocalTime().date().toString(Qt::ISODate);
    const qint64 todayStart = now.toLocalTime().date().startOfDay().toMSecsSinceEpoch();
    out << "schema 4, from the rollup:\n";
    time(QStringLiteral("per model, last 24 h"), 50, [&] {
        runAll(before,
               {QStringLiteral("SELECT %1, sum(attempts) FROM stats_daily WHERE day >= '%2' "
                               "GROUP BY 1")
                    .arg(model, todayKey),
                schema4Raw(model, from24h)
                    .replace(QLatin1String("GROUP BY 1"),
                             QStringLiteral("AND started_at_ms < %1 GROUP BY 1").arg(todayStart)),
                schema4Fallbacks(model, from24h)});
    });
    out << "schema 4, recomputed from the raw rows:\n";
    const QList<std::pair<QString, QString>> keys{
        {QStringLiteral("totals, 30 days"), QStringLiteral("''")},
        {QStringLiteral("per day, 30 days"), QStringLiteral("day")},
        {QStringLiteral("per model (target rates), 30 days"), model},
        {QStringLiteral("per provider, 30 days"), QStringLiteral("provider")},
        {QStringLiteral("per route, 30 days"), QStringLiteral("coalesce(route, '')")},
        {QStringLiteral("per origin, 30 days"), QStringLiteral("origin")}};
    for (const auto& [name, key] : keys) {
        time(name, 10, [&, key = key] {
            runAll(before, {schema4Raw(key, from30), schema4Fallbacks(key, from30)});
        });
    }
    time(QStringLiteral("per model, last 24 h"), 10, [&] {
        runAll(before, {schema4Raw(model, from24h), schema4Fallbacks(model, from24h)});
    });
    time(QStringLiteral("per day, all 180 days"), 10, [&] {
        runAll(before,
               {schema4Raw(QStringLiteral("day"), 0), schema4Fallbacks(QStringLiteral("day"), 0)});
    });
    return 0;
}
