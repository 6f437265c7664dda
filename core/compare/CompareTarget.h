#pragma once

#include "routing/Route.h"
#include "storage/CompareSession.h"

#include <QString>

namespace Config {
struct AppConfig;
}

namespace Compare {

/// What one column asks: a provider/model directly (`kind` Model, `name` "provider/model") or a
/// configured route (`kind` Route, `name` the route's name).
struct CompareTarget {
    Storage::CompareTargetKind kind = Storage::CompareTargetKind::Model;
    QString name;

    static CompareTarget model(QString providerSlashModel)
    {
        return {Storage::CompareTargetKind::Model, std::move(providerSlashModel)};
    }
    static CompareTarget route(QString routeName)
    {
        return {Storage::CompareTargetKind::Route, std::move(routeName)};
    }
    /// "provider/model", or "route/NAME" (as the gateway names routes).
    QString label() const;

    /// The route this column runs, by Routing::Router::planFor's rules and messages (a model is a
    /// one-target route of a configured provider; a route must exist and have targets). Returns
    /// the error text instead when it cannot be made.
    QString resolve(const Config::AppConfig& config, Routing::Route* route) const;

    friend bool operator==(const CompareTarget&, const CompareTarget&) = default;
};

} // namespace Compare
