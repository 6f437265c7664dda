#include "routing/Router.h"

#include <QUuid>

namespace Routing {

Router::Router(QNetworkAccessManager& network, const Config::AppConfig& config,
               const Secrets::KeyResolver& keys, Storage::UsageLedger* ledger, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_config(config)
    , m_keys(keys)
    , m_ledger(ledger)
{}

RouteRun* Router::route(RoutePlan plan, QObject* parent)
{
    return new RouteRun(*this, std::move(plan), QUuid::createUuid().toString(QUuid::WithoutBraces),
                        parent);
}

} // namespace Routing
