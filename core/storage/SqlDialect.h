#pragma once

#include "storage/ConnectionSettings.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace Storage {

enum class MigrationTrack;

/// Everything that differs between SQLite and PostgreSQL outside the migration texts, in one
/// place (docs/STORAGE.md, "Dialects"): the Qt driver, what a new connection sets up, where the
/// schema version lives, how writes nest, and how concurrent migrations are kept apart. The
/// queries themselves are written in the SQL both understand (upserts with ON CONFLICT and
/// table-qualified columns, RETURNING, CASE, coalesce, LIMIT/OFFSET); the migrations hold one
/// statement list per dialect side by side (Migrations.cpp).
class SqlDialect {
public:
    static SqlDriver of(const QSqlDatabase& db);
    static QString qtDriverName(SqlDriver driver);
    /// Statements run once on every new connection (SQLite: WAL, foreign keys; PostgreSQL: the
    /// client's time zone, so that dates in SQL are the writer's local dates as in SQLite).
    static QStringList sessionSetup(SqlDriver driver);

    /// The schema version of `track` (0 for a database that has none yet); nullopt and `error`
    /// when it cannot be read. SQLite keeps one number for the file (PRAGMA user_version, the
    /// highest step applied of every track); PostgreSQL keeps one row per track in
    /// switchboard_schema, so a client whose local schema is newer does not lock older clients
    /// out of a shared ledger whose schema did not change.
    static std::optional<int> schemaVersion(QSqlDatabase db, MigrationTrack track, QString* error);
    /// Statements that record `version` for `track`, inside the migration's transaction.
    static QStringList setSchemaVersion(SqlDriver driver, MigrationTrack track, int version);

    /// PostgreSQL: a session lock held while migrating, so that clients starting at once on a
    /// fresh server migrate one after the other. Empty for SQLite (its write lock does that).
    static QString migrationLock(SqlDriver driver);
    static QString migrationUnlock(SqlDriver driver);

    /// Savepoint statements of a write nested `depth` levels (depth ≥ 1) inside another write.
    /// SQLite: every write is a savepoint (outside a transaction one starts a transaction).
    /// PostgreSQL: a savepoint only exists inside a transaction block, so the outermost write
    /// is BEGIN/COMMIT (QSqlDatabase::transaction/commit) and only nested ones are savepoints.
    static bool outermostIsTransaction(SqlDriver driver);
    static QString savepoint(int depth);
    static QString releaseSavepoint(int depth);
    static QString rollbackToSavepoint(int depth);
};

} // namespace Storage
