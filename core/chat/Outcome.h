#pragma once

#include <QString>

#include <optional>

namespace Chat {

/// How one attempt at one target ended. The names are part of the CLI and ledger contract.
enum class Outcome {
    Ok,
    Network,
    TimeoutConnect,
    TimeoutFirstToken,
    Stalled,
    RateLimited,
    Overloaded,
    ServerError,
    Auth,
    NotFound,
    BadRequest,
    ContextLength,
    ContentFilter,
    Malformed,
    Cancelled,
    /// Ledger only: the attempt was begun by a process that ended before it finished (a crash,
    /// a kill); set when the database is next opened. The router never produces it.
    Interrupted,
};

/// The contract name, e.g. "rate_limited".
QString outcomeName(Outcome outcome);
std::optional<Outcome> outcomeFromName(QStringView name);

/// What the user can do about an attempt that ended this way, in plain words; empty for ok.
QString outcomeAdvice(Outcome outcome);

/// Classifies an HTTP error answer. errorType/errorCode are what the provider's error body named
/// (OpenAI `error.type`/`error.code`, Anthropic `error.type`, Gemini `error.status`), possibly
/// empty.
Outcome outcomeForHttpError(int httpStatus, QStringView errorType, QStringView errorCode);

} // namespace Chat
