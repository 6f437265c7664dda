#pragma once

#include "config/AppConfig.h"
#include "config/ConfigErrors.h"

#include <QJsonValue>

namespace Config {

/// "gateway": {enabled: bool, port: 0..65535}; absent means off on port 8741.
void readGateway(const QJsonValue& value, AppConfig& config, ConfigErrors& errors);
QJsonValue writeGateway(const AppConfig& config);

} // namespace Config
