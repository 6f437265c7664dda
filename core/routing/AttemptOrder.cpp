#include "routing/AttemptOrder.h"

#include "routing/TargetFacts.h"
#include "routing/TargetHealth.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace Routing {
namespace {

QString dollars(qint64 microUsd)
{
    return QStringLiteral("$%1").arg(QString::number(static_cast<double>(microUsd) / 1e6, 'f', 6));
}

QList<PlannedTarget> ordered(const Route& route)
{
    QList<PlannedTarget> plan;
    for (qsizetype i = 0; i < route.targets.size(); ++i)
        plan.append(
            {route.targets.at(i),
             QCoreApplication::translate("Routing", "position %1 in the route").arg(i + 1)});
    return plan;
}

QList<PlannedTarget> cheapest(const Route& route, const Chat::ChatRequest& request,
                              const TargetFacts* facts)
{
    struct Priced {
        PlannedTarget planned;
        std::optional<qint64> cost;
        qsizetype position;
    };
    QList<Priced> priced;
    for (qsizetype i = 0; i < route.targets.size(); ++i) {
        const TargetSpec& spec = route.targets.at(i);
        const std::optional<qint64> cost =
            facts ? facts->estimatedCostMicroUsd(spec.target, request) : std::nullopt;
        const QString reason =
            cost
                ? QCoreApplication::translate("Routing", "cheapest first: est. %1 for this request")
                      .arg(dollars(*cost))
                : QCoreApplication::translate("Routing", "price unknown: after the priced targets");
        priced.append({{spec, reason}, cost, i});
    }
    // Known prices first, cheapest first; unknown prices keep the route's order behind them.
    std::stable_sort(priced.begin(), priced.end(), [](const Priced& a, const Priced& b) {
        if (a.cost.has_value() != b.cost.has_value())
            return a.cost.has_value();
        if (a.cost && *a.cost != *b.cost)
            return *a.cost < *b.cost;
        return a.position < b.position;
    });
    QList<PlannedTarget> plan;
    for (const Priced& p : priced)
        plan.append(p.planned);
    return plan;
}

QList<PlannedTarget> fastest(const Route& route, const TargetFacts* facts, quint64 seed)
{
    struct Timed {
        PlannedTarget planned;
        std::optional<qint64> ttft;
        qsizetype position;
    };
    const bool explore = seed % AttemptOrder::kExploreOneIn == 0;
    QList<Timed> measured;
    QList<Timed> unmeasured;
    for (qsizetype i = 0; i < route.targets.size(); ++i) {
        const TargetSpec& spec = route.targets.at(i);
        int samples = 0;
        const std::optional<qint64> ttft =
            facts ? facts->medianTtftMs(spec.target, &samples) : std::nullopt;
        if (ttft && samples >= AttemptOrder::kMinSamples) {
            measured.append(
                {{spec, QCoreApplication::translate(
                            "Routing", "fastest first: median first token %1 ms over %2 requests")
                            .arg(*ttft)
                            .arg(samples)},
                 ttft,
                 i});
        } else {
            unmeasured.append(
                {{spec, explore ? QCoreApplication::translate(
                            "Routing", "exploring: too little history to rank it")
                                : QCoreApplication::translate(
                                    "Routing", "too little history to rank it: after the "
                                               "measured targets")},
                 std::nullopt,
                 i});
        }
    }
    std::stable_sort(measured.begin(), measured.end(),
                     [](const Timed& a, const Timed& b) { return *a.ttft < *b.ttft; });
    QList<PlannedTarget> plan;
    const QList<Timed>& first = explore ? unmeasured : measured;
    const QList<Timed>& second = explore ? measured : unmeasured;
    for (const Timed& t : first)
        plan.append(t.planned);
    for (const Timed& t : second)
        plan.append(t.planned);
    return plan;
}

QList<PlannedTarget> weighted(const Route& route, quint64 seed)
{
    // Weighted sampling without replacement: each pick is proportional to the remaining weights.
    QRandomGenerator random(static_cast<quint32>(seed ^ (seed >> 32)));
    QList<TargetSpec> pool = route.targets;
    QList<PlannedTarget> plan;
    double total = 0;
    for (const TargetSpec& spec : pool)
        total += std::max(0.0, spec.weight);
    while (!pool.isEmpty()) {
        qsizetype chosen = 0;
        if (total > 0) {
            double point = random.generateDouble() * total;
            for (qsizetype i = 0; i < pool.size(); ++i) {
                point -= std::max(0.0, pool.at(i).weight);
                if (point < 0) {
                    chosen = i;
                    break;
                }
                chosen = i;
            }
        }
        const TargetSpec spec = pool.takeAt(chosen);
        total -= std::max(0.0, spec.weight);
        plan.append({spec, QCoreApplication::translate("Routing", "weighted pick %1 (weight %2)")
                               .arg(plan.size() + 1)
                               .arg(spec.weight)});
    }
    return plan;
}

} // namespace

QList<PlannedTarget> AttemptOrder::plan(const Route& route, const Chat::ChatRequest& request,
                                        const TargetFacts* facts, const TargetHealth* health,
                                        quint64 seed, const QDateTime& now)
{
    QList<PlannedTarget> plan;
    switch (route.strategy) {
    case Strategy::Ordered:
        plan = ordered(route);
        break;
    case Strategy::Cheapest:
        plan = cheapest(route, request, facts);
        break;
    case Strategy::Fastest:
        plan = fastest(route, facts, seed);
        break;
    case Strategy::Weighted:
        plan = weighted(route, seed);
        break;
    }
    if (!health)
        return plan;

    // Cooling targets go behind every healthy one; among themselves, first to recover first.
    QList<PlannedTarget> healthy;
    QList<std::pair<QDateTime, PlannedTarget>> cooling;
    for (const PlannedTarget& p : plan) {
        const QDateTime until = health->coolingUntil(p.spec.target, now);
        if (until.isValid())
            cooling.append({until, p});
        else
            healthy.append(p);
    }
    std::stable_sort(cooling.begin(), cooling.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    for (auto& [until, p] : cooling) {
        p.reason +=
            QCoreApplication::translate(
                "Routing",
                "; cooling until %1 after repeated failures, so tried after healthy targets")
                .arg(until.toLocalTime().toString(QStringLiteral("HH:mm:ss")));
        healthy.append(p);
    }
    return healthy;
}

} // namespace Routing
