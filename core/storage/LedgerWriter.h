#pragma once

#include "storage/AttemptJournal.h"
#include "storage/ConnectionSettings.h"
#include "storage/UsageLedger.h"
#include "storage/WalCheckpointer.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QThread>
#include <QTimer>

#include <functional>
#include <list>
#include <memory>

namespace Storage {

struct LedgerWriterState;

/// The ledger's writes on a thread of their own, with their own Database connection (QtSql
/// connections never cross threads), so that no write — a commit, a WAL checkpoint, a round trip
/// to a shared PostgreSQL server — ever runs on the caller's (the GUI's) thread.
///
/// Writes run one at a time in the order they were asked for. Each reports back through its
/// callback on this object's thread, from the event loop, and not at all once `context` is gone;
/// the callback gets the readable error, empty on success. flush() is followed by `flushed` once
/// every write asked for before it is committed: a process that is about to exit (the CLI after
/// `chat`, the gateway on SIGTERM) waits for it. Destroying the writer also lets every queued
/// write finish first, then joins the thread.
///
/// On SQLite its connection never runs a WAL checkpoint (`wal_autocheckpoint = 0`): a
/// WalCheckpointer does, on its own thread and connection, so no commit on a request's path pays
/// for one (docs/STORAGE.md, "WAL checkpoints").
///
/// Crash safety (docs/STORAGE.md): a caller starts an attempt's network call only once begin()
/// says the attempt is on record — at once when the settings name an attempt journal
/// (AttemptJournal) and its line is written, else once the row is committed — so a process
/// killed at any moment leaves a row, after the next open, for every attempt whose request went
/// out.
class LedgerWriter : public QObject {
    Q_OBJECT

public:
    using Written = std::function<void(const QString& error)>;

    /// Opens its own connection to `settings` on the writer thread (migrating like any open);
    /// on SQLite, checkpoints the WAL as `checkpoints` says.
    explicit LedgerWriter(ConnectionSettings settings, WalCheckpointPolicy checkpoints = {},
                          QObject* parent = nullptr);
    ~LedgerWriter() override;

    /// UsageLedger::begin on the writer thread; `done` runs once the row is committed.
    /// `mayStart` runs once the attempt is on record: inside this call when the attempt journal
    /// took its line, else just before `done` (also when the row could not be written: that does
    /// not stop the request; `done` has the error).
    ///
    /// With the journal, the row is not written at once: an attempt that ends within
    /// kBeginRowAfterMs gets its whole row in one write with its end (complete()), so no commit
    /// runs while its request is out; a longer one gets its 'pending' row then. `done` answers
    /// with whichever write made the row.
    void begin(const LedgerEntry& entry, QObject* context, std::function<void()> mayStart,
               Written done);
    /// UsageLedger::complete: the row begun for the entry's request id and attempt index gets
    /// its end, with the rollup, in one transaction. May be asked before begin() has answered:
    /// writes run in order.
    void complete(const LedgerEntry& entry, QObject* context, Written done);
    /// UsageLedger::record, for an attempt that ended before any network call.
    void record(const LedgerEntry& entry, QObject* context, Written done);
    /// `flushed` follows when every write asked for before this call has ended; the rows of
    /// attempts still running are written first.
    void flush();
    /// Writes asked for whose callbacks have not run yet.
    int pendingWrites() const { return m_pending + int(m_deferred.size()); }
    /// Why the settings' attempt journal cannot be used (every request then waits for its row);
    /// empty when it is in use or none was asked for.
    QString journalError() const;

    /// How long a journaled attempt runs before its 'pending' row is written.
    static constexpr int kBeginRowAfterMs = 1000;

Q_SIGNALS:
    void flushed();

private:
    /// Runs `write` on the writer thread with its ledger (null when the database could not be
    /// opened: `openError` says why); `write` posts its answer back with reply(). `commits`:
    /// whether it writes (the checkpointer is told).
    void post(std::function<void(UsageLedger* ledger, const QString& openError)> write,
              bool commits = true);
    /// Runs `answer` on this object's thread once the write is done.
    void reply(std::function<void()> answer);
    /// Queues an attempt's begin row. Without `mayStart` the attempt is journaled: its line is
    /// settled once the row is written. With it, the request waits: `mayStart` runs just before
    /// `done`.
    void postBegin(const LedgerEntry& entry, QPointer<QObject> context, Written done,
                   std::function<void()> mayStart = {});
    /// Queues the begin rows of the attempts that have run kBeginRowAfterMs (all: `everyOne`).
    void postDueBegins(bool everyOne);

    /// A journaled attempt whose begin row is not queued yet.
    struct DeferredBegin {
        LedgerEntry entry;
        QPointer<QObject> context;
        Written done;
        qint64 dueMs = 0; ///< on m_clock
    };

    QThread m_thread;
    QObject* m_worker = nullptr; ///< lives on m_thread; owns the connection there
    std::shared_ptr<LedgerWriterState> m_state;
    /// SQLite only; destroyed after the thread is joined, so it runs the last checkpoint.
    std::unique_ptr<WalCheckpointer> m_checkpointer;
    /// On this object's thread; destroyed after the thread is joined, once every row is written.
    std::unique_ptr<AttemptJournal> m_journal;
    /// Oldest first, by AttemptJournal::keyOf().
    std::list<std::pair<QString, DeferredBegin>> m_deferred;
    QHash<QString, std::list<std::pair<QString, DeferredBegin>>::iterator> m_deferredIndex;
    QTimer m_beginTimer;
    QElapsedTimer m_clock;
    int m_pending = 0;
};

} // namespace Storage
