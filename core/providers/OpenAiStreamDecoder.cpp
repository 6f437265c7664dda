#include "providers/OpenAiStreamDecoder.h"

#include "pricing/PriceUnits.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace Providers {
Chat::Usage usageFromOpenAi(const QJsonObject& usage)
{
    Chat::Usage result;
    result.inputTokens = jsonCount(usage.value(QLatin1String("prompt_tokens")));
    result.outputTokens = jsonCount(usage.value(QLatin1String("completion_tokens")));
    result.cachedTokens = jsonCount(usage.value(QLatin1String("prompt_tokens_details"))
                                        .toObject()
                                        .value(QLatin1String("cached_tokens")));
    result.reasoningTokens = jsonCount(usage.value(QLatin1String("completion_tokens_details"))
                                           .toObject()
                                           .value(QLatin1String("reasoning_tokens")));
    // OpenRouter reports what it billed, in dollars, as `usage.cost`.
    const QJsonValue cost = usage.value(QLatin1String("cost"));
    if (cost.isDouble() && cost.toDouble() >= 0)
        result.billedMicroUsd = Pricing::scaledDecimal(Pricing::decimalText(cost), 6);
    return result;
}

QList<Chat::StreamEvent> OpenAiStreamDecoder::feed(QByteArrayView bytes)
{
    QList<Chat::StreamEvent> out;
    const QList<Stream::SseEvent> events = m_parser.feed(bytes);
    for (const Stream::SseEvent& event : events)
        handleEvent(event, out);
    if (m_parser.overflowed() && !m_failed) {
        m_failed = true;
        out.append(Chat::StreamEvent::malformed(
            QCoreApplication::translate("Providers",
                                        "the provider sent an event larger than %1 MiB")
                .arg(Stream::SseParser::DefaultMaxEventBytes / (1024 * 1024))));
    }
    return out;
}

QList<Chat::StreamEvent> OpenAiStreamDecoder::finish()
{
    QList<Chat::StreamEvent> out;
    // A last event without its closing blank line still counts when it is whole: the server said
    // it, then closed. A half-written one is a cut connection, which reachedEnd() reports.
    if (const std::optional<Stream::SseEvent> last = m_parser.finish()) {
        const QByteArray data = last->data.trimmed().toUtf8();
        if (data == "[DONE]" || QJsonDocument::fromJson(data).isObject())
            handleEvent(*last, out);
    }
    return out;
}

void OpenAiStreamDecoder::handleEvent(const Stream::SseEvent& event, QList<Chat::StreamEvent>& out)
{
    if (m_failed || m_done)
        return;
    const QString data = event.data.trimmed();
    if (data.isEmpty())
        return;
    if (data == QLatin1String("[DONE]")) {
        m_done = true;
        return;
    }
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(data.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        m_failed = true;
        out.append(Chat::StreamEvent::malformed(
            QCoreApplication::translate("Providers",
                                        "the provider sent a chunk that is not JSON: %1")
                .arg(previewData(data))));
        return;
    }
    handleChunk(document.object(), out);
}

void OpenAiStreamDecoder::handleChunk(const QJsonObject& chunk, QList<Chat::StreamEvent>& out)
{
    // OpenRouter and others report failures inside a 200 stream: {"error": {...}}.
    const QJsonValue error = chunk.value(QLatin1String("error"));
    if (error.isObject()) {
        const QJsonObject e = error.toObject();
        const QJsonValue code = e.value(QLatin1String("code"));
        const int status = code.isDouble() ? code.toInt() : 0;
        QString message = e.value(QLatin1String("message")).toString();
        if (message.isEmpty())
            message = QCoreApplication::translate("Providers",
                                                  "the provider reported an error mid-stream");
        m_failed = true;
        out.append(Chat::StreamEvent::error(message, e.value(QLatin1String("type")).toString(),
                                            code.isString() ? code.toString() : QString(), status));
        return;
    }

    // The generation id (OpenRouter's gen-…, OpenAI's chatcmpl-…) lets the user look it up later.
    if (!m_sentGenerationId) {
        const QString id = chunk.value(QLatin1String("id")).toString();
        if (!id.isEmpty()) {
            m_sentGenerationId = true;
            out.append(Chat::StreamEvent::generationId(id));
        }
    }

    const QJsonArray choices = chunk.value(QLatin1String("choices")).toArray();
    for (const QJsonValue& choiceValue : choices) {
        const QJsonObject choice = choiceValue.toObject();
        if (choice.value(QLatin1String("index")).toInt() != 0) {
            if (!m_toldAboutChoices) {
                m_toldAboutChoices = true;
                out.append(Chat::StreamEvent::notice(QCoreApplication::translate(
                    "Providers", "the provider sent several answers; showing the first")));
            }
            continue;
        }
        const QJsonObject delta = choice.value(QLatin1String("delta")).toObject();
        // DeepSeek and xAI name it reasoning_content; OpenRouter and vLLM name it reasoning.
        for (const char* key : {"reasoning_content", "reasoning"}) {
            const QString reasoning = delta.value(QLatin1String(key)).toString();
            if (!reasoning.isEmpty())
                out.append(Chat::StreamEvent::reasoningDelta(reasoning));
        }
        for (const char* key : {"content", "refusal"}) {
            const QString text = delta.value(QLatin1String(key)).toString();
            if (!text.isEmpty())
                out.append(Chat::StreamEvent::textDelta(text));
        }
        const QString finishReason = choice.value(QLatin1String("finish_reason")).toString();
        if (!finishReason.isEmpty()) {
            m_finished = true;
            out.append(Chat::StreamEvent::finish(finishReason));
        }
    }

    const QJsonValue usage = chunk.value(QLatin1String("usage"));
    if (usage.isObject())
        out.append(Chat::StreamEvent::usageReport(usageFromOpenAi(usage.toObject())));
}

} // namespace Providers
