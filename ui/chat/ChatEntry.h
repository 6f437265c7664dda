#pragma once

#include "chat/Attempt.h"
#include "storage/Conversation.h"

#include <QList>
#include <QString>

namespace Ui {

/// One message of the open conversation as the window shows it: the stored message, and for an
/// answer every attempt of its request (read back from the ledger by request id) and the model's
/// reasoning when it streamed any.
struct ChatEntry {
    Storage::ConversationMessage message;
    QList<Chat::Attempt> attempts;
    QString reasoning;

    bool isAnswer() const { return message.role == Chat::Role::Assistant; }
    /// The user stopped this answer (its last attempt was cancelled), as opposed to a stream that
    /// broke off.
    bool stoppedByUser() const
    {
        return message.interrupted && !attempts.isEmpty()
               && attempts.constLast().outcome == Chat::Outcome::Cancelled;
    }
};

/// Why a request got no answer, as the transcript shows it in place.
struct ChatProblem {
    QString heading; ///< what happened, in a few plain words
    QString detail;  ///< what to do about it
    QList<Chat::Attempt> attempts;
    bool canRetry = true;
    bool needsSettings = false; ///< a key, a route or a model is missing: Settings can fix it
};

} // namespace Ui
