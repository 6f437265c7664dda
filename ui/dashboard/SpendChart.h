#pragma once

#include "DashboardChart.h"

namespace Ui {

/// Spend per day as stacked bars, one colour per model (or per provider): the biggest
/// spenders one by one, the rest as "Other". Clicking a bar or a legend entry asks to filter
/// by that model or provider.
class SpendChart final : public DashboardChart {
    Q_OBJECT

public:
    enum class Stacking { Model, Provider };

    explicit SpendChart(QWidget* parent = nullptr);

    bool setSnapshot(const Storage::StatsSnapshot& snapshot) override;
    void setStacking(Stacking stacking);
    Stacking stacking() const { return m_stacking; }

private:
    bool rebuild();

    Stacking m_stacking = Stacking::Model;
    Storage::StatsSnapshot m_snapshot;
};

} // namespace Ui
