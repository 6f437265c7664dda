#pragma once

#include "TotalsStrip.h"
#include "storage/StatsSnapshot.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QAbstractItemModel;

namespace Ui {

class DashboardChart;

/// The dashboard as a PDF document (QPdfWriter) to hand to an accountant: title, period,
/// totals, the month against its budget, every chart, and the tables, on as many A4 pages as
/// needed (a table's header repeats on each page).
struct DashboardReport {
    struct Chart {
        QString title;
        DashboardChart* chart = nullptr;
    };
    struct Table {
        QString title;
        const QAbstractItemModel* model = nullptr; ///< drawn as shown (sorted), display text
    };

    QString title;
    QString period;
    QString filter; ///< empty when the dashboard is not filtered
    QString generated;
    QList<TotalsStrip::Tile> totals;
    Storage::MonthSpend month;
    std::optional<qint64> monthlyBudgetMicroUsd;
    QStringList budget; ///< the month in sentences, then the alerts
    QList<Chart> charts;
    QList<Table> tables;

    /// Writes the PDF atomically (QSaveFile). Returns a readable error, empty on success.
    QString write(const QString& path) const;
};

} // namespace Ui
