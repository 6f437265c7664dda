#pragma once

#include "config/AppConfig.h"
#include "config/ConfigErrors.h"

#include <QJsonValue>

namespace Config {

/// "budgets": {monthly_usd, daily_usd, providers: {NAME: {monthly_usd, daily_usd}}}, each
/// optional; amounts are US dollars as a number or a decimal string, kept as micro-dollars.
void readBudgets(const QJsonValue& value, AppConfig& config, ConfigErrors& errors);
QJsonValue writeBudgets(const AppConfig& config);

} // namespace Config
