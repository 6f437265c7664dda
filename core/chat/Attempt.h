#pragma once

#include "chat/Outcome.h"
#include "chat/Usage.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace Chat {

/// Where a request came from; recorded with every attempt.
enum class Origin { Chat, Compare, Gateway, Cli };
QString originName(Origin origin);
/// The origin named by originName(); Cli for a name it does not know.
Origin originFromName(const QString& name);

/// One try of one target for one request: the unit of the ledger. Won or lost, it is recorded.
struct Attempt {
    QString requestId;
    int index = 0; ///< 0-based position in the request's attempt sequence
    QString provider;
    QString model;
    Outcome outcome = Outcome::Network;
    int httpStatus = 0;           ///< 0 when no HTTP answer arrived
    QString error;                ///< readable, redacted; empty on success
    QString finishReason;         ///< normalized finish reason when the stream finished
    QDateTime startedAt;          ///< UTC
    std::optional<qint64> ttftMs; ///< time to first token; empty when no token arrived
    qint64 totalMs = 0;
    Usage usage;
    QString text; ///< text this attempt produced; for a failure, the partial answer (kept in the
                  ///< ledger, never merged into the answer)
    std::optional<qint64> retryAfterMs; ///< the provider's Retry-After, when it sent one
    std::optional<qint64> costMicroUsd; ///< integer micro-dollars; empty when unknown
    QString costSource;   ///< "provider" (billed figure), "catalog", "estimate", or "unknown"
    QString generationId; ///< the provider's id for this generation, when it sent one
    QString orderReason;  ///< why this target had this place in the request's order
};

} // namespace Chat
