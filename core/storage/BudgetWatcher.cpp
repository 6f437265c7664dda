#include "storage/BudgetWatcher.h"

#include "storage/StatsQueries.h"

namespace Storage {

BudgetWatcher::BudgetWatcher(Pricing::Budgets budgets, StatsQueries& stats, QObject* parent)
    : QObject(parent)
    , m_budgets(std::move(budgets))
    , m_stats(stats)
{
    qRegisterMetaType<Storage::BudgetCrossing>();
}

void BudgetWatcher::setBudgets(Pricing::Budgets budgets)
{
    m_budgets = std::move(budgets);
    m_over.clear();
}

void BudgetWatcher::check(const QDateTime& now)
{
    m_over.clear();
    checkLimit({}, BudgetCrossing::Span::Month, m_budgets.overall.monthlyMicroUsd, now);
    checkLimit({}, BudgetCrossing::Span::Day, m_budgets.overall.dailyMicroUsd, now);
    for (auto it = m_budgets.providers.cbegin(); it != m_budgets.providers.cend(); ++it) {
        checkLimit(it.key(), BudgetCrossing::Span::Month, it.value().monthlyMicroUsd, now);
        checkLimit(it.key(), BudgetCrossing::Span::Day, it.value().dailyMicroUsd, now);
    }
}

void BudgetWatcher::checkLimit(const QString& provider, BudgetCrossing::Span span,
                               std::optional<qint64> limit, const QDateTime& now)
{
    if (!limit)
        return;
    const QDate today = now.toLocalTime().date();
    const bool month = span == BudgetCrossing::Span::Month;
    const StatsPeriod period = month ? StatsPeriod::monthOf(now) : StatsPeriod::dayOf(now);
    UsageStats spent;
    const QList<UsageStats> rows =
        m_stats.usage(period, provider.isEmpty() ? StatsGrouping::None : StatsGrouping::Provider);
    for (const UsageStats& row : rows) {
        if (provider.isEmpty() || row.key == provider)
            spent.add(row);
    }
    const bool over = spent.costMicroUsd >= *limit;
    if (over)
        m_over[provider] = true;
    // Integer comparison: spent / limit >= 80% ⇔ spent × 100 >= limit × 80 (limit ≤ 1e15).
    int percent = 0;
    if (over)
        percent = 100;
    else if (spent.costMicroUsd * 100 >= *limit * 80)
        percent = 80;
    const QString periodKey =
        month ? today.toString(QStringLiteral("yyyy-MM")) : today.toString(Qt::ISODate);
    const QString key = provider + u'|' + (month ? u'm' : u'd') + u'|' + periodKey;
    if (percent == 0 || m_reported.value(key) >= percent)
        return;
    m_reported.insert(key, percent);
    BudgetCrossing crossing;
    crossing.provider = provider;
    crossing.span = span;
    crossing.percent = percent;
    crossing.spentMicroUsd = spent.costMicroUsd;
    crossing.limitMicroUsd = *limit;
    crossing.unknownCostAttempts = spent.unknownCostAttempts;
    crossing.periodKey = periodKey;
    Q_EMIT crossed(crossing);
}

bool BudgetWatcher::isOverBudget(const QString& provider) const
{
    return m_over.value(QString()) || m_over.value(provider);
}

} // namespace Storage
