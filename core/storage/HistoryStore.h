#pragma once

#include "storage/Conversation.h"
#include "storage/ConversationDocument.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QVariant>

#include <functional>
#include <optional>

namespace Storage {

class Database;

/// The chat history: conversations, their messages, full-text search over the messages, and
/// Markdown/JSON export and JSON import (docs/STORAGE.md, "History"). Synchronous; like its
/// Database, one instance per thread (the GUI calls it from a worker). Every write is one
/// transaction (WriteTransaction). Failures are returned as readable messages through `error`
/// (left untouched on success), never thrown.
class HistoryStore {
public:
    /// The current time in milliseconds since the epoch; tests inject their own.
    using Clock = std::function<qint64()>;

    explicit HistoryStore(Database& database, Clock clock = {});

    std::optional<qint64> createConversation(const QString& title, const QString& route = {},
                                             const QString& systemPrompt = {},
                                             QString* error = nullptr);
    /// Appends at the end of the conversation and moves its updated_at to now. The message's
    /// id, conversationId and position are ignored; a createdAtMs of 0 means now.
    std::optional<qint64> appendMessage(qint64 conversationId, const ConversationMessage& message,
                                        QString* error = nullptr);

    std::optional<Conversation> conversation(qint64 id, QString* error = nullptr) const;
    /// Pinned first, then the most recently updated.
    QList<Conversation> conversations(QString* error = nullptr) const;
    /// In order of position.
    QList<ConversationMessage> messages(qint64 conversationId, QString* error = nullptr) const;

    bool rename(qint64 id, const QString& title, QString* error = nullptr);
    bool setPinned(qint64 id, bool pinned, QString* error = nullptr);
    /// The system prompt the conversation's requests carry; empty removes it.
    bool setSystemPrompt(qint64 id, const QString& systemPrompt, QString* error = nullptr);
    /// What the conversation is sent to: a route name, or PROVIDER/MODEL for one model.
    bool setRoute(qint64 id, const QString& route, QString* error = nullptr);
    /// Deletes the messages at `position` and after (regenerating an answer, editing a question
    /// and sending it again), with their search index entries. Deleting none is no error.
    bool removeMessagesFrom(qint64 conversationId, int position, QString* error = nullptr);
    /// Deletes the conversation, its messages and their search index entries.
    bool remove(qint64 id, QString* error = nullptr);

    /// Messages containing every word of `query`, best first. The query is taken literally
    /// (quotes, `AND`, `*`, brackets are just text); words match whole, case- and
    /// accent-insensitively. The snippet marks the matched words with `open`/`close`.
    QList<HistorySearchHit> search(const QString& query, int limit = 50,
                                   const QString& open = QStringLiteral("\u00AB"),
                                   const QString& close = QStringLiteral("\u00BB"),
                                   QString* error = nullptr) const;

    /// The title as a level-1 heading, then each message under its role as a level-2 heading.
    std::optional<QString> exportMarkdown(qint64 id, QString* error = nullptr) const;
    /// {"format": "switchboard-conversation", "version": 1, …} (docs/STORAGE.md).
    std::optional<QByteArray> exportJson(qint64 id, QString* error = nullptr) const;
    /// Imports an exportJson() document as a new conversation, all or nothing. Refuses other
    /// formats, newer versions and malformed documents with a message saying what is wrong.
    std::optional<qint64> importJson(const QByteArray& json, QString* error = nullptr);

private:
    std::optional<ConversationDocument> document(qint64 id, QString* error) const;
    qint64 now() const;
    bool refuseReadOnly(QString* error) const;
    bool updateConversation(qint64 id, const QString& assignment, const QVariant& value,
                            QString* error);

    Database& m_database;
    Clock m_clock;
};

} // namespace Storage
