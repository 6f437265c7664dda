#pragma once

#include "routing/TargetFacts.h"

namespace Config {
struct AppConfig;
}
namespace Pricing {
class PriceCatalog;
}
namespace Storage {
class TargetHistory;
}

namespace Routing {

/// What the strategies know in a real profile: prices and context windows from the price
/// catalog (with the user's overrides and fetched listings), speed and typical answer length from
/// the ledger over the last kWindowDays days.
class ProfileFacts final : public TargetFacts {
public:
    static constexpr int kWindowDays = 7;
    /// Expected answer length when the user has no history with a model.
    static constexpr qint64 kDefaultOutputTokens = 400;

    ProfileFacts(const Config::AppConfig& config, const Pricing::PriceCatalog& catalog,
                 const Storage::TargetHistory* history);

    std::optional<qint64> estimatedCostMicroUsd(const Target& target,
                                                const Chat::ChatRequest& request) const override;
    std::optional<qint64> medianTtftMs(const Target& target, int* samples = nullptr) const override;
    std::optional<qint64> contextWindow(const Target& target) const override;

private:
    const Config::AppConfig& m_config;
    const Pricing::PriceCatalog& m_catalog;
    const Storage::TargetHistory* m_history;
};

} // namespace Routing
