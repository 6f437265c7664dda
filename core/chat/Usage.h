#pragma once

#include <QtGlobal>

#include <optional>

namespace Chat {

/// Token counts as the provider reported them. A count the provider did not report stays empty:
/// "unknown" is not the same as 0, and cost estimates depend on the difference.
struct Usage {
    std::optional<qint64> inputTokens;
    std::optional<qint64> outputTokens;
    std::optional<qint64> cachedTokens;     ///< input tokens read from the provider's cache
    std::optional<qint64> cacheWriteTokens; ///< input tokens written to the cache (Anthropic)
    std::optional<qint64> reasoningTokens;  ///< output tokens spent on hidden reasoning
    std::optional<qint64> billedMicroUsd;   ///< what the provider says it charged (OpenRouter)

    bool isEmpty() const
    {
        return !inputTokens && !outputTokens && !cachedTokens && !reasoningTokens;
    }
    friend bool operator==(const Usage&, const Usage&) = default;
};

} // namespace Chat
