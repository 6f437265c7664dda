#include "SpendChart.h"

#include "ChartStyle.h"
#include "DayBuckets.h"
#include "SpendText.h"

#include <QBarSet>
#include <QCategoryAxis>
#include <QStackedBarSeries>
#include <QValueAxis>

namespace Ui {
namespace {

/// A money axis format with as many decimals as the scale needs.
QString moneyFormat(double max)
{
    if (max >= 100)
        return QStringLiteral("$%.0f");
    if (max >= 1)
        return QStringLiteral("$%.2f");
    if (max >= 0.01)
        return QStringLiteral("$%.3f");
    return QStringLiteral("$%.4f");
}

} // namespace

SpendChart::SpendChart(QWidget* parent)
    : DashboardChart(parent)
{
    setObjectName(QStringLiteral("spendChart"));
}

bool SpendChart::setSnapshot(const Storage::StatsSnapshot& snapshot)
{
    m_snapshot = snapshot;
    return rebuild();
}

void SpendChart::setStacking(Stacking stacking)
{
    if (m_stacking == stacking)
        return;
    m_stacking = stacking;
    rebuild();
}

bool SpendChart::rebuild()
{
    clear();
    const QList<Storage::DailySeries>& stack =
        m_stacking == Stacking::Model ? m_snapshot.spendByModel : m_snapshot.spendByProvider;
    if (m_snapshot.isEmpty() || stack.isEmpty())
        return false;
    const DayBuckets buckets(m_snapshot.days);
    auto* series = new QStackedBarSeries;
    series->setBarWidth(buckets.count() > 20 ? 0.8 : 0.6);
    QList<double> heights(buckets.count(), 0.0);
    for (qsizetype i = 0; i < stack.size(); ++i) {
        const Storage::DailySeries& group = stack[i];
        const QString name = group.key.isEmpty() ? tr("Other") : group.key;
        auto* set = new QBarSet(name);
        set->setProperty("key", group.key);
        const QColor color = group.key.isEmpty() ? ChartStyle::other() : ChartStyle::series(int(i));
        set->setColor(color);
        set->setBorderColor(color);
        const QList<Storage::UsageStats> values = buckets.sum(group.perDay);
        for (qsizetype b = 0; b < values.size(); ++b) {
            const double usd = double(values[b].costMicroUsd) / 1e6;
            set->append(usd);
            heights[b] += usd;
        }
        connectHover(set, [buckets, values, name](int b) {
            const Storage::UsageStats& v = values.value(b);
            return tr("%1 — %2\n%3, attempts: %4")
                .arg(buckets.describe(b), name, spendText(v), countText(v.attempts));
        });
        const QString key = group.key;
        connect(set, &QBarSet::clicked, this, [this, key] {
            if (!key.isEmpty())
                Q_EMIT keyClicked(key);
        });
        series->append(set);
    }
    chart()->addSeries(series);
    series->attachAxis(addDayAxis(buckets));
    const double max = std::max(0.01, *std::max_element(heights.cbegin(), heights.cend()));
    QValueAxis* usd = addValueAxis(series, Qt::AlignLeft, max, QStringLiteral("%.2f"));
    usd->setLabelFormat(moneyFormat(usd->max()));
    connectLegend(series);
    restyle();
    return true;
}

} // namespace Ui
