#include "BudgetNotifier.h"

#include "dashboard/BudgetGauge.h"
#include "storage/StatsPeriod.h"
#include "storage/StatsSnapshot.h"
#include "storage/StatsWorker.h"

#include <QDateTime>

namespace Ui {

BudgetNotifier::BudgetNotifier(Storage::ConnectionSettings ledger, Pricing::Budgets budgets,
                               QObject* parent)
    : QObject(parent)
    , m_ledger(std::move(ledger))
    , m_budgets(std::move(budgets))
{
    m_soon.setSingleShot(true);
    m_soon.setInterval(250);
    connect(&m_soon, &QTimer::timeout, this, [this] {
        if (m_budgets.isEmpty())
            return;
        if (!m_worker) {
            // Made on first use: a profile without budgets never starts the thread.
            m_worker = std::make_unique<Storage::StatsWorker>(m_ledger);
            connect(m_worker.get(), &Storage::StatsWorker::ready, this, &BudgetNotifier::onReady);
        }
        Storage::StatsRequest request;
        request.now = QDateTime::currentDateTime();
        request.period = Storage::StatsPeriod::dayOf(request.now);
        request.budgets = m_budgets;
        m_generation = m_worker->request(request);
    });
    m_everyMinute.setInterval(60'000);
    connect(&m_everyMinute, &QTimer::timeout, this, &BudgetNotifier::check);
    if (!m_budgets.isEmpty())
        m_everyMinute.start();
    check();
}

BudgetNotifier::~BudgetNotifier() = default;

void BudgetNotifier::setBudgets(Pricing::Budgets budgets)
{
    if (budgets == m_budgets)
        return;
    m_budgets = std::move(budgets);
    if (m_budgets.isEmpty())
        m_everyMinute.stop();
    else
        m_everyMinute.start();
    check();
}

void BudgetNotifier::setLedger(Storage::ConnectionSettings ledger)
{
    if (ledger == m_ledger)
        return;
    m_ledger = std::move(ledger);
    m_worker.reset(); // the next check opens the new one
    check();
}

void BudgetNotifier::check()
{
    if (!m_budgets.isEmpty() && !m_soon.isActive())
        m_soon.start();
}

void BudgetNotifier::onReady(const Storage::StatsSnapshot& snapshot)
{
    if (snapshot.generation != m_generation)
        return;
    for (const Storage::BudgetCrossing& crossing : snapshot.budgetAlerts) {
        const QString key = QStringLiteral("%1|%2|%3|%4")
                                .arg(crossing.provider)
                                .arg(int(crossing.span))
                                .arg(crossing.percent)
                                .arg(crossing.periodKey);
        if (m_announced.contains(key))
            continue;
        m_announced.insert(key);
        Q_EMIT crossed(BudgetGauge::alertText(crossing));
    }
}

} // namespace Ui
