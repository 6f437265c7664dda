// The spend dashboard on the offscreen platform: what it shows equals the ledger (the raw
// aggregates of StatsQueries and figures computed by hand), the period and model filter
// re-query in the worker thread, the table sorts, and the exports (CSV cell by cell, PNG of a
// chart's size, a PDF report with pages) are right. Also saves the screenshots and the sample
// report of docs/screenshots/ when SWITCHBOARD_SCREENSHOT_DIR names a folder (docs/DASHBOARD.md).
#include "LedgerGenerator.h"
#include "dashboard/ChartCard.h"
#include "dashboard/DashboardView.h"
#include "dashboard/PeriodSelector.h"
#include "dashboard/SpendChart.h"
#include "dashboard/SpendText.h"
#include "dashboard/TotalsStrip.h"
#include "dashboard/UsageTableModel.h"
#include "storage/Database.h"
#include "storage/StatsQueries.h"
#include "storage/UsageLedger.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStackedBarSeries>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using Storage::StatsGrouping;
using Storage::StatsPeriod;
using Storage::StatsSource;

namespace {

/// The hand-made ledger's "now": midnight starting April 16th, 2025 (local time).
QDateTime handNow()
{
    return QDate(2025, 4, 16).startOfDay();
}

const QString kQuoted = QStringLiteral("my \"quoted\", model");

struct HandAttempt {
    const char* request;
    int index;
    const char* provider;
    QString model;
    Chat::Outcome outcome;
    QDate day;
    std::optional<qint64> ttft;
    qint64 total;
    std::optional<qint64> in;
    std::optional<qint64> out;
    std::optional<qint64> cost;
};

/// Five attempts whose every figure is worked out in the tests below.
QList<HandAttempt> handLedger()
{
    const QDate d15(2025, 4, 15);
    return {
        {"a", 0, "openai", QStringLiteral("gpt-4o"), Chat::Outcome::Ok, d15, 400, 2400, 1000, 500,
         1'250'000},
        {"b", 0, "anthropic", QStringLiteral("claude-3-5"), Chat::Outcome::RateLimited, d15,
         std::nullopt, 300, std::nullopt, std::nullopt, std::nullopt},
        {"b", 1, "openai", QStringLiteral("gpt-4o"), Chat::Outcome::Ok, d15, 600, 1600, 200, 100,
         500'000},
        {"c", 0, "local", kQuoted, Chat::Outcome::Ok, d15, 100, 1100, 50, 20, std::nullopt},
        {"d", 0, "openai", QStringLiteral("gpt-4o-mini"), Chat::Outcome::Ok, QDate(2025, 4, 2), 200,
         700, 10, 10, 250'000},
    };
}

QString writeHandLedger(const QString& path)
{
    Storage::Database db(path);
    if (QString error = db.open(); !error.isEmpty())
        return error;
    Storage::UsageLedger ledger(db);
    int minute = 0;
    for (const HandAttempt& h : handLedger()) {
        Storage::LedgerEntry e;
        Chat::Attempt& a = e.attempt;
        a.requestId = QString::fromLatin1(h.request);
        a.index = h.index;
        a.provider = QString::fromLatin1(h.provider);
        a.model = h.model;
        a.outcome = h.outcome;
        a.startedAt = h.day.startOfDay().addSecs(12 * 3600 + 60 * minute++).toUTC();
        a.ttftMs = h.ttft;
        a.totalMs = h.total;
        a.usage.inputTokens = h.in;
        a.usage.outputTokens = h.out;
        a.costMicroUsd = h.cost;
        a.costSource = h.cost ? QStringLiteral("catalog") : QStringLiteral("unknown");
        if (QString error = ledger.record(e); !error.isEmpty())
            return error;
    }
    return {};
}

QString writeGeneratedLedger(const QString& path, const QDateTime& now, int requests)
{
    Storage::Database db(path);
    if (QString error = db.open(); !error.isEmpty())
        return error;
    Storage::UsageLedger ledger(db);
    LedgerGenerator generator(4242, now, 40);
    QString error;
    db.connection().transaction();
    for (int i = 0; i < requests && error.isEmpty(); ++i)
        generator.nextRequest([&](const Storage::LedgerEntry& e) {
            if (error.isEmpty())
                error = ledger.record(e);
        });
    db.connection().commit();
    return error;
}

/// The rows of the model table as shown: display text per column.
QList<QStringList> shownRows(const Ui::DashboardView& view, const QString& table = {})
{
    const auto* t =
        view.findChild<QTableView*>(table.isEmpty() ? QStringLiteral("modelTable") : table);
    QList<QStringList> rows;
    for (int r = 0; r < t->model()->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < t->model()->columnCount(); ++c)
            cells.append(t->model()->index(r, c).data().toString());
        rows.append(cells);
    }
    return rows;
}

Ui::ChartCard* card(const Ui::DashboardView& view, const QString& name)
{
    return view.findChild<Ui::ChartCard*>(name);
}

} // namespace

class TestDashboard : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_hand;
    QString m_generated;
    QDateTime m_generatedNow;

