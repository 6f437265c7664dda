#pragma once

#include "routing/Route.h"

#include <QAbstractListModel>

namespace Ui {

/// The targets of one route in their order, for a list view: reordered by drag and drop (or by
/// moveRows from the keyboard buttons), each row showing the target and what it overrides.
class RouteTargetsModel final : public QAbstractListModel {
    Q_OBJECT

public:
    explicit RouteTargetsModel(QObject* parent = nullptr);

    void setTargets(const QList<Routing::TargetSpec>& targets, Routing::Strategy strategy);
    QList<Routing::TargetSpec> targets() const { return m_targets; }
    Routing::TargetSpec spec(int row) const { return m_targets.value(row); }
    void setSpec(int row, const Routing::TargetSpec& spec);
    void append(const Routing::TargetSpec& spec);
    void removeAt(int row);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    Qt::DropActions supportedDropActions() const override;
    bool moveRows(const QModelIndex& sourceParent, int sourceRow, int count,
                  const QModelIndex& destinationParent, int destinationChild) override;

Q_SIGNALS:
    /// The user changed the order, added, removed or edited a target.
    void edited();

private:
    QString detailOf(const Routing::TargetSpec& spec) const;

    QList<Routing::TargetSpec> m_targets;
    Routing::Strategy m_strategy = Routing::Strategy::Ordered;
};

} // namespace Ui
