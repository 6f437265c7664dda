#pragma once

#include <QString>

#include <memory>
#include <optional>

namespace Config {
class Profile;
}
namespace Storage {
class Database;
class HistoryStore;
} // namespace Storage

namespace Session {

/// Keeps one exchange in the profile's chat history (HistoryStore, always the profile's SQLite
/// file): a conversation titled from the prompt, the user's message written before the request
/// goes out, then the answer with the request id that produced it — or the part that arrived,
/// flagged interrupted, when it broke off. So the history the desktop window shows includes the
/// command line's chats, and a process killed mid-answer still leaves the question.
/// Synchronous: for the CLI's thread or a worker, never the GUI thread.
class ConversationRecorder {
public:
    explicit ConversationRecorder(const Config::Profile& profile);
    ~ConversationRecorder();
    ConversationRecorder(const ConversationRecorder&) = delete;
    ConversationRecorder& operator=(const ConversationRecorder&) = delete;

    /// Creates the conversation and stores the prompt. Empty on success, else why not.
    QString begin(const QString& prompt, const QString& systemPrompt, const QString& route);
    /// Stores the answer (nothing when `text` is empty). Empty on success, else why not.
    QString finish(const QString& text, const QString& requestId, bool interrupted,
                   bool incomplete);

    /// The prompt's first line, whitespace folded, cut to 60 characters with "…".
    static QString titleFor(const QString& prompt);

private:
    std::unique_ptr<Storage::Database> m_database;
    std::unique_ptr<Storage::HistoryStore> m_history;
    std::optional<qint64> m_conversation;
};

} // namespace Session
