#pragma once

#include "providers/UpstreamClient.h"
#include "routing/RouteRun.h"
#include "routing/TargetHealth.h"

#include <QObject>

class QNetworkAccessManager;

namespace Config {
struct AppConfig;
}
namespace Pricing {
class PriceCatalog;
}
namespace Secrets {
class KeyResolver;
}
namespace Storage {
class BudgetWatcher;
class LedgerWriter;
} // namespace Storage

namespace Routing {

class TargetFacts;

/// The routing service: everything that sends a chat (window, compare, gateway, CLI) asks it for a
/// RouteRun. Holds the shared pieces a run needs; built once by the composition root.
class Router : public QObject {
    Q_OBJECT

public:
    Router(QNetworkAccessManager& network, const Config::AppConfig& config,
           const Secrets::KeyResolver& keys, Storage::LedgerWriter* ledger,
           QObject* parent = nullptr);

    /// A new run, owned by `parent` (or by the caller when null); call start() on it.
    RouteRun* route(RoutePlan plan, QObject* parent = nullptr);

    /// The plan for `chat --route NAME` / `--model P/M` / neither (the default route). Returns an
    /// error text instead when it cannot be made.
    static QString planFor(const Config::AppConfig& config, const QString& routeName,
                           const QString& model, Route* route);

    QNetworkAccessManager& network() const { return m_network; }
    /// Where every call's HTTP goes (a local server direct, the rest over network()).
    Providers::UpstreamClient& upstream() { return m_upstream; }
    const Config::AppConfig& config() const { return m_config; }
    const Secrets::KeyResolver& keys() const { return m_keys; }
    /// Where every attempt is recorded, off this thread; may be null (nothing is recorded).
    Storage::LedgerWriter* ledger() const { return m_ledger; }
    /// Shared by every run of this process.
    TargetHealth& health() { return m_health; }
    /// Prices, context windows and history for the strategies; may be null (all unknown).
    const TargetFacts* facts() const { return m_facts; }
    void setFacts(const TargetFacts* facts) { m_facts = facts; }
    /// Prices for the cost of each attempt; may be null (only billed figures are known).
    const Pricing::PriceCatalog* catalog() const { return m_catalog; }
    void setCatalog(const Pricing::PriceCatalog* catalog) { m_catalog = catalog; }
    /// Who says whether a provider is over budget, for routes with `skip_over_budget`; may be
    /// null (nothing is skipped). As of its last check().
    const Storage::BudgetWatcher* budgets() const { return m_budgets; }
    void setBudgets(const Storage::BudgetWatcher* budgets) { m_budgets = budgets; }

private:
    QNetworkAccessManager& m_network;
    Providers::UpstreamClient m_upstream;
    const Config::AppConfig& m_config;
    const Secrets::KeyResolver& m_keys;
    Storage::LedgerWriter* m_ledger;
    TargetHealth m_health;
    const TargetFacts* m_facts = nullptr;
    const Pricing::PriceCatalog* m_catalog = nullptr;
    const Storage::BudgetWatcher* m_budgets = nullptr;
};

} // namespace Routing
