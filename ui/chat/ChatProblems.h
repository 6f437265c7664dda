#pragma once

#include "ChatEntry.h"

namespace Config {
struct AppConfig;
}
namespace Routing {
struct RouteResult;
}

namespace Ui::ChatProblems {

/// Why the conversation cannot be sent to `target` (a route name, PROVIDER/MODEL, or empty for
/// the default route) with this configuration, in words that say what to do; an empty heading
/// when it can be.
ChatProblem unroutable(const Config::AppConfig& config, const QString& target);
/// Why a routed request got no answer (`stopped`: the user stopped it first): the last failure in
/// words, what to do, whether Settings can fix it; every attempt, by index.
ChatProblem forResult(const Routing::RouteResult& result, bool stopped);
/// The text as a sentence: capital first letter, a full stop at the end.
QString sentence(QString text);

} // namespace Ui::ChatProblems
