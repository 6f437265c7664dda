#include "DashboardView.h"

#include "BudgetGauge.h"
#include "ChartCard.h"
#include "DashboardReport.h"
#include "LatencyChart.h"
#include "OutcomeChart.h"
#include "PeriodSelector.h"
#include "SpendChart.h"
#include "SpendText.h"
#include "TotalsStrip.h"
#include "TrafficChart.h"
#include "UsageTableModel.h"
#include "cli/CsvLine.h"
#include "storage/StatsWorker.h"

#include <QButtonGroup>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Ui {
namespace {

/// A dashboard shown again after this long asks for fresh figures.
constexpr qint64 kStaleAfterMs = 30'000;

QString emptyText(const Storage::StatsSnapshot& snapshot)
{
    return snapshot.ledgerMissing
               ? QCoreApplication::translate("Ui::Dashboard",
                                             "No requests recorded yet: every chat, comparison "
                                             "and gateway request will show up here.")
               : QCoreApplication::translate("Ui::Dashboard", "No requests in this period yet");
}

QTableView* makeTable(QSortFilterProxyModel* model, const QString& name)
{
    auto* table = new QTableView;
    table->setObjectName(name);
    table->setModel(model);
    table->setSortingEnabled(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setStretchLastSection(false);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setFrameShape(QFrame::NoFrame);
    // Its height is fixed to its rows (applyTable); a scroll area's default hint must not count.
    table->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Ignored);
    return table;
}

} // namespace

DashboardView::DashboardView(QString databasePath, Pricing::Budgets budgets, QWidget* parent)
    : DashboardView(Storage::ConnectionSettings::sqlite(std::move(databasePath)),
                    std::move(budgets), parent)
{}

DashboardView::DashboardView(Storage::ConnectionSettings ledger, Pricing::Budgets budgets,
                             QWidget* parent)
    : QWidget(parent)
    , m_ledgerName(ledger.driver == Storage::SqlDriver::Sqlite
                       ? QDir::toNativeSeparators(ledger.path)
                       : ledger.describe())
    , m_budgets(std::move(budgets))
    , m_clock([] { return QDateTime::currentDateTime(); })
    , m_worker(new Storage::StatsWorker(std::move(ledger), this))
    , m_period(new PeriodSelector)
    , m_models(new UsageTableModel(UsageTableModel::Rows::Models, this))
    , m_sortedModels(new QSortFilterProxyModel(this))
    , m_writers(new UsageTableModel(UsageTableModel::Rows::Writers, this))
    , m_sortedWriters(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("dashboardView"));
    for (auto [proxy, source] :
         {std::pair(m_sortedModels, m_models), std::pair(m_sortedWriters, m_writers)}) {
        proxy->setSourceModel(source);
        proxy->setSortRole(UsageTableModel::SortRole);
    }
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(buildToolbar());
    auto* scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("dashboardScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(buildPage());
    layout->addWidget(scroll, 1);

    connect(m_period, &PeriodSelector::changed, this, &DashboardView::refresh);
    connect(m_worker, &Storage::StatsWorker::ready, this, &DashboardView::apply);
    for (DashboardChart* chart :
         std::initializer_list<DashboardChart*>{m_spend, m_traffic, m_latency, m_outcomes})
        connect(chart, &DashboardChart::keyClicked, this, &DashboardView::filterByKey);
    connect(m_modelTable, &QTableView::clicked, this, [this](const QModelIndex& index) {
        filterByKey(index.data(UsageTableModel::KeyRole).toString());
    });
    auto* refreshKey = new QShortcut(QKeySequence::Refresh, this);
    connect(refreshKey, &QShortcut::activated, this, &DashboardView::refresh);
    refresh();
}

DashboardView::~DashboardView() = default;

