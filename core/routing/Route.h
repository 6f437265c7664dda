#pragma once

#include "routing/Target.h"

#include <QList>
#include <QString>

#include <optional>

namespace Routing {

/// How a route orders its targets for one request (docs/ROUTING.md).
enum class Strategy { Ordered, Cheapest, Fastest, Weighted };
QString strategyName(Strategy strategy);
std::optional<Strategy> strategyFromName(QStringView name);

/// One target of a route with what it changes for requests sent to it.
struct TargetSpec {
    Target target;
    std::optional<double> temperature;
    std::optional<int> maxTokens;
    QString reasoningEffort;         ///< "low", "medium", "high"; empty: the model's default
    std::optional<int> firstTokenMs; ///< reasoning models need longer than the profile default
    double weight = 1.0;             ///< for the weighted strategy

    friend bool operator==(const TargetSpec&, const TargetSpec&) = default;
};

/// What to do with a stream that breaks after text has arrived.
enum class MidStreamPolicy {
    Restart, ///< keep the partial answer visible and marked, stream the answer from the next target
    Stop,    ///< keep the partial, mark it incomplete, and stop
};

/// How a route behaves when things go wrong.
struct RoutePolicy {
    int retriesPerTarget = 1;       ///< same-target retries for transient failures
    qint64 maxRetryAfterMs = 5'000; ///< a longer Retry-After moves on at once
    qint64 baseBackoffMs = 250;
    int maxAttempts = 0;               ///< 0: targets × (1 + retriesPerTarget), at most 12
    bool fallBackOnBadRequest = false; ///< a 400 usually fails everywhere; some routes differ
    MidStreamPolicy midStream = MidStreamPolicy::Restart;
    std::optional<int> hedgeAfterMs; ///< start the next target if no token came by then
    std::optional<quint64> seed;     ///< fixes the weighted/exploration choices (tests)
    /// Skip targets whose provider (or the overall budget) is used up (Storage::BudgetWatcher).
    bool skipOverBudget = false;

    friend bool operator==(const RoutePolicy&, const RoutePolicy&) = default;
};

/// A named, ordered set of targets with a strategy and a policy; what a user picks instead of a
/// model.
struct Route {
    QString name;
    QList<TargetSpec> targets;
    Strategy strategy = Strategy::Ordered;
    RoutePolicy policy;

    /// The one-target route `chat --model P/M` uses.
    static Route direct(const Target& target);
    int attemptBudget() const;

    friend bool operator==(const Route&, const Route&) = default;
};

/// The name of the route a chat uses when it names none.
inline QString defaultRouteName()
{
    return QStringLiteral("default");
}

} // namespace Routing
