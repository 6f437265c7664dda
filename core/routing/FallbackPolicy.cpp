#include "routing/FallbackPolicy.h"

#include <algorithm>
#include <cmath>

namespace Routing {

FallbackPolicy::FallbackPolicy(const RoutePolicy& route)
    : maxRetriesPerTarget(route.retriesPerTarget)
    , maxRetryAfterMs(route.maxRetryAfterMs)
    , baseBackoffMs(route.baseBackoffMs)
    , fallBackOnBadRequest(route.fallBackOnBadRequest)
{}

Decision FallbackPolicy::decide(const Chat::Attempt& attempt, int retriesSoFar) const
{
    using Chat::Outcome;
    switch (attempt.outcome) {
    case Outcome::Ok:
        return Decision::Done;
    case Outcome::Cancelled:
    case Outcome::Interrupted: // ledger only; never reaches the router
        return Decision::Stop;
    case Outcome::BadRequest:
        return fallBackOnBadRequest ? Decision::FallBack : Decision::Stop;
    case Outcome::RateLimited:
    case Outcome::Overloaded:
    case Outcome::ServerError:
        // Transient: one quick retry is worth it, unless text already reached the user (a retry
        // would repeat it) or the provider asked for a wait longer than the user should sit
        // through.
        if (retriesSoFar < maxRetriesPerTarget && attempt.text.isEmpty()
            && attempt.retryAfterMs.value_or(0) <= maxRetryAfterMs)
            return Decision::RetrySame;
        return Decision::FallBack;
    case Outcome::Network: // refused or unreachable: the next target is the better bet
    case Outcome::TimeoutConnect:
    case Outcome::TimeoutFirstToken:
    case Outcome::Stalled:
    case Outcome::Auth:
    case Outcome::NotFound:
    case Outcome::ContextLength:
    case Outcome::ContentFilter:
    case Outcome::Malformed:
        return Decision::FallBack;
    }
    return Decision::FallBack;
}

qint64 FallbackPolicy::retryDelayMs(const Chat::Attempt& attempt, int retriesSoFar,
                                    double jitter) const
{
    if (attempt.retryAfterMs)
        return std::min(*attempt.retryAfterMs, maxRetryAfterMs);
    const double exponential = baseBackoffMs * std::pow(2.0, retriesSoFar);
    return static_cast<qint64>(exponential * (0.5 + 0.5 * std::clamp(jitter, 0.0, 1.0)));
}

} // namespace Routing
