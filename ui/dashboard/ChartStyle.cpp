#include "ChartStyle.h"

#include <QAbstractAxis>
#include <QChart>
#include <QLegend>

#include <array>

namespace Ui::ChartStyle {
namespace {

// Tableau-like hues, checked for contrast on white and on #1e1e1e.
constexpr std::array<QRgb, 8> kSeries{0x4c78a8, 0xf58518, 0x54a24b, 0xe45756,
                                      0x72b7b2, 0xb279a2, 0xeeca3b, 0x9d755d};

} // namespace

QColor series(int index)
{
    return QColor(kSeries[size_t(index) % kSeries.size()]);
}

QColor other()
{
    return QColor(0x9d9d9d);
}

QColor success()
{
    return QColor(0x54a24b);
}

QColor fallback()
{
    return QColor(0xf2b134);
}

QColor failure()
{
    return QColor(0xe45756);
}

QColor median()
{
    return QColor(0x4c78a8);
}

QColor tail()
{
    return QColor(0x9ecae9);
}

void apply(QChart& chart, const QPalette& palette)
{
    const QColor text = palette.color(QPalette::WindowText);
    QColor grid = text;
    grid.setAlphaF(0.12f);
    QColor line = text;
    line.setAlphaF(0.35f);
    chart.setBackgroundVisible(false);
    chart.setPlotAreaBackgroundVisible(false);
    chart.setTitleBrush(text);
    chart.legend()->setLabelColor(text);
    chart.legend()->setBackgroundVisible(false);
    for (QAbstractAxis* axis : chart.axes()) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setGridLineColor(grid);
        axis->setMinorGridLineColor(grid);
        axis->setLinePenColor(line);
    }
}

QPalette print()
{
    QPalette palette;
    palette.setColor(QPalette::Window, Qt::white);
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::WindowText, QColor(0x202020));
    palette.setColor(QPalette::Text, QColor(0x202020));
    palette.setColor(QPalette::Mid, QColor(0xc0c0c0));
    return palette;
}

} // namespace Ui::ChartStyle
