#pragma once

#include <QString>

namespace Config {

/// config.json "ledger": where the cost and latency ledger lives (docs/CONFIG.md). By default
/// the profile's own switchboard.db; a team points it at one shared PostgreSQL server. The
/// password is never here: it comes from the keychain (account "ledger/postgresql") or from the
/// environment variable `passwordEnv` names.
struct LedgerSettings {
    enum class Driver { Sqlite, Postgresql };
    Driver driver = Driver::Sqlite;
    QString host;
    int port = 5432;
    QString database;
    QString user;
    QString sslmode; ///< empty: libpq's default (prefer)
    QString passwordEnv;

    bool isShared() const { return driver == Driver::Postgresql; }
    friend bool operator==(const LedgerSettings&, const LedgerSettings&) = default;
};

} // namespace Config
