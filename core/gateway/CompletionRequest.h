#pragma once

#include "chat/ChatRequest.h"
#include "gateway/ApiError.h"
#include "gateway/GatewayOptions.h"

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace Gateway {

/// A `POST /v1/chat/completions` body in OpenAI's shape, read into what the router takes.
struct CompletionRequest {
    QString model;          ///< as the client named it: route/NAME, PROVIDER/MODEL or a route name
    Chat::ChatRequest chat; ///< messages and sampling; `model` is set per target by the router
    bool stream = false;
    bool includeUsage = false; ///< stream_options.include_usage
};

/// The request, or why it is refused (400 with the offending `param`, 413 for a body over the
/// limit).
struct ParsedCompletion {
    std::optional<CompletionRequest> request;
    ApiError error; ///< meaningful only without a request
};

/// Reads a chat completion request strictly: wrong types, missing or empty required fields,
/// unknown arguments, and features this gateway cannot honour (tools, images, n > 1, …) are
/// refused with an ApiError that names the field, never guessed around. Fields that do not change
/// the shape of the answer and have no counterpart in every protocol (user, seed, top_p, stop, …)
/// are accepted and not forwarded; docs/GATEWAY.md lists which. Never crashes on any input
/// (fuzzed: tests/fuzz/fuzz_gatewayrequest.cpp).
ParsedCompletion parseCompletionRequest(QByteArrayView body, const RequestLimits& limits);

} // namespace Gateway
