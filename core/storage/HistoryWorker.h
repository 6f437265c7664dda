#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QThread>

#include <functional>
#include <memory>
#include <optional>

namespace Storage {

class CompareLeaderboard;
class CompareStore;
class HistoryStore;
class UsageLedger;

/// What a history job works with, on the history thread. `history` is null when the database
/// could not be opened; `problem` then says why (and, with a read-only database, says that nothing
/// will be saved while `history` still reads).
struct HistoryAccess {
    HistoryStore* history = nullptr;
    UsageLedger* ledger = nullptr;             ///< for reading the attempts of stored answers back
    CompareStore* compares = nullptr;          ///< the saved compares (null like `history`)
    CompareLeaderboard* leaderboard = nullptr; ///< their verdicts against the ledger
    QString problem;
    bool readOnly = false;
};

/// The chat history off the GUI thread: a thread of its own with its own Database connection,
/// HistoryStore, CompareStore, CompareLeaderboard and a UsageLedger to read attempt rows with. Jobs
/// run there one at a time, in the order they were posted; each job's result comes back on this
/// object's thread, unless the job's context object is gone by then. Destroying the worker runs the
/// jobs already posted (no write is lost on quit) and then ends the thread.
class HistoryWorker final : public QObject {
    Q_OBJECT

public:
    explicit HistoryWorker(QString databasePath, QObject* parent = nullptr);
    ~HistoryWorker() override;
    HistoryWorker(const HistoryWorker&) = delete;
    HistoryWorker& operator=(const HistoryWorker&) = delete;

    /// Runs `job` on the history thread, then `done(result)` here; not at all once `context`
    /// (when given) is destroyed.
    template <typename Result>
    void post(std::function<Result(HistoryAccess&)> job, QObject* context,
              std::function<void(Result)> done)
    {
        auto result = std::make_shared<std::optional<Result>>();
        enqueue([job = std::move(job), result](HistoryAccess& access) { *result = job(access); },
                context, [result, done = std::move(done)] { done(std::move(**result)); });
    }
    /// Runs `job` on the history thread; nothing comes back.
    void post(std::function<void(HistoryAccess&)> job);

    QString databasePath() const { return m_databasePath; }

private:
    class ThreadSide;
    struct Pending {
        QPointer<QObject> context;
        bool hasContext = false; ///< without one, the result is always delivered
        std::function<void()> deliver;
    };

    void enqueue(std::function<void(HistoryAccess&)> work, QObject* context,
                 std::function<void()> onDone);
    void deliver(quint64 ticket);

    QString m_databasePath;
    QThread m_thread;
    ThreadSide* m_side = nullptr; ///< lives on m_thread, deleted there when it ends
    quint64 m_nextTicket = 0;
    QHash<quint64, Pending> m_pending;
};

} // namespace Storage
