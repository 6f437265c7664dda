#include "storage/HistoryWorker.h"

#include "storage/CompareLeaderboard.h"
#include "storage/CompareStore.h"
#include "storage/Database.h"
#include "storage/HistoryStore.h"
#include "storage/UsageLedger.h"

#include <QCoreApplication>

namespace Storage {

/// The part that lives on the history thread: opens the database there on the first job, so the
/// connection is made, used and closed on one thread only.
class HistoryWorker::ThreadSide final : public QObject {
public:
    explicit ThreadSide(QString path)
        : m_path(std::move(path))
    {}

    HistoryAccess& access()
    {
        if (!m_opened) {
            m_opened = true;
            m_database = std::make_unique<Database>(m_path);
            const QString error = m_database->open();
            if (m_database->isOpen()) {
                m_history = std::make_unique<HistoryStore>(*m_database);
                m_ledger = std::make_unique<UsageLedger>(*m_database);
                m_compares = std::make_unique<CompareStore>(*m_database);
                m_leaderboard = std::make_unique<CompareLeaderboard>(*m_database);
                m_access.history = m_history.get();
                m_access.ledger = m_ledger.get();
                m_access.compares = m_compares.get();
                m_access.leaderboard = m_leaderboard.get();
                m_access.readOnly = m_database->isReadOnly();
            }
            m_access.problem = error;
        }
        return m_access;
    }

private:
    QString m_path;
    bool m_opened = false;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<HistoryStore> m_history;
    std::unique_ptr<UsageLedger> m_ledger;
    std::unique_ptr<CompareStore> m_compares;
    std::unique_ptr<CompareLeaderboard> m_leaderboard;
    HistoryAccess m_access;
};

HistoryWorker::HistoryWorker(QString databasePath, QObject* parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
    , m_side(new ThreadSide(m_databasePath))
{
    m_thread.setObjectName(QStringLiteral("history"));
    m_side->moveToThread(&m_thread);
    // Deleted on the history thread as it ends, so the connection closes where it was opened.
    connect(&m_thread, &QThread::finished, m_side, &QObject::deleteLater);
    m_thread.start(QThread::LowPriority);
}

HistoryWorker::~HistoryWorker()
{
    // The last job ends the thread: every job posted before it still runs (no write is lost).
    // Joining the thread is the one wait here; it lasts as long as those jobs do.
    QMetaObject::invokeMethod(m_side, [] { QThread::currentThread()->quit(); });
    m_thread.wait();
}

void HistoryWorker::post(std::function<void(HistoryAccess&)> job)
{
    QMetaObject::invokeMethod(m_side,
                              [side = m_side, job = std::move(job)] { job(side->access()); });
}

void HistoryWorker::enqueue(std::function<void(HistoryAccess&)> work, QObject* context,
                            std::function<void()> onDone)
{
    const quint64 ticket = ++m_nextTicket;
    m_pending.insert(ticket, Pending{context, context != nullptr, std::move(onDone)});
    QMetaObject::invokeMethod(m_side, [this, side = m_side, work = std::move(work), ticket] {
        work(side->access());
        // `this` outlives every job: its destructor waits for the thread.
        QMetaObject::invokeMethod(
            this, [this, ticket] { deliver(ticket); }, Qt::QueuedConnection);
    });
}

void HistoryWorker::deliver(quint64 ticket)
{
    const Pending pending = m_pending.take(ticket);
    if ((pending.context || !pending.hasContext) && pending.deliver)
        pending.deliver();
}

} // namespace Storage
