#pragma once

#include "storage/StatsSnapshot.h"

#include <QChartView>
#include <QPointer>
#include <QString>

#include <functional>

class QAbstractBarSeries;
class QBarSet;
class QAbstractSeries;
class QCategoryAxis;
class QValueAxis;

namespace Ui {

class DayBuckets;

/// A chart of the dashboard: shows one aspect of a StatsSnapshot; says what is under the
/// pointer (`hovered`) and which model or provider the user clicked (`keyClicked`). Follows the
/// widget's palette; never animates (a redraw must stay quick with big ledgers).
class DashboardChart : public QChartView {
    Q_OBJECT

public:
    explicit DashboardChart(QWidget* parent = nullptr);

    /// Replaces the chart's content. False when there is nothing to draw (the card then says so).
    virtual bool setSnapshot(const Storage::StatsSnapshot& snapshot) = 0;
    /// Draws the chart into `target` with the print palette (the PDF report).
    void renderForPrint(QPainter& painter, const QRectF& target);

Q_SIGNALS:
    /// A text for what is under the pointer; empty when it left.
    void hovered(const QString& text);
    /// "provider/model" for a model, a provider name for a provider.
    void keyClicked(const QString& key);

protected:
    /// Removes every series and axis (the next setSnapshot() builds anew).
    void clear();
    /// Emits hovered() and shows a tooltip for the bars of `set` (text per index, empty: none).
    void connectHover(QBarSet* set, std::function<QString(int)> text);
    /// Legend markers of `series` that stand for a key (QBarSet property "key") emit keyClicked.
    void connectLegend(QAbstractBarSeries* series);
    /// The bottom axis of a per-day chart: one position per bucket, labelled every few
    /// positions so that the labels never crowd (again after each resize).
    QCategoryAxis* addDayAxis(const DayBuckets& buckets);
    /// The left axis of horizontal bars, one per key (model or provider), for every set of
    /// `series`: clicking a bar asks to filter by its key.
    void addKeyAxis(QAbstractBarSeries* series, const QStringList& keys);
    /// A value axis from 0 to `max` (rounded up to nice numbers) with printf-style labels.
    QValueAxis* addValueAxis(QAbstractSeries* series, Qt::Alignment alignment, double max,
                             const QString& format, const QString& title = {});
    void restyle();
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void labelDays();

    QPointer<QCategoryAxis> m_dayAxis;
    QStringList m_dayLabels;
};

} // namespace Ui
