#include "ConversationLibrary.h"

#include "ConversationListModel.h"
#include "storage/HistoryStore.h"
#include "storage/HistoryWorker.h"

namespace Ui {
namespace {

struct Listed {
    QList<Storage::Conversation> conversations;
    QString error;
};

struct Found {
    QList<Storage::HistorySearchHit> hits;
    QString error;
};

} // namespace

ConversationLibrary::ConversationLibrary(Storage::HistoryWorker& history, QObject* parent)
    : QObject(parent)
    , m_history(history)
    , m_conversations(new ConversationListModel(this))
    , m_hits(new SearchHitModel(this))
{
    connect(m_conversations, &ConversationListModel::renameRequested, this,
            &ConversationLibrary::rename);
}

void ConversationLibrary::refresh()
{
    const quint64 ticket = ++m_refreshes;
    m_history.post<Listed>(
        [](Storage::HistoryAccess& access) {
            Listed listed;
            if (!access.history)
                listed.error = access.problem;
            else
                listed.conversations = access.history->conversations(&listed.error);
            return listed;
        },
        this,
        [this, ticket](Listed listed) {
            if (ticket != m_refreshes)
                return; // a newer refresh is on its way
            if (!listed.error.isEmpty())
                Q_EMIT problem(listed.error);
            m_conversations->setConversations(std::move(listed.conversations));
            Q_EMIT refreshed();
        });
}

void ConversationLibrary::search(const QString& query)
{
    m_query = query;
    if (query.trimmed().isEmpty()) {
        m_hits->setHits({});
        Q_EMIT searched(query);
        return;
    }
    m_history.post<Found>(
        [query](Storage::HistoryAccess& access) {
            Found found;
            if (!access.history)
                found.error = access.problem;
            else
                found.hits = access.history->search(query, 50, SearchHitModel::kOpen,
                                                    SearchHitModel::kClose, &found.error);
            return found;
        },
        this,
        [this, query](Found found) {
            if (query != m_query)
                return; // the user typed on
            if (!found.error.isEmpty())
                Q_EMIT problem(found.error);
            m_hits->setHits(std::move(found.hits));
            Q_EMIT searched(query);
        });
}

void ConversationLibrary::change(std::function<bool(Storage::HistoryStore&, QString*)> write)
{
    m_history.post<QString>(
        [write = std::move(write)](Storage::HistoryAccess& access) {
            QString error;
            if (!access.history)
                return access.problem;
            write(*access.history, &error);
            return error;
        },
        this,
        [this](const QString& error) {
            if (!error.isEmpty())
                Q_EMIT problem(error);
            refresh();
        });
}

void ConversationLibrary::rename(qint64 id, const QString& title)
{
    change([id, title](Storage::HistoryStore& store, QString* error) {
        return store.rename(id, title, error);
    });
}

void ConversationLibrary::setPinned(qint64 id, bool pinned)
{
    change([id, pinned](Storage::HistoryStore& store, QString* error) {
        return store.setPinned(id, pinned, error);
    });
}

void ConversationLibrary::remove(qint64 id)
{
    m_history.post<QString>(
        [id](Storage::HistoryAccess& access) {
            QString error;
            if (!access.history)
                return access.problem;
            access.history->remove(id, &error);
            return error;
        },
        this,
        [this, id](const QString& error) {
            if (!error.isEmpty()) {
                Q_EMIT problem(error);
            } else {
                Q_EMIT removed(id);
                if (!m_query.isEmpty())
                    search(m_query);
            }
            refresh();
        });
}

} // namespace Ui
