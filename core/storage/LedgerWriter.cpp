#include "storage/LedgerWriter.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QPointer>
#include <QSqlQuery>

#include <memory>

namespace Storage {

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
    // The journal's line first: once it is written, the request may go out while the row is
    // committed on the writer thread.
    const bool journaled = m_journal && m_journal->append(entry);
    QPointer<QObject> guard(context);
    post([this, guard, entry, journaled, mayStart,
          done = std::move(done)](UsageLedger* ledger, const QString& openError) {
        QString error = openError;
        if (ledger)
            ledger->begin(entry, &error);
        reply([this, guard, journaled, mayStart, done, error, requestId = entry.attempt.requestId,
               index = entry.attempt.index] {
            if (journaled)
                m_journal->settle(requestId, index);
            if (!guard)
                return;
            if (!journaled)
                mayStart();
            done(error);
        });
    });
    if (journaled)
        mayStart();
}

void LedgerWriter::complete(const LedgerEntry& entry, QObject* context, Written done)
{
    QPointer<QObject> guard(context);
    post([this, guard, entry, done = std::move(done)](UsageLedger* ledger,
                                                      const QString& openError) {
        const QString error = ledger ? ledger->complete(entry) : openError;
        reply([guard, done, error] {
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
    post([this](UsageLedger*, const QString&) { reply([this] { Q_EMIT flushed(); }); }, false);
}

} // namespace Storage
