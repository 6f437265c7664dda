#include "config/AppConfig.h"

namespace Config {

const Providers::ProviderConfig* AppConfig::findProvider(QStringView name) const
{
    for (const Providers::ProviderConfig& provider : providers) {
        if (provider.name == name)
            return &provider;
    }
    return nullptr;
}

const Routing::Route* AppConfig::findRoute(QStringView name) const
{
    for (const Routing::Route& route : routes) {
        if (route.name == name)
            return &route;
    }
    return nullptr;
}

} // namespace Config
