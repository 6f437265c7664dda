#pragma once

#include "storage/CompareLeaderboard.h"

#include <QAbstractTableModel>

namespace Ui {

/// The leaderboard's rows as a table: model, win rate, comparisons, wins / ties / losses, and
/// the median cost, time to first token and tokens per second of the judged answers ("unknown"
/// where no answer had the figure). Sorting by a column sorts by its value, not its text.
class LeaderboardModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Model, WinRate, Comparisons, Record, MedianCost, MedianTtft, MedianSpeed, Count };
    static constexpr int kSortRole = Qt::UserRole + 1;

    explicit LeaderboardModel(QObject* parent = nullptr);

    void setRows(QList<Storage::LeaderboardRow> rows);
    const QList<Storage::LeaderboardRow>& rows() const { return m_rows; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<Storage::LeaderboardRow> m_rows;
};

} // namespace Ui
