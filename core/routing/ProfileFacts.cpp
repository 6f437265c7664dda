#include "routing/ProfileFacts.h"

#include "config/AppConfig.h"
#include "pricing/AttemptCost.h"
#include "pricing/PriceCatalog.h"
#include "pricing/TokenEstimate.h"
#include "storage/TargetHistory.h"

#include <QDateTime>

namespace Routing {

ProfileFacts::ProfileFacts(const Config::AppConfig& config, const Pricing::PriceCatalog& catalog,
                           const Storage::TargetHistory* history)
    : m_config(config)
    , m_catalog(catalog)
    , m_history(history)
{}

std::optional<qint64> ProfileFacts::estimatedCostMicroUsd(const Target& target,
                                                          const Chat::ChatRequest& request) const
{
    const Providers::ProviderConfig* provider = m_config.findProvider(target.provider);
    if (!provider)
        return std::nullopt;
    const std::optional<Pricing::ModelFacts> facts = m_catalog.find(*provider, target.model);
    if (!facts)
        return std::nullopt;
    qint64 expectedOutput = request.maxTokens
                                ? std::min<qint64>(*request.maxTokens, kDefaultOutputTokens)
                                : kDefaultOutputTokens;
    if (m_history) {
        const QDateTime since = QDateTime::currentDateTimeUtc().addDays(-kWindowDays);
        if (const auto typical =
                m_history->typicalOutputTokens(target.provider, target.model, since))
            expectedOutput = *typical;
    }
    return Pricing::estimateRequestCost(*facts, Pricing::estimatePromptTokens(request),
                                        expectedOutput);
}

std::optional<qint64> ProfileFacts::medianTtftMs(const Target& target, int* samples) const
{
    if (samples)
        *samples = 0;
    if (!m_history)
        return std::nullopt;
    const QDateTime since = QDateTime::currentDateTimeUtc().addDays(-kWindowDays);
    return m_history->medianTtftMs(target.provider, target.model, since, samples);
}

std::optional<qint64> ProfileFacts::contextWindow(const Target& target) const
{
    const Providers::ProviderConfig* provider = m_config.findProvider(target.provider);
    if (!provider)
        return std::nullopt;
    const std::optional<Pricing::ModelFacts> facts = m_catalog.find(*provider, target.model);
    return facts ? facts->contextWindow : std::nullopt;
}

} // namespace Routing
