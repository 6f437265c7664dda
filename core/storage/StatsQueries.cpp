#include "storage/StatsQueries.h"

#include "storage/Database.h"
#include "storage/LatencyHistogram.h"

#include <QHash>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace Storage {
namespace {

/// A time range of raw rows: [from, to), `to` empty when open-ended.
struct RawRange {
    qint64 from = 0;
    std::optional<qint64> to;
};

/// A period cut into whole local days (from the rollup) and ragged edges (from raw rows).
struct Pieces {
    std::optional<std::pair<QString, QString>> days; ///< first and last day, inclusive
    QList<RawRange> raw;
};

QString dayKey(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

Pieces split(const StatsPeriod& period)
{
    Pieces pieces;
    const qint64 from = period.from.toMSecsSinceEpoch();
    const QDate fromDate = period.from.toLocalTime().date();
    const QDate firstWhole =
        fromDate.startOfDay().toMSecsSinceEpoch() == from ? fromDate : fromDate.addDays(1);
    const qint64 firstWholeStart = firstWhole.startOfDay().toMSecsSinceEpoch();
    if (!period.to.isValid()) {
        if (firstWholeStart > from)
            pieces.raw.append({from, firstWholeStart});
        // Open-ended: every day from the first whole one on, today included.
        pieces.days = std::make_pair(dayKey(firstWhole), QStringLiteral("9999-12-31"));
        return pieces;
    }
    const qint64 to = period.to.toMSecsSinceEpoch();
    const QDate toDate = period.to.toLocalTime().date();
    const QDate lastWhole = toDate.addDays(-1);
    if (to <= from)
        return pieces;
    if (firstWhole > lastWhole) {
        pieces.raw.append({from, to});
        return pieces;
    }
    if (firstWholeStart > from)
        pieces.raw.append({from, firstWholeStart});
    pieces.days = std::make_pair(dayKey(firstWhole), dayKey(lastWhole));
    const qint64 toDayStart = toDate.startOfDay().toMSecsSinceEpoch();
    if (to > toDayStart)
        pieces.raw.append({toDayStart, to});
    return pieces;
}

QString keyExpression(StatsGrouping grouping, const QString& alias, bool rollup)
{
    const QString p = alias.isEmpty() ? QString() : alias + u'.';
    switch (grouping) {
    case StatsGrouping::None:
        return QStringLiteral("''");
    case StatsGrouping::Day:
        return p + QStringLiteral("day");
    case StatsGrouping::Model:
        return QStringLiteral("%1provider || '/' || %1model").arg(p);
    case StatsGrouping::Provider:
        // In the raw rows an expression, not the bare column: grouped by the bare column, the
        // planner would walk attempts_model (provider first) to skip the sort and look up the
        // table for every row instead of scanning the covering index (about 3× slower).
        return rollup ? p + QStringLiteral("provider") : QStringLiteral("%1provider || ''").arg(p);
    case StatsGrouping::Route:
        return rollup ? p + QStringLiteral("route")
                      : QStringLiteral("coalesce(%1route, '')").arg(p);
    case StatsGrouping::Origin:
        return p + QStringLiteral("origin");
    case StatsGrouping::User:
        return rollup ? p + QStringLiteral("writer_user")
                      : QStringLiteral("coalesce(%1writer_user, '')").arg(p);
    case StatsGrouping::Writer: // raw rows only: the rollup has no host
        return QStringLiteral("coalesce(%1writer_user, '') || '@' || coalesce(%1writer_host, '')")
            .arg(p);
    }
    return QStringLiteral("''");
}

/// " AND provider = ? [AND model = ?]" for `filter` (empty when there is none); bindFilter()
/// adds the values in the same order.
QString filterCondition(const StatsFilter& filter)
{
    if (filter.isEmpty())
        return {};
    QString condition = QStringLiteral(" AND provider = ?");
    if (!filter.model.isEmpty())
        condition += QStringLiteral(" AND model = ?");
    return condition;
}

void bindFilter(QSqlQuery& q, const StatsFilter& filter)
{
    if (filter.isEmpty())
        return;
    q.addBindValue(filter.provider);
    if (!filter.model.isEmpty())
        q.addBindValue(filter.model);
}

/// The condition selecting the raw rows of `range`. The writer's local day leads the covering
/// index attempts_stats: a day range (one day wider on each side, for writers in other time
/// zones) makes the scan a range of the index in day order; the time bounds then cut it exactly.
QString rangeCondition(const RawRange& range)
{
    const auto day = [](qint64 ms, int margin) {
        return dayKey(QDateTime::fromMSecsSinceEpoch(ms).date().addDays(margin));
    };
    QString condition = QStringLiteral("day >= '%1' AND started_at_ms >= %2")
                            .arg(day(range.from, -1))
                            .arg(range.from);
    if (range.to) {
        condition += QStringLiteral(" AND day <= '%1' AND started_at_ms < %2")
                         .arg(day(*range.to, 1))
                         .arg(*range.to);
    }
    return condition;
}

/// Reads the counter columns starting at `column` (fallbacks only when `withFallbacks`).
void readCounters(const QSqlQuery& q, int column, bool withFallbacks, UsageStats& into)
{
    UsageStats s;
    s.attempts = q.value(column++).toLongLong();
    s.ok = q.value(column++).toLongLong();
    s.failed = q.value(column++).toLongLong();
    s.cancelled = q.value(column++).toLongLong();
    s.requests = q.value(column++).toLongLong();
    s.wonFirst = q.value(column++).toLongLong();
    if (withFallbacks)
        s.fallbacks = q.value(column++).toLongLong();
    s.inputTokens = q.value(column++).toLongLong();
    s.outputTokens = q.value(column++).toLongLong();
    s.cachedTokens = q.value(column++).toLongLong();
    s.reasoningTokens = q.value(column++).toLongLong();
    s.costMicroUsd = q.value(column++).toLongLong();
    s.unknownCostAttempts = q.value(column++).toLongLong();
    into.add(s);
}

using UsageMap = QMap<QString, UsageStats>;

bool rawUsage(QSqlDatabase db, const RawRange& range, StatsGrouping grouping,
              const StatsFilter& filter, UsageMap& into, QString& error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // One pass over the covering index: every counter, the fallbacks included (marked on the
    // first attempt of a request that a later attempt answered). FILTER reads the same in SQLite
    // (3.30+) and PostgreSQL and is cheaper than sum(CASE …).
    const QString sql =
        QStringLiteral("SELECT %1, count(*), "
                       "count(*) FILTER (WHERE outcome = 'ok'), "
                       "count(*) FILTER (WHERE outcome NOT IN ('ok', 'cancelled')), "
                       "count(*) FILTER (WHERE outcome = 'cancelled'), "
                       "count(*) FILTER (WHERE attempt_index = 0), "
                       "count(*) FILTER (WHERE attempt_index = 0 AND outcome = 'ok'), "
                       "coalesce(sum(fallback_won), 0), "
                       "coalesce(sum(input_tokens), 0), coalesce(sum(output_tokens), 0), "
                       "coalesce(sum(cached_tokens), 0), coalesce(sum(reasoning_tokens), 0), "
                       "coalesce(sum(cost_micro_usd), 0), "
                       "count(*) FILTER (WHERE cost_micro_usd IS NULL) "
                       "FROM attempts WHERE %2 AND outcome <> 'pending'%3 GROUP BY 1")
            .arg(keyExpression(grouping, {}, false), rangeCondition(range),
                 filterCondition(filter));
    q.prepare(sql);
    bindFilter(q, filter);
    if (!q.exec()) {
        error = q.lastError().text();
        return false;
    }
    while (q.next()) {
        UsageStats& row = into[q.value(0).toString()];
        row.key = q.value(0).toString();
        readCounters(q, 1, true, row);
    }
    // A fallback counts as soon as the later attempt answered, even while the first attempt
    // (a hedge) is still being closed: the few running rows, through their partial index.
    const QString running =
        QStringLiteral("SELECT %1, count(*) FROM attempts WHERE outcome = 'pending' AND "
                       "fallback_won = 1 AND %2%3 GROUP BY 1")
            .arg(keyExpression(grouping, {}, false), rangeCondition(range),
                 filterCondition(filter));
    q.prepare(running);
    bindFilter(q, filter);
    if (!q.exec()) {
        error = q.lastError().text();
        return false;
    }
    while (q.next()) {
        UsageStats& row = into[q.value(0).toString()];
        row.key = q.value(0).toString();
        row.fallbacks += q.value(1).toLongLong();
    }
    return true;
}

bool rollupUsage(QSqlDatabase db, const std::pair<QString, QString>& days, StatsGrouping grouping,
                 const StatsFilter& filter, UsageMap& into, QString& error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1, sum(attempts), sum(ok), sum(failed), sum(cancelled), "
                             "sum(requests), sum(won_first), sum(fallbacks), sum(input_tokens), "
                             "sum(output_tokens), sum(cached_tokens), sum(reasoning_tokens), "
                             "sum(cost_micro_usd), sum(cost_unknown) FROM stats_daily WHERE day "
                             ">= ? AND day <= ?%2 GROUP BY 1")
                  .arg(keyExpression(grouping, {}, true), filterCondition(filter)));
    q.addBindValue(days.first);
    q.addBindValue(days.second);
    bindFilter(q, filter);
    if (!q.exec()) {
        error = q.lastError().text();
        return false;
    }
    while (q.next()) {
        UsageStats& row = into[q.value(0).toString()];
        row.key = q.value(0).toString();
        readCounters(q, 1, true, row);
    }
    return true;
}

