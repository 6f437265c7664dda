#pragma once

#include "chat/Attempt.h"
#include "routing/Route.h"

namespace Routing {

/// What the router does after an attempt ended.
enum class Decision {
    Done,      ///< the answer is in
    RetrySame, ///< try the same target again after a backoff
    FallBack,  ///< move on to the next target at once
    Stop,      ///< give up: the failure would repeat everywhere, or the user cancelled
};

/// The decision table (docs/ROUTING.md holds the same table in prose). `retriesSoFar` counts the
/// retries of the same target already made for this request.
struct FallbackPolicy {
    int maxRetriesPerTarget = 1;
    qint64 maxRetryAfterMs = 5'000; ///< a longer Retry-After moves on instead of waiting
    qint64 baseBackoffMs = 250;
    bool fallBackOnBadRequest = false;

    FallbackPolicy() = default;
    explicit FallbackPolicy(const RoutePolicy& route);

    Decision decide(const Chat::Attempt& attempt, int retriesSoFar) const;
    /// Backoff before retry number `retriesSoFar + 1`, honouring Retry-After; jitter in [0, 1).
    qint64 retryDelayMs(const Chat::Attempt& attempt, int retriesSoFar, double jitter) const;
};

} // namespace Routing
