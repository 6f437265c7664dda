#pragma once

#include "pricing/TokenPrices.h"

#include <QString>

namespace Pricing {

/// A price the user set in config.json ("prices") for one model of one configured provider. It
/// wins over every other source, local servers included.
struct PriceOverride {
    QString provider; ///< the configured provider's name, e.g. "openai" or "work-groq"
    QString model;    ///< the model id as sent to the provider
    TokenPrices prices;

    friend bool operator==(const PriceOverride&, const PriceOverride&) = default;
};

} // namespace Pricing
