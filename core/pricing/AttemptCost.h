#pragma once

#include "chat/Attempt.h"
#include "pricing/ModelFacts.h"
#include "pricing/PriceCatalog.h"
#include "providers/ProviderConfig.h"

#include <QString>

#include <optional>

namespace Pricing {

/// What one attempt cost, in integer micro-US-dollars, and how Switchboard knows.
struct Cost {
    std::optional<qint64> microUsd; ///< empty when unknown
    /// "provider": the provider said what it billed; "catalog": reported tokens × known prices;
    /// "estimate": known prices, but token counts (some or all) estimated from text length;
    /// "unknown": no price for the model (microUsd empty).
    QString source;

    friend bool operator==(const Cost&, const Cost&) = default;
};

/// The cost of an attempt (docs/PRICING.md):
///   1. the provider's billed figure (usage.billedMicroUsd) when it sent one → "provider";
///   2. else the model's prices (catalog.find()) × the reported usage → "catalog":
///      - input tokens not read from or written to the cache at the input price; cache reads at
///        the cache-read price and cache writes at the cache-write price, each falling back to the
///        input price. OpenAI and Gemini count cached tokens inside the prompt count, Anthropic's
///        Messages API outside it: the provider's kind says which;
///      - output tokens at the output price. Reasoning tokens are part of the output count (all
///        three protocols); only a model with a distinct reasoning price has them, as reported,
///        moved from the output price to that one;
///   3. when input or output tokens were not reported, the missing counts are estimated from
///      `promptChars` and the attempt's text (tokensForChars()) → "estimate"; an error answer
///      (HTTP status ≥ 400) with no usage and no text is estimated at 0: providers do not bill
///      refused requests;
///   4. no price known → "unknown", empty.
/// All arithmetic is in integers (price × tokens summed exactly); the total is rounded half up to
/// whole micro-dollars once, at the end.
Cost costOf(const Chat::Attempt& attempt, const Providers::ProviderConfig& provider,
            const PriceCatalog& catalog, qint64 promptChars);

/// What a request of `inputTokens` in and `expectedOutputTokens` out would cost at these prices,
/// in micro-US-dollars (rounded half up); nullopt when the input or output price is unknown or a
/// count is negative. For comparing targets before sending (the "cheapest" strategy).
std::optional<qint64> estimateRequestCost(const ModelFacts& facts, qint64 inputTokens,
                                          qint64 expectedOutputTokens);

} // namespace Pricing
