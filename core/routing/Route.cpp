#include "routing/Route.h"

#include <algorithm>

namespace Routing {

QString strategyName(Strategy strategy)
{
    switch (strategy) {
    case Strategy::Ordered:
        return QStringLiteral("ordered");
    case Strategy::Cheapest:
        return QStringLiteral("cheapest");
    case Strategy::Fastest:
        return QStringLiteral("fastest");
    case Strategy::Weighted:
        return QStringLiteral("weighted");
    }
    return QStringLiteral("ordered");
}

std::optional<Strategy> strategyFromName(QStringView name)
{
    for (Strategy s :
         {Strategy::Ordered, Strategy::Cheapest, Strategy::Fastest, Strategy::Weighted}) {
        if (name == strategyName(s))
            return s;
    }
    return std::nullopt;
}

Route Route::direct(const Target& target)
{
    Route route;
    route.targets.append(TargetSpec{target, {}, {}, {}, {}, 1.0});
    return route;
}

int Route::attemptBudget() const
{
    if (policy.maxAttempts > 0)
        return policy.maxAttempts;
    const int perTarget = 1 + std::max(0, policy.retriesPerTarget);
    return std::min(12, std::max(1, static_cast<int>(targets.size()) * perTarget));
}

} // namespace Routing
