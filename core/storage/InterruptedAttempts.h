#pragma once

#include <QSqlDatabase>
#include <QString>

namespace Storage {

/// Rows left 'pending' by a process that ended before finishing them (a crash, a kill, a power
/// cut) become outcome `interrupted` when a database is opened, and join the statistics. A row
/// is left alone while its writer is alive: on this machine, by its process id; from another
/// machine (a shared ledger), until it is a day old — no call lives that long.
class InterruptedAttempts {
public:
    explicit InterruptedAttempts(QSqlDatabase db);

    /// Marks the rows of dead writers interrupted; returns how many, or -1 with `error` set.
    int recover(QString* error = nullptr);
    /// The error an interrupted row carries.
    static QString reason();

private:
    QSqlDatabase m_db;
};

} // namespace Storage
