#pragma once

#include "storage/ConnectionSettings.h"

#include <QSqlDatabase>
#include <QString>

namespace Storage {

/// One connection to a Switchboard database, schema migrated forward on open: the profile's
/// SQLite file (WAL, foreign keys on; the ledger and the local data), or a shared PostgreSQL
/// ledger (the Ledger migration track only; docs/STORAGE.md). A database written by a newer
/// Switchboard is opened read-only and says so. One instance per thread: QtSql connections must
/// not cross threads.
class Database {
public:
    /// The SQLite file at `path`.
    explicit Database(QString path);
    explicit Database(ConnectionSettings settings);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /// Opens and migrates; returns a readable error, empty on success.
    QString open();
    bool isOpen() const;
    /// True when the file's schema is newer than this build: reading is allowed, writing is not.
    bool isReadOnly() const { return m_readOnly; }
    int schemaVersion() const { return m_schemaVersion; }
    /// How many attempts of dead processes open() marked `interrupted` (docs/STORAGE.md).
    int interruptedOnOpen() const { return m_interruptedOnOpen; }
    /// The SQLite file, or the PostgreSQL server without the password: for messages.
    QString path() const { return m_settings.describe(); }
    SqlDriver driver() const { return m_settings.driver; }
    const ConnectionSettings& settings() const { return m_settings; }
    QSqlDatabase connection() const;

    /// The newest SQLite schema this build knows (Database(path) migrates to it).
    static int latestSchemaVersion();

private:
    QString migrate();
    QString migrateLocked(bool* rebuildRollup);
    QString afterMigration(bool rebuildRollup);

    ConnectionSettings m_settings;
    QString m_connectionName;
    int m_schemaVersion = 0;
    bool m_readOnly = false;
    int m_interruptedOnOpen = 0;
};

} // namespace Storage
