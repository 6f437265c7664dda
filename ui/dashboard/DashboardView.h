#pragma once

#include "pricing/Budgets.h"
#include "storage/ConnectionSettings.h"
#include "storage/StatsSnapshot.h"

#include <QDateTime>
#include <QWidget>

#include <functional>

class QLabel;
class QSortFilterProxyModel;
class QTableView;
class QToolButton;

namespace Storage {
class StatsWorker;
}

namespace Ui {

class BudgetGauge;
class ChartCard;
class DashboardChart;
class LatencyChart;
class OutcomeChart;
class PeriodSelector;
class SpendChart;
class TotalsStrip;
class TrafficChart;
class UsageTableModel;

/// The personal spend dashboard (docs/DASHBOARD.md): a period, headline totals, spend per day
/// by model or provider, requests and tokens per day, time to first token per model, how each
/// provider's requests ended, the month against its budget, a sortable table per model and,
/// when several people write to the ledger, one per writer. Every figure comes from the
/// statistics layer through a Storage::StatsWorker: nothing is queried on the GUI thread.
/// Clicking a model (legend, bar, table row) filters everything else to it.
class DashboardView final : public QWidget {
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    /// The profile's SQLite ledger at `databasePath`.
    DashboardView(QString databasePath, Pricing::Budgets budgets, QWidget* parent = nullptr);
    /// Any ledger: the profile's file or a team's shared server (the whole team's figures).
    DashboardView(Storage::ConnectionSettings ledger, Pricing::Budgets budgets,
                  QWidget* parent = nullptr);
    ~DashboardView() override;

    void setBudgets(Pricing::Budgets budgets);
    /// What "now" is (tests pin it); the system clock by default.
    void setClock(Clock clock);
    PeriodSelector* periodSelector() const { return m_period; }

    /// A model ("provider/model") or provider the figures are narrowed to; empty: none.
    Storage::StatsFilter filter() const { return m_filter; }
    void setFilter(const Storage::StatsFilter& filter);
    void clearFilter() { setFilter({}); }
    /// Filters by a model key ("provider/model") or a provider name.
    void filterByKey(const QString& key);

    /// The figures on screen (empty until the first answer).
    const Storage::StatsSnapshot& snapshot() const { return m_snapshot; }
    bool isUpdating() const { return m_updating; }
    const QThread* queryThread() const;

    /// The model table as CSV (RFC 4180), in the order shown, with a total line.
    QString tableCsv() const;
    /// Each returns a readable error, empty on success.
    QString exportCsv(const QString& path) const;
    /// The chart of the card named `cardName` ("spendCard", …) at its size on screen.
    QString exportPng(const QString& cardName, const QString& path) const;
    QString exportPdf(const QString& path);

public Q_SLOTS:
    /// Asks the worker for the current period and filter; the answer replaces the figures.
    void refresh();

Q_SIGNALS:
    /// A snapshot was applied to every part of the dashboard (the charts one per event-loop
    /// turn, after the figures and tables).
    void updated();
    /// The per-writer breakdown (team view) was applied: it follows updated(), since it is
    /// read from the raw rows.
    void teamUpdated();

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* buildToolbar();
    QWidget* buildPage();
    ChartCard* addCard(const QString& name, const QString& title, QWidget* content);
    void apply(const Storage::StatsSnapshot& snapshot);
    void applySteps(quint64 applying);
    void applyTeam();
    void applyTable(QTableView* table, UsageTableModel* model);
    /// Asks for a file with a non-blocking save dialog, then calls `write` with it.
    void chooseFile(const QString& title, const QString& nameFilter, const QString& suffix,
                    const QString& suggestedName, std::function<QString(const QString&)> write);
    void showResult(const QString& error, const QString& path);
    QString fileStem() const;

    QString m_ledgerName; ///< the file, or postgresql://user@host:port/database
    Pricing::Budgets m_budgets;
    Clock m_clock;
    Storage::StatsWorker* m_worker;
    Storage::StatsFilter m_filter;
    Storage::StatsSnapshot m_snapshot;
    bool m_updating = false;
    quint64 m_applying = 0; ///< which snapshot the pending steps belong to
    QList<std::function<void()>> m_pendingSteps;
    QDateTime m_lastRefresh;

    PeriodSelector* m_period;
    QWidget* m_filterChip;
    QLabel* m_filterLabel;
    QLabel* m_updatingLabel;
    QLabel* m_status;
    QLabel* m_problem;
    QLabel* m_heading;
    TotalsStrip* m_totals;
    SpendChart* m_spend;
    TrafficChart* m_traffic;
    LatencyChart* m_latency;
    OutcomeChart* m_outcomes;
    BudgetGauge* m_gauge;
    QLabel* m_budgetWords;
    QLabel* m_budgetAlerts;
    UsageTableModel* m_models;
    QSortFilterProxyModel* m_sortedModels;
    QTableView* m_modelTable;
    UsageTableModel* m_writers;
    QSortFilterProxyModel* m_sortedWriters;
    QTableView* m_writerTable;
    QList<ChartCard*> m_cards;
};

} // namespace Ui
