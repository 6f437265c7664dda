#include "ChatSession.h"

#include "AttemptWords.h"
#include "ChatProblems.h"
#include "config/AppConfig.h"
#include "routing/Router.h"
#include "session/ProfileServices.h"
#include "session/ProfileSession.h"
#include "storage/HistoryStore.h"
#include "storage/HistoryWorker.h"
#include "storage/UsageLedger.h"

#include <QHash>

namespace Ui {

/// Written and read on the history thread only (jobs run there in order, so a job that stores a
/// message sees the id the job before it created); the GUI learns it from the jobs' results.
struct ChatSession::Cell {
    qint64 id = 0;
};

struct ChatSession::Loaded {
    std::optional<Storage::Conversation> conversation;
    QList<ChatEntry> entries;
    QString error;
};

namespace {

struct Stored {
    qint64 id = 0;
    QString error;
};

QString titleFor(const QString& question)
{
    QString line = question.trimmed().section(u'\n', 0, 0).simplified();
    constexpr qsizetype kMax = 60;
    if (line.size() > kMax)
        line = line.left(kMax - 1).trimmed() + QStringLiteral("…");
    return line;
}

} // namespace

ChatSession::ChatSession(Session::ProfileSession& profile, Storage::HistoryWorker& history,
                         QObject* parent)
    : QObject(parent)
    , m_profile(profile)
    , m_history(history)
    , m_cell(std::make_shared<Cell>())
{}

ChatSession::~ChatSession()
{
    // Closing while an answer streams keeps what arrived, marked stopped, like Stop does; the
    // views may already be going, so nobody is told.
    disconnect(this, nullptr, nullptr, nullptr);
    if (m_run)
        stop();
    if (m_run) {
        // The run says `finished` only once the ledger has answered, which it will not do for a
        // session that is going: keep what arrived now. The history worker runs what was posted
        // before it stops, and the ledger writer commits the cancelled attempt before it does.
        m_run->disconnect(this);
        if (!m_runText.isEmpty()) {
            ChatEntry answer;
            answer.message.role = Chat::Role::Assistant;
            answer.message.requestId = m_run->requestId();
            answer.message.text = m_runText;
            answer.message.interrupted = true;
            store(answer);
        }
    }
}

void ChatSession::startNew()
{
    if (isBusy())
        stop();
    const QString target = m_conversation.route;
    m_conversation = Storage::Conversation{};
    m_conversation.route = target; // a new chat goes where the last one went
    m_entries.clear();
    m_cell = std::make_shared<Cell>();
    m_loading = 0;
    Q_EMIT conversationReset();
}

void ChatSession::open(qint64 conversationId)
{
    if (isBusy())
        stop();
    m_loading = conversationId;
    m_history.post<Loaded>(
        [conversationId](Storage::HistoryAccess& access) {
            Loaded loaded;
            if (!access.history) {
                loaded.error = access.problem;
                return loaded;
            }
            loaded.conversation = access.history->conversation(conversationId, &loaded.error);
            if (!loaded.conversation)
                return loaded;
            const QList<Storage::ConversationMessage> messages =
                access.history->messages(conversationId, &loaded.error);
            QStringList requestIds;
            for (const Storage::ConversationMessage& m : messages) {
                loaded.entries.append(ChatEntry{m, {}, {}});
                if (!m.requestId.isEmpty())
                    requestIds.append(m.requestId);
            }
            if (access.ledger && !requestIds.isEmpty()) {
                QHash<QString, QList<Chat::Attempt>> byRequest;
                for (const Storage::LedgerEntry& row :
                     access.ledger->requestAttempts(requestIds, &loaded.error))
                    byRequest[row.attempt.requestId].append(row.attempt);
                for (ChatEntry& entry : loaded.entries)
                    entry.attempts = byRequest.value(entry.message.requestId);
            }
            return loaded;
        },
        this,
        [this, conversationId](Loaded loaded) {
            if (m_loading != conversationId)
                return; // another conversation was asked for meanwhile
            m_loading = 0;
            if (!loaded.error.isEmpty())
                Q_EMIT historyProblem(loaded.error);
            if (!loaded.conversation)
                return;
            m_conversation = *loaded.conversation;
            m_entries = std::move(loaded.entries);
            m_cell = std::make_shared<Cell>();
            m_cell->id = conversationId; // not yet shared with the history thread
            Q_EMIT conversationReset();
        });
}

void ChatSession::setTarget(const QString& target)
{
    if (m_conversation.route == target)
        return;
    m_conversation.route = target;
    if (m_entries.isEmpty())
        return; // stored with the conversation when its first message is
    m_history.post<QString>(
        [cell = m_cell, target](Storage::HistoryAccess& access) {
            QString error;
            if (access.history && cell->id != 0)
                access.history->setRoute(cell->id, target, &error);
            return error;
        },
        this, [this](const QString& error) { reportHistoryProblem(error); });
}

void ChatSession::setSystemPrompt(const QString& systemPrompt)
{
    if (m_conversation.systemPrompt == systemPrompt)
        return;
    m_conversation.systemPrompt = systemPrompt;
    if (m_entries.isEmpty())
        return;
    m_history.post<QString>(
        [cell = m_cell, systemPrompt](Storage::HistoryAccess& access) {
            QString error;
            if (access.history && cell->id != 0)
                access.history->setSystemPrompt(cell->id, systemPrompt, &error);
            return error;
        },
        this, [this](const QString& error) { reportHistoryProblem(error); });
}

void ChatSession::send(const QString& text)
{
    if (isBusy() || text.trimmed().isEmpty())
        return;
    if (m_entries.isEmpty() && m_conversation.title.isEmpty())
        m_conversation.title = titleFor(text);
    ChatEntry question;
    question.message.role = Chat::Role::User;
    question.message.text = text;
    question.message.position = int(m_entries.size());
    appendEntry(question);
    store(question);
    ask();
}

void ChatSession::stop()
{
    if (!m_run)
        return;
    m_stopRequested = true;
    m_run->cancel();
}

void ChatSession::retry()
{
    if (isBusy() || m_entries.isEmpty() || m_entries.constLast().isAnswer())
        return;
    ask();
}

void ChatSession::regenerate()
{
    if (isBusy() || m_entries.isEmpty())
        return;
    if (m_entries.constLast().isAnswer())
        removeFrom(int(m_entries.size() - 1));
    if (!m_entries.isEmpty())
        ask();
}

void ChatSession::editAndResend(int index, const QString& text)
{
    if (isBusy() || index < 0 || index >= m_entries.size() || m_entries.at(index).isAnswer()
        || text.trimmed().isEmpty())
        return;
    removeFrom(index);
    send(text);
}

void ChatSession::dropRun()
{
    if (!m_run)
        return;
    stop(); // normally ends the run at once, through onFinished
    if (m_run) {
        m_run->disconnect(this);
        delete m_run;
        Q_EMIT busyChanged(false);
    }
}

void ChatSession::appendEntry(ChatEntry entry)
{
    entry.message.position = int(m_entries.size());
    m_entries.append(std::move(entry));
    if (!m_entries.constLast().isAnswer())
        Q_EMIT entryAdded(int(m_entries.size() - 1));
}

void ChatSession::removeFrom(int index)
{
    m_entries.erase(m_entries.begin() + index, m_entries.end());
    Q_EMIT entriesRemoved(index);
    m_history.post<QString>(
        [cell = m_cell, index](Storage::HistoryAccess& access) {
            QString error;
            if (access.history && cell->id != 0)
                access.history->removeMessagesFrom(cell->id, index, &error);
            return error;
        },
        this, [this](const QString& error) { reportHistoryProblem(error); });
}

void ChatSession::store(ChatEntry entry)
{
    const std::shared_ptr<Cell> cell = entry.isAnswer() && m_runCell ? m_runCell : m_cell;
    const Storage::Conversation meta = m_conversation;
    m_history.post<Stored>(
        [cell, meta, message = entry.message](Storage::HistoryAccess& access) {
            Stored stored;
            if (!access.history) {
                stored.error = access.problem;
                return stored;
            }
            if (cell->id == 0) {
                const std::optional<qint64> id = access.history->createConversation(
                    meta.title, meta.route, meta.systemPrompt, &stored.error);
                if (!id)
                    return stored;
                cell->id = *id;
            }
            stored.id = cell->id;
            access.history->appendMessage(cell->id, message, &stored.error);
            return stored;
        },
        this,
        [this, cell](const Stored& stored) {
            if (stored.id != 0 && cell == m_cell && m_conversation.id == 0)
                m_conversation.id = stored.id;
            reportHistoryProblem(stored.error);
            if (stored.id != 0)
                Q_EMIT conversationSaved(stored.id);
        });
}

void ChatSession::reportHistoryProblem(const QString& problem)
{
    // Said once: a read-only history refuses every write the same way.
    if (problem.isEmpty() || m_reportedProblem)
        return;
    m_reportedProblem = true;
    Q_EMIT historyProblem(problem);
}

void ChatSession::ask()
{
    const Config::AppConfig& config = m_profile.config();
    const QString target = m_conversation.route;
    const bool direct = target.contains(u'/');
    ChatProblem unroutable = ChatProblems::unroutable(config, target);
    Routing::RoutePlan plan;
    if (unroutable.heading.isEmpty()) {
        const QString error = Routing::Router::planFor(config, direct ? QString() : target,
                                                       direct ? target : QString(), &plan.route);
        if (!error.isEmpty()) {
            unroutable.heading = tr("This cannot be sent");
            unroutable.detail = ChatProblems::sentence(error);
        }
    }
    if (!unroutable.heading.isEmpty()) {
        Q_EMIT answerFailed(unroutable);
        return;
    }

    plan.origin = Chat::Origin::Chat;
    plan.request.system = m_conversation.systemPrompt;
    for (const ChatEntry& entry : std::as_const(m_entries)) {
        if (!entry.message.text.isEmpty())
            plan.request.messages.append({entry.message.role, entry.message.text});
    }
    m_run = m_profile.services().router().route(std::move(plan), this);
    m_runCell = m_cell;
    m_runText.clear();
    m_runAttempts.clear();
    m_stopRequested = false;
    connect(m_run, &Routing::RouteRun::streamEvent, this, &ChatSession::onStreamEvent);
    connect(m_run, &Routing::RouteRun::attemptStarted, this, &ChatSession::onAttemptStarted);
    connect(m_run, &Routing::RouteRun::attemptFinished, this, &ChatSession::onAttemptFinished);
    connect(m_run, &Routing::RouteRun::finished, this, &ChatSession::onFinished);
    Q_EMIT answerStarted();
    Q_EMIT busyChanged(true);
    m_run->start();
}

void ChatSession::onStreamEvent(const Chat::StreamEvent& event)
{
    const bool current = m_runCell == m_cell;
    switch (event.kind) {
    case Chat::StreamEvent::Kind::TextDelta:
        m_runText += event.text;
        if (current)
            Q_EMIT answerText(event.text);
        break;
    case Chat::StreamEvent::Kind::ReasoningDelta:
        if (current)
            Q_EMIT answerReasoning(event.text);
        break;
    case Chat::StreamEvent::Kind::Notice:
        if (current)
            Q_EMIT answerNotice(event.text);
        break;
    default:
        break;
    }
}

void ChatSession::onAttemptStarted(const Routing::Target& target, int)
{
    const bool current = m_runCell == m_cell;
    if (!m_runText.isEmpty()) {
        // The stream broke off mid-answer: the partial answer stays in the ledger (and in the
        // trail), the answer starts again from nothing on the next target.
        m_runText.clear();
        if (current)
            Q_EMIT answerRestarted();
    }
    if (current)
        Q_EMIT answerAttemptStarted(target.id());
}

void ChatSession::onAttemptFinished(const Chat::Attempt& attempt)
{
    m_runAttempts.append(attempt);
    if (m_runCell == m_cell)
        Q_EMIT answerAttempts(m_runAttempts);
}

void ChatSession::onFinished(const Routing::RouteResult& result)
{
    if (m_run) {
        m_run->disconnect(this);
        m_run->deleteLater();
    }
    m_run = nullptr;
    const bool current = m_runCell == m_cell;

    ChatEntry answer;
    answer.message.role = Chat::Role::Assistant;
    answer.message.requestId = result.requestId;
    answer.attempts = result.attempts;
    std::stable_sort(
        answer.attempts.begin(), answer.attempts.end(),
        [](const Chat::Attempt& a, const Chat::Attempt& b) { return a.index < b.index; });
    const QString partial = result.incomplete ? result.partialText : m_runText;
    if (result.answered) {
        answer.message.text = result.text;
        answer.reasoning = result.reasoning;
        const Chat::Attempt* winner = AttemptWords::winner(answer.attempts);
        answer.message.incomplete = winner
                                    && (winner->finishReason == QLatin1String("length")
                                        || winner->finishReason == QLatin1String("content_filter"));
    } else if ((m_stopRequested || result.incomplete) && !partial.isEmpty()) {
        answer.message.text = partial;
        answer.message.interrupted = true;
    } else {
        m_runCell.reset();
        if (current) {
            Q_EMIT busyChanged(false);
            Q_EMIT answerFailed(ChatProblems::forResult(result, m_stopRequested));
        }
        return;
    }
    if (current) {
        appendEntry(answer);
        store(answer);
        m_runCell.reset();
        Q_EMIT busyChanged(false);
        Q_EMIT answerFinished(int(m_entries.size() - 1));
    } else {
        store(answer); // into the conversation it was asked in
        m_runCell.reset();
    }
}

} // namespace Ui