    /// A dashboard over `path` with its clock at `now`, its first answer applied.
    std::unique_ptr<Ui::DashboardView> open(const QString& path, const QDateTime& now,
                                            Pricing::Budgets budgets = {})
    {
        auto view = std::make_unique<Ui::DashboardView>(path, std::move(budgets));
        QSignalSpy updated(view.get(), &Ui::DashboardView::updated);
        view->setClock([now] { return now; });
        if (!updated.wait(20000))
            return nullptr;
        // setClock asked again: the first answer was dropped, the second is the one shown.
        return view->snapshot().request.now == now ? std::move(view) : nullptr;
    }

    /// Opens like open(), then waits for the team breakdown as well.
    std::unique_ptr<Ui::DashboardView> openWithTeam(const QString& path, const QDateTime& now,
                                                    Pricing::Budgets budgets = {})
    {
        auto view = std::make_unique<Ui::DashboardView>(path, std::move(budgets));
        QSignalSpy team(view.get(), &Ui::DashboardView::teamUpdated);
        view->setClock([now] { return now; });
        while (team.isEmpty() || view->snapshot().request.now != now
               || view->snapshot().writersPending) {
            if (!team.wait(20000))
                return nullptr;
        }
        if (view->isUpdating()) { // the charts are still being drawn, one per turn
            QSignalSpy updated(view.get(), &Ui::DashboardView::updated);
            if (!updated.wait(20000))
                return nullptr;
        }
        return view;
    }

