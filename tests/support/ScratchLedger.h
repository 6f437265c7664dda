#pragma once

#include "storage/ConnectionSettings.h"

#include <QString>

namespace TestSupport {

/// The servers the storage and statistics tests run against, as data rows (column "driver").
/// SQLite always; PostgreSQL on the throwaway server packaging/with-postgresql.sh starts (it
/// exports SWITCHBOARD_TEST_POSTGRESQL="host=… port=… user=…"). With no server configured a
/// PostgreSQL row fails, so CI cannot pass without it; a developer without PostgreSQL says so
/// explicitly with SWITCHBOARD_TEST_WITHOUT_POSTGRESQL=1, and only then the rows are skipped.
void addDriverRows();

/// A fresh, empty ledger for one test: a file in a temporary folder, or a new database on the
/// test server, dropped again by the destructor.
class ScratchLedger {
public:
    explicit ScratchLedger(Storage::SqlDriver driver);
    ~ScratchLedger();
    ScratchLedger(const ScratchLedger&) = delete;
    ScratchLedger& operator=(const ScratchLedger&) = delete;

    /// Why it cannot be used (the test fails with it); empty when ready.
    QString problem() const { return m_problem; }
    /// A developer run without PostgreSQL (SWITCHBOARD_TEST_WITHOUT_POSTGRESQL=1).
    bool skipped() const { return m_skipped; }
    Storage::ConnectionSettings settings() const { return m_settings; }

private:
    Storage::ConnectionSettings m_settings;
    QString m_folder;
    QString m_problem;
    bool m_skipped = false;
};

/// The test server's settings for database `name` (host, port, user from the environment).
Storage::ConnectionSettings testServer(const QString& name, QString* problem);

/// Runs `statements` over a connection of its own to `settings` (not through Database: no
/// migration). Empty on success, else the first statement that failed and why.
QString execute(const Storage::ConnectionSettings& settings, const QStringList& statements);
/// What a build whose newest step was `version` created, its schema version included: applying
/// it to an empty database gives a database "written at version `version`".
QStringList schemaUpTo(Storage::SqlDriver driver, int version);
/// The statements that mark a database as written by a newer Switchboard (schema 999).
QStringList newerSchema(Storage::SqlDriver driver);

} // namespace TestSupport

/// Skips or fails the test function as the environment says when `scratch` cannot be used.
#define REQUIRE_SCRATCH_LEDGER(scratch)                                                            \
    if ((scratch).skipped())                                                                       \
        QSKIP("a developer run without PostgreSQL (SWITCHBOARD_TEST_WITHOUT_POSTGRESQL=1)");       \
    if (!(scratch).problem().isEmpty())                                                            \
        QFAIL(qPrintable((scratch).problem()));

/// In a test function with a "driver" column: a ScratchLedger `name`, skipped or failed as the
/// environment says.
#define SCRATCH_LEDGER(name)                                                                       \
    QFETCH(int, driver);                                                                           \
    TestSupport::ScratchLedger name(static_cast<Storage::SqlDriver>(driver));                      \
    REQUIRE_SCRATCH_LEDGER(name)
