#pragma once

#include "chat/Usage.h"

#include <QByteArray>
#include <QString>

namespace Gateway {

/// What every chunk and completion object of one answer repeats.
struct CompletionIdentity {
    QString id;                 ///< "chatcmpl-…"
    qint64 created = 0;         ///< Unix seconds
    QString model;              ///< the model name the client asked for
    bool withUsageNull = false; ///< include_usage: every chunk carries "usage": null until the last
};

/// Token counts in OpenAI's terms: prompt tokens include cached ones (Anthropic reports them
/// apart, see `fromUsage`); counts the provider did not report are 0 on the wire, whose schema
/// has no "unknown".
struct WireUsage {
    qint64 promptTokens = 0;
    qint64 completionTokens = 0;
    qint64 cachedTokens = 0;
    qint64 reasoningTokens = 0;

    /// `inputExcludesCache`: the provider's input count leaves out cache reads and writes
    /// (Anthropic), so they are added back.
    static WireUsage fromUsage(const Chat::Usage& usage, bool inputExcludesCache);
};

/// The bytes of OpenAI's Chat Completions answers, as api.openai.com sends them: SSE events of
/// `chat.completion.chunk` objects for streams, one `chat.completion` object otherwise.
namespace CompletionJson {

QByteArray roleChunk(const CompletionIdentity& identity);
QByteArray contentChunk(const CompletionIdentity& identity, const QString& text);
/// DeepSeek's `reasoning_content` delta, which OpenAI clients that do not know it ignore.
QByteArray reasoningChunk(const CompletionIdentity& identity, const QString& text);
QByteArray finishChunk(const CompletionIdentity& identity, const QString& finishReason);
/// The include_usage chunk: `"choices": []` and the usage.
QByteArray usageChunk(const CompletionIdentity& identity, const WireUsage& usage);
QByteArray doneEvent();
QByteArray completion(const CompletionIdentity& identity, const QString& text,
                      const QString& reasoning, const QString& finishReason,
                      const WireUsage& usage);
/// One of OpenAI's finish reasons for a normalized one: stop, length, content_filter or
/// tool_calls; anything else (or none) is "stop".
QString openAiFinishReason(const QString& normalized);

} // namespace CompletionJson
} // namespace Gateway
