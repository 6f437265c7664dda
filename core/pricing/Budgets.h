#pragma once

#include <QMap>
#include <QString>

#include <optional>

namespace Pricing {

/// Spending limits in integer micro-dollars; an empty limit is no limit.
struct BudgetLimits {
    std::optional<qint64> monthlyMicroUsd;
    std::optional<qint64> dailyMicroUsd;

    bool isEmpty() const { return !monthlyMicroUsd && !dailyMicroUsd; }
    friend bool operator==(const BudgetLimits&, const BudgetLimits&) = default;
};

/// config.json "budgets" (docs/CONFIG.md): limits over all providers and per provider.
struct Budgets {
    BudgetLimits overall;
    QMap<QString, BudgetLimits> providers; ///< by provider name

    bool isEmpty() const { return overall.isEmpty() && providers.isEmpty(); }
    friend bool operator==(const Budgets&, const Budgets&) = default;
};

} // namespace Pricing
