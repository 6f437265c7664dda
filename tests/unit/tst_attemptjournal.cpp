// The attempt journal: a line per begun attempt, written before append() returns; cut back once
// every row is committed, rewritten with only the lines still needed past 1 MiB, removed with its
// lock by its destructor. Its recovery, on SQLite and PostgreSQL: a journal of a process that
// ended gives an `interrupted` row for every attempt that has none, with the writer's identity,
// counted in the statistics; rows already there, torn and garbled lines are skipped; a journal
// of a live process, of another ledger or of a newer build is left alone.
#include "ScratchLedger.h"
#include "storage/AttemptJournal.h"
#include "storage/Database.h"
#include "storage/StatsQueries.h"
#include "storage/UsageLedger.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/wait.h>
#include <unistd.h>
#endif

namespace {

Storage::LedgerEntry entry(const QString& requestId, int index = 0)
{
    Storage::LedgerEntry e;
    e.attempt.requestId = requestId;
    e.attempt.index = index;
    e.attempt.provider = QStringLiteral("openai");
    e.attempt.model = QStringLiteral("gpt-4o-mini");
    e.attempt.orderReason = QStringLiteral("first in route");
    e.attempt.startedAt = QDateTime::fromMSecsSinceEpoch(1'790'000'000'123, Qt::UTC);
    e.origin = Chat::Origin::Gateway;
    e.route = QStringLiteral("fast");
    e.clientAgent = QStringLiteral("openai-node/4.0");
    return e;
}

QStringList journalFiles(const QString& directory)
{
    return QDir(directory).entryList(QDir::Files, QDir::Name);
}

QByteArray contents(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// What a process that journaled these attempts and was then killed leaves behind: its journal
/// and lock, with its process id, which has ended. Returns the id; 0 on failure.
qint64 journalOfAnEndedProcess(const QString& directory, const QString& ledger,
                               const QList<Storage::LedgerEntry>& entries)
{
#ifdef Q_OS_UNIX
    const pid_t child = ::fork();
    if (child == 0) {
        auto* journal = new Storage::AttemptJournal(directory, ledger);
        bool ok = journal->isOpen();
        for (const Storage::LedgerEntry& e : entries)
            ok = ok && journal->append(e);
        ::_exit(ok ? 0 : 1); // no destructor runs: as killed
    }
    int status = 0;
    if (child < 0 || ::waitpid(child, &status, 0) != child || !WIFEXITED(status)
        || WEXITSTATUS(status) != 0)
        return 0;
    return child;
#else
    Q_UNUSED(directory)
    Q_UNUSED(ledger)
    Q_UNUSED(entries)
    return 0;
#endif
}

struct Row {
    QString requestId;
    int index = 0;
    QString outcome;
    qint64 writerPid = 0;
    QString error;
    QString origin;
    QString route;
    QString provider;
    QString model;
    QString userAgent;
    QString orderReason;
    qint64 startedAtMs = 0;
};

QList<Row> rows(Storage::Database& db)
{
    QList<Row> found;
    QSqlQuery query(db.connection());
    query.exec(QStringLiteral(
        "SELECT request_id, attempt_index, outcome, writer_pid, error, origin, route, provider, "
        "model, user_agent, order_reason, started_at_ms FROM attempts ORDER BY request_id, "
        "attempt_index"));
    while (query.next()) {
        found.append(
            {query.value(0).toString(), query.value(1).toInt(), query.value(2).toString(),
             query.value(3).toLongLong(), query.value(4).toString(), query.value(5).toString(),
             query.value(6).toString(), query.value(7).toString(), query.value(8).toString(),
             query.value(9).toString(), query.value(10).toString(), query.value(11).toLongLong()});
    }
    return found;
}

const Storage::StatsPeriod kAll{QDateTime::fromMSecsSinceEpoch(0, Qt::UTC), {}};

} // namespace

class TestAttemptJournal : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void aLineIsInTheFileWhenAppendReturnsAndReadsBackWhole()
    {
        QTemporaryDir dir;
        Storage::AttemptJournal journal(dir.filePath(QStringLiteral("journal")),
                                        QStringLiteral("sqlite"));
        QVERIFY2(journal.isOpen(), qPrintable(journal.error()));
        QVERIFY(journal.path().endsWith(QLatin1String(".jsonl")));
        QVERIFY(journal.append(entry(QStringLiteral("req-1"), 2)));
        QCOMPARE(journal.unsettled(), 1);