    static bool settle(Ui::DashboardView& view)
    {
        QSignalSpy updated(&view, &Ui::DashboardView::updated);
        return updated.wait(20000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_hand = m_dir.filePath(QStringLiteral("hand.db"));
        QCOMPARE(writeHandLedger(m_hand), QString());
        m_generated = m_dir.filePath(QStringLiteral("generated.db"));
        m_generatedNow = QDateTime::currentDateTime();
        QCOMPARE(writeGeneratedLedger(m_generated, m_generatedNow, 3000), QString());
    }

    void totalsAndTableEqualTheLedgersRawAggregates()
    {
        auto view = open(m_generated, m_generatedNow);
        QVERIFY(view);
        QCOMPARE(view->periodSelector()->preset(), Ui::PeriodSelector::Preset::Last30Days);
        Storage::Database db(m_generated);
        QCOMPARE(db.open(), QString());
        Storage::StatsQueries stats(db);
        const StatsPeriod period = *StatsPeriod::parseSince(QStringLiteral("30d"), m_generatedNow);
        const Storage::UsageStats raw = stats.totals(period, StatsSource::Raw);
        QVERIFY(raw.attempts > 1000);
        QCOMPARE(view->snapshot().totals, raw);
        const auto* totals = view->findChild<Ui::TotalsStrip*>();
        QCOMPARE(totals->valueOf(QStringLiteral("Spend")), Ui::usdText(raw.costMicroUsd));
        QCOMPARE(totals->valueOf(QStringLiteral("Requests")), Ui::countText(raw.requests));
        QCOMPARE(totals->valueOf(QStringLiteral("Tokens")),
                 Ui::countText(raw.inputTokens + raw.outputTokens));

        QMap<QString, Storage::UsageStats> byModel;
        for (const Storage::UsageStats& row :
             stats.usage(period, StatsGrouping::Model, StatsSource::Raw))
            byModel.insert(row.key, row);
        const QList<QStringList> rows = shownRows(*view);
        QCOMPARE(rows.size(), byModel.size());
        qint64 spend = 0;
        for (const QStringList& row : rows) {
            QVERIFY2(byModel.contains(row[0]), qPrintable(row[0]));
            const Storage::UsageStats& u = byModel[row[0]];
            QCOMPARE(row[Ui::UsageTableModel::Requests], Ui::countText(u.requests));
            QCOMPARE(row[Ui::UsageTableModel::Attempts], Ui::countText(u.attempts));
            QCOMPARE(row[Ui::UsageTableModel::Failures], Ui::countText(u.failed));
            QCOMPARE(row[Ui::UsageTableModel::InputTokens], Ui::countText(u.inputTokens));
            QCOMPARE(row[Ui::UsageTableModel::OutputTokens], Ui::countText(u.outputTokens));
            QCOMPARE(row[Ui::UsageTableModel::Spend], u.unknownCostAttempts == u.attempts
                                                          ? QStringLiteral("unknown")
                                                          : Ui::usdText(u.costMicroUsd));
            QCOMPARE(row[Ui::UsageTableModel::UnknownCost], Ui::countText(u.unknownCostAttempts));
            QCOMPARE(row[Ui::UsageTableModel::FallbackRate], Ui::rateText(u.fallbackRate()));
            spend += u.costMicroUsd;
        }
        QCOMPARE(spend, raw.costMicroUsd);
    }

    void handMadeLedgerShowsTheFiguresWorkedOutByHand()
    {
        Pricing::Budgets budgets;
        budgets.overall.monthlyMicroUsd = 2'400'000;
        auto view = open(m_hand, handNow(), budgets);
        QVERIFY(view);
        view->periodSelector()->setPreset(Ui::PeriodSelector::Preset::Last7Days);
        QVERIFY(settle(*view));
        // Last 7 days (April 10–16): requests a, b and c; d (April 2) is out.
        const auto* totals = view->findChild<Ui::TotalsStrip*>();
        QCOMPARE(totals->valueOf(QStringLiteral("Spend")), QStringLiteral("$1.75"));
        QCOMPARE(totals->valueOf(QStringLiteral("Requests")), QStringLiteral("3"));
        QCOMPARE(totals->valueOf(QStringLiteral("Tokens")), Ui::countText(1250 + 620));
        QCOMPARE(totals->valueOf(QStringLiteral("Answered first")), Ui::rateText(2.0 / 3.0));
        QCOMPARE(totals->detailOf(QStringLiteral("Spend")),
                 QStringLiteral("attempts of unknown cost: 2"));
        const auto* heading = view->findChild<QLabel*>(QStringLiteral("dashboardHeading"));
        QVERIFY2(heading->text().contains(QStringLiteral("Apr 10, 2025 – Apr 16, 2025")),
                 qPrintable(heading->text()));

        QList<QStringList> rows = shownRows(*view);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[0][0], QStringLiteral("openai/gpt-4o")); // by spend, the biggest first
        QCOMPARE(rows[0][Ui::UsageTableModel::Requests], QStringLiteral("1"));
        QCOMPARE(rows[0][Ui::UsageTableModel::Attempts], QStringLiteral("2"));
        QCOMPARE(rows[0][Ui::UsageTableModel::Spend], QStringLiteral("$1.75"));
        QCOMPARE(rows[0][Ui::UsageTableModel::InputTokens], Ui::countText(1200));
        for (const QStringList& row : rows.mid(1)) {
            // No attempt of these had a known cost: "unknown", never $0.
            QCOMPARE(row[Ui::UsageTableModel::Spend], QStringLiteral("unknown"));
            QCOMPARE(row[Ui::UsageTableModel::UnknownCost], QStringLiteral("1"));
        }
        const auto claude = std::find_if(rows.cbegin(), rows.cend(), [](const QStringList& r) {
            return r[0] == QLatin1String("anthropic/claude-3-5");
        });
        QVERIFY(claude != rows.cend());
        QCOMPARE((*claude)[Ui::UsageTableModel::Failures], QStringLiteral("1"));
        QCOMPARE((*claude)[Ui::UsageTableModel::FallbackRate], Ui::rateText(1.0));

        // The month: a, b, c and d; projected over the whole of April from the half gone.
        const qint64 span = QDate(2025, 4, 1).startOfDay().msecsTo(QDate(2025, 5, 1).startOfDay());
        const qint64 elapsed = QDate(2025, 4, 1).startOfDay().msecsTo(handNow());
        const qint64 projected = 2'000'000 * span / elapsed;
        QCOMPARE(view->snapshot().month.spentMicroUsd, 2'000'000);
        QCOMPARE(view->snapshot().month.projectedMicroUsd, projected);
        const QString words = view->findChild<QLabel*>(QStringLiteral("budgetWords"))->text();
        QVERIFY2(words.contains(QLatin1String("$2.00 of the monthly budget of $2.40 (83.3%)")),
                 qPrintable(words));
        QVERIFY(words.contains(Ui::usdText(projected)));
        QVERIFY2(words.contains(QLatin1String("with no known cost (not included): 2.")),
                 qPrintable(words));
        const auto* alerts = view->findChild<QLabel*>(QStringLiteral("budgetAlerts"));
        QVERIFY(!alerts->isHidden());
        QCOMPARE(alerts->text(), QStringLiteral("80% of the monthly budget used: $2.00 of $2.40."));

        // Over budget: the words say so.
        budgets.overall.monthlyMicroUsd = 1'500'000;
        view->setBudgets(budgets);
        QVERIFY(settle(*view));
        QCOMPARE(alerts->text(), QStringLiteral("Over the monthly budget: $2.00 spent of $1.50."));
    }

