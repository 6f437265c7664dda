#include "RouteTargetsModel.h"

#include <QLocale>

namespace Ui {

RouteTargetsModel::RouteTargetsModel(QObject* parent)
    : QAbstractListModel(parent)
{}

void RouteTargetsModel::setTargets(const QList<Routing::TargetSpec>& targets,
                                   Routing::Strategy strategy)
{
    beginResetModel();
    m_targets = targets;
    m_strategy = strategy;
    endResetModel();
}

void RouteTargetsModel::setSpec(int row, const Routing::TargetSpec& spec)
{
    if (row < 0 || row >= m_targets.size() || m_targets.at(row) == spec)
        return;
    m_targets[row] = spec;
    Q_EMIT dataChanged(index(row), index(row));
    Q_EMIT edited();
}

void RouteTargetsModel::append(const Routing::TargetSpec& spec)
{
    const int row = static_cast<int>(m_targets.size());
    beginInsertRows({}, row, row);
    m_targets.append(spec);
    endInsertRows();
    Q_EMIT edited();
}

void RouteTargetsModel::removeAt(int row)
{
    if (row < 0 || row >= m_targets.size())
        return;
    beginRemoveRows({}, row, row);
    m_targets.removeAt(row);
    endRemoveRows();
    Q_EMIT edited();
}

int RouteTargetsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_targets.size());
}

QString RouteTargetsModel::detailOf(const Routing::TargetSpec& spec) const
{
    const QLocale locale;
    QStringList parts;
    if (m_strategy == Routing::Strategy::Weighted)
        parts.append(tr("weight %1").arg(locale.toString(spec.weight)));
    if (spec.temperature)
        parts.append(tr("temperature %1").arg(locale.toString(*spec.temperature)));
    if (spec.maxTokens)
        parts.append(tr("max tokens %1").arg(locale.toString(*spec.maxTokens)));
    if (!spec.reasoningEffort.isEmpty())
        parts.append(tr("reasoning %1").arg(spec.reasoningEffort));
    if (spec.firstTokenMs)
        parts.append(tr("first token within %1 ms").arg(locale.toString(*spec.firstTokenMs)));
    return parts.join(QStringLiteral(" · "));
}

QVariant RouteTargetsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_targets.size())
        return {};
    const Routing::TargetSpec& spec = m_targets.at(index.row());
    const QString detail = detailOf(spec);
    switch (role) {
    case Qt::DisplayRole:
        return detail.isEmpty()
                   ? QStringLiteral("%1.  %2").arg(index.row() + 1).arg(spec.target.id())
                   : QStringLiteral("%1.  %2   (%3)")
                         .arg(index.row() + 1)
                         .arg(spec.target.id(), detail);
    case Qt::ToolTipRole:
        return tr("Drag to change the order, or use Move Up / Move Down (Alt+Up, Alt+Down)");
    case Qt::AccessibleTextRole:
        return tr("Target %1 of %2: %3 %4")
            .arg(index.row() + 1)
            .arg(m_targets.size())
            .arg(spec.target.id(), detail);
    case Qt::UserRole:
        return spec.target.id();
    default:
        break;
    }
    return {};
}

Qt::ItemFlags RouteTargetsModel::flags(const QModelIndex& index) const
{
    // Rows are dragged; drops land between rows (on the root), never onto a row.
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
}

Qt::DropActions RouteTargetsModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

bool RouteTargetsModel::moveRows(const QModelIndex& sourceParent, int sourceRow, int count,
                                 const QModelIndex& destinationParent, int destinationChild)
{
    const int size = static_cast<int>(m_targets.size());
    if (sourceParent.isValid() || destinationParent.isValid() || count <= 0 || sourceRow < 0
        || sourceRow + count > size || destinationChild < 0 || destinationChild > size)
        return false;
    // Moving a block onto itself, or right behind itself, changes nothing.
    if (destinationChild >= sourceRow && destinationChild <= sourceRow + count)
        return false;
    if (!beginMoveRows({}, sourceRow, sourceRow + count - 1, {}, destinationChild))
        return false;
    const QList<Routing::TargetSpec> moved = m_targets.mid(sourceRow, count);
    m_targets.remove(sourceRow, count);
    const int insertAt = destinationChild > sourceRow ? destinationChild - count : destinationChild;
    for (int i = 0; i < count; ++i)
        m_targets.insert(insertAt + i, moved.at(i));
    endMoveRows();
    // Positions are part of each row's text.
    Q_EMIT dataChanged(index(0), index(size - 1));
    Q_EMIT edited();
    return true;
}

} // namespace Ui
