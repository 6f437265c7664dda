#include "storage/StatsWorker.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <limits>

namespace Storage {

/// The part of a StatsWorker that lives on its thread: the connection and the queries.
class StatsWorkerConnection : public QObject {
public:
    StatsWorkerConnection(ConnectionSettings ledger, std::shared_ptr<std::atomic<quint64>> latest)
        : m_ledger(std::move(ledger))
        , m_latest(std::move(latest))
    {}

    /// Runs on the worker thread: calls `deliver` with the snapshot, and once more when the
    /// writers are in; nothing once the request went stale.
    void answer(const StatsRequest& request, quint64 generation,
                const std::function<void(const StatsSnapshot&)>& deliver)
    {
        const auto stale = [this, generation] { return m_latest->load() != generation; };
        if (stale())
            return;
        StatsSnapshot snapshot;
        if (!m_database && !connect(snapshot)) {
            snapshot.request = request;
            snapshot.generation = generation;
            snapshot.queriedOn = QThread::currentThread();
            deliver(snapshot);
            return;
        }
        StatsQueries stats(*m_database);
        snapshot = StatsSnapshot::collect(stats, request, stale);
        snapshot.generation = generation;
        snapshot.notice = m_notice;
        if (stale())
            return;
        deliver(snapshot);
        if (!snapshot.error.isEmpty() || !snapshot.writersPending || stale())
            return;
        if (snapshot.addWriters(stats, stale) || !snapshot.error.isEmpty())
            deliver(snapshot);
    }

private:
    /// Opens the ledger (a file only if it exists); false (and why, in `snapshot`) when it
    /// cannot. A server that was away is tried again on the next request.
    bool connect(StatsSnapshot& snapshot)
    {
        if (m_ledger.driver == SqlDriver::Sqlite && !QFileInfo::exists(m_ledger.path)) {
            snapshot.ledgerMissing = true;
            return false;
        }
        auto database = std::make_unique<Database>(m_ledger);
        const QString error = database->open();
        if (!database->isOpen()) {
            snapshot.error = error;
            return false;
        }
        m_notice = error; // open but read-only: a newer Switchboard wrote it
        m_database = std::move(database);
        return true;
    }

    ConnectionSettings m_ledger;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    std::unique_ptr<Database> m_database;
    QString m_notice;
};

StatsWorker::StatsWorker(QString databasePath, QObject* parent)
    : StatsWorker(ConnectionSettings::sqlite(std::move(databasePath)), parent)
{}

StatsWorker::StatsWorker(ConnectionSettings ledger, QObject* parent)
    : QObject(parent)
    , m_latest(std::make_shared<std::atomic<quint64>>(0))
{
    qRegisterMetaType<Storage::StatsSnapshot>();
    m_queries = new StatsWorkerConnection(std::move(ledger), m_latest);
    m_queries->moveToThread(&m_thread);
    // Deleted on its own thread as that thread ends, so the connection closes where it opened.
    QObject::connect(&m_thread, &QThread::finished, m_queries, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("switchboard-stats"));
    m_thread.start(QThread::LowPriority);
}

StatsWorker::~StatsWorker()
{
    // No generation is ever this large: a request in flight stops at its next query.
    m_latest->store(std::numeric_limits<quint64>::max());
    m_thread.quit();
    m_thread.wait();
}

quint64 StatsWorker::request(const StatsRequest& request)
{
    const quint64 generation = m_latest->fetch_add(1) + 1;
    StatsWorkerConnection* queries = m_queries;
    // The destructor joins the thread, so `owner` outlives every call below; an answer posted
    // to it just before it goes is discarded with it.
    StatsWorker* owner = this;
    QMetaObject::invokeMethod(
        m_queries,
        [queries, request, generation, owner] {
            // Back on the caller's thread; dropped there if a newer request came meanwhile.
            queries->answer(request, generation, [owner](const StatsSnapshot& snapshot) {
                QMetaObject::invokeMethod(
                    owner, [owner, snapshot] { owner->deliver(snapshot); }, Qt::QueuedConnection);
            });
        },
        Qt::QueuedConnection);
    return generation;
}

void StatsWorker::deliver(const StatsSnapshot& snapshot)
{
    if (snapshot.generation == m_latest->load())
        Q_EMIT ready(snapshot);
}

} // namespace Storage
