#include "pricing/UsdText.h"

namespace Pricing {

QString usdText(qint64 microUsd)
{
    const bool negative = microUsd < 0;
    const qint64 magnitude = negative ? -microUsd : microUsd;
    QString fraction = QStringLiteral("%1").arg(magnitude % 1000000, 6, 10, QLatin1Char('0'));
    while (fraction.size() > 2 && fraction.endsWith(u'0'))
        fraction.chop(1);
    return (negative ? QStringLiteral("-") : QString()) + QString::number(magnitude / 1000000)
           + u'.' + fraction;
}

} // namespace Pricing
