#pragma once

#include "pricing/Budgets.h"

#include <QDateTime>
#include <QHash>
#include <QMetaType>
#include <QObject>
#include <QString>

namespace Storage {

class StatsQueries;

/// One budget threshold crossed: 80% or 100% of a monthly or daily limit, overall or for one
/// provider.
struct BudgetCrossing {
    enum class Span { Month, Day };
    QString provider; ///< empty: the overall budget
    Span span = Span::Month;
    int percent = 0; ///< 80 or 100
    qint64 spentMicroUsd = 0;
    qint64 limitMicroUsd = 0;
    qint64 unknownCostAttempts = 0; ///< attempts whose cost is unknown, not in `spent`
    QString periodKey;              ///< the month (YYYY-MM) or day (YYYY-MM-DD) it is about
};

/// Watches the configured budgets against the ledger: check() (after each recorded request, or
/// on a timer) emits `crossed` once per threshold per month or day. Also answers whether a
/// provider is over budget, for routes that skip such targets.
class BudgetWatcher : public QObject {
    Q_OBJECT

public:
    BudgetWatcher(Pricing::Budgets budgets, StatsQueries& stats, QObject* parent = nullptr);

    void setBudgets(Pricing::Budgets budgets);
    /// Reads the spend (rollup: cheap) and reports thresholds newly crossed.
    void check(const QDateTime& now = QDateTime::currentDateTime());
    /// As of the last check(): the overall budget or `provider`'s own is used up (≥ 100%).
    bool isOverBudget(const QString& provider) const;

Q_SIGNALS:
    void crossed(const Storage::BudgetCrossing& crossing);

private:
    void checkLimit(const QString& provider, BudgetCrossing::Span span, std::optional<qint64> limit,
                    const QDateTime& now);

    Pricing::Budgets m_budgets;
    StatsQueries& m_stats;
    QHash<QString, int> m_reported; ///< "provider|span|period" → highest percent reported
    QHash<QString, bool> m_over;    ///< provider ("" overall) → over a limit at the last check
};

} // namespace Storage

Q_DECLARE_METATYPE(Storage::BudgetCrossing)
