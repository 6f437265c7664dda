#pragma once

#include <QColor>
#include <QPalette>

class QChart;

namespace Ui {

/// The dashboard's colours: series colours of medium lightness that read on a light and on a
/// dark background alike, and the chart chrome (labels, grid, legend) taken from the palette.
namespace ChartStyle {

/// The colour of the `index`th charted group (models, providers), repeating after eight.
QColor series(int index);
/// "Other": the groups not charted one by one.
QColor other();
QColor success();
QColor fallback();
QColor failure();
/// Percentiles: p50 solid, p95 the same hue lighter.
QColor median();
QColor tail();
/// Applies `palette` to a chart's background, axes and legend. Charts have no background of
/// their own: the card behind them shows.
void apply(QChart& chart, const QPalette& palette);
/// A plain light palette, for the PDF report.
QPalette print();

} // namespace ChartStyle
} // namespace Ui
