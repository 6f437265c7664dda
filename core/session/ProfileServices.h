#pragma once

#include "storage/ConnectionSettings.h"

#include <QStringList>

#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace Config {
class Profile;
struct AppConfig;
} // namespace Config
namespace Pricing {
class PriceCatalog;
}
namespace Routing {
class ProfileFacts;
class Router;
} // namespace Routing
namespace Secrets {
class KeyResolver;
}
namespace Storage {
class BudgetWatcher;
class Database;
class LedgerWriter;
class StatsQueries;
class TargetHistory;
} // namespace Storage

namespace Session {

/// Everything that works on one profile's data, assembled once by a main (or a CLI command): the
/// ledger (written on its own thread by a LedgerWriter; read here for the target history), the
/// price catalog with the user's overrides and fetched model listings, the target history, and
/// the router with the facts its strategies use. Problems that do not stop the app (no database:
/// requests are not recorded) are collected as warnings.
///
/// The ledger is the profile's switchboard.db, or the shared PostgreSQL server config.json names;
/// `ledger` gives its settings with the password already looked up (LedgerLocation::resolve),
/// else the password comes from `password_env` only. Before the process exits, call
/// ledger()->flush() and wait for `flushed`, so that every attempt is committed.
class ProfileServices {
public:
    ProfileServices(const Config::Profile& profile, const Config::AppConfig& config,
                    QNetworkAccessManager& network, const Secrets::KeyResolver& keys,
                    std::optional<Storage::ConnectionSettings> ledger = std::nullopt);
    ~ProfileServices();
    ProfileServices(const ProfileServices&) = delete;
    ProfileServices& operator=(const ProfileServices&) = delete;

    Routing::Router& router() { return *m_router; }
    /// Null when the ledger cannot be written (not open, or written by a newer Switchboard).
    Storage::LedgerWriter* ledger() { return m_ledger.get(); }
    const Pricing::PriceCatalog& catalog() const { return *m_catalog; }
    /// The configured budgets against the ledger, checked once here; routes with
    /// `skip_over_budget` ask it. Call check() after requests to refresh it (and get the 80% /
    /// 100% events). Null without a readable ledger.
    Storage::BudgetWatcher* budgets() { return m_budgets.get(); }
    QStringList warnings() const { return m_warnings; }

private:
    QStringList m_warnings;
    std::unique_ptr<Storage::Database> m_database;
    std::unique_ptr<Storage::LedgerWriter> m_ledger;
    std::unique_ptr<Storage::TargetHistory> m_history;
    std::unique_ptr<Storage::StatsQueries> m_stats;
    std::unique_ptr<Storage::BudgetWatcher> m_budgets;
    std::unique_ptr<Pricing::PriceCatalog> m_catalog;
    std::unique_ptr<Routing::ProfileFacts> m_facts;
    std::unique_ptr<Routing::Router> m_router;
};

} // namespace Session