QWidget* DashboardView::buildToolbar()
{
    auto* bar = new QWidget;
    bar->setObjectName(QStringLiteral("dashboardToolbar"));
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addWidget(m_period);

    m_filterChip = new QFrame;
    m_filterChip->setObjectName(QStringLiteral("filterChip"));
    static_cast<QFrame*>(m_filterChip)->setFrameShape(QFrame::StyledPanel);
    auto* chip = new QHBoxLayout(m_filterChip);
    chip->setContentsMargins(8, 2, 2, 2);
    m_filterLabel = new QLabel;
    m_filterLabel->setObjectName(QStringLiteral("filterLabel"));
    auto* clear = new QToolButton;
    clear->setObjectName(QStringLiteral("clearFilter"));
    clear->setText(tr("Clear"));
    clear->setToolTip(tr("Show every model again"));
    clear->setAutoRaise(true);
    chip->addWidget(m_filterLabel);
    chip->addWidget(clear);
    m_filterChip->setVisible(false);
    connect(clear, &QToolButton::clicked, this, &DashboardView::clearFilter);
    layout->addWidget(m_filterChip);
    layout->addStretch(1);

    m_updatingLabel = new QLabel(tr("Updating…"));
    m_updatingLabel->setObjectName(QStringLiteral("updatingLabel"));
    m_updatingLabel->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_updatingLabel);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("dashboardStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    auto* refreshButton = new QPushButton(tr("&Refresh"));
    refreshButton->setObjectName(QStringLiteral("refreshButton"));
    connect(refreshButton, &QPushButton::clicked, this, &DashboardView::refresh);
    auto* csv = new QPushButton(tr("Export &CSV…"));
    csv->setObjectName(QStringLiteral("exportCsvButton"));
    csv->setToolTip(tr("Save the table per model as CSV"));
    connect(csv, &QPushButton::clicked, this, [this] {
        chooseFile(tr("Export the table as CSV"), tr("CSV files (*.csv)"), QStringLiteral("csv"),
                   fileStem() + QStringLiteral(".csv"),
                   [this](const QString& path) { return exportCsv(path); });
    });
    auto* pdf = new QPushButton(tr("Export &PDF report…"));
    pdf->setObjectName(QStringLiteral("exportPdfButton"));
    pdf->setToolTip(tr("Save the whole dashboard as a PDF report"));
    connect(pdf, &QPushButton::clicked, this, [this] {
        chooseFile(tr("Export a PDF report"), tr("PDF documents (*.pdf)"), QStringLiteral("pdf"),
                   fileStem() + QStringLiteral(".pdf"),
                   [this](const QString& path) { return exportPdf(path); });
    });
    layout->addWidget(refreshButton);
    layout->addWidget(csv);
    layout->addWidget(pdf);
    return bar;
}

ChartCard* DashboardView::addCard(const QString& name, const QString& title, QWidget* content)
{
    auto* card = new ChartCard(title, content);
    card->setObjectName(name);
    m_cards.append(card);
    connect(card, &ChartCard::savePngRequested, this, [this, card] {
        chooseFile(
            tr("Save the chart as PNG"), tr("PNG images (*.png)"), QStringLiteral("png"),
            fileStem() + u'-' + card->objectName().chopped(4) + QStringLiteral(".png"),
            [this, card](const QString& path) { return exportPng(card->objectName(), path); });
    });
    if (auto* chart = qobject_cast<DashboardChart*>(content))
        connect(chart, &DashboardChart::hovered, card, &ChartCard::setHoverText);
    return card;
}

