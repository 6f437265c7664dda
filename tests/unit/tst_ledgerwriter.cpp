// The ledger writer: writes on its own thread and connection, in order, each answered on the
// caller's thread; `flushed` after everything asked before it; errors come back to the caller;
// destroying the writer finishes what was queued. On SQLite and on PostgreSQL. On SQLite its own
// commits never checkpoint the WAL; its WalCheckpointer keeps the WAL bounded.
#include "ScratchLedger.h"
#include "storage/Database.h"
#include "storage/LedgerWriter.h"
#include "storage/StatsQueries.h"
#include "storage/WalCheckpointer.h"

#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <functional>
#include <limits>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace {

Storage::LedgerEntry attempt(const QString& requestId, int index, Chat::Outcome outcome)
{
    Storage::LedgerEntry e;
    e.attempt.requestId = requestId;
    e.attempt.index = index;
    e.attempt.provider = QStringLiteral("openai");
    e.attempt.model = QStringLiteral("gpt-4o");
    e.attempt.outcome = outcome;
    e.attempt.startedAt = QDateTime::currentDateTimeUtc();
    e.attempt.costMicroUsd = 10;
    return e;
}

const Storage::StatsPeriod kAll{QDateTime::fromMSecsSinceEpoch(0, Qt::UTC), {}};

/// `attempts` attempts one after the other, as requests make them: each begin waits for its
/// answer (the request goes out), then its end is queued and the next begins. Returns once
/// everything is committed.
void writeLikeRequests(Storage::LedgerWriter& writer, QObject* context, int attempts)
{
    std::function<void(int)> next = [&](int n) {
        if (n == attempts) {
            writer.flush();
            return;
        }
        writer.begin(
            attempt(QStringLiteral("a%1").arg(n), 0, Chat::Outcome::Network), context, [] {},
            [&, n](const QString&) {
                writer.complete(attempt(QStringLiteral("a%1").arg(n), 0, Chat::Outcome::Ok),
                                context, [](const QString&) {});
                next(n + 1);
            });
    };
    QSignalSpy flushed(&writer, &Storage::LedgerWriter::flushed);
    next(0);
    QVERIFY(flushed.wait(120'000));
}

qint64 walBytes(const QString& path)
{
    return QFileInfo(path + QStringLiteral("-wal")).size();
}

/// `PRAGMA wal_checkpoint(PASSIVE)` on a plain connection of the test's own: the frames in the
/// WAL (all of them now in the file), or -1.
int walFramesCheckpointedNow(const QString& path)
{
    int frames = -1;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tst-wal"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")) && query.next()
                && query.value(0).toInt() == 0 && query.value(1) == query.value(2))
                frames = query.value(1).toInt();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tst-wal"));
    return frames;
}

constexpr qint64 kFrameBytes = 4096 + 24; ///< a WAL frame: its header and one page

} // namespace

