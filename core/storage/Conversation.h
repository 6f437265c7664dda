#pragma once

#include "chat/Message.h"

#include <QString>

namespace Storage {

/// One chat as the history keeps it (docs/STORAGE.md, "History"). Times are milliseconds since
/// the epoch, UTC.
struct Conversation {
    qint64 id = 0;
    QString title;
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0; ///< the last message appended, rename or pin
    bool pinned = false;
    QString route;        ///< empty when a model was asked directly
    QString systemPrompt; ///< empty when none

    friend bool operator==(const Conversation&, const Conversation&) = default;
};

/// One turn of a stored conversation.
struct ConversationMessage {
    qint64 id = 0;             ///< read back only
    qint64 conversationId = 0; ///< read back only
    int position = 0;          ///< read back only: 0, 1, 2… within its conversation
    Chat::Role role = Chat::Role::User;
    QString text;
    /// The ledger's request id of the attempt that produced this message (UsageLedger's
    /// `attempts.request_id`); empty for the user's own messages and imported ones without it.
    QString requestId;
    bool interrupted = false; ///< the stream broke or the user stopped it
    bool incomplete = false;  ///< the provider stopped early (length limit, filter)
    qint64 createdAtMs = 0;   ///< 0 on append: "now"

    friend bool operator==(const ConversationMessage&, const ConversationMessage&) = default;
};

/// One search result: the message that matched and a snippet with the match marked.
struct HistorySearchHit {
    qint64 conversationId = 0;
    qint64 messageId = 0;
    QString title;
    QString snippet;
};

/// The stored and exported names of the roles ("system", "user", "assistant").
inline QString historyRoleName(Chat::Role role)
{
    switch (role) {
    case Chat::Role::System:
        return QStringLiteral("system");
    case Chat::Role::User:
        return QStringLiteral("user");
    case Chat::Role::Assistant:
        return QStringLiteral("assistant");
    }
    return QStringLiteral("user");
}

/// The role of a stored or exported name; false when the name is none of them.
inline bool historyRoleFromName(const QString& name, Chat::Role* role)
{
    for (Chat::Role candidate : {Chat::Role::System, Chat::Role::User, Chat::Role::Assistant}) {
        if (name == historyRoleName(candidate)) {
            *role = candidate;
            return true;
        }
    }
    return false;
}

} // namespace Storage
