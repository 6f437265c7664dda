// The statistics worker: snapshots are computed on its own thread with its own connection, only
// the newest request is answered, a missing ledger is reported and not created, and a snapshot's
// series, filter and budget alerts agree with StatsQueries.
#include "LedgerGenerator.h"
#include "ScratchLedger.h"
#include "storage/Database.h"
#include "storage/StatsQueries.h"
#include "storage/StatsWorker.h"
#include "storage/UsageLedger.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using Storage::StatsGrouping;
using Storage::StatsPeriod;
using Storage::StatsRequest;
using Storage::StatsSnapshot;

class TestStatsWorker : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    QDateTime m_now;

    /// The complete answer to `request` (the second one, with the writers).
    StatsSnapshot answer(Storage::StatsWorker& worker, const StatsRequest& request)
    {
        QSignalSpy ready(&worker, &Storage::StatsWorker::ready);
        const quint64 generation = worker.request(request);
        while (ready.isEmpty() || ready.constLast().at(0).value<StatsSnapshot>().writersPending) {
            if (!ready.wait(10000))
                return {};
        }
        auto snapshot = ready.constLast().at(0).value<StatsSnapshot>();
        return snapshot.generation == generation ? snapshot : StatsSnapshot{};
    }

    StatsRequest days(const QString& since) const
    {
        StatsRequest request;
        request.period = *StatsPeriod::parseSince(since, m_now);
        request.now = m_now;
        return request;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("w.db"));
        m_now = QDateTime::currentDateTime();
        Storage::Database db(m_path);
        QCOMPARE(db.open(), QString());
        Storage::UsageLedger ledger(db);
        LedgerGenerator generator(77, m_now, 20);
        QVERIFY(db.connection().transaction());
        for (int i = 0; i < 600; ++i)
            generator.nextRequest(
                [&](const Storage::LedgerEntry& e) { QCOMPARE(ledger.record(e), QString()); });
        QVERIFY(db.connection().commit());
    }

    void theQueriesRunOnTheWorkersOwnThread()
    {
        Storage::StatsWorker worker(m_path);
        const StatsSnapshot snapshot = answer(worker, days(QStringLiteral("30d")));
        QCOMPARE(snapshot.error, QString());
        QVERIFY(snapshot.totals.attempts > 0);
        QVERIFY(snapshot.queriedOn != nullptr);
        QCOMPARE(snapshot.queriedOn, worker.queryThread());
        QVERIFY(snapshot.queriedOn != QThread::currentThread());
    }

    void theWritersComeInASecondAnswer()
    {
        Storage::StatsWorker worker(m_path);
        QSignalSpy ready(&worker, &Storage::StatsWorker::ready);
        const quint64 generation = worker.request(days(QStringLiteral("30d")));
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 2, 10000);
        const auto first = ready.at(0).at(0).value<StatsSnapshot>();
        const auto second = ready.at(1).at(0).value<StatsSnapshot>();
        QCOMPARE(first.generation, generation);
        QCOMPARE(second.generation, generation);
        QVERIFY(first.writersPending);
        QVERIFY(first.writers.isEmpty());
        QVERIFY(!second.writersPending);
        QCOMPARE(second.writers.size(), 1);
        QCOMPARE(second.writers[0].attempts, first.totals.attempts);
        QCOMPARE(second.totals, first.totals);
        // Read a day at a time, the same as in one query.
        Storage::Database db(m_path);
        QCOMPARE(db.open(), QString());
        QCOMPARE(second.writers,
                 Storage::StatsQueries(db).usage(second.request.period, StatsGrouping::Writer));
    }

    void onlyTheNewestRequestIsAnswered()
    {
        Storage::StatsWorker worker(m_path);
        QSignalSpy ready(&worker, &Storage::StatsWorker::ready);
        worker.request(days(QStringLiteral("1d")));
        worker.request(days(QStringLiteral("7d")));
        const quint64 newest = worker.request(days(QStringLiteral("30d")));
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 2, 10000); // the answer, then with the writers
        for (const QList<QVariant>& answer : std::as_const(ready)) {
            const auto snapshot = answer.at(0).value<StatsSnapshot>();
            QCOMPARE(snapshot.generation, newest);
            QCOMPARE(snapshot.days.size(), 30);
        }
        // The next answer is the next request's: nothing of the first two arrives in between.
        // Both of its answers may be delivered in one turn of the event loop, so wait for both.
        const quint64 next = worker.request(days(QStringLiteral("7d")));
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 4, 10000);
        QCOMPARE(ready.at(2).at(0).value<StatsSnapshot>().generation, next);
        QCOMPARE(ready.at(3).at(0).value<StatsSnapshot>().generation, next);
    }

    void aSharedLedgerIsReadFromItsServer_data() { TestSupport::addDriverRows(); }
    void aSharedLedgerIsReadFromItsServer()
    {
        SCRATCH_LEDGER(scratch);
        {
            Storage::Database db(scratch.settings());
            QCOMPARE(db.open(), QString());
            Storage::LedgerEntry entry;
            entry.attempt.requestId = QStringLiteral("shared-1");
            entry.attempt.provider = QStringLiteral("openai");
            entry.attempt.model = QStringLiteral("gpt-4o-mini");
            entry.attempt.outcome = Chat::Outcome::Ok;
            entry.attempt.startedAt = m_now.addSecs(-60).toUTC();
            entry.attempt.costMicroUsd = 1234;
            QCOMPARE(Storage::UsageLedger(db).record(entry), QString());
        }
        Storage::StatsWorker worker(scratch.settings());
        const StatsSnapshot snapshot = answer(worker, days(QStringLiteral("7d")));
        QCOMPARE(snapshot.error, QString());
        QVERIFY(!snapshot.ledgerMissing);
        QCOMPARE(snapshot.totals.attempts, 1);
        QCOMPARE(snapshot.totals.costMicroUsd, 1234);
    }

    void aMissingLedgerIsReportedAndNotCreated()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("none.db"));
        Storage::StatsWorker worker(path);
        const StatsSnapshot snapshot = answer(worker, days(QStringLiteral("7d")));
        QVERIFY(snapshot.generation > 0);
        QVERIFY(snapshot.ledgerMissing);
        QVERIFY(snapshot.isEmpty());
        QCOMPARE(snapshot.error, QString());
        QVERIFY(!QFile::exists(path));
    }

    void seriesAreTheTopGroupsAndTheRestAddsUp()
    {
        Storage::StatsWorker worker(m_path);
        StatsRequest request = days(QStringLiteral("7d"));
        request.topSeries = 3;
        const StatsSnapshot snapshot = answer(worker, request);
        QCOMPARE(snapshot.error, QString());
        QCOMPARE(snapshot.days.size(), 7);
        QCOMPARE(snapshot.days.constLast(), m_now.date().toString(Qt::ISODate));
        QCOMPARE(snapshot.spendByModel.size(), 4); // 6 models: 3 + "other"
        QCOMPARE(snapshot.spendByModel.constLast().key, QString());
        QCOMPARE(snapshot.spendByProvider.size(), 4); // 4 providers: 3 + "other"
        QCOMPARE(snapshot.spendByProvider.constLast().key, QString());
        for (const auto* stack : {&snapshot.spendByModel, &snapshot.spendByProvider}) {
            for (qsizetype d = 0; d < snapshot.days.size(); ++d) {
                qint64 cost = 0;
                qint64 attempts = 0;
                for (const Storage::DailySeries& series : *stack) {
                    cost += series.perDay.at(d).costMicroUsd;
                    attempts += series.perDay.at(d).attempts;
                }
                QCOMPARE(cost, snapshot.perDay.at(d).costMicroUsd);
                QCOMPARE(attempts, snapshot.perDay.at(d).attempts);
            }
        }
        // The charted series are the biggest spenders, biggest first.
        const auto spend = [](const Storage::DailySeries& series) {
            qint64 sum = 0;
            for (const Storage::UsageStats& day : series.perDay)
                sum += day.costMicroUsd;
            return sum;
        };
        QVERIFY(spend(snapshot.spendByModel[0]) >= spend(snapshot.spendByModel[1]));
        QVERIFY(spend(snapshot.spendByModel[1]) >= spend(snapshot.spendByModel[2]));
        Storage::Database db(m_path);
        QCOMPARE(db.open(), QString());
        Storage::StatsQueries stats(db);
        const auto models = stats.usage(request.period, StatsGrouping::Model);
        QCOMPARE(snapshot.models.size(), models.size());
        for (qsizetype i = 0; i < models.size(); ++i)
            QCOMPARE(snapshot.models[i].usage, models[i]);
        QCOMPARE(snapshot.totals, stats.totals(request.period));
    }

    void aFilterNarrowsEverythingButTheModelList()
    {
        Storage::StatsWorker worker(m_path);
        StatsRequest request = days(QStringLiteral("30d"));
        request.filter = Storage::StatsFilter::forModelKey(QStringLiteral("anthropic/claude-3-5"));
        const StatsSnapshot snapshot = answer(worker, request);
        QCOMPARE(snapshot.error, QString());
        QCOMPARE(snapshot.models.size(), 6);
        QCOMPARE(snapshot.spendByModel.size(), 1);
        QCOMPARE(snapshot.spendByModel[0].key, QStringLiteral("anthropic/claude-3-5"));
        QCOMPARE(snapshot.providers.size(), 1);
        QCOMPARE(snapshot.providers[0].key, QStringLiteral("anthropic"));
        Storage::UsageStats model;
        for (const Storage::ModelStats& m : snapshot.models) {
            if (m.usage.key == QLatin1String("anthropic/claude-3-5"))
                model = m.usage;
        }
        model.key.clear();
        QCOMPARE(snapshot.totals, model);
        QCOMPARE(snapshot.writers.size(), 1);
        QCOMPARE(snapshot.writers[0].attempts, model.attempts);
    }

    void budgetAlertsSayWhatStandsCrossedNow()
    {
        Storage::StatsWorker worker(m_path);
        StatsRequest request = days(QStringLiteral("7d"));
        Storage::Database db(m_path);
        QCOMPARE(db.open(), QString());
        const Storage::MonthSpend month = Storage::StatsQueries(db).monthToDate(m_now);
        QVERIFY(month.spentMicroUsd > 0);
        // Limits: 90% used overall this month, already over for openai.
        request.budgets.overall.monthlyMicroUsd = month.spentMicroUsd * 10 / 9;
        request.budgets.providers[QStringLiteral("openai")].monthlyMicroUsd = 1;
        const StatsSnapshot snapshot = answer(worker, request);
        QCOMPARE(snapshot.month.spentMicroUsd, month.spentMicroUsd);
        QCOMPARE(snapshot.monthlyBudgetMicroUsd, request.budgets.overall.monthlyMicroUsd);
        QCOMPARE(snapshot.budgetAlerts.size(), 2);
        QCOMPARE(snapshot.budgetAlerts[0].provider, QString());
        QCOMPARE(snapshot.budgetAlerts[0].percent, 80);
        QCOMPARE(snapshot.budgetAlerts[1].provider, QStringLiteral("openai"));
        QCOMPARE(snapshot.budgetAlerts[1].percent, 100);
        // Asked again, the same alerts stand (not only newly crossed ones).
        QCOMPARE(answer(worker, request).budgetAlerts.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestStatsWorker)
#include "tst_statsworker.moc"
