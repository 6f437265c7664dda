#pragma once

#include "pricing/TokenPrices.h"

#include <QDate>
#include <QString>

#include <optional>

namespace Pricing {

/// What Switchboard knows about one model of one provider: its prices and context window, and
/// where the prices came from.
struct ModelFacts {
    TokenPrices prices;
    std::optional<qint64> contextWindow; ///< input tokens the model accepts, when known
    QString source;                      ///< "override", "listing", "catalog" or "local"
    QDate asOf; ///< when the prices were current: the catalog's date, the listing's fetch date;
                ///< invalid for overrides and local models
};

} // namespace Pricing
