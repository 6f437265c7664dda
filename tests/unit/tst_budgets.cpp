// Budgets: the config section reads dollars exactly into micro-dollars and writes them back;
// the watcher reports 80% and 100% crossings once each, overall and per provider, and says
// which providers are over budget.
#include "ScratchLedger.h"
#include "config/ConfigFile.h"
#include "storage/BudgetWatcher.h"
#include "storage/Database.h"
#include "storage/StatsQueries.h"
#include "storage/UsageLedger.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

class TestBudgets : public QObject {
    Q_OBJECT

private:
    int m_requests = 0;

    void spend(Storage::UsageLedger& ledger, const QString& provider, qint64 microUsd,
               const QDateTime& at)
    {
        Storage::LedgerEntry entry;
        entry.attempt.requestId = QStringLiteral("r%1").arg(m_requests++);
        entry.attempt.provider = provider;
        entry.attempt.model = QStringLiteral("m");
        entry.attempt.outcome = Chat::Outcome::Ok;
        entry.attempt.startedAt = at.toUTC();
        entry.attempt.costMicroUsd = microUsd;
        QCOMPARE(ledger.record(entry), QString());
    }

private Q_SLOTS:
    void sectionReadsAndWritesDollarsExactly()
    {
        const QByteArray json = "{\"version\":1,\"budgets\":{\"monthly_usd\":50.1,\"daily_usd\":"
                                "\"2.25\",\"providers\":{\"openai\":{\"monthly_usd\":0.3}}}}";
        const Config::LoadResult result = Config::ConfigFile::parse(json, QStringLiteral("cfg"));
        QVERIFY(result.ok());
        const Pricing::Budgets& b = result.config.budgets;
        QCOMPARE(b.overall.monthlyMicroUsd, std::optional<qint64>(50'100'000));
        QCOMPARE(b.overall.dailyMicroUsd, std::optional<qint64>(2'250'000));
        QCOMPARE(b.providers.value(QStringLiteral("openai")).monthlyMicroUsd,
                 std::optional<qint64>(300'000));
        QVERIFY(!b.providers.value(QStringLiteral("openai")).dailyMicroUsd);
        const Config::LoadResult again = Config::ConfigFile::parse(
            Config::ConfigFile::serialize(result.config), QStringLiteral("cfg"));
        QVERIFY(again.ok());
        QCOMPARE(again.config.budgets, b);
    }

    void badAmountsNameThePath()
    {
        const Config::LoadResult result = Config::ConfigFile::parse(
            "{\"budgets\":{\"providers\":{\"groq\":{\"daily_usd\":-1}}}}", QStringLiteral("cfg"));
        QVERIFY(!result.ok());
        QVERIFY2(result.errors.first().startsWith(
                     QLatin1String("cfg: budgets.providers.groq.daily_usd:")),
                 qPrintable(result.errors.first()));
    }

    void crossingsAreReportedOnceAtEightyAndHundredPercent_data() { TestSupport::addDriverRows(); }
    void crossingsAreReportedOnceAtEightyAndHundredPercent()
    {
        SCRATCH_LEDGER(scratch);
        Storage::Database db(scratch.settings());
        QCOMPARE(db.open(), QString());
        Storage::UsageLedger ledger(db);
        Storage::StatsQueries stats(db);
        Pricing::Budgets budgets;
        budgets.overall.monthlyMicroUsd = 10'000'000;                          // $10 a month
        budgets.providers[QStringLiteral("openai")].dailyMicroUsd = 1'000'000; // $1 a day
        Storage::BudgetWatcher watcher(budgets, stats);
        QSignalSpy spy(&watcher, &Storage::BudgetWatcher::crossed);
        const QDateTime now(QDate(2025, 4, 16), QTime(12, 0));

        spend(ledger, QStringLiteral("groq"), 7'000'000, now.addDays(-2));
        watcher.check(now);
        QCOMPARE(spy.size(), 0);
        QVERIFY(!watcher.isOverBudget(QStringLiteral("openai")));

        spend(ledger, QStringLiteral("openai"), 850'000, now.addSecs(-60)); // 78.5% / 85%
        watcher.check(now);
        QCOMPARE(spy.size(), 1);
        auto crossing = spy.takeFirst().first().value<Storage::BudgetCrossing>();
        QCOMPARE(crossing.provider, QStringLiteral("openai"));
        QCOMPARE(crossing.span, Storage::BudgetCrossing::Span::Day);
        QCOMPARE(crossing.percent, 80);
        QCOMPARE(crossing.spentMicroUsd, 850'000);
        QCOMPARE(crossing.periodKey, QStringLiteral("2025-04-16"));

        spend(ledger, QStringLiteral("openai"), 200'000, now.addSecs(-30)); // 80.5% / 105%
        watcher.check(now);
        QCOMPARE(spy.size(), 2);
        crossing = spy.takeFirst().first().value<Storage::BudgetCrossing>();
        QVERIFY(crossing.provider.isEmpty());
        QCOMPARE(crossing.span, Storage::BudgetCrossing::Span::Month);
        QCOMPARE(crossing.percent, 80);
        QCOMPARE(crossing.periodKey, QStringLiteral("2025-04"));
        crossing = spy.takeFirst().first().value<Storage::BudgetCrossing>();
        QCOMPARE(crossing.percent, 100);
        QVERIFY(watcher.isOverBudget(QStringLiteral("openai")));
        QVERIFY(!watcher.isOverBudget(QStringLiteral("groq")));

        watcher.check(now); // nothing new
        QCOMPARE(spy.size(), 0);
        // The next day starts afresh for the daily budget.
        watcher.check(now.addDays(1));
        QVERIFY(!watcher.isOverBudget(QStringLiteral("openai")));

        spend(ledger, QStringLiteral("groq"), 2'000'000, now.addSecs(-10)); // 100.5% overall
        watcher.check(now);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.takeFirst().first().value<Storage::BudgetCrossing>().percent, 100);
        QVERIFY(watcher.isOverBudget(QStringLiteral("groq"))); // everyone is, overall
    }
};

QTEST_GUILESS_MAIN(TestBudgets)
#include "tst_budgets.moc"