class TestLedgerWriter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void writesRunInOrderAndFlushedFollowsThem_data() { TestSupport::addDriverRows(); }
    void writesRunInOrderAndFlushedFollowsThem()
    {
        SCRATCH_LEDGER(scratch);
        Storage::LedgerWriter writer(scratch.settings());
        QStringList answers;
        Qt::HANDLE answeredOn = nullptr;
        // The end of the attempt is asked for before its begin has answered: order holds.
        writer.begin(
            attempt(QStringLiteral("r1"), 0, Chat::Outcome::Network), this, [] {},
            [&](const QString& error) {
                answers.append(QStringLiteral("begin ") + error);
                answeredOn = QThread::currentThreadId();
            });
        writer.complete(
            attempt(QStringLiteral("r1"), 0, Chat::Outcome::Ok), this,
            [&](const QString& error) { answers.append(QStringLiteral("complete ") + error); });
        writer.record(
            attempt(QStringLiteral("r2"), 0, Chat::Outcome::Stalled), this,
            [&](const QString& error) { answers.append(QStringLiteral("record ") + error); });
        QCOMPARE(writer.pendingWrites(), 3);
        QSignalSpy flushed(&writer, &Storage::LedgerWriter::flushed);
        writer.flush();
        QVERIFY(flushed.wait(30'000));
        QCOMPARE(answers, QStringList({QStringLiteral("begin "), QStringLiteral("complete "),
                                       QStringLiteral("record ")}));
        QCOMPARE(answeredOn, QThread::currentThreadId()); // answered here, from the event loop
        QCOMPARE(writer.pendingWrites(), 0);

        // Committed: another connection sees both attempts, finished, in the statistics.
        Storage::Database reader(scratch.settings());
        QCOMPARE(reader.open(), QString());
        const Storage::UsageStats totals = Storage::StatsQueries(reader).totals(kAll);
        QCOMPARE(totals.attempts, 2);
        QCOMPARE(totals.ok, 1);
        QCOMPARE(totals.costMicroUsd, 20);
    }

    void withAJournalTheRequestStartsBeforeItsRowIsCommitted_data()
    {
        TestSupport::addDriverRows();
    }
    void withAJournalTheRequestStartsBeforeItsRowIsCommitted()
    {
        SCRATCH_LEDGER(scratch);
        QTemporaryDir profile;
        Storage::ConnectionSettings settings = scratch.settings();
        settings.attemptJournal = profile.filePath(QStringLiteral("journal"));
        QStringList events;
        {
            Storage::LedgerWriter writer(settings);
            QCOMPARE(writer.journalError(), QString());
            QString journalText;
            writer.begin(
                attempt(QStringLiteral("r1"), 0, Chat::Outcome::Network), this,
                [&] {
                    events.append(QStringLiteral("start"));
                    // On record before the request goes out: the journal has its line.
                    const QStringList files =
                        QDir(settings.attemptJournal).entryList({QStringLiteral("*.jsonl")});
                    QCOMPARE(files.size(), 1);
                    QFile file(QDir(settings.attemptJournal).filePath(files.first()));
                    QVERIFY(file.open(QIODevice::ReadOnly));
                    journalText = QString::fromUtf8(file.readAll());
                },
                [&](const QString& error) { events.append(QStringLiteral("begun ") + error); });
            // Inside begin(): it did not wait for the writer thread.
            QCOMPARE(events, QStringList{QStringLiteral("start")});
            QVERIFY2(journalText.contains(QLatin1String("\"request_id\":\"r1\"")),
                     qPrintable(journalText));
            writer.complete(
                attempt(QStringLiteral("r1"), 0, Chat::Outcome::Ok), this,
                [&](const QString& error) { events.append(QStringLiteral("complete ") + error); });
            QSignalSpy flushed(&writer, &Storage::LedgerWriter::flushed);
            writer.flush();
            QVERIFY(flushed.wait(30'000));
        }
        QCOMPARE(events, (QStringList{QStringLiteral("start"), QStringLiteral("begun "),
                                      QStringLiteral("complete ")}));
        // The writer is gone with every row written: so is its journal.
        QCOMPARE(QDir(settings.attemptJournal).entryList(QDir::Files), QStringList());
        Storage::Database reader(settings);
        QCOMPARE(reader.open(), QString());
        QCOMPARE(Storage::StatsQueries(reader).totals(kAll).ok, 1);
    }

    void aJournaledAttemptGetsItsRowWithItsEndOrAPendingOneIfItRunsLong_data()
    {
        TestSupport::addDriverRows();
    }
    void aJournaledAttemptGetsItsRowWithItsEndOrAPendingOneIfItRunsLong()
    {
        SCRATCH_LEDGER(scratch);
        QTemporaryDir profile;
        Storage::ConnectionSettings settings = scratch.settings();
        settings.attemptJournal = profile.path();
        // Opened (and migrated) first, as ProfileServices does.
        Storage::Database reader(scratch.settings());
        QCOMPARE(reader.open(), QString());
        Storage::LedgerWriter writer(settings);
        const auto outcomes = [&] {
            QStringList found;
            QSqlQuery q(reader.connection());
            q.exec(QStringLiteral("SELECT request_id, outcome FROM attempts ORDER BY request_id"));
            while (q.next())
                found.append(q.value(0).toString() + u' ' + q.value(1).toString());
            return found;
        };
        QStringList answers;
        const auto answer = [&](const QString& what) {
            return [&answers, what](const QString& error) { answers.append(what + error); };
        };

        // A short attempt: nothing is written while it runs; its end writes the whole row,
        // and answers its begin too.
        writer.begin(
            attempt(QStringLiteral("short"), 0, Chat::Outcome::Network), this, [] {},
            answer(QStringLiteral("begun short")));
        QCOMPARE(writer.pendingWrites(), 1);
        writer.complete(attempt(QStringLiteral("short"), 0, Chat::Outcome::Ok), this,
                        answer(QStringLiteral("ended short")));
        QTRY_COMPARE_WITH_TIMEOUT(answers.size(), 2, 30'000);
        QCOMPARE(answers,
                 (QStringList{QStringLiteral("begun short"), QStringLiteral("ended short")}));
        QCOMPARE(outcomes(), QStringList{QStringLiteral("short ok")});

        // A long one gets its pending row once it has run kBeginRowAfterMs, then its end.
        writer.begin(
            attempt(QStringLiteral("long"), 0, Chat::Outcome::Network), this, [] {},
            answer(QStringLiteral("begun long")));
        QCOMPARE(outcomes(), QStringList{QStringLiteral("short ok")});
        QTRY_VERIFY2_WITH_TIMEOUT(answers.contains(QStringLiteral("begun long")),
                                  qPrintable(answers.join(u'|')), 30'000);
        QCOMPARE(outcomes(),
                 (QStringList{QStringLiteral("long pending"), QStringLiteral("short ok")}));
        writer.complete(attempt(QStringLiteral("long"), 0, Chat::Outcome::Ok), this,
                        answer(QStringLiteral("ended long")));
        QTRY_VERIFY_WITH_TIMEOUT(answers.contains(QStringLiteral("ended long")), 30'000);
        QCOMPARE(outcomes(), (QStringList{QStringLiteral("long ok"), QStringLiteral("short ok")}));

        // flush() writes the rows of the attempts still running.
        writer.begin(
            attempt(QStringLiteral("running"), 0, Chat::Outcome::Network), this, [] {},
            answer(QStringLiteral("begun running")));
        QSignalSpy flushed(&writer, &Storage::LedgerWriter::flushed);
        writer.flush();
        QVERIFY(flushed.wait(30'000));
        QVERIFY(answers.contains(QStringLiteral("begun running")));
        QCOMPARE(outcomes(),
                 (QStringList{QStringLiteral("long ok"), QStringLiteral("running pending"),
                              QStringLiteral("short ok")}));
        QCOMPARE(Storage::StatsQueries(reader).totals(kAll).ok, 2);
    }

    void withoutAJournalTheRequestWaitsForItsRow()
    {
        QTemporaryDir profile;
        QFile blocker(profile.filePath(QStringLiteral("file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        for (const QString& journal : {QString(), profile.filePath(QStringLiteral("file/j"))}) {
            Storage::ConnectionSettings settings =
                Storage::ConnectionSettings::sqlite(profile.filePath(QStringLiteral("s.db")));
            settings.attemptJournal = journal;
            Storage::LedgerWriter writer(settings);
            // A journal asked for that cannot be written says why; none asked for says nothing.
            QCOMPARE(writer.journalError().isEmpty(), journal.isEmpty());
            if (!journal.isEmpty())
                QVERIFY2(writer.journalError().contains(journal),
                         qPrintable(writer.journalError()));
            QStringList events;
            writer.begin(
                attempt(QStringLiteral("r") + QString::number(journal.size()), 0,
                        Chat::Outcome::Network),
                this, [&] { events.append(QStringLiteral("start")); },
                [&](const QString& error) { events.append(QStringLiteral("begun ") + error); });
            QCOMPARE(events, QStringList());
            QTRY_COMPARE_WITH_TIMEOUT(events.size(), 2, 30'000);
            QCOMPARE(events, (QStringList{QStringLiteral("start"), QStringLiteral("begun ")}));
        }
    }

    void errorsComeBackToTheCaller_data() { TestSupport::addDriverRows(); }
    void errorsComeBackToTheCaller()
    {
        SCRATCH_LEDGER(scratch);
        Storage::LedgerWriter writer(scratch.settings());
        QString first;
        QString second;
        writer.record(attempt(QStringLiteral("same"), 0, Chat::Outcome::Ok), this,
                      [&](const QString& error) { first = error; });
        writer.record(attempt(QStringLiteral("same"), 0, Chat::Outcome::Ok), this,
                      [&](const QString& error) { second = error; });
        QSignalSpy flushed(&writer, &Storage::LedgerWriter::flushed);
        writer.flush();
        QVERIFY(flushed.wait(30'000));
        QCOMPARE(first, QString());
        QVERIFY2(second.contains(QLatin1String("cannot record the attempt")), qPrintable(second));
    }

    void anUnreachableLedgerSaysWhyOnEveryWrite()
    {
        Storage::ConnectionSettings nowhere =
            Storage::ConnectionSettings::sqlite(QStringLiteral("/nonexistent-folder/x/s.db"));
        Storage::LedgerWriter writer(nowhere);
        QString error;
        writer.begin(
            attempt(QStringLiteral("r"), 0, Chat::Outcome::Ok), this, [] {},
            [&](const QString& e) { error = e; });
        QTRY_VERIFY_WITH_TIMEOUT(!error.isEmpty(), 30'000);
        QVERIFY2(error.contains(QLatin1String("/nonexistent-folder/x/s.db")), qPrintable(error));
    }

    void aGoneContextGetsNoAnswerAndDestroyingTheWriterFinishesTheQueue_data()
    {
        TestSupport::addDriverRows();
    }
    void aGoneContextGetsNoAnswerAndDestroyingTheWriterFinishesTheQueue()
    {
        SCRATCH_LEDGER(scratch);
        bool answered = false;
        {
            Storage::LedgerWriter writer(scratch.settings());
            auto* context = new QObject;
            for (int i = 0; i < 20; ++i) {
                writer.record(attempt(QStringLiteral("q%1").arg(i), 0, Chat::Outcome::Ok), context,
                              [&](const QString&) { answered = true; });
            }
            delete context;
        } // joins the thread once the queue is done
        QCoreApplication::processEvents();
        QVERIFY(!answered);
        Storage::Database reader(scratch.settings());
        QCOMPARE(reader.open(), QString());
        QCOMPARE(Storage::StatsQueries(reader).totals(kAll).attempts, 20);
    }

    void theWritersCommitsNeverCheckpoint()
    {
        // A checkpointer that never runs: whatever reaches the file, the writer's commits put
        // there. SQLite's automatic checkpoint would have started the WAL over at 1,000 frames.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.db"));
        {
            Storage::LedgerWriter writer(
                Storage::ConnectionSettings::sqlite(path),
                {std::numeric_limits<int>::max(), std::numeric_limits<int>::max(), 1'000'000});
            writeLikeRequests(writer, this, 300);
            const int frames = walFramesCheckpointedNow(path);
            QVERIFY2(frames > 2000, qPrintable(QString::number(frames)));
            // Every frame ever written is still in the WAL: it never started over.
            QCOMPARE(walBytes(path), 32 + frames * kFrameBytes);
        }
    }

    void theCheckpointerKeepsTheWalBoundedUnderManyWrites()
    {
        // 1,000 attempts write ~10,400 frames (~43 MB of WAL without checkpoints). With a bound of
        // 500 frames (~2 MB) and a checkpoint every 20 commits the WAL file stays at 1,000–1,400
        // frames; the test allows 3,000 (under a third of the WAL without checkpoints).
        // The bound holds while a checkpoint's fsyncs take milliseconds. Behind a backlog of
        // other dirty pages (the build that just linked these tests) one fsync can take most of
        // a second, and the ~3,000 commits/s below then grow the WAL past it before the RESTART
        // runs: flush that backlog first.
#ifdef Q_OS_UNIX
        ::sync();
#endif
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.db"));
        Storage::WalCheckpointPolicy policy;
        policy.commits = 20;
        policy.boundFrames = 500;
        {
            Storage::LedgerWriter writer(Storage::ConnectionSettings::sqlite(path), policy);
            writeLikeRequests(writer, this, 1000);
            QVERIFY2(walBytes(path) < 3000 * kFrameBytes,
                     qPrintable(QString::number(walBytes(path))));
        }
        Storage::Database reader(path);
        QCOMPARE(reader.open(), QString());
        QCOMPARE(Storage::StatsQueries(reader).totals(kAll).attempts, 1000);
    }
};

QTEST_GUILESS_MAIN(TestLedgerWriter)
#include "tst_ledgerwriter.moc"
