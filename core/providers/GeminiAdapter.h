#pragma once

#include "providers/ProviderAdapter.h"

namespace Providers {

/// Google's Generative Language API (Gemini): `models/{model}:streamGenerateContent?alt=sse` and
/// `:generateContent`, the key in the `x-goog-api-key` header (never in the URL).
class GeminiAdapter final : public ProviderAdapter {
public:
    Kind kind() const override { return Kind::Gemini; }
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
