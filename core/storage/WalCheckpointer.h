#pragma once

#include <QAtomicInt>
#include <QObject>
#include <QString>
#include <QThread>

#include <functional>
#include <memory>

namespace Storage {

struct WalCheckpointerState;

/// When the checkpointer folds the WAL back into the database file.
struct WalCheckpointPolicy {
    /// A checkpoint once this many commits (more than 1) were noted since the last one (an
    /// attempt's two ledger commits write ~10 pages, so 100 keep near SQLite's own 1,000-page
    /// mark) ...
    int commits = 100;
    /// ... or this long after the first commit noted since the last one, whichever comes first.
    int delayMs = 1000;
    /// The WAL's bound, in frames (pages). A PASSIVE checkpoint copies the frames it finds and
    /// fsyncs twice (milliseconds); the WAL starts over only if the writer's next transaction
    /// finds every frame copied, so a writer that never pauses that long keeps it growing. Past
    /// this bound a RESTART checkpoint follows, which holds the writer back while it copies the
    /// few frames the PASSIVE one left (and never waits for a lock itself).
    int boundFrames = 4000;
};

/// The WAL checkpoints of one SQLite file, run on a thread and connection of their own, so that
/// the connection that writes on a request's path (LedgerWriter's, which sets
/// `wal_autocheckpoint = 0`) never runs one inside a commit: a checkpoint copies the WAL's pages
/// into the database file and fsyncs it, milliseconds that would otherwise land on the request
/// whose commit crossed SQLite's threshold (docs/STORAGE.md, "WAL checkpoints").
///
/// The writer calls noteCommit() after each commit, from its own thread. Checkpoints are PASSIVE:
/// they never wait for, nor block, a reader or the writer; pages still in use are copied by the
/// next one — unless the writer never pauses and the WAL passes the policy's bound. The connection
/// is opened at the first checkpoint (the writer has created and migrated the file by then).
/// Destroying the checkpointer runs one last checkpoint, closes the connection and joins the
/// thread.
class WalCheckpointer : public QObject {
    Q_OBJECT

public:
    explicit WalCheckpointer(QString databasePath, WalCheckpointPolicy policy = {},
                             QObject* parent = nullptr);
    ~WalCheckpointer() override;

    /// From any thread: one commit went into the WAL.
    void noteCommit();

Q_SIGNALS:
    /// After each checkpoint, emitted on the checkpointer's thread: the frames in the WAL and how
    /// many of them are now in the database file (SQLite's `PRAGMA wal_checkpoint` figures;
    /// equal when the WAL can start over), or the readable error.
    void checkpointed(int walFrames, int checkpointedFrames, const QString& error);

private:
    /// Queues `work` on the checkpointer's thread.
    void post(std::function<void(WalCheckpointerState&)> work);

    const WalCheckpointPolicy m_policy;
    QThread m_thread;
    QObject* m_worker = nullptr; ///< lives on m_thread; owns the connection and the timer there
    std::shared_ptr<WalCheckpointerState> m_state;
    QAtomicInt m_commits; ///< noted since the last checkpoint began
};

} // namespace Storage
