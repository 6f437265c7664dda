#include "storage/LedgerWriter.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QPointer>
#include <QSqlQuery>

#include <algorithm>
#include <memory>

namespace Storage {
namespace {

QString keyOf(const LedgerEntry& entry)
{
    return AttemptJournal::keyOf(entry.attempt.requestId, entry.attempt.index);
}

} // namespace

/// What the writer thread owns: created, used and destroyed only there.
struct LedgerWriterState {
    ConnectionSettings settings;
    std::unique_ptr<Database> database;
    std::unique_ptr<UsageLedger> ledger;
    WalCheckpointer* checkpointer = nullptr; ///< SQLite only; outlives the thread
    QString openError;
    bool opened = false;

    void open()
    {
        opened = true;
        database = std::make_unique<Database>(settings);
        openError = database->open();
        if (database->isOpen()) {
            // The WalCheckpointer checkpoints; a commit here only appends to the WAL.
            if (checkpointer)
                QSqlQuery(database->connection())
                    .exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0"));
            ledger = std::make_unique<UsageLedger>(*database);
        } else if (openError.isEmpty())
            openError = QCoreApplication::translate("Storage", "the ledger %1 is not open")
                            .arg(settings.describe());
    }
    void close()
    {
        ledger.reset();
        database.reset();
    }
};

LedgerWriter::LedgerWriter(ConnectionSettings settings, WalCheckpointPolicy checkpoints,
                           QObject* parent)
    : QObject(parent)
    , m_state(std::make_shared<LedgerWriterState>())
{
    if (!settings.attemptJournal.isEmpty())
        m_journal = std::make_unique<AttemptJournal>(settings.attemptJournal,
                                                     AttemptJournal::ledgerName(settings));
    if (settings.driver == SqlDriver::Sqlite) {
        m_checkpointer = std::make_unique<WalCheckpointer>(settings.path, checkpoints);
        m_state->checkpointer = m_checkpointer.get();
    }
    m_state->settings = std::move(settings);
    m_clock.start();
    m_beginTimer.setSingleShot(true);
    connect(&m_beginTimer, &QTimer::timeout, this, [this] { postDueBegins(false); });
    m_thread.setObjectName(QStringLiteral("switchboard-ledger-writer"));
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    m_thread.start();
    // The connection is opened on the writer thread, ahead of every write.
    QMetaObject::invokeMethod(
        m_worker, [state = m_state] { state->open(); }, Qt::QueuedConnection);
}

LedgerWriter::~LedgerWriter()
{
    // Attempts still running get their 'pending' rows: the journal goes with this object.
    postDueBegins(true);
    // Queued after every write asked for: they all end first; then the connection is closed on
    // its own thread, and the thread joined.
    QMetaObject::invokeMethod(
        m_worker,
        [state = m_state] {
            state->close();
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
    m_thread.wait();
    delete m_worker;
    // Every begun row is committed now (or failed for good): the journal has done its work.
    m_journal.reset();
}

QString LedgerWriter::journalError() const
{
    return m_journal ? m_journal->error() : QString();
}

void LedgerWriter::post(std::function<void(UsageLedger*, const QString&)> write, bool commits)
{
    ++m_pending;
    QMetaObject::invokeMethod(
        m_worker,
        [state = m_state, write = std::move(write), commits] {
            write(state->ledger.get(), state->openError);
            // After the answer is posted: the note never delays it.
            if (commits && state->ledger && state->checkpointer)
                state->checkpointer->noteCommit();
        },
        Qt::QueuedConnection);
}

void LedgerWriter::reply(std::function<void()> answer)
{
    // Called on the writer thread. This object outlives that thread (its destructor joins it),
    // so posting to it is safe; the answer runs here, from the event loop.
    QMetaObject::invokeMethod(
        this,
        [this, answer = std::move(answer)] {
            --m_pending;
            answer();
        },
        Qt::QueuedConnection);
}

void LedgerWriter::begin(const LedgerEntry& entry, QObject* context, std::function<void()> mayStart,
                         Written done)
{
    QPointer<QObject> guard(context);
    // The journal's line first: once it is written, the request may go out.
    if (!m_journal || !m_journal->append(entry)) {
        postBegin(entry, guard, std::move(done), std::move(mayStart));
        return;
    }
    const QString key = keyOf(entry);
    m_deferred.emplace_back(
        key, DeferredBegin{entry, guard, std::move(done), m_clock.elapsed() + kBeginRowAfterMs});
    m_deferredIndex.insert(key, std::prev(m_deferred.end()));
    if (!m_beginTimer.isActive())
        m_beginTimer.start(kBeginRowAfterMs);
    mayStart();
}

void LedgerWriter::postBegin(const LedgerEntry& entry, QPointer<QObject> context, Written done,
                             std::function<void()> mayStart)
{
    post([this, context, entry, mayStart, done = std::move(done)](UsageLedger* ledger,
                                                                  const QString& openError) {
        QString error = openError;
        if (ledger)
            ledger->begin(entry, &error);
        reply([this, context, mayStart, done, error, requestId = entry.attempt.requestId,
               index = entry.attempt.index] {
            if (!mayStart)
                m_journal->settle(requestId, index);
            if (!context)
                return;
            if (mayStart)
                mayStart();
            done(error);
        });
    });
}

void LedgerWriter::postDueBegins(bool everyOne)
{
    const qint64 now = m_clock.elapsed();
    while (!m_deferred.empty() && (everyOne || m_deferred.front().second.dueMs <= now)) {
        auto& [key, deferred] = m_deferred.front();
        postBegin(deferred.entry, deferred.context, std::move(deferred.done));
        m_deferredIndex.remove(key);
        m_deferred.pop_front();
    }
    if (m_deferred.empty())
        m_beginTimer.stop();
    else
        m_beginTimer.start(int(std::max<qint64>(1, m_deferred.front().second.dueMs - now)));
}

void LedgerWriter::complete(const LedgerEntry& entry, QObject* context, Written done)
{
    QPointer<QObject> guard(context);
    const auto deferred = m_deferredIndex.constFind(keyOf(entry));
    if (deferred == m_deferredIndex.cend()) {
        post([this, guard, entry, done = std::move(done)](UsageLedger* ledger,
                                                          const QString& openError) {
            const QString error = ledger ? ledger->complete(entry) : openError;
            reply([guard, done, error] {
                if (guard)
                    done(error);
            });
        });
        return;
    }
    // Ended before its begin row was written: the whole row in one write, which answers the
    // begin too; its journal line is needed until then.
    DeferredBegin begun = std::move(deferred.value()->second);
    m_deferred.erase(deferred.value());
    m_deferredIndex.erase(deferred);
    post([this, guard, entry, begun = std::move(begun),
          done = std::move(done)](UsageLedger* ledger, const QString& openError) {
        const QString error = ledger ? ledger->record(entry) : openError;
        reply([this, guard, begun, done, error, requestId = entry.attempt.requestId,
               index = entry.attempt.index] {
            m_journal->settle(requestId, index);
            if (begun.context)
                begun.done(error);
            if (guard)
                done(error);
        });
    });
}

void LedgerWriter::record(const LedgerEntry& entry, QObject* context, Written done)
{
    QPointer<QObject> guard(context);
    post([this, guard, entry, done = std::move(done)](UsageLedger* ledger,
                                                      const QString& openError) {
        const QString error = ledger ? ledger->record(entry) : openError;
        reply([guard, done, error] {
            if (guard)
                done(error);
        });
    });
}

void LedgerWriter::flush()
{
    postDueBegins(true);
    post([this](UsageLedger*, const QString&) { reply([this] { Q_EMIT flushed(); }); }, false);
}

} // namespace Storage
