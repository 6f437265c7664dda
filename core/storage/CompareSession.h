#pragma once

#include "chat/Outcome.h"

#include <QList>
#include <QString>

#include <optional>

namespace Storage {

/// What a compare column asked: one provider/model directly, or a route.
enum class CompareTargetKind { Model, Route };
/// The stored and exported names: "model", "route".
QString compareTargetKindName(CompareTargetKind kind);
std::optional<CompareTargetKind> compareTargetKindFromName(QStringView name);

/// One column of a stored compare: what it asked, what came back, and the link to the ledger
/// (docs/COMPARE.md). The figures are those of the attempt that answered (or of the last one
/// tried), as the ledger has them; the cost covers every attempt of the column.
struct CompareColumnRecord {
    qint64 id = 0;        ///< read back only
    qint64 compareId = 0; ///< read back only
    int position = 0;     ///< 0, 1, 2… in the order the columns are shown
    CompareTargetKind targetKind = CompareTargetKind::Model;
    QString target; ///< "provider/model", or the route's name
    bool answered = false;
    /// `ok` when answered, else how the last attempt ended (e.g. `rate_limited`, `cancelled`);
    /// empty when the column never got to try a target.
    std::optional<Chat::Outcome> outcome;
    QString text; ///< the answer; empty when there is none
    QString reasoning;
    QString error;     ///< why no answer came, listing every attempt; empty when answered
    QString requestId; ///< the ledger's attempts.request_id of the column's (latest) run
    QString provider;  ///< who answered, or the target tried last
    QString model;
    std::optional<qint64> ttftMs;
    qint64 totalMs = 0;
    std::optional<qint64> inputTokens;
    std::optional<qint64> outputTokens;
    std::optional<qint64> costMicroUsd; ///< all of the column's attempts; empty when any is unknown
    QString costSource;                 ///< "provider", "catalog", "estimate" or "unknown"
    int attempts = 0;                   ///< how many attempts the column's run made
    bool best = false;                  ///< the verdict marked it best (or tied best)
    qint64 conversationId = 0; ///< the conversation continued from this column; 0 when none

    /// Output tokens per second after the first token (docs/STORAGE.md); empty when unknown.
    std::optional<double> tokensPerSecond() const;
    QString targetLabel() const;

    friend bool operator==(const CompareColumnRecord&, const CompareColumnRecord&) = default;
};

/// One prompt put to several targets side by side, as the history keeps it. Times are
/// milliseconds since the epoch, UTC.
struct CompareSession {
    qint64 id = 0;
    QString title;
    QString prompt;
    QString systemPrompt; ///< empty when none
    std::optional<double> temperature;
    std::optional<int> maxTokens;
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;
    std::optional<qint64> judgedAtMs; ///< when the verdict was given; empty without one
    QList<CompareColumnRecord> columns;

    /// The positions of the columns marked best: one for a winner, several for a tie.
    QList<int> bestPositions() const;

    friend bool operator==(const CompareSession&, const CompareSession&) = default;
};

/// The user's judgement of one compare: which answered column(s) were best. One position names
/// the winner (every other answered column lost); several are a tie between them (the remaining
/// answered columns lost); all answered columns are a tie without losers. Empty clears it.
struct CompareVerdict {
    QList<int> best;

    static CompareVerdict winner(int position) { return {{position}}; }
    static CompareVerdict tie(QList<int> positions) { return {std::move(positions)}; }
    friend bool operator==(const CompareVerdict&, const CompareVerdict&) = default;
};

} // namespace Storage
