#pragma once

#include "config/AppConfig.h"
#include "config/ConfigErrors.h"

#include <QJsonValue>

namespace Config {

/// "routes": [{name, strategy?, targets: [{target, temperature?, max_tokens?, reasoning_effort?,
/// first_token_ms?, weight?}], policy?: {…}}] (docs/CONFIG.md). Read after "providers": a target
/// must name a configured provider.
void readRoutes(const QJsonValue& value, AppConfig& config, ConfigErrors& errors);
QJsonValue writeRoutes(const AppConfig& config);

} // namespace Config
