#pragma once

#include "DashboardChart.h"

namespace Ui {

/// Requests per day as bars (left axis) and input and output tokens per day as lines (right
/// axis).
class TrafficChart final : public DashboardChart {
    Q_OBJECT

public:
    explicit TrafficChart(QWidget* parent = nullptr);
    bool setSnapshot(const Storage::StatsSnapshot& snapshot) override;
};

} // namespace Ui
