#pragma once

#include "config/AppConfig.h"

#include <QString>

namespace Config {

/// Why `name` cannot name a route (letters, digits, '-', '_' and '.' only), in the words
/// `routes add` uses; empty when it can.
QString routeNameProblem(const QString& name);
/// As routeNameProblem, and also when `config` already has a route of that name.
QString newRouteNameProblem(const AppConfig& config, const QString& name);

/// The route named `name`, to change it in place; nullptr when there is none.
Routing::Route* findRoute(AppConfig& config, QStringView name);

/// Renames a route; returns why not (no such route, a bad or taken name), empty on success.
QString renameRoute(AppConfig& config, const QString& from, const QString& to);

} // namespace Config
