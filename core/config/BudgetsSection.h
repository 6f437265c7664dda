#pragma once

#include "config/AppConfig.h"
#include "config/ConfigErrors.h"

#include <QJsonValue>
#include <QString>

#include <optional>

namespace Config {

/// "budgets": {monthly_usd, daily_usd, providers: {NAME: {monthly_usd, daily_usd}}}, each
/// optional; amounts are US dollars as a number or a decimal string, kept as micro-dollars.
void readBudgets(const QJsonValue& value, AppConfig& config, ConfigErrors& errors);
QJsonValue writeBudgets(const AppConfig& config);

/// An amount of US dollars as written in "budgets" ("12.50", "5", 20) → micro-dollars exactly;
/// nullopt unless it is a number from 0 to a billion.
std::optional<qint64> budgetMicroUsd(const QString& text);
/// What a budget amount must look like, for the error next to a bad one.
QString budgetAmountRule();

} // namespace Config
