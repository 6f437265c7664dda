#pragma once

#include "routing/FallbackPolicy.h"
#include "routing/RouteRun.h"

#include <QObject>

class QNetworkAccessManager;

namespace Config {
struct AppConfig;
}
namespace Secrets {
class KeyResolver;
}
namespace Storage {
class UsageLedger;
}

namespace Routing {

/// The routing service: everything that sends a chat (window, compare, gateway, CLI) asks it for a
/// RouteRun. Holds the shared pieces a run needs; built once by the composition root.
class Router : public QObject {
    Q_OBJECT

public:
    Router(QNetworkAccessManager& network, const Config::AppConfig& config,
           const Secrets::KeyResolver& keys, Storage::UsageLedger* ledger,
           QObject* parent = nullptr);

    /// A new run, owned by `parent` (or by the caller when null); call start() on it.
    RouteRun* route(RoutePlan plan, QObject* parent = nullptr);

    QNetworkAccessManager& network() const { return m_network; }
    const Config::AppConfig& config() const { return m_config; }
    const Secrets::KeyResolver& keys() const { return m_keys; }
    Storage::UsageLedger* ledger() const { return m_ledger; }
    const FallbackPolicy& policy() const { return m_policy; }
    void setPolicy(const FallbackPolicy& policy) { m_policy = policy; }

private:
    QNetworkAccessManager& m_network;
    const Config::AppConfig& m_config;
    const Secrets::KeyResolver& m_keys;
    Storage::UsageLedger* m_ledger;
    FallbackPolicy m_policy;
};

} // namespace Routing
