#include "config/RouteEdits.h"

#include <QCoreApplication>

namespace Config {

QString routeNameProblem(const QString& name)
{
    if (Providers::isValidProviderName(name))
        return {};
    return QCoreApplication::translate(
               "Config", "'%1' is not a valid route name (use letters, digits, '-', '_' or '.')")
        .arg(name);
}

QString newRouteNameProblem(const AppConfig& config, const QString& name)
{
    if (QString problem = routeNameProblem(name); !problem.isEmpty())
        return problem;
    if (config.findRoute(name))
        return QCoreApplication::translate("Config", "a route named '%1' already exists").arg(name);
    return {};
}

Routing::Route* findRoute(AppConfig& config, QStringView name)
{
    for (Routing::Route& route : config.routes) {
        if (route.name == name)
            return &route;
    }
    return nullptr;
}

QString renameRoute(AppConfig& config, const QString& from, const QString& to)
{
    Routing::Route* route = findRoute(config, from);
    if (!route)
        return QCoreApplication::translate("Config", "no route named '%1'").arg(from);
    if (from == to)
        return {};
    if (QString problem = newRouteNameProblem(config, to); !problem.isEmpty())
        return problem;
    route->name = to;
    return {};
}

} // namespace Config