    void switchingPeriodsShowsTheLastChoiceOnly()
    {
        auto view = open(m_hand, handNow());
        QVERIFY(view);
        QSignalSpy updated(view.get(), &Ui::DashboardView::updated);
        Ui::PeriodSelector* period = view->periodSelector();
        period->setPreset(Ui::PeriodSelector::Preset::Today);
        QVERIFY(updated.wait(20000));
        QCOMPARE(view->snapshot().totals.attempts, 0); // nothing on April 16th
        QCOMPARE(card(*view, QStringLiteral("spendCard"))->isEmpty(), true);
        QVERIFY(view->findChild<QLabel*>(QStringLiteral("emptyState"))
                    ->text()
                    .contains(QLatin1String("No requests in this period yet")));
        // Three choices in a row: only the last is answered.
        period->setPreset(Ui::PeriodSelector::Preset::ThisMonth);
        period->setPreset(Ui::PeriodSelector::Preset::Last30Days);
        period->setCustomRange(QDate(2025, 4, 1), QDate(2025, 4, 2));
        QVERIFY(updated.wait(20000));
        QCOMPARE(updated.size(), 2);
        QCOMPARE(view->snapshot().totals.attempts, 1); // only d
        QCOMPARE(view->snapshot().totals.costMicroUsd, 250'000);
        QCOMPARE(view->snapshot().days,
                 (QStringList{QStringLiteral("2025-04-01"), QStringLiteral("2025-04-02")}));
        // Nothing of the dropped ones arrives later: the next answer is the next request's.
        period->setPreset(Ui::PeriodSelector::Preset::ThisMonth);
        QVERIFY(updated.wait(20000));
        QCOMPARE(updated.size(), 3);
        QCOMPARE(view->snapshot().totals.attempts, 5);
        QCOMPARE(view->snapshot().totals.costMicroUsd, 2'000'000);
    }

    void theQueriesRunOnTheWorkerThreadNotTheGuiThread()
    {
        auto view = open(m_hand, handNow());
        QVERIFY(view);
        QVERIFY(view->snapshot().queriedOn);
        QCOMPARE(view->snapshot().queriedOn, view->queryThread());
        QVERIFY(view->snapshot().queriedOn != QThread::currentThread());
        QVERIFY(view->snapshot().queriedOn != qApp->thread());
    }

    void clickingAModelInTheTableFiltersTheRest()
    {
        auto view = open(m_hand, handNow());
        QVERIFY(view);
        view->resize(1300, 1600);
        view->show();
        QVERIFY(QTest::qWaitForWindowExposed(view.get()));
        auto* table = view->findChild<QTableView*>(QStringLiteral("modelTable"));
        int row = -1;
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            if (table->model()->index(r, 0).data() == QStringLiteral("openai/gpt-4o-mini"))
                row = r;
        }
        QVERIFY(row >= 0);
        QSignalSpy updated(view.get(), &Ui::DashboardView::updated);
        const QRect cell = table->visualRect(table->model()->index(row, 0));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QVERIFY(updated.wait(20000));
        const auto* chip = view->findChild<QWidget*>(QStringLiteral("filterChip"));
        QVERIFY(chip->isVisible());
        QCOMPARE(view->findChild<QLabel*>(QStringLiteral("filterLabel"))->text(),
                 QStringLiteral("Filtered: openai/gpt-4o-mini"));
        const auto* totals = view->findChild<Ui::TotalsStrip*>();
        QCOMPARE(totals->valueOf(QStringLiteral("Spend")), QStringLiteral("$0.25"));
        QCOMPARE(totals->valueOf(QStringLiteral("Requests")), QStringLiteral("1"));
        QCOMPARE(view->snapshot().spendByModel.size(), 1);
        QCOMPARE(view->snapshot().providers.size(), 1);
        // The table still lists every model, the chosen one selected.
        QCOMPARE(table->model()->rowCount(), 4);
        QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
        QCOMPARE(table->selectionModel()->selectedRows().at(0).data().toString(),
                 QStringLiteral("openai/gpt-4o-mini"));

        QTest::mouseClick(view->findChild<QToolButton*>(QStringLiteral("clearFilter")),
                          Qt::LeftButton);
        QVERIFY(updated.wait(20000));
        QVERIFY(!chip->isVisible());
        QCOMPARE(totals->valueOf(QStringLiteral("Spend")), QStringLiteral("$2.00"));
    }

