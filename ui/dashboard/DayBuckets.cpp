#include "DayBuckets.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QSet>

namespace Ui {
namespace {

QDate bucketStart(const QDate& day, DayBuckets::Size size)
{
    switch (size) {
    case DayBuckets::Size::Day:
        return day;
    case DayBuckets::Size::Week:
        return day.addDays(1 - day.dayOfWeek()); // Monday
    case DayBuckets::Size::Month:
        return QDate(day.year(), day.month(), 1);
    case DayBuckets::Size::Year:
        return QDate(day.year(), 1, 1);
    }
    return day;
}

} // namespace

DayBuckets::DayBuckets(const QStringList& days)
{
    QList<QDate> dates;
    for (const QString& day : days)
        dates.append(QDate::fromString(day, Qt::ISODate));
    for (Size size : {Size::Day, Size::Week, Size::Month, Size::Year}) {
        m_size = size;
        m_bucketOfDay.clear();
        QList<QDate> starts;
        for (const QDate& date : std::as_const(dates)) {
            const QDate start = bucketStart(date, size);
            if (starts.isEmpty() || starts.constLast() != start)
                starts.append(start);
            m_bucketOfDay.append(starts.size() - 1);
        }
        if (starts.size() <= kMaxBuckets || size == Size::Year) {
            const QLocale locale;
            m_labels.clear();
            m_descriptions.clear();
            for (const QDate& start : std::as_const(starts)) {
                switch (size) {
                case Size::Day:
                    m_labels.append(locale.toString(start, QStringLiteral("MMM d")));
                    m_descriptions.append(
                        locale.toString(start, QStringLiteral("ddd, MMM d, yyyy")));
                    break;
                case Size::Week:
                    m_labels.append(locale.toString(start, QStringLiteral("MMM d")));
                    m_descriptions.append(
                        QCoreApplication::translate("Ui::Dashboard", "Week of %1")
                            .arg(locale.toString(start, QStringLiteral("MMM d, yyyy"))));
                    break;
                case Size::Month:
                    m_labels.append(locale.toString(start, QStringLiteral("MMM yyyy")));
                    m_descriptions.append(locale.toString(start, QStringLiteral("MMMM yyyy")));
                    break;
                case Size::Year:
                    m_labels.append(QString::number(start.year()));
                    m_descriptions.append(QString::number(start.year()));
                    break;
                }
            }
            // Day labels repeat across years ("Nov 3" in two years): add the year to keep them
            // unique, since a category axis merges equal labels.
            if (m_labels.size() != QSet<QString>(m_labels.cbegin(), m_labels.cend()).size()) {
                for (qsizetype i = 0; i < m_labels.size(); ++i)
                    m_labels[i] = locale.toString(starts[i], QStringLiteral("MMM d yy"));
            }
            return;
        }
    }
}

QList<Storage::UsageStats> DayBuckets::sum(const QList<Storage::UsageStats>& perDay) const
{
    QList<Storage::UsageStats> buckets(m_labels.size());
    for (qsizetype day = 0; day < perDay.size() && day < m_bucketOfDay.size(); ++day)
        buckets[m_bucketOfDay[day]].add(perDay[day]);
    return buckets;
}

} // namespace Ui
