#include "RouteConfigWriter.h"

#include "config/ConfigFile.h"
#include "config/Profile.h"

#include <QCoreApplication>

namespace Ui {

QString addRouteToConfig(const Config::Profile& profile, const Routing::Route& route)
{
    const Config::ConfigFile file(profile.configPath());
    Config::LoadResult loaded = file.load();
    if (!loaded.ok())
        return QCoreApplication::translate("Ui::RouteConfigWriter",
                                           "%1 has errors, so it is left as it is: %2")
            .arg(file.path(), loaded.errors.join(QStringLiteral("; ")));
    if (loaded.config.findRoute(route.name))
        return QCoreApplication::translate("Ui::RouteConfigWriter",
                                           "a route named '%1' already exists: choose another name")
            .arg(route.name);
    loaded.config.routes.append(route);
    QString error = profile.ensureExists();
    if (error.isEmpty())
        error = file.save(loaded.config);
    return error;
}

} // namespace Ui