    void hoveringAndClickingABarShowItsValuesAndFilterByItsModel()
    {
        auto view = open(m_hand, handNow());
        QVERIFY(view);
        view->periodSelector()->setPreset(Ui::PeriodSelector::Preset::Last7Days);
        QVERIFY(settle(*view));
        view->resize(1300, 1600);
        view->show();
        QVERIFY(QTest::qWaitForWindowExposed(view.get()));
        auto* chart = view->findChild<Ui::SpendChart*>();
        auto* series = qobject_cast<QStackedBarSeries*>(chart->chart()->series().value(0));
        QVERIFY(series);
        QBarSet* gpt = series->barSets().value(0);
        QCOMPARE(gpt->label(), QStringLiteral("openai/gpt-4o"));
        const int april15 = 5; // April 10 … 16
        QCOMPARE(gpt->at(april15), 1.75);
        const QPointF inChart = chart->chart()->mapToPosition(QPointF(april15, 0.875), series);
        const QPoint at = chart->mapFromScene(chart->chart()->mapToScene(inChart));

        QTest::mouseMove(chart->viewport(), at);
        QTRY_VERIFY(card(*view, QStringLiteral("spendCard"))
                        ->infoText()
                        .contains(QLatin1String("openai/gpt-4o")));
        const QString info = card(*view, QStringLiteral("spendCard"))->infoText();
        QVERIFY2(info.contains(QLatin1String("$1.75")), qPrintable(info));
        QVERIFY2(info.contains(QLatin1String("attempts: 2")), qPrintable(info));
        QVERIFY2(info.contains(QLatin1String("Apr 15, 2025")), qPrintable(info));

        QSignalSpy updated(view.get(), &Ui::DashboardView::updated);
        QTest::mouseClick(chart->viewport(), Qt::LeftButton, {}, at);
        QVERIFY(updated.wait(20000));
        QCOMPARE(view->filter().provider, QStringLiteral("openai"));
        QCOMPARE(view->filter().model, QStringLiteral("gpt-4o"));
        QCOMPARE(view->snapshot().totals.attempts, 2);

        // By provider, the bars are per provider; the filter stays.
        QTest::mouseClick(view->findChild<QToolButton*>(QStringLiteral("stackByProvider")),
                          Qt::LeftButton);
        QCOMPARE(chart->stacking(), Ui::SpendChart::Stacking::Provider);
        series = qobject_cast<QStackedBarSeries*>(chart->chart()->series().value(0));
        QCOMPARE(series->barSets().size(), 1);
        QCOMPARE(series->barSets().at(0)->label(), QStringLiteral("openai"));
    }

