#include "routing/TargetHealth.h"

#include <algorithm>

namespace Routing {

TargetHealth::TargetHealth(QObject* parent)
    : QObject(parent)
{}

bool TargetHealth::countsAsFailure(Chat::Outcome outcome)
{
    // Failures that say something about the target's health. A bad request, a context overflow
    // or a content filter are about this request; a cancel is about the user.
    switch (outcome) {
    case Chat::Outcome::Network:
    case Chat::Outcome::TimeoutConnect:
    case Chat::Outcome::TimeoutFirstToken:
    case Chat::Outcome::Stalled:
    case Chat::Outcome::RateLimited:
    case Chat::Outcome::Overloaded:
    case Chat::Outcome::ServerError:
    case Chat::Outcome::Auth:
    case Chat::Outcome::NotFound:
    case Chat::Outcome::Malformed:
        return true;
    default:
        return false;
    }
}

void TargetHealth::record(const Target& target, const Chat::Attempt& attempt, const QDateTime& now)
{
    TargetState& state = m_states[target.id()];
    state.target = target;
    state.lastOutcome = attempt.outcome;
    state.lastError = attempt.error;
    if (attempt.outcome == Chat::Outcome::Ok) {
        const bool wasUnhealthy = state.consecutiveFailures > 0 || state.coolingUntil.isValid();
        state.consecutiveFailures = 0;
        state.coolingUntil = QDateTime();
        if (wasUnhealthy)
            Q_EMIT changed();
        return;
    }
    if (!countsAsFailure(attempt.outcome))
        return;
    ++state.consecutiveFailures;
    qint64 coolMs = 0;
    if (state.consecutiveFailures >= kFailuresBeforeCooldown) {
        const int extra = std::min(state.consecutiveFailures - kFailuresBeforeCooldown, 8);
        coolMs = std::min(kMaxCooldownMs, kFirstCooldownMs << extra);
    }
    // The provider said how long to stay away: believe it (within reason).
    if (attempt.outcome == Chat::Outcome::RateLimited && attempt.retryAfterMs)
        coolMs = std::max(coolMs, std::min(*attempt.retryAfterMs, kMaxCooldownMs));
    if (coolMs > 0) {
        const QDateTime until = now.addMSecs(coolMs);
        if (!state.coolingUntil.isValid() || until > state.coolingUntil)
            state.coolingUntil = until;
    }
    Q_EMIT changed();
}

bool TargetHealth::isCooling(const Target& target, const QDateTime& now) const
{
    return coolingUntil(target, now).isValid();
}

QDateTime TargetHealth::coolingUntil(const Target& target, const QDateTime& now) const
{
    const auto it = m_states.constFind(target.id());
    if (it == m_states.constEnd() || !it->coolingUntil.isValid() || it->coolingUntil <= now)
        return {};
    return it->coolingUntil;
}

QList<TargetState> TargetHealth::snapshot() const
{
    QList<TargetState> states = m_states.values();
    std::sort(states.begin(), states.end(), [](const TargetState& a, const TargetState& b) {
        return a.target.id() < b.target.id();
    });
    return states;
}

void TargetHealth::clear()
{
    m_states.clear();
    Q_EMIT changed();
}

} // namespace Routing
