#pragma once

#include "storage/ConnectionSettings.h"
#include "storage/StatsSnapshot.h"

#include <QObject>
#include <QString>
#include <QThread>

#include <atomic>
#include <memory>

namespace Storage {

class StatsWorkerConnection;

/// Answers StatsRequests off the caller's thread: a thread of its own opens its own Database
/// (one connection per thread) and runs StatsSnapshot::collect; the snapshot comes back by a
/// queued call as `ready`, and a second time, complete, once its per-writer breakdown (read
/// from the raw rows, slower) is in. Only the newest request is answered: one that is superseded
/// before or while it runs is dropped (generation numbers), so a user switching periods quickly
/// sees the last choice only. A missing database file is not created: the snapshot says
/// `ledgerMissing`. GUI-free: the dashboard, the gateway or the CLI can use it.
class StatsWorker : public QObject {
    Q_OBJECT

public:
    /// The profile's SQLite ledger at `databasePath`.
    explicit StatsWorker(QString databasePath, QObject* parent = nullptr);
    /// Any ledger: the profile's file or a team's PostgreSQL server (the password looked up).
    explicit StatsWorker(ConnectionSettings ledger, QObject* parent = nullptr);
    /// Stops at the next query boundary of a request in flight, then joins the thread.
    ~StatsWorker() override;

    /// Queues `request`; returns its generation (ready() carries it back).
    quint64 request(const StatsRequest& request);
    quint64 latestGeneration() const { return m_latest->load(); }
    /// The thread the queries run on.
    const QThread* queryThread() const { return &m_thread; }

Q_SIGNALS:
    /// The answer to the newest request (never an older one): first with writersPending set,
    /// then again with the writers.
    void ready(const Storage::StatsSnapshot& snapshot);

private:
    void deliver(const StatsSnapshot& snapshot);

    QThread m_thread;
    StatsWorkerConnection* m_queries; ///< lives on m_thread; deleted there when it finishes
    std::shared_ptr<std::atomic<quint64>> m_latest;
};

} // namespace Storage
