#pragma once

#include <QString>

namespace Storage {

class Database;

/// Writes the rows that ended processes journaled (AttemptJournal) but never committed, when a
/// ledger is opened: each becomes an `interrupted` row of its writer, and joins the statistics.
/// A journal is taken only when its lock can be (its process ended) and only into the ledger it
/// names; a line whose row is there already is skipped, a torn or garbled line too. A journal
/// is removed once its rows are committed, and left for the next open when they cannot be.
class AttemptJournalRecovery {
public:
    AttemptJournalRecovery(Database& database, QString directory);

    /// Returns how many rows it wrote, or -1 with `error` set.
    int recover(QString* error = nullptr);

private:
    /// One journal; its lock is held.
    int recoverFile(const QString& path, QString* error);

    Database& m_database;
    QString m_directory;
};

} // namespace Storage
