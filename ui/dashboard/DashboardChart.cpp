#include "DashboardChart.h"

#include "ChartStyle.h"
#include "DayBuckets.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarLegendMarker>
#include <QBarSet>
#include <QCategoryAxis>
#include <QCursor>
#include <QEvent>
#include <QGraphicsLayout>
#include <QLegend>
#include <QToolTip>
#include <QValueAxis>

namespace Ui {

DashboardChart::DashboardChart(QWidget* parent)
    : QChartView(parent)
{
    QChart* chart = this->chart(); // QChartView made one; a second would leak the first
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->legend()->setAlignment(Qt::AlignBottom);
    // Bars are axis-aligned rectangles: no antialiasing needed, and painting stays quick.
    setRenderHint(QPainter::Antialiasing, false);
    setOptimizationFlags(QGraphicsView::DontSavePainterState);
    setFrameShape(QFrame::NoFrame);
    setBackgroundBrush(Qt::NoBrush);
    viewport()->setAutoFillBackground(false);
    setAutoFillBackground(false);
    setMinimumHeight(300);
    restyle();
}

void DashboardChart::renderForPrint(QPainter& painter, const QRectF& target)
{
    ChartStyle::apply(*chart(), ChartStyle::print());
    render(&painter, target, viewport()->rect());
    restyle();
}

QCategoryAxis* DashboardChart::addDayAxis(const DayBuckets& buckets)
{
    auto* axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setGridLineVisible(false);
    chart()->addAxis(axis, Qt::AlignBottom);
    m_dayAxis = axis;
    m_dayLabels = buckets.labels();
    labelDays();
    return axis;
}

void DashboardChart::addKeyAxis(QAbstractBarSeries* series, const QStringList& keys)
{
    auto* axis = new QBarCategoryAxis;
    axis->append(keys);
    axis->setGridLineVisible(false);
    chart()->addAxis(axis, Qt::AlignLeft);
    series->attachAxis(axis);
    for (QBarSet* set : series->barSets()) {
        connect(set, &QBarSet::clicked, this, [this, keys](int i) {
            if (i >= 0 && i < keys.size())
                Q_EMIT keyClicked(keys[i]);
        });
    }
}

QValueAxis* DashboardChart::addValueAxis(QAbstractSeries* series, Qt::Alignment alignment,
                                         double max, const QString& format, const QString& title)
{
    auto* axis = new QValueAxis;
    axis->setRange(0, max);
    axis->setTickCount(5);
    axis->applyNiceNumbers();
    axis->setLabelFormat(format);
    axis->setTitleText(title);
    chart()->addAxis(axis, alignment);
    series->attachAxis(axis);
    return axis;
}

void DashboardChart::labelDays()
{
    if (!m_dayAxis)
        return;
    const qsizetype count = m_dayLabels.size();
    const QFontMetricsF metrics(m_dayAxis->labelsFont());
    qreal widest = 1;
    for (const QString& label : std::as_const(m_dayLabels))
        widest = std::max(widest, metrics.horizontalAdvance(label));
    // Before the first layout the plot area is unknown: most of the view's width.
    const qreal plot =
        std::max<qreal>(10, chart()->plotArea().width() > 10 ? chart()->plotArea().width()
                                                             : viewport()->width() * 0.85);
    const qsizetype step =
        std::max<qsizetype>(1, qsizetype(std::ceil(double(count) * (widest + 14) / plot)));
    const QStringList old = m_dayAxis->categoriesLabels();
    for (const QString& label : old)
        m_dayAxis->remove(label);
    m_dayAxis->setStartValue(-0.5);
    for (qsizetype i = 0; i < count; i += step)
        m_dayAxis->append(m_dayLabels[i], double(i));
    m_dayAxis->setRange(-0.5, double(count) - 0.5);
}

void DashboardChart::resizeEvent(QResizeEvent* event)
{
    QChartView::resizeEvent(event);
    labelDays();
}

void DashboardChart::clear()
{
    m_dayAxis.clear();
    chart()->removeAllSeries();
    for (QAbstractAxis* axis : chart()->axes()) {
        chart()->removeAxis(axis);
        delete axis;
    }
}

void DashboardChart::connectHover(QBarSet* set, std::function<QString(int)> text)
{
    connect(set, &QBarSet::hovered, this, [this, text](bool status, int index) {
        const QString tip = status ? text(index) : QString();
        Q_EMIT hovered(tip);
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(QCursor::pos(), tip, this);
    });
}

void DashboardChart::connectLegend(QAbstractBarSeries* series)
{
    for (QLegendMarker* marker : chart()->legend()->markers(series)) {
        auto* barMarker = qobject_cast<QBarLegendMarker*>(marker);
        if (!barMarker)
            continue;
        const QString key = barMarker->barset()->property("key").toString();
        if (key.isEmpty())
            continue;
        connect(marker, &QLegendMarker::clicked, this, [this, key] { Q_EMIT keyClicked(key); });
    }
}

void DashboardChart::restyle()
{
    ChartStyle::apply(*chart(), palette());
}

void DashboardChart::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        restyle();
    QChartView::changeEvent(event);
}

} // namespace Ui
