#pragma once

#include "config/AppConfig.h"
#include "config/ConfigErrors.h"

#include <QJsonValue>

namespace Config {

/// "ledger": {driver: "sqlite" | "postgresql", host, port, database, user, sslmode,
/// password_env}; absent means the profile's SQLite file.
void readLedger(const QJsonValue& value, AppConfig& config, ConfigErrors& errors);
QJsonValue writeLedger(const AppConfig& config);

} // namespace Config
