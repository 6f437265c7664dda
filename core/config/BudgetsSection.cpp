#include "config/BudgetsSection.h"

#include "pricing/PriceUnits.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Config {
namespace {

const QString kMonthly = QStringLiteral("monthly_usd");
const QString kDaily = QStringLiteral("daily_usd");
const QString kProviders = QStringLiteral("providers");
// A billion dollars: far above any budget, far below qint64's limits in micro-dollars.
constexpr qint64 kMaxMicroUsd = qint64(1000000000) * 1000000;

std::optional<qint64> readAmount(const QJsonObject& object, const QString& key,
                                 const QString& where, ConfigErrors& errors)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    const std::optional<qint64> micro = budgetMicroUsd(Pricing::decimalText(value));
    if (!micro)
        errors.fail(where + u'.' + key, budgetAmountRule());
    return micro;
}

Pricing::BudgetLimits readLimits(const QJsonValue& value, const QString& where,
                                 ConfigErrors& errors)
{
    Pricing::BudgetLimits limits;
    if (!value.isObject()) {
        errors.fail(where, QCoreApplication::translate("Config", "must be an object"));
        return limits;
    }
    const QJsonObject object = value.toObject();
    limits.monthlyMicroUsd = readAmount(object, kMonthly, where, errors);
    limits.dailyMicroUsd = readAmount(object, kDaily, where, errors);
    return limits;
}

/// As a JSON number: the shortest decimal of the double, which reads back (decimalText) as
/// exactly the micro-dollars written.
double usdNumber(qint64 microUsd)
{
    return static_cast<double>(microUsd) / 1e6;
}

void writeLimits(const Pricing::BudgetLimits& limits, QJsonObject& into)
{
    if (limits.monthlyMicroUsd)
        into.insert(kMonthly, usdNumber(*limits.monthlyMicroUsd));
    if (limits.dailyMicroUsd)
        into.insert(kDaily, usdNumber(*limits.dailyMicroUsd));
}

} // namespace

std::optional<qint64> budgetMicroUsd(const QString& text)
{
    const std::optional<qint64> micro = Pricing::scaledDecimal(text.trimmed(), 6);
    if (!micro || *micro > kMaxMicroUsd)
        return std::nullopt;
    return micro;
}

QString budgetAmountRule()
{
    return QCoreApplication::translate(
        "Config",
        "must be US dollars: a number of 0 or more, or a decimal string such as \"12.50\"");
}

void readBudgets(const QJsonValue& value, AppConfig& config, ConfigErrors& errors)
{
    if (value.isUndefined())
        return;
    const QString where = QStringLiteral("budgets");
    config.budgets.overall = readLimits(value, where, errors);
    const QJsonValue providers = value.toObject().value(kProviders);
    if (providers.isUndefined())
        return;
    if (!providers.isObject()) {
        errors.fail(where + u'.' + kProviders,
                    QCoreApplication::translate("Config", "must be an object of provider names"));
        return;
    }
    const QJsonObject byName = providers.toObject();
    for (auto it = byName.begin(); it != byName.end(); ++it) {
        config.budgets.providers.insert(
            it.key(), readLimits(it.value(), where + u'.' + kProviders + u'.' + it.key(), errors));
    }
}

QJsonValue writeBudgets(const AppConfig& config)
{
    if (config.budgets.isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    QJsonObject object;
    writeLimits(config.budgets.overall, object);
    if (!config.budgets.providers.isEmpty()) {
        QJsonObject providers;
        for (auto it = config.budgets.providers.cbegin(); it != config.budgets.providers.cend();
             ++it) {
            QJsonObject limits;
            writeLimits(it.value(), limits);
            providers.insert(it.key(), limits);
        }
        object.insert(kProviders, providers);
    }
    return object;
}

} // namespace Config
