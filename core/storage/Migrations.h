#pragma once

#include "storage/ConnectionSettings.h"

#include <QList>
#include <QStringList>

namespace Storage {

/// Which data a migration step belongs to (docs/STORAGE.md, "Migration tracks"). The ledger
/// (attempts and the statistics rollup) can live on a shared PostgreSQL server; everything
/// local to one desktop (the chat history with its FTS5 index) lives only in the profile's
/// SQLite file.
enum class MigrationTrack { Ledger, Local };

/// One step of the schema: applied in order, each in its own transaction, never edited once
/// released (a change is a new step). Numbers are one sequence over both tracks. A Ledger step
/// says the same change twice, once per dialect; a Local step has SQLite statements only.
struct Migration {
    int version;
    MigrationTrack track;
    QStringList sqlite;
    QStringList postgresql;
    /// After this step, Database::open recomputes the statistics rollup from the rows once
    /// (the step changed what the rollup holds).
    bool rebuildsRollup = false;

    const QStringList& statements(SqlDriver driver) const
    {
        return driver == SqlDriver::Postgresql ? postgresql : sqlite;
    }
    /// Whether the step applies to a database of `driver`: SQLite holds both tracks.
    bool appliesTo(SqlDriver driver) const
    {
        return driver == SqlDriver::Sqlite || track == MigrationTrack::Ledger;
    }
};

const QList<Migration>& migrations();
/// The newest version this build knows for a database of `driver`: SQLite, the last step;
/// PostgreSQL, the last Ledger step.
int latestSchemaVersion(SqlDriver driver);

} // namespace Storage
