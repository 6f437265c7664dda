#include "storage/StatsSnapshot.h"

#include <QCoreApplication>
#include <QMap>
#include <QThread>

#include <algorithm>

namespace Storage {
namespace {

/// A longer calendar span than this is cut to the days that hold data ("all", a custom range
/// of years), so a snapshot stays small.
constexpr qint64 kLongestCalendar = 400;
/// The per-writer figures come from raw rows: read in at most this many pieces.
constexpr qint64 kWriterPieces = 60;

void subtract(UsageStats& from, const UsageStats& part)
{
    from.attempts -= part.attempts;
    from.ok -= part.ok;
    from.failed -= part.failed;
    from.cancelled -= part.cancelled;
    from.requests -= part.requests;
    from.wonFirst -= part.wonFirst;
    from.fallbacks -= part.fallbacks;
    from.inputTokens -= part.inputTokens;
    from.outputTokens -= part.outputTokens;
    from.cachedTokens -= part.cachedTokens;
    from.reasoningTokens -= part.reasoningTokens;
    from.costMicroUsd -= part.costMicroUsd;
    from.unknownCostAttempts -= part.unknownCostAttempts;
}

/// Every local day from the period's first to its last (today when open-ended), plus any day
/// the data holds; a very long span is cut to the days with data.
QStringList calendar(const StatsRequest& request, const QMap<QString, UsageStats>& data)
{
    const StatsPeriod& period = request.period;
    QDate first = period.from.toLocalTime().date();
    QDate last = period.to.isValid() ? period.to.addMSecs(-1).toLocalTime().date()
                                     : request.now.toLocalTime().date();
    if (first.daysTo(last) > kLongestCalendar) {
        if (data.isEmpty())
            return {};
        first = std::max(first, QDate::fromString(data.firstKey(), Qt::ISODate));
        last = std::min(last, QDate::fromString(data.lastKey(), Qt::ISODate));
    }
    QStringList days;
    for (QDate day = first; day.isValid() && day <= last; day = day.addDays(1))
        days.append(day.toString(Qt::ISODate));
    for (auto it = data.cbegin(); it != data.cend(); ++it) {
        if (!days.contains(it.key()))
            days.append(it.key());
    }
    days.sort();
    return days;
}

QList<UsageStats> alignedTo(const QStringList& days, const QList<UsageStats>& rows)
{
    QMap<QString, UsageStats> byDay;
    for (const UsageStats& row : rows)
        byDay.insert(row.key, row);
    QList<UsageStats> aligned;
    aligned.reserve(days.size());
    for (const QString& day : days) {
        UsageStats s = byDay.value(day);
        s.key = day;
        aligned.append(s);
    }
    return aligned;
}

/// Orders groups by spend, then attempts, then key: the first ones are charted on their own.
QList<UsageStats> bySpend(QList<UsageStats> rows)
{
    std::sort(rows.begin(), rows.end(), [](const UsageStats& a, const UsageStats& b) {
        if (a.costMicroUsd != b.costMicroUsd)
            return a.costMicroUsd > b.costMicroUsd;
        if (a.attempts != b.attempts)
            return a.attempts > b.attempts;
        return a.key < b.key;
    });
    return rows;
}

} // namespace

StatsSnapshot StatsSnapshot::collect(StatsQueries& stats, const StatsRequest& request,
                                     const std::function<bool()>& stale)
{
    StatsSnapshot s;
    s.request = request;
    s.queriedOn = QThread::currentThread();
    const StatsPeriod& period = request.period;
    const StatsFilter& filter = request.filter;
    const StatsSource rollup = StatsSource::Rollup;
    // True when the work should stop: the answer is no longer wanted, or a query failed.
    const auto stop = [&] {
        if (!stats.lastError().isEmpty()) {
            s.error = QCoreApplication::translate("Storage", "cannot read the statistics: %1")
                          .arg(stats.lastError());
            return true;
        }
        return stale && stale();
    };

    s.totals = stats.totals(period, rollup, filter);
    if (stop())
        return s;
    const QList<UsageStats> models = stats.usage(period, StatsGrouping::Model);
    if (stop())
        return s;
    const QList<LatencyStats> latency = stats.latency(period, rollup, true);
    if (stop())
        return s;
    QMap<QString, LatencyStats> latencyByModel;
    for (const LatencyStats& l : latency) {
        if (l.provider.isEmpty() && filter.isEmpty()) {
            s.ttftP50Ms = l.ttftP50Ms;
            s.ttftP95Ms = l.ttftP95Ms;
        } else if (!l.provider.isEmpty()) {
            latencyByModel.insert(l.provider + u'/' + l.model, l);
        }
    }
    for (const UsageStats& row : models) {
        ModelStats m{row, latencyByModel.value(row.key)};
        if (m.latency.provider.isEmpty()) {
            const StatsFilter key = StatsFilter::forModelKey(row.key);
            m.latency.provider = key.provider;
            m.latency.model = key.model;
        }
        s.models.append(m);
    }
    if (!filter.isEmpty()) {
        const QList<LatencyStats> overall = stats.latency(period, rollup, true, filter);
        if (stop())
            return s;
        if (!overall.isEmpty() && overall.constLast().provider.isEmpty()) {
            s.ttftP50Ms = overall.constLast().ttftP50Ms;
            s.ttftP95Ms = overall.constLast().ttftP95Ms;
        }
    }

    const QList<UsageStats> perDay = stats.usage(period, StatsGrouping::Day, rollup, filter);
    if (stop())
        return s;
    QMap<QString, UsageStats> perDayMap;
    for (const UsageStats& row : perDay)
        perDayMap.insert(row.key, row);
    s.days = calendar(request, perDayMap);
    s.perDay = alignedTo(s.days, perDay);

    s.providers = stats.usage(period, StatsGrouping::Provider, rollup, filter);
    if (stop())
        return s;

    // Spend per day, stacked: the top groups one by one, the rest as "other".
    const int top = std::max(1, request.topSeries);
    const auto stack = [&](const QList<UsageStats>& groups,
                           const std::function<StatsFilter(const QString&)>& filterOf,
                           QList<DailySeries>& into) {
        QList<UsageStats> other = s.perDay;
        const QList<UsageStats> ranked = bySpend(groups);
        for (qsizetype i = 0; i < ranked.size() && i < top; ++i) {
            DailySeries series{ranked[i].key, {}};
            if (ranked.size() == 1) {
                series.perDay = s.perDay;
            } else {
                series.perDay = alignedTo(s.days, stats.usage(period, StatsGrouping::Day, rollup,
                                                              filterOf(ranked[i].key)));
                if (stop())
                    return false;
            }
            for (qsizetype d = 0; d < other.size(); ++d)
                subtract(other[d], series.perDay[d]);
            into.append(series);
        }
        if (ranked.size() > top)
            into.append({QString(), other});
        return true;
    };
    QList<UsageStats> candidateModels;
    for (const UsageStats& row : models) {
        if (filter.matchesModelKey(row.key))
            candidateModels.append(row);
    }
    if (!stack(candidateModels, &StatsFilter::forModelKey, s.spendByModel))
        return s;
    if (!stack(
            s.providers,
            [](const QString& key) {
                return StatsFilter{key, {}};
            },
            s.spendByProvider))
        return s;

    s.writersPending = true;
    s.month = stats.monthToDate(request.now);
    if (stop())
        return s;
    s.monthlyBudgetMicroUsd = request.budgets.overall.monthlyMicroUsd;
    // A fresh watcher reports every threshold that stands crossed right now.
    BudgetWatcher watcher(request.budgets, stats);
    QObject::connect(&watcher, &BudgetWatcher::crossed,
                     [&s](const BudgetCrossing& crossing) { s.budgetAlerts.append(crossing); });
    watcher.check(request.now);
    stop();
    return s;
}

bool StatsSnapshot::addWriters(StatsQueries& stats, const std::function<bool()>& stale)
{
    // Whole local days at a time, at most kWriterPieces pieces; the last piece of an open
    // period stays open (rows recorded later count, as in every other figure).
    const StatsPeriod& period = request.period;
    const QDate first = period.from.toLocalTime().date();
    const QDate last = period.to.isValid() ? period.to.addMSecs(-1).toLocalTime().date()
                                           : request.now.toLocalTime().date();
    const qint64 step = std::max<qint64>(1, (first.daysTo(last) + kWriterPieces) / kWriterPieces);
    QMap<QString, UsageStats> byWriter;
    for (QDateTime from = period.from; period.to.isValid() ? from < period.to : true;) {
        QDateTime to = from.toLocalTime().date().addDays(step).startOfDay();
        const bool lastPiece = period.to.isValid() ? to >= period.to : to > request.now;
        if (lastPiece)
            to = period.to;
        for (const UsageStats& row :
             stats.usage({from, to}, StatsGrouping::Writer, StatsSource::Raw, request.filter)) {
            UsageStats& sum = byWriter[row.key];
            sum.key = row.key;
            sum.add(row);
        }
        if (!stats.lastError().isEmpty()) {
            error = QCoreApplication::translate("Storage", "cannot read the statistics: %1")
                        .arg(stats.lastError());
            return false;
        }
        if (stale && stale())
            return false;
        if (lastPiece)
            break;
        from = to;
    }
    writers = byWriter.values();
    writersPending = false;
    return true;
}

} // namespace Storage
