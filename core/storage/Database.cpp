#include "storage/Database.h"

#include "storage/InterruptedAttempts.h"
#include "storage/Migrations.h"
#include "storage/StatsRollup.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace Storage {
namespace {

QString uniqueConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("switchboard-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

Database::Database(QString path)
    : m_path(std::move(path))
    , m_connectionName(uniqueConnectionName())
{}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

int Database::latestSchemaVersion()
{
    return migrations().constLast().version;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Database::isOpen() const
{
    return connection().isOpen();
}

QString Database::open()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return QCoreApplication::translate("Storage", "cannot open the database %1: %2")
            .arg(m_path, db.lastError().text());

    QSqlQuery query(db);
    for (const char* pragma :
         {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL"}) {
        if (!query.exec(QString::fromLatin1(pragma))) {
            return QCoreApplication::translate("Storage", "cannot set up the database %1: %2")
                .arg(m_path, query.lastError().text());
        }
    }
    return migrate();
}

QString Database::migrate()
{
    QSqlDatabase db = connection();
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return QCoreApplication::translate("Storage", "cannot read the schema version of %1: %2")
            .arg(m_path, query.lastError().text());
    m_schemaVersion = query.value(0).toInt();
    const int migratedFrom = m_schemaVersion;
    query.finish();

    if (m_schemaVersion > latestSchemaVersion()) {
        // Writing with an older schema's assumptions could corrupt what the newer build keeps.
        m_readOnly = true;
        return QCoreApplication::translate(
                   "Storage", "the database %1 was written by a newer Switchboard (schema %2; this "
                              "build knows "
                              "up to %3); update Switchboard — nothing will be written to it")
            .arg(m_path)
            .arg(m_schemaVersion)
            .arg(latestSchemaVersion());
    }
    for (const Migration& step : migrations()) {
        if (step.version <= m_schemaVersion)
            continue;
        if (!db.transaction())
            return QCoreApplication::translate("Storage", "cannot start a migration of %1: %2")
                .arg(m_path, db.lastError().text());
        for (const QString& statement : step.statements) {
            if (!query.exec(statement)) {
                const QString error = query.lastError().text();
                db.rollback();
                return QCoreApplication::translate("Storage", "cannot migrate %1 to schema %2: %3")
                    .arg(m_path)
                    .arg(step.version)
                    .arg(error);
            }
        }
        if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(step.version))
            || !db.commit()) {
            const QString error = query.lastError().text();
            db.rollback();
            return QCoreApplication::translate("Storage", "cannot migrate %1 to schema %2: %3")
                .arg(m_path)
                .arg(step.version)
                .arg(error);
        }
        m_schemaVersion = step.version;
    }
    return afterMigration(migratedFrom);
}

QString Database::afterMigration(int migratedFrom)
{
    QSqlDatabase db = connection();
    // The rollup arrived with schema 3: rows recorded before it are rolled up once.
    if (migratedFrom > 0 && migratedFrom < 3) {
        QString error;
        if (db.transaction()) {
            error = StatsRollup(db).rebuild();
            if (error.isEmpty() && !db.commit())
                error = db.lastError().text();
            if (!error.isEmpty())
                db.rollback();
        } else {
            error = db.lastError().text();
        }
        if (!error.isEmpty())
            return QCoreApplication::translate("Storage", "cannot build the statistics of %1: %2")
                .arg(m_path, error);
    }
    QString error;
    m_interruptedOnOpen = InterruptedAttempts(db).recover(&error);
    if (m_interruptedOnOpen < 0) {
        m_interruptedOnOpen = 0;
        return QCoreApplication::translate("Storage",
                                           "cannot close the attempts of an ended process in "
                                           "%1: %2")
            .arg(m_path, error);
    }
    return {};
}

} // namespace Storage
