#pragma once

#include "config/AppConfig.h"
#include "config/ConfigErrors.h"

#include <QJsonValue>

namespace Config {

/// "prices": [{provider, model, input_usd_per_mtok, output_usd_per_mtok, cache_read_usd_per_mtok?,
/// cache_write_usd_per_mtok?, …}] — the user's own prices, in US dollars per million tokens, as
/// numbers or decimal strings, read exactly into integer µ$/MTok (docs/PRICING.md).
void readPrices(const QJsonValue& value, AppConfig& config, ConfigErrors& errors);
QJsonValue writePrices(const AppConfig& config);

} // namespace Config
