#pragma once

#include "compare/CompareTarget.h"
#include "routing/Route.h"

#include <QList>
#include <QString>

#include <optional>

namespace Config {
struct AppConfig;
}

namespace Compare {

/// The fewest and most columns a compare has.
inline constexpr int kMinColumns = 2;
inline constexpr int kMaxColumns = 6;

/// One prompt (and an optional system prompt) to put to 2 to 6 targets side by side.
struct CompareRequest {
    QString prompt;
    QString system; ///< empty: none
    std::optional<double> temperature;
    std::optional<int> maxTokens;
    QList<CompareTarget> targets;

    /// Checks the request (the number of targets, a prompt) and makes each target's route
    /// (CompareTarget::resolve), in the order of the targets. Returns the first problem as one
    /// readable line, empty when it can be sent.
    QString resolve(const Config::AppConfig& config, QList<Routing::Route>* routes) const;
    /// The request a saved compare was made of (prompt, system prompt, sampling, each column's
    /// target in order), to reopen it in a CompareRun and retry its columns.
    static CompareRequest fromSession(const Storage::CompareSession& session);
    /// Why `count` targets cannot be compared (fewer than 2, more than 6); empty when they can.
    static QString checkTargetCount(qsizetype count);
};

} // namespace Compare
