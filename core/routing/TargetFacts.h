#pragma once

#include "chat/ChatRequest.h"
#include "routing/Target.h"

#include <optional>

namespace Routing {

/// What the strategies may know about a target: prices and limits from the catalog and listings,
/// speed and answer length from the user's own history. Every answer may be "unknown".
class TargetFacts {
public:
    virtual ~TargetFacts() = default;

    /// Estimated cost of this very request on that target, in micro-USD.
    virtual std::optional<qint64> estimatedCostMicroUsd(const Target& target,
                                                        const Chat::ChatRequest& request) const = 0;
    /// Median time to first token over the recent window, and how many samples it rests on.
    virtual std::optional<qint64> medianTtftMs(const Target& target,
                                               int* samples = nullptr) const = 0;
    /// The model's context window in tokens.
    virtual std::optional<qint64> contextWindow(const Target& target) const = 0;
};

} // namespace Routing
