#pragma once

#include "routing/Route.h"
#include "storage/CompareLeaderboard.h"

#include <QList>
#include <QString>

#include <optional>

namespace Config {
struct AppConfig;
}

namespace Compare {

/// Which leaderboard rows a route may take.
struct LeaderboardRouteOptions {
    int maxTargets = 3;     ///< the best, then up to this many − 1 fallbacks
    int minComparisons = 1; ///< rows judged fewer times are left out
};

/// A route built from the leaderboard, "best first, cheapest as fallback": the model with the
/// highest win rate first (more comparisons, then the lower median cost break ties), then the
/// others by median cost, cheapest first (unknown costs last, then by win rate). Only models of
/// providers still configured are used. The route is `ordered` with the default policy; save it
/// with the routes config code (AppConfig::routes, ConfigFile::save). Empty, with `error` saying
/// why, when no row qualifies or the name is empty.
std::optional<Routing::Route> routeFromLeaderboard(const QString& name,
                                                   const QList<Storage::LeaderboardRow>& rows,
                                                   const Config::AppConfig& config,
                                                   QString* error = nullptr,
                                                   LeaderboardRouteOptions options = {});

} // namespace Compare