        const QList<QByteArray> lines = contents(journal.path()).split('\n');
        QCOMPARE(lines.size(), 3); // header, the attempt, and the empty rest after the last '\n'
        const std::optional<Storage::AttemptJournalHeader> header =
            Storage::AttemptJournal::readHeader(lines.at(0));
        QVERIFY(header);
        QCOMPARE(header->version, Storage::AttemptJournal::kVersion);
        QCOMPARE(header->ledger, QStringLiteral("sqlite"));
        QCOMPARE(header->writer.pid, QCoreApplication::applicationPid());
        const std::optional<Storage::LedgerEntry> read =
            Storage::AttemptJournal::readEntry(lines.at(1));
        QVERIFY(read);
        const Storage::LedgerEntry expected = entry(QStringLiteral("req-1"), 2);
        QCOMPARE(read->attempt.requestId, expected.attempt.requestId);
        QCOMPARE(read->attempt.index, 2);
        QCOMPARE(read->attempt.provider, expected.attempt.provider);
        QCOMPARE(read->attempt.model, expected.attempt.model);
        QCOMPARE(read->attempt.orderReason, expected.attempt.orderReason);
        QCOMPARE(read->attempt.startedAt, expected.attempt.startedAt);
        QCOMPARE(read->origin, Chat::Origin::Gateway);
        QCOMPARE(read->route, expected.route);
        QCOMPARE(read->clientAgent, expected.clientAgent);
    }