QWidget* DashboardView::buildPage()
{
    auto* page = new QWidget;
    page->setObjectName(QStringLiteral("dashboardPage"));
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(12, 4, 12, 12);
    layout->setSpacing(10);

    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("dashboardProblem"));
    m_problem->setWordWrap(true);
    m_problem->setVisible(false);
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: white; background: #b3261e; "
                                            "padding: 8px; border-radius: 4px; }"));
    layout->addWidget(m_problem);
    m_heading = new QLabel;
    m_heading->setObjectName(QStringLiteral("dashboardHeading"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    layout->addWidget(m_heading);
    m_totals = new TotalsStrip;
    layout->addWidget(m_totals);

    m_spend = new SpendChart;
    m_traffic = new TrafficChart;
    m_latency = new LatencyChart;
    m_outcomes = new OutcomeChart;
    ChartCard* spend = addCard(QStringLiteral("spendCard"), tr("Spend per day"), m_spend);
    auto* byModel = new QToolButton;
    byModel->setObjectName(QStringLiteral("stackByModel"));
    byModel->setText(tr("By model"));
    auto* byProvider = new QToolButton;
    byProvider->setObjectName(QStringLiteral("stackByProvider"));
    byProvider->setText(tr("By provider"));
    auto* stacking = new QButtonGroup(spend);
    for (QToolButton* button : {byModel, byProvider}) {
        button->setCheckable(true);
        button->setAutoRaise(true);
        stacking->addButton(button);
        spend->addHeaderWidget(button);
    }
    byModel->setChecked(true);
    connect(byProvider, &QToolButton::toggled, this, [this](bool on) {
        m_spend->setStacking(on ? SpendChart::Stacking::Provider : SpendChart::Stacking::Model);
    });

    auto* budget = new QWidget;
    auto* budgetLayout = new QVBoxLayout(budget);
    budgetLayout->setContentsMargins(0, 4, 0, 0);
    m_gauge = new BudgetGauge;
    m_budgetWords = new QLabel;
    m_budgetWords->setObjectName(QStringLiteral("budgetWords"));
    m_budgetWords->setWordWrap(true);
    m_budgetAlerts = new QLabel;
    m_budgetAlerts->setObjectName(QStringLiteral("budgetAlerts"));
    m_budgetAlerts->setWordWrap(true);
    m_budgetAlerts->setStyleSheet(QStringLiteral("QLabel { color: #ffffff; background: #b3261e; "
                                                 "padding: 6px; border-radius: 4px; }"));
    budgetLayout->addWidget(m_gauge);
    budgetLayout->addWidget(m_budgetWords);
    budgetLayout->addWidget(m_budgetAlerts);
    budgetLayout->addStretch(1);

    // Spend beside the month's budget; then three charts in a row.
    auto* grid = new QGridLayout;
    grid->setSpacing(10);
    grid->addWidget(spend, 0, 0, 1, 2);
    grid->addWidget(addCard(QStringLiteral("budgetCard"), tr("This month"), budget), 0, 2);
    grid->addWidget(
        addCard(QStringLiteral("trafficCard"), tr("Requests and tokens per day"), m_traffic), 1, 0);
    grid->addWidget(
        addCard(QStringLiteral("latencyCard"), tr("Time to first token per model"), m_latency), 1,
        1);
    grid->addWidget(
        addCard(QStringLiteral("outcomeCard"), tr("How requests ended, per provider"), m_outcomes),
        1, 2);
    for (int column = 0; column < 3; ++column)
        grid->setColumnStretch(column, 1);
    layout->addLayout(grid);

    m_modelTable = makeTable(m_sortedModels, QStringLiteral("modelTable"));
    m_modelTable->sortByColumn(UsageTableModel::Spend, Qt::DescendingOrder);
    ChartCard* models = addCard(QStringLiteral("modelsCard"), tr("Per model"), m_modelTable);
    models->setNote(tr("Click a model to narrow the dashboard to it; click a column to sort."));
    layout->addWidget(models);
    m_writerTable = makeTable(m_sortedWriters, QStringLiteral("writerTable"));
    m_writerTable->sortByColumn(UsageTableModel::Spend, Qt::DescendingOrder);
    ChartCard* team =
        addCard(QStringLiteral("teamCard"), tr("Team: per person and machine"), m_writerTable);
    team->setNote(tr("Everyone who wrote to this ledger in the period (user@machine)."));
    team->setVisible(false);
    layout->addWidget(team);
    layout->addStretch(1);
    return page;
}

void DashboardView::setBudgets(Pricing::Budgets budgets)
{
    m_budgets = std::move(budgets);
    refresh();
}

void DashboardView::setClock(Clock clock)
{
    m_clock = std::move(clock);
    refresh();
}

void DashboardView::setFilter(const Storage::StatsFilter& filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    const QString shown =
        filter.model.isEmpty() ? filter.provider : filter.provider + u'/' + filter.model;
    m_filterLabel->setText(tr("Filtered: %1").arg(shown));
    m_filterChip->setVisible(!filter.isEmpty());
    refresh();
}

void DashboardView::filterByKey(const QString& key)
{
    if (key.isEmpty())
        return;
    setFilter(key.contains(u'/') ? Storage::StatsFilter::forModelKey(key)
                                 : Storage::StatsFilter{key, {}});
}

const QThread* DashboardView::queryThread() const
{
    return m_worker->queryThread();
}

void DashboardView::refresh()
{
    Storage::StatsRequest request;
    request.now = m_clock();
    request.period = m_period->period(request.now);
    request.filter = m_filter;
    request.budgets = m_budgets;
    m_worker->request(request);
    m_lastRefresh = QDateTime::currentDateTimeUtc();
    m_updating = true;
    m_updatingLabel->setVisible(true);
}

void DashboardView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_updating && m_lastRefresh.msecsTo(QDateTime::currentDateTimeUtc()) > kStaleAfterMs)
        refresh();
}

