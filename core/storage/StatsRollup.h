#pragma once

#include <QSqlDatabase>
#include <QString>

namespace Storage {

/// Keeps the statistics rollup (tables stats_daily and stats_latency, docs/STORAGE.md) equal to
/// the aggregates of the finished rows of `attempts`. Writers call addFinished() inside the
/// transaction that finished the row, so the rollup and the ledger never disagree.
class StatsRollup {
public:
    explicit StatsRollup(QSqlDatabase db);

    /// Adds the finished attempt `rowId` (as stored) to the rollup. Empty on success.
    QString addFinished(qint64 rowId);
    /// Recomputes the whole rollup from `attempts` (after a migration, or to repair). Call inside
    /// a transaction. Empty on success.
    QString rebuild();

private:
    QSqlDatabase m_db;
};

} // namespace Storage