struct ModelKey {
    QString provider;
    QString model;
    friend bool operator<(const ModelKey& a, const ModelKey& b)
    {
        return std::tie(a.provider, a.model) < std::tie(b.provider, b.model);
    }
};

struct ModelLatency {
    LatencyHistogram ttft;
    LatencyHistogram tps;
    QList<double> ttftValues; ///< exact values, for the raw source
    QList<double> tpsValues;
};

bool rawLatency(QSqlDatabase db, const RawRange& range, bool exact, const StatsFilter& filter,
                QMap<ModelKey, ModelLatency>& into, QString& error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT provider, model, ttft_ms, output_tokens, total_ms FROM "
                             "attempts WHERE %1 AND outcome = 'ok'%2")
                  .arg(rangeCondition(range), filterCondition(filter)));
    bindFilter(q, filter);
    if (!q.exec()) {
        error = q.lastError().text();
        return false;
    }
    while (q.next()) {
        ModelLatency& m = into[{q.value(0).toString(), q.value(1).toString()}];
        std::optional<qint64> ttft;
        if (!q.value(2).isNull())
            ttft = q.value(2).toLongLong();
        std::optional<qint64> output;
        if (!q.value(3).isNull())
            output = q.value(3).toLongLong();
        if (ttft) {
            if (exact)
                m.ttftValues.append(double(*ttft));
            else
                m.ttft.addValue(double(*ttft));
        }
        if (const std::optional<double> tps =
                tokensPerSecond(output, ttft, q.value(4).toLongLong())) {
            if (exact)
                m.tpsValues.append(*tps);
            else
                m.tps.addValue(*tps);
        }
    }
    return true;
}

} // namespace

