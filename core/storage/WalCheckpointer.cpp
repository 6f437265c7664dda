#include "storage/WalCheckpointer.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QMetaObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>
#include <QVariant>

namespace Storage {

/// What the checkpointer's thread owns: created, used and destroyed only there.
struct WalCheckpointerState {
    QString path;
    QString connectionName;
    QTimer* timer = nullptr;

    /// The connection, opened on first use. No busy timeout: a checkpoint never waits for a lock
    /// (Qt's default would wait up to 5 s, holding the writer back during a RESTART).
    QSqlDatabase connection(QString* error)
    {
        if (QSqlDatabase::contains(connectionName))
            return QSqlDatabase::database(connectionName, false);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
        if (!db.open())
            *error = db.lastError().text().trimmed();
        else
            QSqlQuery(db).exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
        return db;
    }

    /// `PRAGMA wal_checkpoint(mode)`: its figures, or the error.
    static QString run(QSqlDatabase db, QLatin1String mode, int* walFrames, int* checkpointedFrames)
    {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("PRAGMA wal_checkpoint(%1)").arg(mode)) || !query.next())
            return query.lastError().text().trimmed();
        *walFrames = query.value(1).toInt();
        *checkpointedFrames = query.value(2).toInt();
        return {};
    }

    /// A PASSIVE checkpoint, then a RESTART one when the WAL is past the policy's bound (see the
    /// policy: the frames a PASSIVE one reports are the ones it found; the writer may have added
    /// more meanwhile, and then the WAL cannot start over).
    void checkpoint(WalCheckpointer* owner, const WalCheckpointPolicy& policy)
    {
        QString error;
        int walFrames = -1;
        int checkpointedFrames = -1;
        QSqlDatabase db = connection(&error);
        if (db.isOpen()) {
            error = run(db, QLatin1String("PASSIVE"), &walFrames, &checkpointedFrames);
            if (error.isEmpty() && walFrames >= policy.boundFrames)
                error = run(db, QLatin1String("RESTART"), &walFrames, &checkpointedFrames);
        }
        if (!error.isEmpty()) {
            error = QCoreApplication::translate("Storage",
                                                "cannot checkpoint the write-ahead log of %1: %2")
                        .arg(path, error);
        }
        Q_EMIT owner->checkpointed(walFrames, checkpointedFrames, error);
    }

    void close()
    {
        delete timer;
        timer = nullptr;
        if (QSqlDatabase::contains(connectionName)) {
            QSqlDatabase::database(connectionName, false).close();
            QSqlDatabase::removeDatabase(connectionName);
        }
    }
};

namespace {

QString uniqueConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("switchboard-wal-checkpoint-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

WalCheckpointer::WalCheckpointer(QString databasePath, WalCheckpointPolicy policy, QObject* parent)
    : QObject(parent)
    , m_policy(policy)
    , m_state(std::make_shared<WalCheckpointerState>())
{
    m_state->path = std::move(databasePath);
    m_state->connectionName = uniqueConnectionName();
    m_thread.setObjectName(QStringLiteral("switchboard-wal-checkpoint"));
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    m_thread.start();
    post([this](WalCheckpointerState& state) {
        state.timer = new QTimer;
        state.timer->setSingleShot(true);
        state.timer->setInterval(m_policy.delayMs);
        QObject::connect(state.timer, &QTimer::timeout, [this, &state] {
            m_commits.storeRelaxed(0);
            state.checkpoint(this, m_policy);
        });
    });
}

WalCheckpointer::~WalCheckpointer()
{
    // After everything queued: one last checkpoint when commits came since the previous one,
    // then the connection is closed on its own thread, and the thread joined.
    post([this](WalCheckpointerState& state) {
        if (m_commits.fetchAndStoreRelaxed(0) > 0)
            state.checkpoint(this, m_policy);
        state.close();
        QThread::currentThread()->quit();
    });
    m_thread.wait();
    delete m_worker;
}

void WalCheckpointer::post(std::function<void(WalCheckpointerState&)> work)
{
    QMetaObject::invokeMethod(
        m_worker, [state = m_state, work = std::move(work)] { work(*state); },
        Qt::QueuedConnection);
}

void WalCheckpointer::noteCommit()
{
    // At most two wake-ups of the checkpointer's thread per checkpoint: the first commit since
    // the last one starts the delay, the policy's count runs the checkpoint at once.
    const int commits = m_commits.fetchAndAddRelaxed(1) + 1;
    if (commits == 1) {
        post([](WalCheckpointerState& state) { state.timer->start(); });
    } else if (commits == m_policy.commits) {
        post([this](WalCheckpointerState& state) {
            state.timer->stop();
            m_commits.storeRelaxed(0);
            state.checkpoint(this, m_policy);
        });
    }
}

} // namespace Storage
