#include "compare/LeaderboardRoute.h"

#include "config/AppConfig.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace Compare {
namespace {

qint64 costOrLast(const Storage::LeaderboardRow& row)
{
    return row.medianCostMicroUsd.value_or(std::numeric_limits<qint64>::max());
}

} // namespace

std::optional<Routing::Route> routeFromLeaderboard(const QString& name,
                                                   const QList<Storage::LeaderboardRow>& rows,
                                                   const Config::AppConfig& config, QString* error,
                                                   LeaderboardRouteOptions options)
{
    const auto refuse = [error](const QString& why) -> std::optional<Routing::Route> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (name.trimmed().isEmpty())
        return refuse(QCoreApplication::translate("Compare", "the new route needs a name"));
    QList<Storage::LeaderboardRow> eligible;
    for (const Storage::LeaderboardRow& row : rows) {
        if (row.comparisons >= options.minComparisons && config.findProvider(row.provider))
            eligible.append(row);
    }
    if (eligible.isEmpty() || options.maxTargets < 1) {
        return refuse(QCoreApplication::translate(
                          "Compare", "no model on the leaderboard qualifies: judge at least %1 "
                                     "compare(s) of a configured provider's models first")
                          .arg(options.minComparisons));
    }
    const auto best =
        std::min_element(eligible.cbegin(), eligible.cend(),
                         [](const Storage::LeaderboardRow& a, const Storage::LeaderboardRow& b) {
                             if (a.winRate() != b.winRate())
                                 return a.winRate() > b.winRate();
                             if (a.comparisons != b.comparisons)
                                 return a.comparisons > b.comparisons;
                             if (costOrLast(a) != costOrLast(b))
                                 return costOrLast(a) < costOrLast(b);
                             return a.id() < b.id();
                         });
    Routing::Route route;
    route.name = name.trimmed();
    route.strategy = Routing::Strategy::Ordered;
    route.targets.append(Routing::TargetSpec{{best->provider, best->model}, {}, {}, {}, {}, 1.0});

    QList<Storage::LeaderboardRow> rest;
    for (auto it = eligible.cbegin(); it != eligible.cend(); ++it) {
        if (it != best)
            rest.append(*it);
    }
    std::sort(rest.begin(), rest.end(),
              [](const Storage::LeaderboardRow& a, const Storage::LeaderboardRow& b) {
                  if (costOrLast(a) != costOrLast(b))
                      return costOrLast(a) < costOrLast(b);
                  if (a.winRate() != b.winRate())
                      return a.winRate() > b.winRate();
                  return a.id() < b.id();
              });
    for (const Storage::LeaderboardRow& row : rest) {
        if (route.targets.size() >= options.maxTargets)
            break;
        route.targets.append(Routing::TargetSpec{{row.provider, row.model}, {}, {}, {}, {}, 1.0});
    }
    return route;
}

} // namespace Compare