    void garbageIsNoEntry_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("torn")
            << Storage::AttemptJournal::entryLine(entry(QStringLiteral("r"))).left(30);
        QTest::newRow("not json") << QByteArray("\x00\xff garbage", 10);
        QTest::newRow("array") << QByteArray("[1,2]");
        QTest::newRow("no request id")
            << QByteArray(R"({"attempt_index":0,"provider":"p","model":"m","started_at_ms":1})");
        QTest::newRow("negative index") << QByteArray(
            R"({"request_id":"r","attempt_index":-1,"provider":"p","model":"m","started_at_ms":1})");
        QTest::newRow("huge index") << QByteArray(
            R"({"request_id":"r","attempt_index":1e12,"provider":"p","model":"m","started_at_ms":1})");
        QTest::newRow("index as text") << QByteArray(
            R"({"request_id":"r","attempt_index":"0","provider":"p","model":"m","started_at_ms":1})");
        QTest::newRow("no start") << QByteArray(
            R"({"request_id":"r","attempt_index":0,"provider":"p","model":"m"})");
    }
    void garbageIsNoEntry()
    {
        QFETCH(QByteArray, line);
        QVERIFY(!Storage::AttemptJournal::readEntry(line));
        QVERIFY(!Storage::AttemptJournal::readHeader(line));
    }

    void aSettledJournalIsCutBackOncePastItsThreshold()
    {
        QTemporaryDir dir;
        Storage::AttemptJournal journal(dir.path(), QStringLiteral("sqlite"));
        QVERIFY2(journal.isOpen(), qPrintable(journal.error()));
        const qint64 headerSize = journal.size();
        // Below the threshold, a settled journal is left as it is: no truncate per request.
        QVERIFY(journal.append(entry(QStringLiteral("small"))));
        journal.settle(QStringLiteral("small"), 0);
        QCOMPARE(journal.unsettled(), 0);
        QVERIFY(QFileInfo(journal.path()).size() > headerSize);

        int n = 0;
        while (journal.size() < Storage::AttemptJournal::kTruncateBytes)
            QVERIFY(journal.append(entry(QStringLiteral("r%1").arg(n++))));
        for (int i = 0; i < n - 1; ++i)
            journal.settle(QStringLiteral("r%1").arg(i), 0);
        // One line still needed: nothing is cut.
        QCOMPARE(journal.unsettled(), 1);
        QVERIFY(QFileInfo(journal.path()).size() >= Storage::AttemptJournal::kTruncateBytes);
        journal.settle(QStringLiteral("r%1").arg(n - 1), 0);
        QCOMPARE(QFileInfo(journal.path()).size(), headerSize);
        QCOMPARE(journal.size(), headerSize);
        // Appending goes on after the header.
        QVERIFY(journal.append(entry(QStringLiteral("after"))));
        const QList<QByteArray> lines = contents(journal.path()).split('\n');
        QVERIFY(Storage::AttemptJournal::readHeader(lines.at(0)));
        QCOMPARE(Storage::AttemptJournal::readEntry(lines.at(1))->attempt.requestId,
                 QStringLiteral("after"));
    }

    void pastOneMiBOnlyTheLinesStillNeededAreKept()
    {
        QTemporaryDir dir;
        Storage::AttemptJournal journal(dir.path(), QStringLiteral("sqlite"));
        QVERIFY2(journal.isOpen(), qPrintable(journal.error()));
        // A busy gateway: two long answers keep running while many short ones come and go, so
        // the journal is never all settled.
        QVERIFY(journal.append(entry(QStringLiteral("r0"))));
        QVERIFY(journal.append(entry(QStringLiteral("r1"))));
        qint64 largest = 0;
        for (int n = 2; journal.size() >= largest; ++n) {
            QVERIFY(n < 100'000);
            QVERIFY(journal.append(entry(QStringLiteral("r%1").arg(n))));
            largest = journal.size();
            journal.settle(QStringLiteral("r%1").arg(n), 0);
        }
        QVERIFY(largest >= Storage::AttemptJournal::kRewriteBytes);
        QCOMPARE(journal.unsettled(), 2);
        QVERIFY(journal.size() < 4096);
        QByteArray text = contents(journal.path());
        QCOMPARE(text.size(), journal.size());
        QList<QByteArray> lines = text.split('\n');
        QCOMPARE(lines.size(), 4);
        QStringList kept;
        for (qsizetype i = 1; i < 3; ++i)
            kept.append(Storage::AttemptJournal::readEntry(lines.at(i))->attempt.requestId);
        kept.sort();
        QCOMPARE(kept, (QStringList{QStringLiteral("r0"), QStringLiteral("r1")}));
        // The reopened file takes the next line.
        QVERIFY(journal.append(entry(QStringLiteral("next"))));
        QVERIFY(contents(journal.path())
                    .endsWith(Storage::AttemptJournal::entryLine(entry(QStringLiteral("next")))));
    }

    void destroyingRemovesTheJournalAndItsLockAndTwoJournalsNeverShareAFile()
    {
        QTemporaryDir dir;
        {
            Storage::AttemptJournal first(dir.path(), QStringLiteral("sqlite"));
            Storage::AttemptJournal second(dir.path(), QStringLiteral("sqlite"));
            QVERIFY(first.isOpen() && second.isOpen());
            QVERIFY(first.path() != second.path());
            QCOMPARE(journalFiles(dir.path()).size(), 4); // two journals, two locks
            QVERIFY(first.append(entry(QStringLiteral("a"))));
        }
        QCOMPARE(journalFiles(dir.path()), QStringList());
    }

    void aDirectoryThatCannotBeCreatedSaysWhy()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(QStringLiteral("file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        Storage::AttemptJournal journal(dir.filePath(QStringLiteral("file/journal")),
                                        QStringLiteral("sqlite"));
        QVERIFY(!journal.isOpen());
        QVERIFY2(journal.error().contains(dir.filePath(QStringLiteral("file/journal"))),
                 qPrintable(journal.error()));
        QVERIFY(!journal.append(entry(QStringLiteral("r"))));
    }

    void theJournalOfAnEndedProcessBecomesInterruptedRows_data() { TestSupport::addDriverRows(); }
    void theJournalOfAnEndedProcessBecomesInterruptedRows()
    {
#ifndef Q_OS_UNIX
        QSKIP("needs fork() to leave a journal of an ended process");
#endif
        SCRATCH_LEDGER(scratch);
        QTemporaryDir dir;
        Storage::ConnectionSettings settings = scratch.settings();
        settings.attemptJournal = dir.filePath(QStringLiteral("journal"));
        {
            // One row was committed before the kill, and finished: it stays as it is.
            Storage::Database db(scratch.settings());
            QCOMPARE(db.open(), QString());
            Storage::LedgerEntry done = entry(QStringLiteral("req-a"));
            done.attempt.outcome = Chat::Outcome::Ok;
            QCOMPARE(Storage::UsageLedger(db).record(done), QString());
        }
        const qint64 pid = journalOfAnEndedProcess(
            settings.attemptJournal, Storage::AttemptJournal::ledgerName(settings),
            {entry(QStringLiteral("req-a")), entry(QStringLiteral("req-b")),
             entry(QStringLiteral("req-b"), 1)});
        QVERIFY(pid > 0);
        QCOMPARE(journalFiles(settings.attemptJournal).size(), 2);

        Storage::Database db(settings);
        QCOMPARE(db.open(), QString());
        QCOMPARE(db.interruptedOnOpen(), 2);
        const QList<Row> found = rows(db);
        QCOMPARE(found.size(), 3);
        QCOMPARE(found.at(0).outcome, QStringLiteral("ok"));
        QCOMPARE(found.at(0).writerPid, QCoreApplication::applicationPid());
        for (qsizetype i = 1; i < 3; ++i) {
            const Row& r = found.at(i);
            QCOMPARE(r.requestId, QStringLiteral("req-b"));
            QCOMPARE(r.index, int(i - 1));
            QCOMPARE(r.outcome, QStringLiteral("interrupted"));
            QCOMPARE(r.writerPid, pid);
            QVERIFY(r.error.contains(QLatin1String("stopped before this attempt finished")));
            QCOMPARE(r.origin, QStringLiteral("gateway"));
            QCOMPARE(r.route, QStringLiteral("fast"));
            QCOMPARE(r.provider, QStringLiteral("openai"));
            QCOMPARE(r.model, QStringLiteral("gpt-4o-mini"));
            QCOMPARE(r.userAgent, QStringLiteral("openai-node/4.0"));
            QCOMPARE(r.orderReason, QStringLiteral("first in route"));
            QCOMPARE(r.startedAtMs, 1'790'000'000'123LL);
        }
        const Storage::UsageStats totals = Storage::StatsQueries(db).totals(kAll);
        QCOMPARE(totals.attempts, 3);
        QCOMPARE(totals.ok, 1);
        QCOMPARE(totals.failed, 2);
        // Its work done, the journal and its lock are gone; the next open finds nothing.
        QCOMPARE(journalFiles(settings.attemptJournal), QStringList());
        Storage::Database again(settings);
        QCOMPARE(again.open(), QString());
        QCOMPARE(again.interruptedOnOpen(), 0);
        QCOMPARE(rows(again).size(), 3);
    }

    void tornAndGarbledLinesAreSkipped_data()
    {
        TestSupport::addDriverRows();
    }
    void tornAndGarbledLinesAreSkipped()
    {
#ifndef Q_OS_UNIX
        QSKIP("needs fork() to leave a journal of an ended process");
#endif
        SCRATCH_LEDGER(scratch);
        QTemporaryDir dir;
        Storage::ConnectionSettings settings = scratch.settings();
        settings.attemptJournal = dir.path();
        QVERIFY(journalOfAnEndedProcess(dir.path(), Storage::AttemptJournal::ledgerName(settings),
                                        {entry(QStringLiteral("good"))})
                > 0);
        const QString path =
            dir.filePath(journalFiles(dir.path()).filter(QStringLiteral(".jsonl")).first());
        QFile file(path);
        QVERIFY(file.open(QIODevice::Append));
        file.write("{\"request_id\": 12}\n\x01\x02\xff\n");
        file.write(Storage::AttemptJournal::entryLine(entry(QStringLiteral("torn"))).left(40));
        file.close();

        Storage::Database db(settings);
        QCOMPARE(db.open(), QString());
        const QList<Row> found = rows(db);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.at(0).requestId, QStringLiteral("good"));
        QCOMPARE(found.at(0).outcome, QStringLiteral("interrupted"));
        QVERIFY(!QFile::exists(path));
    }

    void aJournalItCannotTakeIsLeftAlone_data()
    {
        TestSupport::addDriverRows();
    }
    void aJournalItCannotTakeIsLeftAlone()
    {
        SCRATCH_LEDGER(scratch);
        QTemporaryDir dir;
        Storage::ConnectionSettings settings = scratch.settings();
        settings.attemptJournal = dir.path();
        // A live journal: this process's own.
        Storage::AttemptJournal live(dir.path(), Storage::AttemptJournal::ledgerName(settings));
        QVERIFY(live.append(entry(QStringLiteral("running"))));
        // An ended process's journal of another ledger (the profile's ledger was switched), and
        // one a newer build wrote: no lock, so either could be taken, but neither is ours.
        const auto leave = [&](const QString& name, const QByteArray& header) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(header);
            file.write(Storage::AttemptJournal::entryLine(entry(name)));
        };
        Storage::WriterIdentity ended{QStringLiteral("host"), QStringLiteral("user"), 999'999'999};
        leave(QStringLiteral("attempts-999999999-0.jsonl"),
              Storage::AttemptJournal::headerLine(QStringLiteral("postgresql://x@elsewhere:5432/y"),
                                                  ended));
        leave(QStringLiteral("attempts-999999999-1.jsonl"),
              QByteArray(R"({"switchboard_attempt_journal":2,"ledger":")")
                  + Storage::AttemptJournal::ledgerName(settings).toUtf8() + "\"}\n");

        Storage::Database db(settings);
        QCOMPARE(db.open(), QString());
        QCOMPARE(db.interruptedOnOpen(), 0);
        QCOMPARE(rows(db).size(), 0);
        QVERIFY(QFile::exists(live.path()));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("attempts-999999999-0.jsonl"))));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("attempts-999999999-1.jsonl"))));
    }
};

QTEST_GUILESS_MAIN(TestAttemptJournal)
#include "tst_attemptjournal.moc"
