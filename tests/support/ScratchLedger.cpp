#include "ScratchLedger.h"

#include "storage/Migrations.h"
#include "storage/SqlDialect.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

namespace TestSupport {
namespace {

const char* const kServerVariable = "SWITCHBOARD_TEST_POSTGRESQL";
const char* const kWithoutVariable = "SWITCHBOARD_TEST_WITHOUT_POSTGRESQL";

/// Runs `statement` on the server's maintenance database.
QString onServer(const QString& statement)
{
    QString problem;
    const Storage::ConnectionSettings s = testServer(QStringLiteral("postgres"), &problem);
    if (!problem.isEmpty())
        return problem;
    return execute(s, {statement});
}

} // namespace

QString execute(const Storage::ConnectionSettings& s, const QStringList& statements)
{
    const QString name = QStringLiteral("scratch-raw-") + QUuid::createUuid().toString();
    QString error;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(Storage::SqlDialect::qtDriverName(s.driver), name);
        if (s.driver == Storage::SqlDriver::Sqlite) {
            db.setDatabaseName(s.path);
        } else {
            db.setHostName(s.host);
            db.setPort(s.port);
            db.setUserName(s.user);
            db.setPassword(s.password);
            db.setDatabaseName(s.database);
        }
        if (!db.open()) {
            error = QStringLiteral("cannot open %1: %2").arg(s.describe(), db.lastError().text());
        } else {
            QSqlQuery query(db);
            for (const QString& statement : statements) {
                if (!query.exec(statement)) {
                    error = statement + QStringLiteral(": ") + query.lastError().text();
                    break;
                }
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

QStringList schemaUpTo(Storage::SqlDriver driver, int version)
{
    const Storage::MigrationTrack track = driver == Storage::SqlDriver::Postgresql
                                              ? Storage::MigrationTrack::Ledger
                                              : Storage::MigrationTrack::Local;
    QStringList statements;
    for (const Storage::Migration& step : Storage::migrations()) {
        if (step.version > version)
            break;
        if (!step.appliesTo(driver))
            continue;
        statements += step.statements(driver);
        statements += Storage::SqlDialect::setSchemaVersion(driver, track, step.version);
    }
    return statements;
}

QStringList newerSchema(Storage::SqlDriver driver)
{
    const Storage::MigrationTrack track = driver == Storage::SqlDriver::Postgresql
                                              ? Storage::MigrationTrack::Ledger
                                              : Storage::MigrationTrack::Local;
    return Storage::SqlDialect::setSchemaVersion(driver, track, 999);
}

void addDriverRows()
{
    QTest::addColumn<int>("driver");
    QTest::newRow("sqlite") << int(Storage::SqlDriver::Sqlite);
    QTest::newRow("postgresql") << int(Storage::SqlDriver::Postgresql);
}

Storage::ConnectionSettings testServer(const QString& name, QString* problem)
{
    Storage::ConnectionSettings s;
    s.driver = Storage::SqlDriver::Postgresql;
    s.database = name;
    s.host = QStringLiteral("127.0.0.1");
    const QString spec = qEnvironmentVariable(kServerVariable);
    if (spec.isEmpty()) {
        *problem =
            QStringLiteral(
                "no PostgreSQL server for the tests: run them through packaging/with-postgresql.sh "
                "(the test command does), or set %1=1 for a developer run without PostgreSQL")
                .arg(QLatin1String(kWithoutVariable));
        return s;
    }
    for (const QString& pair : spec.split(u' ', Qt::SkipEmptyParts)) {
        const QString key = pair.section(u'=', 0, 0);
        const QString value = pair.section(u'=', 1);
        if (key == QLatin1String("host"))
            s.host = value;
        else if (key == QLatin1String("port"))
            s.port = value.toInt();
        else if (key == QLatin1String("user"))
            s.user = value;
        else if (key == QLatin1String("password"))
            s.password = value;
    }
    return s;
}

ScratchLedger::ScratchLedger(Storage::SqlDriver driver)
{
    static QAtomicInteger<int> counter;
    if (driver == Storage::SqlDriver::Sqlite) {
        QTemporaryDir dir;
        dir.setAutoRemove(false);
        m_folder = dir.path();
        m_settings = Storage::ConnectionSettings::sqlite(dir.filePath(QStringLiteral("s.db")));
        return;
    }
    if (qEnvironmentVariable(kServerVariable).isEmpty()
        && qEnvironmentVariableIntValue(kWithoutVariable) == 1) {
        m_skipped = true;
        return;
    }
    const QString name = QStringLiteral("scratch_%1_%2")
                             .arg(QCoreApplication::applicationPid())
                             .arg(counter.fetchAndAddRelaxed(1));
    m_settings = testServer(name, &m_problem);
    if (m_problem.isEmpty())
        m_problem = onServer(QStringLiteral("CREATE DATABASE %1").arg(name));
}

ScratchLedger::~ScratchLedger()
{
    if (!m_folder.isEmpty())
        QDir(m_folder).removeRecursively();
    else if (!m_skipped && m_problem.isEmpty())
        onServer(
            QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_settings.database));
}

} // namespace TestSupport
