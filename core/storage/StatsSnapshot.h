#pragma once

#include "pricing/Budgets.h"
#include "storage/BudgetWatcher.h"
#include "storage/StatsPeriod.h"
#include "storage/StatsQueries.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QThread;

namespace Storage {

/// What a dashboard (or any reader of the statistics) asks for at once.
struct StatsRequest {
    StatsPeriod period;
    StatsFilter filter; ///< narrows every figure but the month's budget and the model list
    QDateTime now;      ///< the moment "this month" and the projection are about
    Pricing::Budgets budgets;
    int topSeries = 6; ///< charted models/providers per day; the rest are added up as "other"
};

/// One group's figures per day: a model or provider, or (empty key) every other one.
struct DailySeries {
    QString key;
    QList<UsageStats> perDay; ///< parallel to StatsSnapshot::days
};

/// One model's usage over the period, with its latency (no samples: empty percentiles).
struct ModelStats {
    UsageStats usage; ///< usage.key is "provider/model"
    LatencyStats latency;
};

/// Everything a dashboard shows for one request, computed in one go from the statistics layer
/// (docs/DASHBOARD.md). A value: safe to pass between threads.
struct StatsSnapshot {
    quint64 generation = 0; ///< which request this answers (StatsWorker drops older ones)
    StatsRequest request;
    QString error;                ///< the statistics could not be read: what and why
    QString notice;               ///< readable, but worth saying (a newer database, read-only)
    bool ledgerMissing = false;   ///< no database file yet: nothing was ever recorded
    QThread* queriedOn = nullptr; ///< the thread that ran the queries

    UsageStats totals; ///< filtered
    std::optional<double> ttftP50Ms;
    std::optional<double> ttftP95Ms;
    QStringList days;                   ///< every local day of the period, oldest first
    QList<UsageStats> perDay;           ///< filtered, parallel to `days`
    QList<DailySeries> spendByModel;    ///< top models by spend, then "other" (filtered)
    QList<DailySeries> spendByProvider; ///< top providers by spend, then "other" (filtered)
    QList<ModelStats> models;           ///< every model of the period, unfiltered, by key
    QList<UsageStats> providers;        ///< filtered, by key
    QList<UsageStats> writers;          ///< filtered, by key ("user@host"): the team view
    /// The writers are not in yet: they are read from the raw rows (the rollup has no writer),
    /// which takes longer, so they come in a second answer (addWriters()).
    bool writersPending = false;
    MonthSpend month; ///< the whole ledger's month, as budgets count it
    std::optional<qint64> monthlyBudgetMicroUsd;
    QList<BudgetCrossing> budgetAlerts; ///< thresholds crossed as of `request.now`

    bool isEmpty() const { return totals.attempts == 0; }

    /// Runs the queries of `request` on `stats` (this thread's connection). `stale` is asked
    /// between queries; when it answers true the work stops and the snapshot is incomplete.
    static StatsSnapshot collect(StatsQueries& stats, const StatsRequest& request,
                                 const std::function<bool()>& stale = {});
    /// Fills `writers` (and clears writersPending), reading the raw rows a few days at a time
    /// so that `stale` can stop it in between. False when stopped or a query failed (`error`).
    bool addWriters(StatsQueries& stats, const std::function<bool()>& stale = {});
};

} // namespace Storage

Q_DECLARE_METATYPE(Storage::StatsSnapshot)
