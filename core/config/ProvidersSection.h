#pragma once

#include "config/AppConfig.h"
#include "config/ConfigErrors.h"

#include <QJsonValue>

namespace Config {

/// "providers": [{name, kind, base_url, api_key_env?, preset?, allow_insecure_http?, …}]
/// (docs/CONFIG.md).
void readProviders(const QJsonValue& value, AppConfig& config, ConfigErrors& errors);
QJsonValue writeProviders(const AppConfig& config);

} // namespace Config
