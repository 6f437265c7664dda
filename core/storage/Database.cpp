#include "storage/Database.h"

#include "storage/AttemptJournalRecovery.h"
#include "storage/InterruptedAttempts.h"
#include "storage/Migrations.h"
#include "storage/SqlDialect.h"
#include "storage/StatsRollup.h"
#include "storage/WriteTransaction.h"

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

MigrationTrack trackOf(SqlDriver driver)
{
    // SQLite's single version number covers both tracks; PostgreSQL holds the ledger only.
    return driver == SqlDriver::Postgresql ? MigrationTrack::Ledger : MigrationTrack::Local;
}

} // namespace

Database::Database(QString path)
    : Database(ConnectionSettings::sqlite(std::move(path)))
{}

Database::Database(ConnectionSettings settings)
    : m_settings(std::move(settings))
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
    return Storage::latestSchemaVersion(SqlDriver::Sqlite);
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
    QSqlDatabase db =
        QSqlDatabase::addDatabase(SqlDialect::qtDriverName(m_settings.driver), m_connectionName);
    if (!db.isValid()) {
        return QCoreApplication::translate("Storage",
                                           "cannot open the database %1: this installation has "
                                           "no Qt SQL driver %2 (on Debian: libqt6sql6-psql)")
            .arg(path(), SqlDialect::qtDriverName(m_settings.driver));
    }
    if (m_settings.driver == SqlDriver::Sqlite) {
        db.setDatabaseName(m_settings.path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    } else {
        db.setHostName(m_settings.host);
        db.setPort(m_settings.port);
        db.setDatabaseName(m_settings.database);
        db.setUserName(m_settings.user);
        db.setPassword(m_settings.password);
        QString options = QStringLiteral("connect_timeout=%1").arg(m_settings.connectTimeoutS);
        if (!m_settings.sslmode.isEmpty())
            options += QStringLiteral(";sslmode=") + m_settings.sslmode;
        db.setConnectOptions(options);
    }
    if (!db.open()) {
        // libpq's message names host and user, never the password.
        return QCoreApplication::translate("Storage", "cannot open the database %1: %2")
            .arg(path(), db.lastError().text().trimmed());
    }

    QSqlQuery query(db);
    for (const QString& statement : SqlDialect::sessionSetup(m_settings.driver)) {
        if (!query.exec(statement)) {
            return QCoreApplication::translate("Storage", "cannot set up the database %1: %2")
                .arg(path(), query.lastError().text());
        }
    }
    return migrate();
}

QString Database::migrate()
{
    const QString lock = SqlDialect::migrationLock(m_settings.driver);
    QSqlQuery query(connection());
    if (!lock.isEmpty() && !query.exec(lock))
        return QCoreApplication::translate("Storage", "cannot start a migration of %1: %2")
            .arg(path(), query.lastError().text());
    bool rebuildRollup = false;
    QString error = migrateLocked(&rebuildRollup);
    if (!lock.isEmpty())
        query.exec(SqlDialect::migrationUnlock(m_settings.driver));
    if (!error.isEmpty() || m_readOnly)
        return error;
    return afterMigration(rebuildRollup);
}

QString Database::migrateLocked(bool* rebuildRollup)
{
    QSqlDatabase db = connection();
    const SqlDriver driver = m_settings.driver;
    QString error;
    const std::optional<int> version = SqlDialect::schemaVersion(db, trackOf(driver), &error);
    if (!version)
        return QCoreApplication::translate("Storage", "cannot read the schema version of %1: %2")
            .arg(path(), error);
    m_schemaVersion = *version;
    const int migratedFrom = m_schemaVersion;
    const int latest = Storage::latestSchemaVersion(driver);

    if (m_schemaVersion > latest) {
        // Writing with an older schema's assumptions could corrupt what the newer build keeps.
        m_readOnly = true;
        return QCoreApplication::translate(
                   "Storage", "the database %1 was written by a newer Switchboard (schema %2; this "
                              "build knows "
                              "up to %3); update Switchboard — nothing will be written to it")
            .arg(path())
            .arg(m_schemaVersion)
            .arg(latest);
    }
    const auto failed = [this](int step, const QString& why) {
        return QCoreApplication::translate("Storage", "cannot migrate %1 to schema %2: %3")
            .arg(path())
            .arg(step)
            .arg(why);
    };
    QSqlQuery query(db);
    for (const Migration& step : migrations()) {
        if (step.version <= m_schemaVersion || !step.appliesTo(driver))
            continue;
        WriteTransaction transaction(db);
        if (const QString why = transaction.begin(); !why.isEmpty())
            return QCoreApplication::translate("Storage", "cannot start a migration of %1: %2")
                .arg(path(), why);
        QStringList statements = step.statements(driver);
        statements += SqlDialect::setSchemaVersion(driver, trackOf(driver), step.version);
        for (const QString& statement : std::as_const(statements)) {
            if (!query.exec(statement))
                return failed(step.version, query.lastError().text());
        }
        if (const QString why = transaction.commit(); !why.isEmpty())
            return failed(step.version, why);
        m_schemaVersion = step.version;
        // Rows written before the step are rolled up again once, by the new definition.
        *rebuildRollup = *rebuildRollup || (migratedFrom > 0 && step.rebuildsRollup);
    }
    return {};
}

QString Database::afterMigration(bool rebuildRollup)
{
    QSqlDatabase db = connection();
    if (rebuildRollup) {
        WriteTransaction transaction(db);
        QString error = transaction.begin();
        if (error.isEmpty())
            error = StatsRollup(db).rebuild();
        if (error.isEmpty())
            error = transaction.commit();
        if (!error.isEmpty())
            return QCoreApplication::translate("Storage", "cannot build the statistics of %1: %2")
                .arg(path(), error);
    }
    QString error;
    // First the rows only a journal of an ended process has, then every row such a process
    // left pending.
    const int restored = AttemptJournalRecovery(*this, m_settings.attemptJournal).recover(&error);
    if (restored < 0)
        return QCoreApplication::translate("Storage",
                                           "cannot write the attempts an ended process "
                                           "journaled in %1 into %2: %3 (its journal stays for "
                                           "the next start)")
            .arg(m_settings.attemptJournal, path(), error);
    m_interruptedOnOpen = InterruptedAttempts(db).recover(&error);
    if (m_interruptedOnOpen >= 0)
        m_interruptedOnOpen += restored;
    if (m_interruptedOnOpen < 0) {
        m_interruptedOnOpen = 0;
        return QCoreApplication::translate("Storage",
                                           "cannot close the attempts of an ended process in "
                                           "%1: %2")
            .arg(path(), error);
    }
    return {};
}

} // namespace Storage
