#include "gateway/CompletionJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Gateway {

WireUsage WireUsage::fromUsage(const Chat::Usage& usage, bool inputExcludesCache)
{
    WireUsage wire;
    wire.cachedTokens = usage.cachedTokens.value_or(0);
    wire.promptTokens = usage.inputTokens.value_or(0);
    if (inputExcludesCache)
        wire.promptTokens += wire.cachedTokens + usage.cacheWriteTokens.value_or(0);
    wire.completionTokens = usage.outputTokens.value_or(0);
    wire.reasoningTokens = usage.reasoningTokens.value_or(0);
    return wire;
}

namespace CompletionJson {
namespace {

QJsonObject usageObject(const WireUsage& usage)
{
    return {{QStringLiteral("prompt_tokens"), usage.promptTokens},
            {QStringLiteral("completion_tokens"), usage.completionTokens},
            {QStringLiteral("total_tokens"), usage.promptTokens + usage.completionTokens},
            {QStringLiteral("prompt_tokens_details"),
             QJsonObject{{QStringLiteral("cached_tokens"), usage.cachedTokens}}},
            {QStringLiteral("completion_tokens_details"),
             QJsonObject{{QStringLiteral("reasoning_tokens"), usage.reasoningTokens}}}};
}

QJsonObject chunkObject(const CompletionIdentity& identity, QJsonArray choices)
{
    QJsonObject chunk{{QStringLiteral("id"), identity.id},
                      {QStringLiteral("object"), QStringLiteral("chat.completion.chunk")},
                      {QStringLiteral("created"), identity.created},
                      {QStringLiteral("model"), identity.model},
                      {QStringLiteral("choices"), std::move(choices)}};
    if (identity.withUsageNull)
        chunk.insert(QStringLiteral("usage"), QJsonValue::Null);
    return chunk;
}

QByteArray event(const QJsonObject& chunk)
{
    return "data: " + QJsonDocument(chunk).toJson(QJsonDocument::Compact) + "\n\n";
}

QByteArray choiceEvent(const CompletionIdentity& identity, QJsonObject delta,
                       const QJsonValue& finishReason = QJsonValue::Null)
{
    const QJsonObject choice{{QStringLiteral("index"), 0},
                             {QStringLiteral("delta"), std::move(delta)},
                             {QStringLiteral("logprobs"), QJsonValue::Null},
                             {QStringLiteral("finish_reason"), finishReason}};
    return event(chunkObject(identity, QJsonArray{choice}));
}

} // namespace

QString openAiFinishReason(const QString& normalized)
{
    for (const char* known : {"stop", "length", "content_filter", "tool_calls"}) {
        if (normalized == QLatin1String(known))
            return normalized;
    }
    return QStringLiteral("stop");
}

QByteArray roleChunk(const CompletionIdentity& identity)
{
    return choiceEvent(identity, {{QStringLiteral("role"), QStringLiteral("assistant")},
                                  {QStringLiteral("content"), QString()},
                                  {QStringLiteral("refusal"), QJsonValue::Null}});
}

QByteArray contentChunk(const CompletionIdentity& identity, const QString& text)
{
    return choiceEvent(identity, {{QStringLiteral("content"), text}});
}

QByteArray reasoningChunk(const CompletionIdentity& identity, const QString& text)
{
    return choiceEvent(identity, {{QStringLiteral("content"), QJsonValue::Null},
                                  {QStringLiteral("reasoning_content"), text}});
}

QByteArray finishChunk(const CompletionIdentity& identity, const QString& finishReason)
{
    return choiceEvent(identity, {}, openAiFinishReason(finishReason));
}

QByteArray usageChunk(const CompletionIdentity& identity, const WireUsage& usage)
{
    QJsonObject chunk = chunkObject(identity, {});
    chunk.insert(QStringLiteral("usage"), usageObject(usage));
    return event(chunk);
}

QByteArray doneEvent()
{
    return QByteArrayLiteral("data: [DONE]\n\n");
}

QByteArray completion(const CompletionIdentity& identity, const QString& text,
                      const QString& reasoning, const QString& finishReason, const WireUsage& usage)
{
    QJsonObject message{{QStringLiteral("role"), QStringLiteral("assistant")},
                        {QStringLiteral("content"), text},
                        {QStringLiteral("refusal"), QJsonValue::Null}};
    if (!reasoning.isEmpty())
        message.insert(QStringLiteral("reasoning_content"), reasoning);
    const QJsonObject choice{{QStringLiteral("index"), 0},
                             {QStringLiteral("message"), message},
                             {QStringLiteral("logprobs"), QJsonValue::Null},
                             {QStringLiteral("finish_reason"), openAiFinishReason(finishReason)}};
    const QJsonObject body{{QStringLiteral("id"), identity.id},
                           {QStringLiteral("object"), QStringLiteral("chat.completion")},
                           {QStringLiteral("created"), identity.created},
                           {QStringLiteral("model"), identity.model},
                           {QStringLiteral("choices"), QJsonArray{choice}},
                           {QStringLiteral("usage"), usageObject(usage)}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

} // namespace CompletionJson
} // namespace Gateway
