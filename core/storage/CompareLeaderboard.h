#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Storage {

class Database;

/// One model's standing in the user's own judged compares (definitions: docs/COMPARE.md).
struct LeaderboardRow {
    QString provider;
    QString model;
    int comparisons = 0; ///< judged compares in which the model answered a column
    int wins = 0;        ///< its column alone was marked best
    int ties = 0;        ///< its column was one of several marked best
    int losses = 0;      ///< another column was marked best, not its own
    /// From the ledger rows of those answers (the attempt that answered each column):
    int costSamples = 0;
    std::optional<qint64> medianCostMicroUsd;
    int ttftSamples = 0;
    std::optional<qint64> medianTtftMs;
    int tokensPerSecondSamples = 0;
    std::optional<double> medianTokensPerSecond;

    QString id() const { return provider + u'/' + model; }
    /// (wins + ties ÷ 2) ÷ comparisons; 0 without comparisons.
    double winRate() const;

    friend bool operator==(const LeaderboardRow&, const LeaderboardRow&) = default;
};

/// The leaderboard: win rates per model from the stored verdicts, with the median cost and speed
/// of the judged answers from the ledger beside them. Reads only; on any thread with its own
/// Database.
class CompareLeaderboard {
public:
    explicit CompareLeaderboard(Database& database);

    /// Best first: win rate, then more comparisons, then provider/model. Only compares judged
    /// since `since` (by the verdict's time; invalid: all) count. A column is credited to the
    /// provider/model that answered it, so a route column counts for the model that won its
    /// route.
    QList<LeaderboardRow> rows(const QDateTime& since = {}, QString* error = nullptr) const;

private:
    Database& m_database;
};

} // namespace Storage
