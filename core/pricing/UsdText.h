#pragma once

#include <QString>

namespace Pricing {

/// Integer micro-dollars as exact decimal US dollars, at least two decimals: 1234567 → "1.234567",
/// 2500000 → "2.50", 0 → "0.00".
QString usdText(qint64 microUsd);

} // namespace Pricing
