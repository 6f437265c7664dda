#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace Routing {
struct RouteResult;
}

namespace Gateway {

/// An error answer in OpenAI's shape: `{"error": {"message", "type", "param", "code"}}` with an
/// HTTP status. Every refusal of the gateway is one of these (docs/GATEWAY.md, Errors).
struct ApiError {
    int status = 400;
    QString message;
    QString type = QStringLiteral("invalid_request_error");
    QString param;                      ///< the offending request field; empty: null
    QString code;                       ///< a stable machine-readable word; empty: null
    std::optional<qint64> retryAfterMs; ///< sent as Retry-After when known

    /// The JSON body (compact, one line).
    QByteArray body() const;
    /// `data: {"error": …}\n\n`: the same error inside a stream that has already started.
    QByteArray sseEvent() const;

    static ApiError invalidRequest(const QString& message, const QString& param = {},
                                   const QString& code = {});
    static ApiError unauthorized(const QString& message);
    static ApiError modelNotFound(const QString& model);
    static ApiError notFound(const QString& message);
    static ApiError methodNotAllowed(const QString& message);
    static ApiError tooLarge(const QString& message);
    static ApiError shuttingDown();
    /// The answer to a routed request that found no winner: the status follows the outcome of
    /// the attempt that ended it (429 rate limited, 503 overloaded or nothing to try, 504 a
    /// timeout, 502 other upstream failures, 400 a request that fails everywhere, …); `code` is
    /// that outcome's contract name and the message lists every attempt.
    static ApiError fromFailedRoute(const Routing::RouteResult& result);
};

} // namespace Gateway
