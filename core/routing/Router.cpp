#include "routing/Router.h"

#include "config/AppConfig.h"

#include <QUuid>

namespace Routing {

Router::Router(QNetworkAccessManager& network, const Config::AppConfig& config,
               const Secrets::KeyResolver& keys, Storage::LedgerWriter* ledger, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_upstream(network)
    , m_config(config)
    , m_keys(keys)
    , m_ledger(ledger)
{}

QString Router::planFor(const Config::AppConfig& config, const QString& routeName,
                        const QString& model, Route* route)
{
    if (!routeName.isEmpty() && !model.isEmpty())
        return tr("use either --route or --model, not both");
    if (!model.isEmpty()) {
        const std::optional<Target> target = Target::parse(model);
        if (!target)
            return tr("'%1' is not PROVIDER/MODEL").arg(model);
        if (!config.findProvider(target->provider)) {
            return tr("no provider named '%1'; switchboard-cli providers list shows them")
                .arg(target->provider);
        }
        *route = Route::direct(*target);
        return {};
    }
    const QString name = routeName.isEmpty() ? defaultRouteName() : routeName;
    const Route* found = config.findRoute(name);
    if (!found) {
        if (routeName.isEmpty()) {
            return tr("no model or route given, and there is no default route yet; use --model "
                      "PROVIDER/MODEL, or create one with switchboard-cli routes add default "
                      "--target PROVIDER/MODEL");
        }
        return tr("no route named '%1'; switchboard-cli routes list shows them").arg(name);
    }
    if (found->targets.isEmpty())
        return tr("route '%1' has no targets; add one with switchboard-cli routes add").arg(name);
    *route = *found;
    return {};
}

RouteRun* Router::route(RoutePlan plan, QObject* parent)
{
    return new RouteRun(*this, std::move(plan), QUuid::createUuid().toString(QUuid::WithoutBraces),
                        parent);
}

} // namespace Routing
