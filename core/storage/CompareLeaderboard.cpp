#include "storage/CompareLeaderboard.h"

#include "storage/Database.h"
#include "storage/LatencyHistogram.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace Storage {
namespace {

std::optional<qint64> optionalInt(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

/// One judged, answered column with the figures of the ledger row that answered it.
struct JudgedColumn {
    qint64 compareId = 0;
    bool best = false;
    QString provider;
    QString model;
    std::optional<qint64> costMicroUsd;
    std::optional<qint64> ttftMs;
    std::optional<double> tokensPerSecond;
};

struct Samples {
    QList<double> cost;
    QList<double> ttft;
    QList<double> tps;
};

} // namespace

double LeaderboardRow::winRate() const
{
    return comparisons > 0 ? (wins + ties / 2.0) / comparisons : 0.0;
}

CompareLeaderboard::CompareLeaderboard(Database& database)
    : m_database(database)
{}

QList<LeaderboardRow> CompareLeaderboard::rows(const QDateTime& since, QString* error) const
{
    // The answering attempt of a column is its request's one `ok` row (the unique index on
    // request_id, attempt_index serves the join).
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT c.compare_id, c.best, c.provider, c.model, a.cost_micro_usd, a.ttft_ms, "
        "a.total_ms, a.output_tokens "
        "FROM compare_columns c JOIN compares s ON s.id = c.compare_id "
        "LEFT JOIN attempts a ON a.request_id = c.request_id AND a.outcome = 'ok' "
        "WHERE s.judged_at_ms IS NOT NULL AND s.judged_at_ms >= ? AND c.answered = 1 "
        "AND c.provider IS NOT NULL AND c.model IS NOT NULL "
        "ORDER BY c.compare_id, c.position"));
    query.addBindValue(since.isValid() ? since.toMSecsSinceEpoch() : qint64(0));
    if (!query.exec()) {
        if (error)
            *error = QCoreApplication::translate("Storage", "cannot read the leaderboard from "
                                                            "%1: %2")
                         .arg(m_database.path(), query.lastError().text());
        return {};
    }
    QList<JudgedColumn> columns;
    QHash<qint64, int> bestPerCompare;
    while (query.next()) {
        JudgedColumn c;
        c.compareId = query.value(0).toLongLong();
        c.best = query.value(1).toInt() != 0;
        c.provider = query.value(2).toString();
        c.model = query.value(3).toString();
        c.costMicroUsd = optionalInt(query.value(4));
        c.ttftMs = optionalInt(query.value(5));
        if (!query.value(6).isNull())
            c.tokensPerSecond =
                tokensPerSecond(optionalInt(query.value(7)), c.ttftMs, query.value(6).toLongLong());
        if (c.best)
            bestPerCompare[c.compareId] += 1;
        columns.append(c);
    }

    QHash<QString, LeaderboardRow> byModel;
    QHash<QString, Samples> samples;
    for (const JudgedColumn& c : columns) {
        const QString key = c.provider + u'/' + c.model;
        LeaderboardRow& row = byModel[key];
        row.provider = c.provider;
        row.model = c.model;
        row.comparisons += 1;
        if (!c.best)
            row.losses += 1;
        else if (bestPerCompare.value(c.compareId) == 1)
            row.wins += 1;
        else
            row.ties += 1;
        Samples& s = samples[key];
        if (c.costMicroUsd)
            s.cost.append(double(*c.costMicroUsd));
        if (c.ttftMs)
            s.ttft.append(double(*c.ttftMs));
        if (c.tokensPerSecond)
            s.tps.append(*c.tokensPerSecond);
    }

    QList<LeaderboardRow> result;
    for (auto it = byModel.begin(); it != byModel.end(); ++it) {
        LeaderboardRow row = it.value();
        Samples& s = samples[it.key()];
        // Nearest-rank medians, as the statistics take their percentiles: each is a real value.
        row.costSamples = int(s.cost.size());
        if (const std::optional<double> m = exactPercentile(s.cost, 0.5))
            row.medianCostMicroUsd = qint64(*m);
        row.ttftSamples = int(s.ttft.size());
        if (const std::optional<double> m = exactPercentile(s.ttft, 0.5))
            row.medianTtftMs = qint64(*m);
        row.tokensPerSecondSamples = int(s.tps.size());
        row.medianTokensPerSecond = exactPercentile(s.tps, 0.5);
        result.append(row);
    }
    std::sort(result.begin(), result.end(), [](const LeaderboardRow& a, const LeaderboardRow& b) {
        if (a.winRate() != b.winRate())
            return a.winRate() > b.winRate();
        if (a.comparisons != b.comparisons)
            return a.comparisons > b.comparisons;
        return a.id() < b.id();
    });
    return result;
}

} // namespace Storage
