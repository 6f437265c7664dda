#pragma once

#include "storage/StatsQueries.h"

#include <QString>

#include <optional>

namespace Ui {

/// Integer micro-dollars as exact US dollars: 1234567 → "$1.234567", 2500000 → "$2.50".
QString usdText(qint64 microUsd);
/// A group's spend in words that never pass an unknown cost off as $0: "$1.20",
/// "$1.20 + 3 unknown", or "unknown" when no attempt had a known cost.
QString spendText(const Storage::UsageStats& usage);
/// A count with the locale's digit grouping.
QString countText(qint64 count);
/// A rate as a percentage with one decimal, "–" when there is nothing to divide by.
QString rateText(std::optional<double> rate);
/// Milliseconds rounded to whole ones ("840 ms"), "–" when unknown.
QString msText(std::optional<double> ms);

} // namespace Ui