void DashboardView::apply(const Storage::StatsSnapshot& snapshot)
{
    if (snapshot.generation == m_snapshot.generation && m_snapshot.writersPending) {
        // The second answer: the same figures, now with the writers.
        m_snapshot.writers = snapshot.writers;
        m_snapshot.writersPending = false;
        if (!snapshot.error.isEmpty()) {
            m_problem->setText(snapshot.error);
            m_problem->setVisible(true);
        }
        applyTeam();
        return;
    }
    m_snapshot = snapshot;
    const QString problem = snapshot.error.isEmpty() ? snapshot.notice : snapshot.error;
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    QString heading = m_period->describe(snapshot.request.now);
    if (!snapshot.request.filter.isEmpty())
        heading += QStringLiteral(" · ") + m_filterLabel->text();
    m_heading->setText(heading);
    m_totals->setSnapshot(snapshot);

    const QString empty = emptyText(snapshot);
    const auto card = [this](const QString& name) { return findChild<ChartCard*>(name); };
    // The table, then one chart per turn of the event loop (applySteps): the GUI thread stays
    // responsive.
    m_pendingSteps.clear();
    for (const auto& [chart, name] :
         {std::pair<DashboardChart*, QString>(m_spend, QStringLiteral("spendCard")),
          std::pair<DashboardChart*, QString>(m_traffic, QStringLiteral("trafficCard")),
          std::pair<DashboardChart*, QString>(m_latency, QStringLiteral("latencyCard")),
          std::pair<DashboardChart*, QString>(m_outcomes, QStringLiteral("outcomeCard"))}) {
        const QString none = chart == m_latency && !snapshot.isEmpty()
                                 ? tr("No answer with a first token in this period yet")
                                 : empty;
        m_pendingSteps.append([this, chart = chart, target = card(name), none] {
            target->setEmpty(!chart->setSnapshot(m_snapshot), none);
        });
    }
    const qint64 unknown = snapshot.totals.unknownCostAttempts;
    card(QStringLiteral("spendCard"))
        ->setNote(
            unknown > 0
                ? tr("Attempts of unknown cost, not in these bars: %1.").arg(countText(unknown))
                : tr("Click a model in the legend or a bar to narrow the "
                     "dashboard to it."));
    card(QStringLiteral("latencyCard"))->setNote(tr("Successful answers; the most used models."));
    card(QStringLiteral("outcomeCard"))
        ->setNote(tr("Each request counts for the provider of its first attempt."));

    card(QStringLiteral("budgetCard"))->setEmpty(false);
    m_gauge->setMonth(snapshot.month, snapshot.monthlyBudgetMicroUsd);
    m_budgetWords->setText(BudgetGauge::summary(snapshot).join(u'\n'));
    QStringList alerts;
    for (const Storage::BudgetCrossing& crossing : snapshot.budgetAlerts)
        alerts.append(BudgetGauge::alertText(crossing));
    m_budgetAlerts->setText(alerts.join(u'\n'));
    m_budgetAlerts->setVisible(!alerts.isEmpty());

    m_pendingSteps.prepend([this, models = card(QStringLiteral("modelsCard")), empty] {
        m_models->setModels(m_snapshot.models);
        applyTable(m_modelTable, m_models);
        models->setEmpty(m_snapshot.models.isEmpty(), empty);
        // The table lists every model; the one filtered by stays selected.
        m_modelTable->clearSelection();
        for (int row = 0; row < m_sortedModels->rowCount(); ++row) {
            const QModelIndex index = m_sortedModels->index(row, 0);
            if (!m_filter.model.isEmpty()
                && Storage::StatsFilter::forModelKey(
                       index.data(UsageTableModel::KeyRole).toString())
                       == m_filter)
                m_modelTable->selectRow(row);
        }
    });
    if (!snapshot.writersPending)
        m_pendingSteps.append([this] { applyTeam(); });
    applySteps(++m_applying);
}

void DashboardView::applyTeam()
{
    m_writers->setWriters(m_snapshot.writers);
    applyTable(m_writerTable, m_writers);
    auto* team = findChild<ChartCard*>(QStringLiteral("teamCard"));
    team->setEmpty(false);
    team->setVisible(m_snapshot.writers.size() > 1);
    Q_EMIT teamUpdated();
}

void DashboardView::applySteps(quint64 applying)
{
    if (applying != m_applying)
        return; // a newer snapshot took over
    if (m_pendingSteps.isEmpty()) {
        m_updating = false;
        m_updatingLabel->setVisible(false);
        Q_EMIT updated();
        return;
    }
    m_pendingSteps.takeFirst()();
    QTimer::singleShot(0, this, [this, applying] { applySteps(applying); });
}

