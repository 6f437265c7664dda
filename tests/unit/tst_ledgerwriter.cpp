// The ledger writer: writes on its own thread and connection, in order, each answered on the
// caller's thread; `flushed` after everything asked before it; errors come back to the caller;
// destroying the writer finishes what was queued. On SQLite and on PostgreSQL.
#include "ScratchLedger.h"
#include "storage/Database.h"
#include "storage/LedgerWriter.h"
#include "storage/StatsQueries.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

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
        writer.begin(attempt(QStringLiteral("r1"), 0, Chat::Outcome::Network), this,
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
        writer.begin(attempt(QStringLiteral("r"), 0, Chat::Outcome::Ok), this,
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
};

QTEST_GUILESS_MAIN(TestLedgerWriter)
#include "tst_ledgerwriter.moc"