    void theTableSortsByAnyColumn()
    {
        auto view = open(m_generated, m_generatedNow);
        QVERIFY(view);
        auto* table = view->findChild<QTableView*>(QStringLiteral("modelTable"));
        const QAbstractItemModel* model = table->model();
        QVERIFY(model->rowCount() >= 6);
        for (int column = 0; column < model->columnCount(); ++column) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                table->sortByColumn(column, order);
                for (int r = 1; r < model->rowCount(); ++r) {
                    const QVariant a =
                        model->index(r - 1, column).data(Ui::UsageTableModel::SortRole);
                    const QVariant b = model->index(r, column).data(Ui::UsageTableModel::SortRole);
                    const QPartialOrdering c = QVariant::compare(a, b);
                    const bool equal = c == QPartialOrdering::Equivalent;
                    QVERIFY2(equal
                                 || c
                                        == (order == Qt::AscendingOrder
                                                ? QPartialOrdering::Less
                                                : QPartialOrdering::Greater),
                             qPrintable(QStringLiteral("column %1 row %2").arg(column).arg(r)));
                }
            }
        }
    }

    void csvExportHasTheTableCellByCell()
    {
        auto view = open(m_hand, handNow());
        QVERIFY(view);
        view->periodSelector()->setPreset(Ui::PeriodSelector::Preset::Last7Days);
        QVERIFY(settle(*view));
        view->findChild<QTableView*>(QStringLiteral("modelTable"))
            ->sortByColumn(Ui::UsageTableModel::Key, Qt::AscendingOrder);
        const QString path = m_dir.filePath(QStringLiteral("table.csv"));
        QCOMPARE(view->exportCsv(path), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString csv = QString::fromUtf8(file.readAll());
        QVERIFY(csv.endsWith(QLatin1String("\r\n")));
        const QStringList lines = csv.chopped(2).split(QStringLiteral("\r\n"));
        QCOMPARE(lines.size(), 5);
        QCOMPARE(lines[0], QStringLiteral("model,requests,attempts,failures,fallback_rate,"
                                          "input_tokens,output_tokens,cost_usd,"
                                          "unknown_cost_attempts,ttft_p50_ms,ttft_p95_ms,"
                                          "tokens_per_s_p50"));
        // Latency cells come from the rollup (within 5% of the exact value): read them from it.
        Storage::Database db(m_hand);
        QCOMPARE(db.open(), QString());
        Storage::StatsQueries stats(db);
        const StatsPeriod period = *StatsPeriod::parseSince(QStringLiteral("7d"), handNow());
        QMap<QString, Storage::LatencyStats> latency;
        for (const Storage::LatencyStats& l : stats.latency(period, StatsSource::Rollup, true))
            latency.insert(
                l.provider.isEmpty() ? QStringLiteral("total") : l.provider + u'/' + l.model, l);
        const auto ms = [](std::optional<double> v) { return QString::number(qRound64(*v)); };
        const auto near = [](std::optional<double> v, double exact) {
            return v && std::abs(*v / exact - 1.0) <= 0.05;
        };
        const Storage::LatencyStats local = latency.value(QStringLiteral("local/") + kQuoted);
        const Storage::LatencyStats gpt = latency.value(QStringLiteral("openai/gpt-4o"));
        const Storage::LatencyStats all = latency.value(QStringLiteral("total"));
        QVERIFY(near(local.ttftP50Ms, 100) && near(local.tpsP50, 20));
        QVERIFY(near(gpt.ttftP50Ms, 400) && near(gpt.ttftP95Ms, 600) && near(gpt.tpsP50, 100));
        QVERIFY(near(all.ttftP50Ms, 400) && near(all.ttftP95Ms, 600));
        QCOMPARE(lines[1], QStringLiteral("anthropic/claude-3-5,1,1,1,1.0000,0,0,,1,,,"));
        QCOMPARE(lines[2],
                 QStringLiteral("\"local/my \"\"quoted\"\", model\",1,1,0,0.0000,50,20,,1,")
                     + ms(local.ttftP50Ms) + u',' + ms(local.ttftP95Ms) + u','
                     + QString::number(*local.tpsP50, 'f', 1));
        QCOMPARE(lines[3], QStringLiteral("openai/gpt-4o,1,2,0,0.0000,1200,600,1.75,0,")
                               + ms(gpt.ttftP50Ms) + u',' + ms(gpt.ttftP95Ms) + u','
                               + QString::number(*gpt.tpsP50, 'f', 1));
        QCOMPARE(lines[4], QStringLiteral("total,3,4,1,0.3333,1250,620,1.75,2,") + ms(all.ttftP50Ms)
                               + u',' + ms(all.ttftP95Ms) + u',');
    }

    void pngExportIsAnImageOfTheChartsSize()
    {
        auto view = open(m_generated, m_generatedNow);
        QVERIFY(view);
        view->resize(1300, 1700);
        view->show();
        QVERIFY(QTest::qWaitForWindowExposed(view.get()));
        for (const QString& name : {QStringLiteral("spendCard"), QStringLiteral("latencyCard"),
                                    QStringLiteral("budgetCard")}) {
            const QString path = m_dir.filePath(name + QStringLiteral(".png"));
            QCOMPARE(view->exportPng(name, path), QString());
            const QImage image(path);
            QVERIFY(!image.isNull());
            const QWidget* chart = card(*view, name)->content();
            QCOMPARE(image.size(), chart->size() * chart->devicePixelRatio());
        }
        QVERIFY(!view->exportPng(QStringLiteral("noSuchCard"), m_dir.filePath(QStringLiteral("x")))
                     .isEmpty());
    }

    void pdfReportIsAValidPdfOfSeveralPages()
    {
        auto view = open(m_generated, m_generatedNow);
        QVERIFY(view);
        view->resize(1300, 1700);
        view->show();
        QVERIFY(QTest::qWaitForWindowExposed(view.get()));
        const QString path = m_dir.filePath(QStringLiteral("report.pdf"));
        QCOMPARE(view->exportPdf(path), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray pdf = file.readAll();
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(pdf.trimmed().endsWith("%%EOF"));
        const qsizetype pages = QString::fromLatin1(pdf).count(
            QRegularExpression(QStringLiteral("/Type\\s*/Page\\b(?!s)")));
        QVERIFY2(pages >= 2, qPrintable(QString::number(pages)));
        // An unwritable place gives a readable error, and no file.
        const QString bad = m_dir.filePath(QStringLiteral("missing/dir/report.pdf"));
        const QString error = view->exportPdf(bad);
        QVERIFY(error.contains(bad));
        QVERIFY(!QFile::exists(bad));
    }

    void exportDialogsOpenWithoutBlockingAndWriteTheChosenFile()
    {
        auto view = open(m_hand, handNow());
        QVERIFY(view);
        view->show();
        QVERIFY(QTest::qWaitForWindowExposed(view.get()));
        QTest::mouseClick(view->findChild<QWidget*>(QStringLiteral("exportCsvButton")),
                          Qt::LeftButton);
        // The click returned: the dialog is open without a nested event loop.
        auto* dialog = view->findChild<QFileDialog*>(QStringLiteral("exportDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->acceptMode(), QFileDialog::AcceptSave);
        const QString path = m_dir.filePath(QStringLiteral("chosen.csv"));
        QFile::remove(path);
        dialog->selectFile(path);
        static_cast<QDialog*>(dialog)->accept(); // what the Save button does
        QTRY_VERIFY(QFile::exists(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()), view->tableCsv());
        QVERIFY(view->findChild<QLabel*>(QStringLiteral("dashboardStatus"))
                    ->text()
                    .contains(QLatin1String("chosen.csv")));
    }

    void teamSectionAppearsOnlyWhenSeveralPeopleWrote()
    {
        const QString path = m_dir.filePath(QStringLiteral("team.db"));
        QVERIFY(QFile::copy(m_hand, path));
        {
            auto view = openWithTeam(path, handNow());
            QVERIFY(view);
            QVERIFY(card(*view, QStringLiteral("teamCard"))->isHidden());
            QCOMPARE(view->snapshot().writers.size(), 1);
        }
        {
            Storage::Database db(path);
            QCOMPARE(db.open(), QString());
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("UPDATE attempts SET writer_user = 'bob', writer_host = "
                                          "'laptop' WHERE request_id IN ('c', 'd')")));
        }
        auto view = openWithTeam(path, handNow());
        QVERIFY(view);
        QVERIFY(!card(*view, QStringLiteral("teamCard"))->isHidden());
        const QList<QStringList> rows = shownRows(*view, QStringLiteral("writerTable"));
        QCOMPARE(rows.size(), 2);
        const auto bob = std::find_if(rows.cbegin(), rows.cend(), [](const QStringList& r) {
            return r[0] == QLatin1String("bob@laptop");
        });
        QVERIFY(bob != rows.cend());
        QCOMPARE((*bob)[Ui::UsageTableModel::Requests], QStringLiteral("2"));
        QCOMPARE((*bob)[Ui::UsageTableModel::Spend], QStringLiteral("$0.25"));
        QCOMPARE((*bob)[Ui::UsageTableModel::UnknownCost], QStringLiteral("1"));
    }

    void aProfileWithoutLedgerSaysSoAndCreatesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("switchboard.db"));
        auto view = open(path, handNow());
        QVERIFY(view);
        QVERIFY(view->snapshot().ledgerMissing);
        QVERIFY(card(*view, QStringLiteral("spendCard"))->isEmpty());
        QVERIFY(card(*view, QStringLiteral("modelsCard"))->isEmpty());
        int empty = 0;
        for (const Ui::ChartCard* c : view->findChildren<Ui::ChartCard*>()) {
            if (!c->isEmpty())
                continue;
            ++empty;
            const QString text = c->findChild<QLabel*>(QStringLiteral("emptyState"))->text();
            QVERIFY2(text.startsWith(QLatin1String("No requests recorded yet")), qPrintable(text));
        }
        QCOMPARE(empty, 5); // the four charts and the model table; the month's card shows $0.00
        QVERIFY(!QFile::exists(path));
    }

    void screenshotsInLightAndDark()
    {
        // Two people over the last weeks, the clock mid-month, a budget close to its limit.
        const QString path = m_dir.filePath(QStringLiteral("shots.db"));
        const QDateTime now(QDate(2026, 11, 20), QTime(16, 30));
        QCOMPARE(writeGeneratedLedger(path, now, 5000), QString());
        {
            Storage::Database db(path);
            QCOMPARE(db.open(), QString());
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("UPDATE attempts SET writer_user = CASE WHEN id % 3 = 0 "
                                          "THEN 'ana' ELSE 'sam' END, writer_host = CASE WHEN id "
                                          "% 3 = 0 THEN 'studio' ELSE 'desk' END")));
        }
        Pricing::Budgets budgets;
        Storage::Database db(path);
        QCOMPARE(db.open(), QString());
        const qint64 month = Storage::StatsQueries(db).monthToDate(now).spentMicroUsd;
        // 84% used: the 80% alert stands, and the projection runs past the budget.
        budgets.overall.monthlyMicroUsd = (month * 100 / 84) / 1'000'000 * 1'000'000;
        auto view = openWithTeam(path, now, budgets);
        QVERIFY(view);
        view->resize(1400, 1000);
        view->show();
        QVERIFY(QTest::qWaitForWindowExposed(view.get()));
        // As tall as the page, so that the picture has all of it.
        view->resize(
            1400,
            view->findChild<QWidget*>(QStringLiteral("dashboardToolbar"))->height()
                + view->findChild<QWidget*>(QStringLiteral("dashboardPage"))->sizeHint().height());
        QCoreApplication::processEvents();
        QTemporaryDir fallback;
        QString folder = qEnvironmentVariable("SWITCHBOARD_SCREENSHOT_DIR");
        if (folder.isEmpty())
            folder = fallback.path();
        const QPalette original = qApp->palette();
        for (const bool dark : {false, true}) {
            QPalette palette;
            if (dark) {
                palette.setColor(QPalette::Window, QColor(0x202124));
                palette.setColor(QPalette::WindowText, QColor(0xe8eaed));
                palette.setColor(QPalette::Base, QColor(0x2a2b2e));
                palette.setColor(QPalette::AlternateBase, QColor(0x303134));
                palette.setColor(QPalette::Text, QColor(0xe8eaed));
                palette.setColor(QPalette::Button, QColor(0x303134));
                palette.setColor(QPalette::ButtonText, QColor(0xe8eaed));
                palette.setColor(QPalette::Highlight, QColor(0x4c78a8));
                palette.setColor(QPalette::HighlightedText, Qt::white);
                palette.setColor(QPalette::PlaceholderText, QColor(0x9aa0a6));
                palette.setColor(QPalette::Mid, QColor(0x5f6368));
                palette.setColor(QPalette::Dark, QColor(0x17181a));
                palette.setColor(QPalette::Light, QColor(0x3c4043));
                palette.setColor(QPalette::Midlight, QColor(0x35363a));
                palette.setColor(QPalette::Shadow, Qt::black);
            } else {
                palette = QPalette(QColor(0xefefef), QColor(0xf6f6f6));
                palette.setColor(QPalette::Base, Qt::white);
                palette.setColor(QPalette::PlaceholderText, QColor(0x6b6b6b));
            }
            qApp->setPalette(palette);
            QCoreApplication::processEvents();
            const QImage shot = view->grab().toImage();
            QCOMPARE(shot.size(), view->size() * view->devicePixelRatio());
            const QString name =
                dark ? QStringLiteral("dashboard-dark.png") : QStringLiteral("dashboard-light.png");
            QVERIFY(shot.save(QDir(folder).filePath(name)));
            if (!dark) // the report is printed in light colours whatever the screen's palette
                QCOMPARE(
                    view->exportPdf(QDir(folder).filePath(QStringLiteral("dashboard-report.pdf"))),
                    QString());
        }
        qApp->setPalette(original);
    }
};

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
