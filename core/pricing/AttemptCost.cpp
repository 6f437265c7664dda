#include "pricing/AttemptCost.h"

#include "pricing/TokenEstimate.h"

#include <QtNumeric>

#include <algorithm>

namespace Pricing {
namespace {

/// Σ tokens × µ$/MTok, exact: the unit is 10⁻⁶ µ$. Overflow (beyond ~9 million dollars) makes
/// the sum unknown rather than wrong.
class ExactSum {
public:
    void add(qint64 tokens, qint64 microUsdPerMTok)
    {
        qint64 term = 0;
        m_overflow = m_overflow || qMulOverflow(std::max<qint64>(tokens, 0), microUsdPerMTok, &term)
                     || qAddOverflow(m_sum, term, &m_sum);
    }
    /// Whole micro-dollars, rounded half up.
    std::optional<qint64> microUsd() const
    {
        constexpr qint64 kPerMicroUsd = 1000000;
        qint64 rounded = 0;
        if (m_overflow || qAddOverflow(m_sum, kPerMicroUsd / 2, &rounded))
            return std::nullopt;
        return rounded / kPerMicroUsd;
    }

private:
    qint64 m_sum = 0;
    bool m_overflow = false;
};

struct Counts {
    qint64 input = 0;
    qint64 output = 0;
};

std::optional<qint64> priceUsage(const TokenPrices& prices, const Chat::Usage& usage,
                                 const Counts& counts, Providers::Kind kind)
{
    const qint64 cached = std::max<qint64>(usage.cachedTokens.value_or(0), 0);
    const qint64 written = std::max<qint64>(usage.cacheWriteTokens.value_or(0), 0);
    // Anthropic reports input_tokens net of cache reads and writes; the others include them.
    const qint64 plainInput = kind == Providers::Kind::Anthropic
                                  ? counts.input
                                  : std::max<qint64>(counts.input - cached - written, 0);
    const qint64 output = std::max<qint64>(counts.output, 0);
    const bool reasoningPricedApart = prices.reasoning && *prices.reasoning != *prices.output;
    const qint64 reasoning =
        reasoningPricedApart ? std::clamp<qint64>(usage.reasoningTokens.value_or(0), 0, output) : 0;

    ExactSum sum;
    sum.add(plainInput, *prices.input);
    sum.add(cached, prices.cacheRead.value_or(*prices.input));
    sum.add(written, prices.cacheWrite.value_or(*prices.input));
    sum.add(output - reasoning, *prices.output);
    if (reasoning > 0)
        sum.add(reasoning, *prices.reasoning);
    return sum.microUsd();
}

Cost unknownCost()
{
    return {std::nullopt, QStringLiteral("unknown")};
}

} // namespace

Cost costOf(const Chat::Attempt& attempt, const Providers::ProviderConfig& provider,
            const PriceCatalog& catalog, qint64 promptChars)
{
    const Chat::Usage& usage = attempt.usage;
    if (usage.billedMicroUsd)
        return {usage.billedMicroUsd, QStringLiteral("provider")};
    const std::optional<ModelFacts> facts = catalog.find(provider, attempt.model);
    if (!facts || !facts->prices.isPriced())
        return unknownCost();

    const bool reported = usage.inputTokens && usage.outputTokens;
    if (!usage.inputTokens && !usage.outputTokens && attempt.httpStatus >= 400
        && attempt.text.isEmpty())
        return {0, QStringLiteral("estimate")}; // refused: nothing was processed

    const Counts counts{usage.inputTokens.value_or(tokensForChars(promptChars)),
                        usage.outputTokens.value_or(tokensForChars(attempt.text.size()))};
    const std::optional<qint64> microUsd = priceUsage(facts->prices, usage, counts, provider.kind);
    if (!microUsd)
        return unknownCost();
    return {microUsd, reported ? QStringLiteral("catalog") : QStringLiteral("estimate")};
}

std::optional<qint64> estimateRequestCost(const ModelFacts& facts, qint64 inputTokens,
                                          qint64 expectedOutputTokens)
{
    if (!facts.prices.isPriced() || inputTokens < 0 || expectedOutputTokens < 0)
        return std::nullopt;
    ExactSum sum;
    sum.add(inputTokens, *facts.prices.input);
    sum.add(expectedOutputTokens, *facts.prices.output);
    return sum.microUsd();
}

} // namespace Pricing
