#pragma once

#include <QStringList>

#include <memory>

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
class Database;
class TargetHistory;
class UsageLedger;
} // namespace Storage

namespace Session {

/// Everything that works on one profile's data, assembled once by a main (or a CLI command): the
/// database and ledger, the price catalog with the user's overrides and fetched model listings,
/// the target history, and the router with the facts its strategies use. Problems that do not
/// stop the app (no database: requests are not recorded) are collected as warnings.
class ProfileServices {
public:
    ProfileServices(const Config::Profile& profile, const Config::AppConfig& config,
                    QNetworkAccessManager& network, const Secrets::KeyResolver& keys);
    ~ProfileServices();
    ProfileServices(const ProfileServices&) = delete;
    ProfileServices& operator=(const ProfileServices&) = delete;

    Routing::Router& router() { return *m_router; }
    /// The profile's database on this thread; null when it could not be opened.
    Storage::Database* database();
    Storage::UsageLedger* ledger() { return m_ledger.get(); }
    const Pricing::PriceCatalog& catalog() const { return *m_catalog; }
    QStringList warnings() const { return m_warnings; }

private:
    QStringList m_warnings;
    std::unique_ptr<Storage::Database> m_database;
    std::unique_ptr<Storage::UsageLedger> m_ledger;
    std::unique_ptr<Storage::TargetHistory> m_history;
    std::unique_ptr<Pricing::PriceCatalog> m_catalog;
    std::unique_ptr<Routing::ProfileFacts> m_facts;
    std::unique_ptr<Routing::Router> m_router;
};

} // namespace Session
