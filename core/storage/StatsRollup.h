#pragma once

#include "storage/PreparedStatement.h"

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
    /// The two upserts every write ends with (stats_daily, stats_latency); false with `error`
    /// set when they cannot be prepared.
    bool upserts(QSqlQuery** daily, QSqlQuery** latency, QString* error);

    QSqlDatabase m_db;
    // Prepared once per connection (PreparedStatement): a rollup kept by its UsageLedger
    // prepares them once; a passing one, once per use.
    PreparedStatement m_row;
    PreparedStatement m_firstAttempt;
    PreparedStatement m_markFallback;
    PreparedStatement m_dailyUpsert;
    PreparedStatement m_latencyUpsert;
};

} // namespace Storage
