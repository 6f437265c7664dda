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

} // namespace Config
