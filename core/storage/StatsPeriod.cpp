#include "storage/StatsPeriod.h"

#include <QCoreApplication>

namespace Storage {

std::optional<StatsPeriod> StatsPeriod::parseSince(const QString& text, const QDateTime& now,
                                                   QString* error)
{
    const QDateTime local = now.toLocalTime();
    StatsPeriod period;
    bool ok = false;
    if (text == QLatin1String("all")) {
        period.from = QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
        return period;
    }
    if (text.size() > 1 && (text.endsWith(u'd') || text.endsWith(u'h'))) {
        const int n = text.left(text.size() - 1).toInt(&ok);
        if (ok && n > 0 && n <= 36500) {
            period.from = text.endsWith(u'd') ? local.date().addDays(1 - n).startOfDay()
                                              : now.addSecs(-3600LL * n);
            return period;
        }
    }
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid() && text.size() == 10) {
        period.from = date.startOfDay();
        return period;
    }
    if (error)
        *error = QCoreApplication::translate(
                     "Storage", "'%1' is not a period: use 7d, 24h, 30d, all or a date YYYY-MM-DD")
                     .arg(text);
    return std::nullopt;
}

StatsPeriod StatsPeriod::monthOf(const QDateTime& now)
{
    const QDate today = now.toLocalTime().date();
    return {QDate(today.year(), today.month(), 1).startOfDay(), {}};
}

StatsPeriod StatsPeriod::dayOf(const QDateTime& now)
{
    return {now.toLocalTime().date().startOfDay(), {}};
}

} // namespace Storage
