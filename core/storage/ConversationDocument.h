#pragma once

#include "storage/Conversation.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace Storage {

/// A whole conversation as it is exported and imported: Markdown for reading, and the versioned
/// JSON document `switchboard-conversation` (docs/STORAGE.md, "History").
struct ConversationDocument {
    static constexpr int kFormatVersion = 1;
    static const QString kFormatName; ///< "switchboard-conversation"

    Conversation conversation;
    QList<ConversationMessage> messages;

    /// The title as a level-1 heading, then each message under its role as a level-2 heading;
    /// message text verbatim except that a code fence left open is closed.
    QString toMarkdown() const;
    /// {"format": "switchboard-conversation", "version": 1, …}; ids and positions left out.
    QByteArray toJson() const;
    /// Reads a toJson() document, checking its shape and refusing newer versions. Absent
    /// timestamps become `nowMs`. On failure, empty, and `error` says what is wrong and where
    /// (e.g. `$.messages[1].role: …`).
    static std::optional<ConversationDocument> fromJson(const QByteArray& json, qint64 nowMs,
                                                        QString* error = nullptr);
};

} // namespace Storage
