#pragma once

#include <QtGlobal>

#include <optional>

namespace Pricing {

/// What one model charges, each in integer micro-US-dollars per million tokens (µ$/MTok):
/// $2.50 per million tokens is 2500000. A price nobody stated stays empty (unknown is not free).
struct TokenPrices {
    std::optional<qint64> input;
    std::optional<qint64> output;
    std::optional<qint64> cacheRead;  ///< input tokens read from the provider's prompt cache
    std::optional<qint64> cacheWrite; ///< input tokens written to the cache (Anthropic)
    std::optional<qint64> reasoning;  ///< only when the model prices hidden reasoning apart

    /// Input and output are both known: enough to price a request.
    bool isPriced() const { return input.has_value() && output.has_value(); }

    friend bool operator==(const TokenPrices&, const TokenPrices&) = default;
};

} // namespace Pricing
