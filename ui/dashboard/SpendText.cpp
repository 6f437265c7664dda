#include "SpendText.h"

#include "pricing/UsdText.h"

#include <QCoreApplication>
#include <QLocale>

namespace Ui {

QString usdText(qint64 microUsd)
{
    const QString exact = Pricing::usdText(microUsd);
    return exact.startsWith(u'-') ? QStringLiteral("-$") + exact.mid(1) : u'$' + exact;
}

QString spendText(const Storage::UsageStats& usage)
{
    if (usage.unknownCostAttempts > 0 && usage.unknownCostAttempts == usage.attempts)
        return QCoreApplication::translate("Ui::Dashboard", "unknown");
    if (usage.unknownCostAttempts > 0)
        return QCoreApplication::translate("Ui::Dashboard", "%1 + %2 unknown")
            .arg(usdText(usage.costMicroUsd), countText(usage.unknownCostAttempts));
    return usdText(usage.costMicroUsd);
}

QString countText(qint64 count)
{
    return QLocale().toString(count);
}

QString rateText(std::optional<double> rate)
{
    return rate ? QLocale().toString(*rate * 100.0, 'f', 1) + u'%' : QStringLiteral("–");
}

QString msText(std::optional<double> ms)
{
    return ms ? QCoreApplication::translate("Ui::Dashboard", "%1 ms")
                    .arg(QLocale().toString(qRound64(*ms)))
              : QStringLiteral("–");
}

} // namespace Ui
