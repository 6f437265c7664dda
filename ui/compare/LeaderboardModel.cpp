#include "LeaderboardModel.h"

#include "dashboard/SpendText.h"

#include <QLocale>

namespace Ui {

LeaderboardModel::LeaderboardModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void LeaderboardModel::setRows(QList<Storage::LeaderboardRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int LeaderboardModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LeaderboardModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : Count;
}

QVariant LeaderboardModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Storage::LeaderboardRow& row = m_rows.at(index.row());
    if (role == Qt::TextAlignmentRole)
        return index.column() == Model ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                       : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == kSortRole) {
        switch (index.column()) {
        case Model:
            return row.id();
        case WinRate:
            return row.winRate();
        case Comparisons:
            return row.comparisons;
        case Record:
            return row.wins * 2 + row.ties;
        case MedianCost:
            return row.medianCostMicroUsd ? QVariant(*row.medianCostMicroUsd) : QVariant();
        case MedianTtft:
            return row.medianTtftMs ? QVariant(*row.medianTtftMs) : QVariant();
        case MedianSpeed:
            return row.medianTokensPerSecond ? QVariant(*row.medianTokensPerSecond) : QVariant();
        }
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const QString unknown = tr("unknown");
    switch (index.column()) {
    case Model:
        return row.id();
    case WinRate:
        return QLocale().toString(row.winRate() * 100.0, 'f', 0) + u'%';
    case Comparisons:
        return countText(row.comparisons);
    case Record:
        return role == Qt::ToolTipRole
                   ? tr("%1 wins, %2 ties, %3 losses").arg(row.wins).arg(row.ties).arg(row.losses)
                   : QStringLiteral("%1 / %2 / %3").arg(row.wins).arg(row.ties).arg(row.losses);
    case MedianCost:
        return row.medianCostMicroUsd ? usdText(*row.medianCostMicroUsd) : unknown;
    case MedianTtft:
        return row.medianTtftMs ? msText(double(*row.medianTtftMs)) : unknown;
    case MedianSpeed:
        return row.medianTokensPerSecond
                   ? tr("%1 tok/s").arg(QLocale().toString(*row.medianTokensPerSecond, 'f', 1))
                   : unknown;
    }
    return {};
}

QVariant LeaderboardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Model:
        return tr("Model");
    case WinRate:
        return tr("Win rate");
    case Comparisons:
        return tr("Comparisons");
    case Record:
        return tr("W / T / L");
    case MedianCost:
        return tr("Median cost");
    case MedianTtft:
        return tr("Median first token");
    case MedianSpeed:
        return tr("Median speed");
    }
    return {};
}

} // namespace Ui
