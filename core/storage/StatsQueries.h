#pragma once

#include "storage/StatsPeriod.h"

#include <QList>
#include <QString>

#include <optional>

namespace Storage {

class Database;

/// Where the figures come from: the rollup (fast; whole days from stats_daily/stats_latency,
/// ragged edges of the period from the raw rows), or the raw rows only (the reference).
enum class StatsSource { Rollup, Raw };

/// What the rows of usage() are per. Model keys are "provider/model"; a direct request's route
/// is the empty string; days are the writer's local dates (YYYY-MM-DD); users are the writers'
/// login names (a team's shared ledger: whose spend it is; empty when unknown); writers are
/// "user@host". The rollup is kept per user but not per host, so the Writer grouping is always
/// computed from the raw rows.
enum class StatsGrouping { None, Day, Model, Provider, Route, Origin, User, Writer };

/// Restricts the statistics to one provider, or to one model of it. Fallbacks stay with the
/// request's first attempt: filtered figures equal that group's row of usage().
struct StatsFilter {
    QString provider; ///< empty: every provider
    QString model;    ///< empty: every model of `provider`

    bool isEmpty() const { return provider.isEmpty(); }
    /// The filter for a Model grouping key "provider/model" (split at the first '/', since model
    /// names may hold one: "openrouter/anthropic/claude-3.5").
    static StatsFilter forModelKey(const QString& key);
    /// True when the model "provider/model" passes the filter.
    bool matchesModelKey(const QString& key) const;
    friend bool operator==(const StatsFilter&, const StatsFilter&) = default;
};

/// Counts and spend of one group over a period (definitions: docs/STORAGE.md).
struct UsageStats {
    QString key;
    qint64 attempts = 0;  ///< finished attempts (running ones are left out)
    qint64 ok = 0;        ///< attempts that answered
    qint64 failed = 0;    ///< attempts that ended in an error (interrupted included)
    qint64 cancelled = 0; ///< cancelled by the user, or hedges that lost the race
    qint64 requests = 0;  ///< requests, counted on their first attempt's group
    qint64 wonFirst = 0;  ///< requests answered by their first attempt
    qint64 fallbacks = 0; ///< requests answered by a later attempt (a fallback)
    qint64 inputTokens = 0;
    qint64 outputTokens = 0;
    qint64 cachedTokens = 0;
    qint64 reasoningTokens = 0;
    qint64 costMicroUsd = 0;        ///< the sum of the known costs, integer micro-dollars
    qint64 unknownCostAttempts = 0; ///< attempts whose cost is unknown: not counted as 0

    /// Requests without an answer (failed, cancelled; or still running).
    qint64 unanswered() const { return requests - wonFirst - fallbacks; }
    std::optional<double> fallbackRate() const;
    std::optional<double> successRate() const;
    std::optional<double> failureRate() const;
    void add(const UsageStats& other);
    friend bool operator==(const UsageStats&, const UsageStats&) = default;
};

/// Latency percentiles of one model's successful attempts over a period.
struct LatencyStats {
    QString provider;
    QString model;
    qint64 ttftSamples = 0;
    std::optional<double> ttftP50Ms;
    std::optional<double> ttftP95Ms;
    qint64 tpsSamples = 0;
    std::optional<double> tpsP50;
    std::optional<double> tpsP95;
};

/// Spend of a calendar month so far, and where it is heading.
struct MonthSpend {
    qint64 spentMicroUsd = 0;
    qint64 unknownCostAttempts = 0;
    /// Straight-line projection to the end of the month: spent × month length ÷ time elapsed.
    qint64 projectedMicroUsd = 0;
};

/// The dashboard's queries over the ledger. Reads only; usable on any thread that has its own
/// Database (one connection per thread).
class StatsQueries {
public:
    explicit StatsQueries(Database& database);

    /// Rows sorted by key. Empty groups are left out.
    QList<UsageStats> usage(const StatsPeriod& period, StatsGrouping grouping,
                            StatsSource source = StatsSource::Rollup,
                            const StatsFilter& filter = {}) const;
    UsageStats totals(const StatsPeriod& period, StatsSource source = StatsSource::Rollup,
                      const StatsFilter& filter = {}) const;
    /// Per provider/model, sorted. Rollup percentiles are within 5% of the exact ones. With
    /// `withOverall`, a last entry with empty provider and model covers every model.
    QList<LatencyStats> latency(const StatsPeriod& period, StatsSource source = StatsSource::Rollup,
                                bool withOverall = false, const StatsFilter& filter = {}) const;
    /// The local month containing `now`; `provider` empty for all providers.
    MonthSpend monthToDate(const QDateTime& now, const QString& provider = {},
                           StatsSource source = StatsSource::Rollup) const;
    /// The last database error, empty when the last query worked.
    QString lastError() const { return m_lastError; }

private:
    Database& m_database;
    mutable QString m_lastError;
};

} // namespace Storage
