#pragma once

#include "providers/ProviderAdapter.h"

namespace Providers {

/// Anthropic's Messages API (POST /v1/messages, GET /v1/models): the key in `x-api-key`, the
/// system prompt as a top-level field, `max_tokens` always sent, answers streamed as named events.
class AnthropicAdapter final : public ProviderAdapter {
public:
    /// Anthropic requires max_tokens; this is sent when the request leaves it open.
    static constexpr int DefaultMaxTokens = 4096;

    Kind kind() const override { return Kind::Anthropic; }
    QNetworkRequest chatRequest(const ProviderConfig& provider, const Chat::ChatRequest& request,
                                const QString& apiKey) const override;
    QByteArray chatBody(const Chat::ChatRequest& request) const override;
    std::unique_ptr<StreamDecoder> streamDecoder() const override;
    QList<Chat::StreamEvent> parseCompletion(const QByteArray& body) const override;
    ProviderError parseError(int httpStatus, const QByteArray& body) const override;
    QNetworkRequest modelsRequest(const ProviderConfig& provider, const QString& apiKey,
                                  const QString& pageToken) const override;
    ModelList parseModels(const QByteArray& body) const override;
};

} // namespace Providers
