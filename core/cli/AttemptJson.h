#pragma once

#include "chat/Attempt.h"
#include "routing/RouteRun.h"

#include <QJsonObject>

namespace Cli {

/// The attempt object of the CLI's --json contract (docs/CLI.md): provider, model, outcome,
/// http_status, error, ttft_ms, total_ms, usage{…}, cost_usd, cost_source.
QJsonObject attemptToJson(const Chat::Attempt& attempt);

/// The whole --json answer of `chat`: text, route, provider, model, attempts, plus request_id,
/// answered, reasoning and error.
QJsonObject routeResultToJson(const Routing::RouteResult& result);

} // namespace Cli
