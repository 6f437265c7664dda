#include "storage/SqlDialect.h"

#include "storage/Migrations.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

#include <algorithm>
#include <cctype>

namespace Storage {
namespace {

/// pg_advisory_lock key: "SWBD" in ASCII, any constant unlikely to be used by another program.
constexpr qint64 kMigrationLockKey = 0x53574244;

QString trackName(MigrationTrack track)
{
    return track == MigrationTrack::Ledger ? QStringLiteral("ledger") : QStringLiteral("local");
}

} // namespace

SqlDriver SqlDialect::of(const QSqlDatabase& db)
{
    return db.driverName() == QLatin1String("QPSQL") ? SqlDriver::Postgresql : SqlDriver::Sqlite;
}

QString SqlDialect::qtDriverName(SqlDriver driver)
{
    return driver == SqlDriver::Postgresql ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE");
}

QStringList SqlDialect::sessionSetup(SqlDriver driver)
{
    if (driver == SqlDriver::Sqlite) {
        return {QStringLiteral("PRAGMA foreign_keys = ON"),
                QStringLiteral("PRAGMA journal_mode = WAL"),
                QStringLiteral("PRAGMA synchronous = NORMAL")};
    }
    QStringList statements{QStringLiteral("SET client_min_messages = warning")};
    const QByteArray zone = QTimeZone::systemTimeZoneId();
    // An IANA name only (letters, digits, '/', '_', '-', '+'): it is spliced into the statement.
    const bool plain = !zone.isEmpty() && std::all_of(zone.begin(), zone.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '/' || c == '_' || c == '-'
               || c == '+';
    });
    if (plain)
        statements.append(QStringLiteral("SET TIME ZONE '%1'").arg(QString::fromLatin1(zone)));
    return statements;
}

std::optional<int> SqlDialect::schemaVersion(QSqlDatabase db, MigrationTrack track, QString* error)
{
    QSqlQuery query(db);
    if (of(db) == SqlDriver::Sqlite) {
        if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
            *error = query.lastError().text();
            return std::nullopt;
        }
        return query.value(0).toInt();
    }
    if (!query.exec(QStringLiteral("SELECT to_regclass('switchboard_schema') IS NOT NULL"))
        || !query.next()) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    if (!query.value(0).toBool())
        return 0;
    query.prepare(QStringLiteral("SELECT version FROM switchboard_schema WHERE track = ?"));
    query.addBindValue(trackName(track));
    if (!query.exec()) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    return query.next() ? query.value(0).toInt() : 0;
}

QStringList SqlDialect::setSchemaVersion(SqlDriver driver, MigrationTrack track, int version)
{
    if (driver == SqlDriver::Sqlite)
        return {QStringLiteral("PRAGMA user_version = %1").arg(version)};
    return {QStringLiteral("CREATE TABLE IF NOT EXISTS switchboard_schema (track TEXT PRIMARY "
                           "KEY, version INTEGER NOT NULL)"),
            QStringLiteral("INSERT INTO switchboard_schema (track, version) VALUES ('%1', %2) ON "
                           "CONFLICT (track) DO UPDATE SET version = excluded.version")
                .arg(trackName(track))
                .arg(version)};
}

QString SqlDialect::migrationLock(SqlDriver driver)
{
    return driver == SqlDriver::Postgresql
               ? QStringLiteral("SELECT pg_advisory_lock(%1)").arg(kMigrationLockKey)
               : QString();
}

QString SqlDialect::migrationUnlock(SqlDriver driver)
{
    return driver == SqlDriver::Postgresql
               ? QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(kMigrationLockKey)
               : QString();
}

bool SqlDialect::outermostIsTransaction(SqlDriver driver)
{
    return driver == SqlDriver::Postgresql;
}

QString SqlDialect::savepoint(int depth)
{
    return QStringLiteral("SAVEPOINT switchboard_write_%1").arg(depth);
}

QString SqlDialect::releaseSavepoint(int depth)
{
    return QStringLiteral("RELEASE SAVEPOINT switchboard_write_%1").arg(depth);
}

QString SqlDialect::rollbackToSavepoint(int depth)
{
    return QStringLiteral("ROLLBACK TO SAVEPOINT switchboard_write_%1").arg(depth);
}

} // namespace Storage
