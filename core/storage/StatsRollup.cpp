#include "storage/StatsRollup.h"

#include "storage/LatencyHistogram.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <array>
#include <map>
#include <optional>
#include <tuple>

namespace Storage {
namespace {

/// The rollup's key: the writer's local day and the dimensions the dashboards group by.
struct DayKey {
    QString day;
    QString provider;
    QString model;
    QString route;
    QString origin;
    QString writerUser;
    friend bool operator<(const DayKey& a, const DayKey& b)
    {
        return std::tie(a.day, a.provider, a.model, a.route, a.origin, a.writerUser)
               < std::tie(b.day, b.provider, b.model, b.route, b.origin, b.writerUser);
    }
};

/// Counters of stats_daily, in column order.
constexpr std::array<const char*, 13> kCounterColumns{"attempts",         "ok",
                                                      "failed",           "cancelled",
                                                      "requests",         "won_first",
                                                      "fallbacks",        "input_tokens",
                                                      "output_tokens",    "cached_tokens",
                                                      "reasoning_tokens", "cost_micro_usd",
                                                      "cost_unknown"};
using Counters = std::array<qint64, kCounterColumns.size()>;
enum CounterIndex {
    Attempts,
    Ok,
    Failed,
    Cancelled,
    Requests,
    WonFirst,
    Fallbacks,
    InputTokens,
    OutputTokens,
    CachedTokens,
    ReasoningTokens,
    CostMicroUsd,
    CostUnknown
};

struct LatencyKey {
    QString day;
    QString provider;
    QString model;
    int metric = 0;
    int bucket = 0;
    friend bool operator<(const LatencyKey& a, const LatencyKey& b)
    {
        return std::tie(a.day, a.provider, a.model, a.metric, a.bucket)
               < std::tie(b.day, b.provider, b.model, b.metric, b.bucket);
    }
};

/// Ordered maps: every writer updates rollup rows in the same key order, so concurrent writers
/// of a shared PostgreSQL ledger wait for each other instead of deadlocking.
struct Accumulator {
    std::map<DayKey, Counters> days;
    std::map<LatencyKey, qint64> latency;
};

std::optional<qint64> optionalInt(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

/// Columns selected by kRowColumns, in order.
const QString kRowColumns = QStringLiteral(
    "day, provider, model, coalesce(route, ''), origin, outcome, attempt_index, input_tokens, "
    "output_tokens, cached_tokens, reasoning_tokens, cost_micro_usd, ttft_ms, total_ms, "
    "coalesce(writer_user, '')");
/// The rollup key of the first attempt of a request, by request id.
const QString kFirstAttemptKey =
    QStringLiteral("day, provider, model, coalesce(route, ''), origin, coalesce(writer_user, '')");

DayKey dayKeyAt(const QSqlQuery& row, int column)
{
    return DayKey{row.value(column).toString(),     row.value(column + 1).toString(),
                  row.value(column + 2).toString(), row.value(column + 3).toString(),
                  row.value(column + 4).toString(), row.value(column + 5).toString()};
}

/// Adds one finished row (selected with kRowColumns) — the one definition the raw queries in
/// StatsQueries mirror in SQL.
void accumulateRow(const QSqlQuery& row, Accumulator& into)
{
    DayKey key{row.value(0).toString(), row.value(1).toString(), row.value(2).toString(),
               row.value(3).toString(), row.value(4).toString(), row.value(14).toString()};
    const QString outcome = row.value(5).toString();
    const bool ok = outcome == QLatin1String("ok");
    const bool first = row.value(6).toInt() == 0;
    Counters& c = into.days[key];
    c[Attempts] += 1;
    c[Ok] += ok ? 1 : 0;
    c[Cancelled] += outcome == QLatin1String("cancelled") ? 1 : 0;
    c[Failed] += !ok && outcome != QLatin1String("cancelled") ? 1 : 0;
    c[Requests] += first ? 1 : 0;
    c[WonFirst] += ok && first ? 1 : 0;
    c[InputTokens] += row.value(7).toLongLong();
    c[OutputTokens] += row.value(8).toLongLong();
    c[CachedTokens] += row.value(9).toLongLong();
    c[ReasoningTokens] += row.value(10).toLongLong();
    if (row.value(11).isNull())
        c[CostUnknown] += 1;
    else
        c[CostMicroUsd] += row.value(11).toLongLong();
    if (!ok)
        return;
    const std::optional<qint64> ttft = optionalInt(row.value(12));
    if (ttft) {
        into.latency[{key.day, key.provider, key.model, int(LatencyMetric::TtftMs),
                      latencyBucket(double(*ttft))}] += 1;
    }
    if (const std::optional<double> tps =
            tokensPerSecond(optionalInt(row.value(8)), ttft, row.value(13).toLongLong())) {
        into.latency[{key.day, key.provider, key.model, int(LatencyMetric::TokensPerSecond),
                      latencyBucket(*tps)}] += 1;
    }
}

/// The upsert of one stats_daily row: the key, then the counters in column order.
QString dailyUpsertSql()
{
    QString columns;
    QString placeholders;
    QString updates;
    for (const char* column : kCounterColumns) {
        const QString name = QString::fromLatin1(column);
        columns += QStringLiteral(", ") + name;
        placeholders += QStringLiteral(", ?");
        if (!updates.isEmpty())
            updates += QStringLiteral(", ");
        // Table-qualified: PostgreSQL finds a bare column name ambiguous next to `excluded`.
        updates += QStringLiteral("%1 = stats_daily.%1 + excluded.%1").arg(name);
    }
    return QStringLiteral("INSERT INTO stats_daily (day, provider, model, route, origin, "
                          "writer_user%1) VALUES (?, ?, ?, ?, ?, ?%2) ON CONFLICT (day, provider, "
                          "model, route, origin, writer_user) DO UPDATE SET %3")
        .arg(columns, placeholders, updates);
}

/// Every row of `acc` into stats_daily and stats_latency, through their prepared upserts.
QString write(QSqlQuery& day, QSqlQuery& latency, const Accumulator& acc)
{
    for (const auto& [key, counters] : acc.days) {
        day.addBindValue(key.day);
        day.addBindValue(key.provider);
        day.addBindValue(key.model);
        day.addBindValue(key.route);
        day.addBindValue(key.origin);
        day.addBindValue(key.writerUser);
        for (qint64 value : counters)
            day.addBindValue(value);
        if (!day.exec())
            return day.lastError().text();
    }
    for (const auto& [key, samples] : acc.latency) {
        latency.addBindValue(key.day);
        latency.addBindValue(key.provider);
        latency.addBindValue(key.model);
        latency.addBindValue(key.metric);
        latency.addBindValue(key.bucket);
        latency.addBindValue(samples);
        if (!latency.exec())
            return latency.lastError().text();
    }
    return {};
}

const QString kLatencyUpsertSql = QStringLiteral(
    "INSERT INTO stats_latency (day, provider, model, metric, bucket, samples) VALUES (?, ?, ?, "
    "?, ?, ?) ON CONFLICT (day, provider, model, metric, bucket) DO UPDATE SET samples = "
    "stats_latency.samples + excluded.samples");

} // namespace

StatsRollup::StatsRollup(QSqlDatabase db)
    : m_db(std::move(db))
    , m_row(QStringLiteral("SELECT %1, request_id FROM attempts WHERE id = ? AND outcome <> "
                           "'pending'")
                .arg(kRowColumns))
    , m_firstAttempt(
          QStringLiteral("SELECT %1 FROM attempts WHERE request_id = ? AND attempt_index = 0")
              .arg(kFirstAttemptKey))
    , m_markFallback(QStringLiteral(
          "UPDATE attempts SET fallback_won = 1 WHERE request_id = ? AND attempt_index = 0"))
    , m_dailyUpsert(dailyUpsertSql())
    , m_latencyUpsert(kLatencyUpsertSql)
{}

bool StatsRollup::upserts(QSqlQuery** daily, QSqlQuery** latency, QString* error)
{
    *daily = m_dailyUpsert.on(m_db, error);
    *latency = *daily ? m_latencyUpsert.on(m_db, error) : nullptr;
    return *daily && *latency;
}

QString StatsRollup::addFinished(qint64 rowId)
{
    Accumulator acc;
    QString error;
    QSqlQuery* const found = m_row.on(m_db, &error);
    if (!found)
        return error;
    QSqlQuery& row = *found;
    row.addBindValue(rowId);
    if (!row.exec())
        return row.lastError().text();
    if (!row.next()) {
        row.finish();
        return {};
    }
    accumulateRow(row, acc);
    // A request won by a later attempt is a fallback of the target it started on: credited to
    // the first attempt's group here, and marked on its row for the raw statistics.
    if (row.value(5).toString() == QLatin1String("ok") && row.value(6).toInt() > 0) {
        const QVariant requestId = row.value(15);
        row.finish();
        QSqlQuery* const first = m_firstAttempt.on(m_db, &error);
        if (!first)
            return error;
        first->addBindValue(requestId);
        if (!first->exec())
            return first->lastError().text();
        if (first->next())
            acc.days[dayKeyAt(*first, 0)][Fallbacks] += 1;
        first->finish();
        QSqlQuery* const mark = m_markFallback.on(m_db, &error);
        if (!mark)
            return error;
        mark->addBindValue(requestId);
        if (!mark->exec())
            return mark->lastError().text();
    }
    row.finish();
    QSqlQuery* daily = nullptr;
    QSqlQuery* latency = nullptr;
    if (!upserts(&daily, &latency, &error))
        return error;
    return write(*daily, *latency, acc);
}

QString StatsRollup::rebuild()
{
    QSqlQuery query(m_db);
    for (const char* statement : {"DELETE FROM stats_daily", "DELETE FROM stats_latency"}) {
        if (!query.exec(QString::fromLatin1(statement)))
            return query.lastError().text();
    }
    Accumulator acc;
    query.setForwardOnly(true);
    if (!query.exec(
            QStringLiteral("SELECT %1 FROM attempts WHERE outcome <> 'pending'").arg(kRowColumns)))
        return query.lastError().text();
    while (query.next())
        accumulateRow(query, acc);
    QSqlQuery fallbacks(m_db);
    fallbacks.setForwardOnly(true);
    if (!fallbacks.exec(QStringLiteral("SELECT %1, count(*) FROM attempts WHERE fallback_won "
                                       "= 1 GROUP BY 1, 2, 3, 4, 5, 6")
                            .arg(kFirstAttemptKey)))
        return fallbacks.lastError().text();
    while (fallbacks.next())
        acc.days[dayKeyAt(fallbacks, 0)][Fallbacks] += fallbacks.value(6).toLongLong();
    QString error;
    QSqlQuery* daily = nullptr;
    QSqlQuery* latency = nullptr;
    if (!upserts(&daily, &latency, &error))
        return error;
    return write(*daily, *latency, acc);
}

} // namespace Storage
