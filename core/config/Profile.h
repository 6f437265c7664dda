#pragma once

#include <QString>

namespace Config {

/// The one folder that holds a user's configuration and data: config.json and switchboard.db.
/// Chosen, in order, by `--profile DIR`, the SWITCHBOARD_PROFILE variable, or the platform's
/// application data folder (QStandardPaths).
class Profile {
public:
    explicit Profile(QString directory);

    /// Resolves the folder from an explicit choice (may be empty), the environment and the
    /// platform.
    static Profile resolve(const QString& explicitDirectory);

    QString directory() const { return m_directory; }
    QString configPath() const;
    QString databasePath() const;
    /// Where fetched model lists are kept (one file per provider).
    QString modelCacheDirectory() const;
    /// Where this machine's processes journal the attempts they begin (Storage::AttemptJournal).
    QString attemptJournalDirectory() const;

    /// Creates the folder (owner-only permissions) if needed; returns an error text on failure.
    QString ensureExists() const;

private:
    QString m_directory;
};

} // namespace Config
