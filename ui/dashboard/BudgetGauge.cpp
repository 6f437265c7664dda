#include "BudgetGauge.h"

#include "ChartStyle.h"
#include "SpendText.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace Ui {

BudgetGauge::BudgetGauge(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("budgetGauge"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void BudgetGauge::setMonth(const Storage::MonthSpend& month, std::optional<qint64> budgetMicroUsd)
{
    m_month = month;
    m_budget = budgetMicroUsd;
    update();
}

QSize BudgetGauge::sizeHint() const
{
    return {360, fontMetrics().height() * 4 + 28};
}

QSize BudgetGauge::minimumSizeHint() const
{
    return {200, sizeHint().height()};
}

void BudgetGauge::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    draw(painter, rect(), palette(), m_month, m_budget);
}

void BudgetGauge::draw(QPainter& painter, const QRectF& area, const QPalette& palette,
                       const Storage::MonthSpend& month, std::optional<qint64> budgetMicroUsd)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetricsF metrics(painter.font());
    const qreal line = metrics.height();
    const qint64 spent = month.spentMicroUsd;
    const qint64 projected = std::max(month.projectedMicroUsd, spent);
    const qint64 scale =
        std::max<qint64>({1, spent, projected, budgetMicroUsd.value_or(0)}) * 21 / 20;
    const QRectF track(area.left() + 1, area.top() + line + 6, area.width() - 2, line * 1.5);
    const auto x = [&](qint64 value) {
        return track.left() + track.width() * double(value) / double(scale);
    };
    const QColor text = palette.color(QPalette::WindowText);
    QColor trackColor = text;
    trackColor.setAlphaF(0.10f);

    QColor fill = ChartStyle::series(0);
    if (budgetMicroUsd && *budgetMicroUsd > 0) {
        if (spent >= *budgetMicroUsd)
            fill = ChartStyle::failure();
        else if (spent * 100 >= *budgetMicroUsd * 80)
            fill = ChartStyle::fallback();
        else
            fill = ChartStyle::success();
    }
    QPainterPath rounded;
    rounded.addRoundedRect(track, track.height() / 2, track.height() / 2);
    painter.setPen(Qt::NoPen);
    painter.fillPath(rounded, trackColor);
    painter.setClipPath(rounded);
    QColor projection = fill;
    projection.setAlphaF(0.35f);
    painter.fillRect(QRectF(track.topLeft(), QPointF(x(projected), track.bottom())), projection);
    painter.fillRect(QRectF(track.topLeft(), QPointF(x(spent), track.bottom())), fill);
    painter.setClipping(false);

    painter.setPen(text);
    painter.drawText(QRectF(area.left(), area.top(), area.width(), line),
                     Qt::AlignLeft | Qt::AlignVCenter, tr("%1 spent").arg(usdText(spent)));
    painter.drawText(QRectF(area.left(), area.top(), area.width(), line),
                     Qt::AlignRight | Qt::AlignVCenter,
                     tr("projected %1").arg(usdText(month.projectedMicroUsd)));
    if (budgetMicroUsd) {
        const qreal bx = x(*budgetMicroUsd);
        QPen mark(text);
        mark.setWidthF(2);
        painter.setPen(mark);
        painter.drawLine(QPointF(bx, track.top() - 4), QPointF(bx, track.bottom() + 4));
        painter.setPen(text);
        const QString label = tr("budget %1").arg(usdText(*budgetMicroUsd));
        const qreal width = metrics.horizontalAdvance(label) + 4;
        const qreal left = std::clamp(bx - width / 2, area.left(), area.right() - width);
        painter.drawText(QRectF(left, track.bottom() + 6, width, line), Qt::AlignCenter, label);
    }
    painter.restore();
}

QStringList BudgetGauge::summary(const Storage::StatsSnapshot& snapshot)
{
    const Storage::MonthSpend& month = snapshot.month;
    const QLocale locale;
    const QString monthName =
        locale.standaloneMonthName(snapshot.request.now.toLocalTime().date().month());
    QStringList lines;
    if (snapshot.monthlyBudgetMicroUsd && *snapshot.monthlyBudgetMicroUsd > 0) {
        const double used = double(month.spentMicroUsd) / double(*snapshot.monthlyBudgetMicroUsd);
        lines << tr("Spent in %1: %2 of the monthly budget of %3 (%4).")
                     .arg(monthName, usdText(month.spentMicroUsd),
                          usdText(*snapshot.monthlyBudgetMicroUsd), rateText(used));
    } else {
        lines << tr("Spent in %1: %2. No monthly budget is set "
                    "(config.json \"budgets\").")
                     .arg(monthName, usdText(month.spentMicroUsd));
    }
    lines << tr("At this pace the month ends at %1.").arg(usdText(month.projectedMicroUsd));
    if (month.unknownCostAttempts > 0)
        lines << tr("Attempts this month with no known cost (not included): %1.")
                     .arg(countText(month.unknownCostAttempts));
    return lines;
}

QString BudgetGauge::alertText(const Storage::BudgetCrossing& c)
{
    const bool month = c.span == Storage::BudgetCrossing::Span::Month;
    const QString limit = month ? tr("monthly budget") : tr("daily budget");
    QString text;
    if (c.percent >= 100)
        text = tr("Over the %1: %2 spent of %3.")
                   .arg(limit, usdText(c.spentMicroUsd), usdText(c.limitMicroUsd));
    else
        text = tr("%1% of the %2 used: %3 of %4.")
                   .arg(c.percent)
                   .arg(limit, usdText(c.spentMicroUsd), usdText(c.limitMicroUsd));
    return c.provider.isEmpty() ? text : c.provider + QStringLiteral(": ") + text;
}

} // namespace Ui
