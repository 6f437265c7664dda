#pragma once

#include "config/AppConfig.h"
#include "config/ConfigErrors.h"

#include <QJsonValue>

namespace Config {

/// "timeouts": {connect_ms, first_token_ms, stall_ms, total_ms}, each optional.
void readTimeouts(const QJsonValue& value, AppConfig& config, ConfigErrors& errors);
QJsonValue writeTimeouts(const AppConfig& config);

} // namespace Config
