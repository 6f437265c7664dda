#pragma once

#include "gateway/ApiError.h"
#include "routing/Route.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace Config {
struct AppConfig;
}

namespace Gateway {

/// The gateway's model names (docs/GATEWAY.md, Models): `route/NAME` is a route,
/// `PROVIDER/MODEL` one model of a configured provider asked directly, and a bare name that is a
/// route's name is that route.
class GatewayModels {
public:
    GatewayModels(const Config::AppConfig& config, QString modelCacheDirectory);

    /// The route a request for `model` walks, or the 404 that says why there is none.
    std::optional<Routing::Route> resolve(const QString& model, ApiError* error) const;
    /// The `GET /v1/models` body: every route as route/NAME, then every configured provider's
    /// models from its cached model list and every route target, as PROVIDER/MODEL.
    QByteArray listJson() const;

private:
    const Config::AppConfig& m_config;
    QString m_modelCacheDirectory;
};

} // namespace Gateway
