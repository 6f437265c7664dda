#pragma once

#include "storage/StatsSnapshot.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace Ui {

/// The dashboard's table: one row per model (or per writer, for the team view) with the
/// same numbers as the charts. Display text is formatted; SortRole gives the number to sort by
/// (unknown values sort first ascending); CsvRole gives the exact cell for the CSV export.
class UsageTableModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        Key,
        Requests,
        Attempts,
        Failures,
        FallbackRate,
        InputTokens,
        OutputTokens,
        Spend,
        UnknownCost,
        TtftP50,
        TtftP95,
        TpsP50,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1, CsvRole, KeyRole };
    /// Per model (every column), or per writer (no latency columns: the rollup has none).
    enum class Rows { Models, Writers };

    explicit UsageTableModel(Rows rows, QObject* parent = nullptr);

    void setModels(const QList<Storage::ModelStats>& models);
    void setWriters(const QList<Storage::UsageStats>& writers);
    /// The key of a row ("provider/model" or "user@host").
    QString keyAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /// The exact CSV cells of a row's figures (the columns of this table), e.g. for a total.
    QStringList csvCells(const Storage::ModelStats& row) const;

private:
    QVariant display(const Storage::ModelStats& row, int column) const;
    QVariant sortValue(const Storage::ModelStats& row, int column) const;

    Rows m_rows;
    QList<Storage::ModelStats> m_data;
};

} // namespace Ui