void DashboardView::applyTable(QTableView* table, UsageTableModel* model)
{
    // Tall enough for every row: the page scrolls, not the table.
    const int rows = model->rowCount();
    const int height = table->horizontalHeader()->sizeHint().height()
                       + rows * table->verticalHeader()->defaultSectionSize() + 4;
    table->setFixedHeight(std::max(height, table->horizontalHeader()->sizeHint().height() * 2));
}

QString DashboardView::tableCsv() const
{
    QStringList header;
    for (int c = 0; c < m_sortedModels->columnCount(); ++c)
        header.append(
            m_sortedModels->headerData(c, Qt::Horizontal, UsageTableModel::CsvRole).toString());
    QString csv = Cli::csvLine(header);
    for (int r = 0; r < m_sortedModels->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < m_sortedModels->columnCount(); ++c)
            cells.append(m_sortedModels->index(r, c).data(UsageTableModel::CsvRole).toString());
        csv += Cli::csvLine(cells);
    }
    // The table lists every model, filtered or not: its total is theirs.
    Storage::ModelStats total;
    for (const Storage::ModelStats& m : m_snapshot.models)
        total.usage.add(m.usage);
    total.usage.key = QStringLiteral("total");
    if (m_snapshot.request.filter.isEmpty()) {
        total.latency.ttftP50Ms = m_snapshot.ttftP50Ms;
        total.latency.ttftP95Ms = m_snapshot.ttftP95Ms;
    }
    return csv + Cli::csvLine(m_models->csvCells(total));
}

QString DashboardView::exportCsv(const QString& path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(tableCsv().toUtf8()) < 0 || !file.commit())
        return tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

QString DashboardView::exportPng(const QString& cardName, const QString& path) const
{
    const auto* card = findChild<ChartCard*>(cardName);
    if (!card)
        return tr("There is no chart named %1").arg(cardName);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !card->content()->grab().save(&file, "PNG")
        || !file.commit())
        return tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

QString DashboardView::exportPdf(const QString& path)
{
    DashboardReport report;
    report.title = tr("Switchboard spend report");
    report.period = m_period->describe(m_snapshot.request.now);
    if (!m_snapshot.request.filter.isEmpty())
        report.filter = m_filterLabel->text();
    report.generated = tr("Generated %1 from %2")
                           .arg(QLocale().toString(m_clock(), QLocale::LongFormat), m_ledgerName);
    report.totals = TotalsStrip::tiles(m_snapshot);
    report.month = m_snapshot.month;
    report.monthlyBudgetMicroUsd = m_snapshot.monthlyBudgetMicroUsd;
    report.budget = BudgetGauge::summary(m_snapshot);
    for (const Storage::BudgetCrossing& crossing : m_snapshot.budgetAlerts)
        report.budget.append(BudgetGauge::alertText(crossing));
    for (ChartCard* card : std::as_const(m_cards)) {
        auto* chart = qobject_cast<DashboardChart*>(card->content());
        if (chart && !card->isEmpty())
            report.charts.append({card->title(), chart});
    }
    report.tables.append({tr("Per model"), m_sortedModels});
    if (m_snapshot.writers.size() > 1)
        report.tables.append({tr("Per person and machine"), m_sortedWriters});
    return report.write(path);
}

void DashboardView::chooseFile(const QString& title, const QString& nameFilter,
                               const QString& suffix, const QString& suggestedName,
                               std::function<QString(const QString&)> write)
{
    auto* dialog = new QFileDialog(this, title);
    dialog->setObjectName(QStringLiteral("exportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setNameFilter(nameFilter);
    dialog->setDefaultSuffix(suffix);
    dialog->setDirectory(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    dialog->selectFile(suggestedName);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this, write](const QString& path) { showResult(write(path), path); });
    dialog->open();
}

void DashboardView::showResult(const QString& error, const QString& path)
{
    m_status->setText(error.isEmpty() ? tr("Saved %1").arg(QDir::toNativeSeparators(path)) : error);
}

QString DashboardView::fileStem() const
{
    const Storage::StatsPeriod& p = m_snapshot.request.period;
    const QDate first = p.from.toLocalTime().date();
    const QDate last = p.to.isValid() ? p.to.addMSecs(-1).toLocalTime().date()
                                      : m_snapshot.request.now.toLocalTime().date();
    return QStringLiteral("switchboard-spend-%1-to-%2")
        .arg(first.toString(Qt::ISODate), last.toString(Qt::ISODate));
}

} // namespace Ui
