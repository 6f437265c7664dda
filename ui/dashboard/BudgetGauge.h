#pragma once

#include "storage/StatsSnapshot.h"

#include <QStringList>
#include <QWidget>

#include <optional>

namespace Ui {

/// The month's spend against the monthly budget: a bar filled to what is spent (green, amber
/// from 80%, red from 100%), a lighter extension to the month-end projection, and a mark at
/// the budget. The words beside it (summary(), alertText()) say the same for every reader.
class BudgetGauge final : public QWidget {
    Q_OBJECT

public:
    explicit BudgetGauge(QWidget* parent = nullptr);

    void setMonth(const Storage::MonthSpend& month, std::optional<qint64> budgetMicroUsd);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    /// Draws a gauge into `area` (the widget, and the PDF report).
    static void draw(QPainter& painter, const QRectF& area, const QPalette& palette,
                     const Storage::MonthSpend& month, std::optional<qint64> budgetMicroUsd);
    /// The month in sentences: spent (of the budget), projected, unknown costs.
    static QStringList summary(const Storage::StatsSnapshot& snapshot);
    /// One crossed threshold in words ("80% of the monthly budget used: $40.00 of $50.00").
    static QString alertText(const Storage::BudgetCrossing& crossing);

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    Storage::MonthSpend m_month;
    std::optional<qint64> m_budget;
};

} // namespace Ui
