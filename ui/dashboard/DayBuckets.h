#pragma once

#include "storage/StatsQueries.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Ui {

/// The bars of a per-day chart: one per day, or per week or month when the period is long, so
/// a chart never has more than `kMaxBuckets` categories (readable, and quick to draw).
class DayBuckets {
public:
    static constexpr int kMaxBuckets = 45;
    enum class Size { Day, Week, Month, Year };

    /// `days` are ISO dates, oldest first (StatsSnapshot::days).
    explicit DayBuckets(const QStringList& days);

    Size size() const { return m_size; }
    qsizetype count() const { return m_labels.size(); }
    /// Short, unique axis labels ("Nov 3", "Nov 2026").
    QStringList labels() const { return m_labels; }
    /// What a bar covers, for a tooltip ("Tue, Nov 3, 2026", "Week of Nov 3, 2026").
    QString describe(qsizetype bucket) const { return m_descriptions.value(bucket); }
    /// `perDay` (parallel to the days) added up per bucket.
    QList<Storage::UsageStats> sum(const QList<Storage::UsageStats>& perDay) const;

private:
    Size m_size = Size::Day;
    QStringList m_labels;
    QStringList m_descriptions;
    QList<qsizetype> m_bucketOfDay;
};

} // namespace Ui
