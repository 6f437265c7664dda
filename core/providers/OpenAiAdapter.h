#pragma once

#include "providers/ProviderAdapter.h"

namespace Providers {

/// OpenAI Chat Completions, spoken by OpenAI and the many services compatible with it (OpenRouter,
/// Groq, Mistral, DeepSeek, xAI, Together, Fireworks, Ollama's /v1, LM Studio, llama.cpp, vLLM).
class OpenAiAdapter final : public ProviderAdapter {
public:
    Kind kind() const override { return Kind::OpenAi; }
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
