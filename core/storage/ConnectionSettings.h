#pragma once

#include <QString>

namespace Storage {

/// Which SQL server a Database talks to.
enum class SqlDriver { Sqlite, Postgresql };

/// Where a Database connects: a SQLite file, or a PostgreSQL server (a team's shared ledger,
/// docs/STORAGE.md). The password is filled in by the caller from the keychain or the
/// environment; it is never written anywhere and never part of describe().
struct ConnectionSettings {
    SqlDriver driver = SqlDriver::Sqlite;
    QString path; ///< SQLite: the file
    QString host; ///< PostgreSQL: server, port, database, user, password, sslmode
    int port = 5432;
    QString database;
    QString user;
    QString password;
    QString sslmode; ///< libpq's sslmode (disable, prefer, require, verify-ca, verify-full)
    int connectTimeoutS = 10;
    /// The directory of this machine's attempt journals for the ledger (AttemptJournal), in the
    /// profile; empty: none, and a LedgerWriter's caller waits for each attempt's row instead.
    QString attemptJournal;

    static ConnectionSettings sqlite(QString path);
    /// For messages: the file, or postgresql://user@host:port/database (no password).
    QString describe() const;

    friend bool operator==(const ConnectionSettings&, const ConnectionSettings&) = default;
};

} // namespace Storage