StatsFilter StatsFilter::forModelKey(const QString& key)
{
    const qsizetype slash = key.indexOf(u'/');
    if (slash <= 0)
        return {key, {}};
    return {key.left(slash), key.mid(slash + 1)};
}

bool StatsFilter::matchesModelKey(const QString& key) const
{
    if (isEmpty())
        return true;
    const StatsFilter other = forModelKey(key);
    return other.provider == provider && (model.isEmpty() || other.model == model);
}

std::optional<double> UsageStats::fallbackRate() const
{
    return requests > 0 ? std::optional<double>(double(fallbacks) / double(requests))
                        : std::nullopt;
}

std::optional<double> UsageStats::successRate() const
{
    return requests > 0 ? std::optional<double>(double(wonFirst) / double(requests)) : std::nullopt;
}

std::optional<double> UsageStats::failureRate() const
{
    return requests > 0
               ? std::optional<double>(double(std::max<qint64>(0, unanswered())) / double(requests))
               : std::nullopt;
}

void UsageStats::add(const UsageStats& o)
{
    attempts += o.attempts;
    ok += o.ok;
    failed += o.failed;
    cancelled += o.cancelled;
    requests += o.requests;
    wonFirst += o.wonFirst;
    fallbacks += o.fallbacks;
    inputTokens += o.inputTokens;
    outputTokens += o.outputTokens;
    cachedTokens += o.cachedTokens;
    reasoningTokens += o.reasoningTokens;
    costMicroUsd += o.costMicroUsd;
    unknownCostAttempts += o.unknownCostAttempts;
}

StatsQueries::StatsQueries(Database& database)
    : m_database(database)
{}

QList<UsageStats> StatsQueries::usage(const StatsPeriod& period, StatsGrouping grouping,
                                      StatsSource source, const StatsFilter& filter) const
{
    m_lastError.clear();
    const QSqlDatabase db = m_database.connection();
    UsageMap rows;
    bool ok = true;
    if (source == StatsSource::Raw || grouping == StatsGrouping::Writer) {
        RawRange range{period.from.toMSecsSinceEpoch(), std::nullopt};
        if (period.to.isValid())
            range.to = period.to.toMSecsSinceEpoch();
        ok = rawUsage(db, range, grouping, filter, rows, m_lastError);
    } else {
        const Pieces pieces = split(period);
        if (pieces.days)
            ok = rollupUsage(db, *pieces.days, grouping, filter, rows, m_lastError);
        for (const RawRange& range : pieces.raw)
            ok = ok && rawUsage(db, range, grouping, filter, rows, m_lastError);
    }
    if (!ok)
        return {};
    return rows.values();
}

UsageStats StatsQueries::totals(const StatsPeriod& period, StatsSource source,
                                const StatsFilter& filter) const
{
    const QList<UsageStats> rows = usage(period, StatsGrouping::None, source, filter);
    return rows.isEmpty() ? UsageStats{} : rows.constFirst();
}

