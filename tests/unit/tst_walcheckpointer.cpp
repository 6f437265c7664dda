// The WAL checkpointer: a checkpoint follows the delay after a commit, or at once after the
// policy's count; it copies every frame of an idle WAL into the file; a file it cannot open says
// why; destroying it runs one last checkpoint.
#include "storage/WalCheckpointer.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <limits>

namespace {

constexpr int kNever = std::numeric_limits<int>::max();

/// Another writer's connection to a WAL file that never checkpoints by itself, with `rows` rows
/// committed one transaction each.
class WalFile {
public:
    WalFile(const QString& path, int rows)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), kName);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode = WAL")));
        QVERIFY(query.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE t (x TEXT)")));
        for (int i = 0; i < rows; ++i)
            QVERIFY(query.exec(QStringLiteral("INSERT INTO t VALUES (randomblob(3000))")));
    }
    ~WalFile()
    {
        QSqlDatabase::database(kName, false).close();
        QSqlDatabase::removeDatabase(kName);
    }

private:
    static inline const QString kName = QStringLiteral("tst-wal-writer");
};

struct Checkpoint {
    int walFrames = -1;
    int checkpointedFrames = -1;
    QString error;
    int count = 0;
};

/// Keeps the checkpointer's last answer, received on the test's thread.
void listen(Storage::WalCheckpointer& checkpointer, QObject* context, Checkpoint* last)
{
    QObject::connect(&checkpointer, &Storage::WalCheckpointer::checkpointed, context,
                     [last](int walFrames, int checkpointedFrames, const QString& error) {
                         last->walFrames = walFrames;
                         last->checkpointedFrames = checkpointedFrames;
                         last->error = error;
                         ++last->count;
                     });
}

} // namespace

class TestWalCheckpointer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void aCheckpointFollowsTheDelayAfterACommitAndCopiesTheWholeWal()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.db"));
        WalFile file(path, 50);
        Storage::WalCheckpointer checkpointer(path, {kNever, 50, kNever});
        Checkpoint last;
        listen(checkpointer, this, &last);
        checkpointer.noteCommit();
        QTRY_COMPARE_WITH_TIMEOUT(last.count, 1, 30'000);
        QCOMPARE(last.error, QString());
        QVERIFY2(last.walFrames >= 50, qPrintable(QString::number(last.walFrames)));
        QCOMPARE(last.checkpointedFrames, last.walFrames);
    }

    void thePolicysCountOfCommitsRunsACheckpointAtOnce()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.db"));
        WalFile file(path, 5);
        Storage::WalCheckpointer checkpointer(path, {5, kNever, kNever});
        Checkpoint last;
        listen(checkpointer, this, &last);
        for (int i = 0; i < 5; ++i) // the delay is never: the fifth commit runs it
            checkpointer.noteCommit();
        QTRY_COMPARE_WITH_TIMEOUT(last.count, 1, 30'000);
        QCOMPARE(last.error, QString());
        QCOMPARE(last.checkpointedFrames, last.walFrames);
    }

    void aFileItCannotOpenSaysWhy()
    {
        const QString path = QStringLiteral("/nonexistent-folder/x/w.db");
        Storage::WalCheckpointer checkpointer(path, {2, kNever, kNever});
        Checkpoint last;
        listen(checkpointer, this, &last);
        checkpointer.noteCommit();
        checkpointer.noteCommit();
        QTRY_COMPARE_WITH_TIMEOUT(last.count, 1, 30'000);
        QVERIFY2(last.error.contains(path), qPrintable(last.error));
    }

    void destroyingItRunsALastCheckpointWhenCommitsCame()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.db"));
        WalFile file(path, 20);
        std::atomic<int> frames{-1};
        std::atomic<int> copied{-2};
        {
            Storage::WalCheckpointer checkpointer(path, {kNever, kNever, kNever});
            // Emitted on its thread while this one waits in the destructor: a direct connection.
            connect(
                &checkpointer, &Storage::WalCheckpointer::checkpointed, this,
                [&](int walFrames, int checkpointedFrames, const QString&) {
                    frames = walFrames;
                    copied = checkpointedFrames;
                },
                Qt::DirectConnection);
            checkpointer.noteCommit();
        }
        QVERIFY2(frames >= 20, qPrintable(QString::number(frames)));
        QCOMPARE(copied.load(), frames.load());
    }
};

QTEST_GUILESS_MAIN(TestWalCheckpointer)
#include "tst_walcheckpointer.moc"
