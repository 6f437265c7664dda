#pragma once

#include "DashboardChart.h"

namespace Ui {

/// Per provider, how its requests ended: answered by the first attempt, answered after a
/// fallback, or not answered (100% bars). Clicking a provider asks to filter by it.
class OutcomeChart final : public DashboardChart {
    Q_OBJECT

public:
    static constexpr int kMaxProviders = 8;

    explicit OutcomeChart(QWidget* parent = nullptr);
    bool setSnapshot(const Storage::StatsSnapshot& snapshot) override;
};

} // namespace Ui
