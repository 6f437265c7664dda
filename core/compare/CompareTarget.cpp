#include "compare/CompareTarget.h"

#include "routing/Router.h"

#include <QCoreApplication>

namespace Compare {

QString CompareTarget::label() const
{
    return kind == Storage::CompareTargetKind::Route ? QStringLiteral("route/") + name : name;
}

QString CompareTarget::resolve(const Config::AppConfig& config, Routing::Route* route) const
{
    if (kind == Storage::CompareTargetKind::Route) {
        // An empty name would mean the default route to planFor; a column names its route.
        if (name.trimmed().isEmpty())
            return QCoreApplication::translate("Compare", "a route target needs the route's name");
        return Routing::Router::planFor(config, name, {}, route);
    }
    if (name.trimmed().isEmpty())
        return QCoreApplication::translate("Compare", "a model target needs PROVIDER/MODEL");
    return Routing::Router::planFor(config, {}, name, route);
}

} // namespace Compare