QList<LatencyStats> StatsQueries::latency(const StatsPeriod& period, StatsSource source,
                                          bool withOverall, const StatsFilter& filter) const
{
    m_lastError.clear();
    const QSqlDatabase db = m_database.connection();
    QMap<ModelKey, ModelLatency> models;
    bool ok = true;
    const bool exact = source == StatsSource::Raw;
    if (exact) {
        RawRange range{period.from.toMSecsSinceEpoch(), std::nullopt};
        if (period.to.isValid())
            range.to = period.to.toMSecsSinceEpoch();
        ok = rawLatency(db, range, true, filter, models, m_lastError);
    } else {
        const Pieces pieces = split(period);
        if (pieces.days) {
            QSqlQuery q(db);
            q.setForwardOnly(true);
            q.prepare(QStringLiteral("SELECT provider, model, metric, bucket, sum(samples) FROM "
                                     "stats_latency WHERE day >= ? AND day <= ?%1 GROUP BY 1, "
                                     "2, 3, 4")
                          .arg(filterCondition(filter)));
            q.addBindValue(pieces.days->first);
            q.addBindValue(pieces.days->second);
            bindFilter(q, filter);
            ok = q.exec();
            if (!ok)
                m_lastError = q.lastError().text();
            while (ok && q.next()) {
                ModelLatency& m = models[{q.value(0).toString(), q.value(1).toString()}];
                LatencyHistogram& h =
                    q.value(2).toInt() == int(LatencyMetric::TtftMs) ? m.ttft : m.tps;
                h.add(q.value(3).toInt(), q.value(4).toLongLong());
            }
        }
        for (const RawRange& range : pieces.raw)
            ok = ok && rawLatency(db, range, false, filter, models, m_lastError);
    }
    if (!ok)
        return {};
    if (withOverall && !models.isEmpty()) {
        ModelLatency overall;
        for (const ModelLatency& m : std::as_const(models)) {
            overall.ttft.merge(m.ttft);
            overall.tps.merge(m.tps);
            overall.ttftValues += m.ttftValues;
            overall.tpsValues += m.tpsValues;
        }
        // Sorts after every real provider: the key is the largest possible.
        models.insert({QString(QChar(0xFFFF)), QString()}, overall);
    }
    QList<LatencyStats> result;
    for (auto it = models.begin(); it != models.end(); ++it) {
        LatencyStats s;
        const bool isOverall = it.key().provider == QString(QChar(0xFFFF));
        s.provider = isOverall ? QString() : it.key().provider;
        s.model = it.key().model;
        ModelLatency& m = it.value();
        if (exact) {
            s.ttftSamples = m.ttftValues.size();
            s.ttftP50Ms = exactPercentile(m.ttftValues, 0.50);
            s.ttftP95Ms = exactPercentile(m.ttftValues, 0.95);
            s.tpsSamples = m.tpsValues.size();
            s.tpsP50 = exactPercentile(m.tpsValues, 0.50);
            s.tpsP95 = exactPercentile(m.tpsValues, 0.95);
        } else {
            s.ttftSamples = m.ttft.samples();
            s.ttftP50Ms = m.ttft.percentile(0.50);
            s.ttftP95Ms = m.ttft.percentile(0.95);
            s.tpsSamples = m.tps.samples();
            s.tpsP50 = m.tps.percentile(0.50);
            s.tpsP95 = m.tps.percentile(0.95);
        }
        result.append(s);
    }
    return result;
}

MonthSpend StatsQueries::monthToDate(const QDateTime& now, const QString& provider,
                                     StatsSource source) const
{
    const StatsPeriod month = StatsPeriod::monthOf(now);
    UsageStats spent;
    const QList<UsageStats> rows =
        usage(month, provider.isEmpty() ? StatsGrouping::None : StatsGrouping::Provider, source);
    for (const UsageStats& row : rows) {
        if (provider.isEmpty() || row.key == provider)
            spent.add(row);
    }
    MonthSpend result;
    result.spentMicroUsd = spent.costMicroUsd;
    result.unknownCostAttempts = spent.unknownCostAttempts;
    const QDate first = month.from.toLocalTime().date();
    const qint64 start = month.from.toMSecsSinceEpoch();
    const qint64 end = first.addMonths(1).startOfDay().toMSecsSinceEpoch();
    const qint64 elapsed = std::clamp<qint64>(now.toMSecsSinceEpoch() - start, 1, end - start);
    // spent × span ÷ elapsed in integers without overflow: the remainder (< elapsed ≤ one
    // month in ms, < 2.7e9) times the span stays below 2^63.
    const qint64 span = end - start;
    result.projectedMicroUsd =
        spent.costMicroUsd / elapsed * span + spent.costMicroUsd % elapsed * span / elapsed;
    return result;
}

} // namespace Storage
