#pragma once

#include "ChatEntry.h"
#include "chat/StreamEvent.h"
#include "routing/RouteRun.h"
#include "storage/Conversation.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace Session {
class ProfileSession;
}
namespace Storage {
class HistoryWorker;
}

namespace Ui {

/// The open conversation: its messages, the route or model it is sent to, its system prompt,
/// and the one request in flight. Sends the whole conversation with every question, streams the
/// answer through the router, keeps every attempt with the answer, and stores messages through
/// the history worker (never on this thread). Regenerate, edit-and-resend and retry change the
/// conversation as the history stores it. Views follow its signals; it holds no widget.
class ChatSession final : public QObject {
    Q_OBJECT

public:
    ChatSession(Session::ProfileSession& profile, Storage::HistoryWorker& history,
                QObject* parent = nullptr);
    ~ChatSession() override;

    /// An empty, unsaved conversation (saved with its first message).
    void startNew();
    /// Loads a stored conversation; conversationReset() follows when it is read. A request in
    /// flight is stopped first (what it streamed is kept in its own conversation).
    void open(qint64 conversationId);
    qint64 conversationId() const { return m_conversation.id; }
    const Storage::Conversation& conversation() const { return m_conversation; }
    const QList<ChatEntry>& entries() const { return m_entries; }
    bool isBusy() const { return m_run != nullptr; }

    /// A route name, or PROVIDER/MODEL for one model; empty: the default route.
    void setTarget(const QString& target);
    QString target() const { return m_conversation.route; }
    void setSystemPrompt(const QString& systemPrompt);
    QString systemPrompt() const { return m_conversation.systemPrompt; }

    void send(const QString& text);
    void stop();
    /// Asks again after a failed request, with the conversation as it stands.
    void retry();
    /// Drops the last answer and asks again.
    void regenerate();
    /// Replaces the question at `index` (and everything after it) and asks again.
    void editAndResend(int index, const QString& text);
    /// Ends the request in flight now (its router is about to go away).
    void dropRun();

Q_SIGNALS:
    /// entries() were replaced: another conversation was opened, or a new one started.
    void conversationReset();
    void entryAdded(int index);
    void entriesRemoved(int from);
    /// An answer starts streaming; entryAdded() follows with it when it ends.
    void answerStarted();
    void answerText(const QString& delta);
    void answerReasoning(const QString& delta);
    /// The stream broke off after text arrived and the answer starts again on the next target.
    void answerRestarted();
    void answerNotice(const QString& text);
    void answerAttemptStarted(const QString& targetId);
    /// The attempts that ended so far (failures show while the answer still streams).
    void answerAttempts(const QList<Chat::Attempt>& attempts);
    /// The answer is entries().at(index) (also when stopped: then it is marked interrupted).
    void answerFinished(int index);
    void answerFailed(const Ui::ChatProblem& problem);
    void busyChanged(bool busy);
    /// The conversation was stored or changed in the history (the list shows it).
    void conversationSaved(qint64 id);
    void historyProblem(const QString& text);

private:
    struct Cell; ///< the conversation's id as the history thread knows it
    struct Loaded;

    void ask();
    void appendEntry(ChatEntry entry);
    void removeFrom(int index);
    void store(ChatEntry entry);
    void reportHistoryProblem(const QString& problem);
    void onStreamEvent(const Chat::StreamEvent& event);
    void onAttemptStarted(const Routing::Target& target, int attemptIndex);
    void onAttemptFinished(const Chat::Attempt& attempt);
    void onFinished(const Routing::RouteResult& result);

    Session::ProfileSession& m_profile;
    Storage::HistoryWorker& m_history;
    Storage::Conversation m_conversation;
    QList<ChatEntry> m_entries;
    std::shared_ptr<Cell> m_cell;
    qint64 m_loading = 0;

    QPointer<Routing::RouteRun> m_run;
    std::shared_ptr<Cell> m_runCell;
    QString m_runText;
    QList<Chat::Attempt> m_runAttempts;
    bool m_stopRequested = false;
    bool m_reportedProblem = false;
};

} // namespace Ui
