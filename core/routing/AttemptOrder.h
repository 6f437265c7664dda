#pragma once

#include "chat/ChatRequest.h"
#include "routing/Route.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Routing {

class TargetFacts;
class TargetHealth;

/// A target in the order a request will try them, with the reason for its place.
struct PlannedTarget {
    TargetSpec spec;
    QString reason; ///< e.g. "cheapest: est. $0.0004", "cooling until 12:03:10, tried last"
};

/// Orders a route's targets for one request by its strategy, then moves cooling targets behind
/// the healthy ones (first to recover first). Deterministic for a given seed.
/// Exploration rule of `fastest`: a target with fewer than kMinSamples measured first tokens in
/// the window goes ahead of the measured ones on kExploreOneIn-th of requests (by the seed), and
/// after them otherwise — so new targets get measured without slowing most requests.
class AttemptOrder {
public:
    static constexpr int kMinSamples = 3;
    static constexpr int kExploreOneIn = 10;

    static QList<PlannedTarget> plan(const Route& route, const Chat::ChatRequest& request,
                                     const TargetFacts* facts, const TargetHealth* health,
                                     quint64 seed,
                                     const QDateTime& now = QDateTime::currentDateTimeUtc());
};

} // namespace Routing
