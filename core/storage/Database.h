#pragma once

#include <QSqlDatabase>
#include <QString>

namespace Storage {

/// One SQLite connection to the profile's database: WAL, foreign keys on, schema migrated forward
/// on open. A database written by a newer Switchboard is opened read-only and says so.
/// One instance per thread: QtSql connections must not cross threads.
class Database {
public:
    explicit Database(QString path);
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
    QString path() const { return m_path; }
    QSqlDatabase connection() const;

    static int latestSchemaVersion();

private:
    QString migrate();
    QString afterMigration(int migratedFrom);

    QString m_path;
    QString m_connectionName;
    int m_schemaVersion = 0;
    bool m_readOnly = false;
    int m_interruptedOnOpen = 0;
};

} // namespace Storage
