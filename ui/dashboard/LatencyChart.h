#pragma once

#include "DashboardChart.h"

namespace Ui {

/// Time to first token per model, p50 and p95 side by side (horizontal bars, the most used
/// models). Clicking a model's bars asks to filter by it.
class LatencyChart final : public DashboardChart {
    Q_OBJECT

public:
    static constexpr int kMaxModels = 10;

    explicit LatencyChart(QWidget* parent = nullptr);
    bool setSnapshot(const Storage::StatsSnapshot& snapshot) override;
};

} // namespace Ui
