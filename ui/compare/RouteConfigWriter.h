#pragma once

#include "routing/Route.h"

#include <QString>

namespace Config {
class Profile;
}

namespace Ui {

/// Adds `route` to the profile's config.json as `switchboard-cli routes add` does: the file is
/// read again (a file with errors is never overwritten: the user's hand edit would be lost), the
/// route appended, and the whole written back atomically with every other section as it was.
/// Refuses a name that is already a route. Returns why it failed, empty on success.
QString addRouteToConfig(const Config::Profile& profile, const Routing::Route& route);

} // namespace Ui
