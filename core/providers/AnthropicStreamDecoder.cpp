#include "providers/AnthropicStreamDecoder.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>

#include <array>
#include <cstring>
#include <utility>

namespace Providers {
namespace {

QString str(const QJsonObject& object, const char* key)
{
    return object.value(QLatin1String(key)).toString();
}

QJsonObject obj(const QJsonObject& object, const char* key)
{
    return object.value(QLatin1String(key)).toObject();
}

void appendDelta(Chat::StreamEvent (*make)(QString), QString text, QList<Chat::StreamEvent>& out)
{
    if (!text.isEmpty())
        out.append(make(std::move(text)));
}

/// Where the next SSE line ends (just after its CR or LF), or the end of `bytes`.
qsizetype lineEnd(QByteArrayView bytes, qsizetype from)
{
    const char* begin = bytes.data() + from;
    const auto length = static_cast<std::size_t>(bytes.size() - from);
    const auto* lf = static_cast<const char*>(std::memchr(begin, '\n', length));
    const std::size_t lfAt = lf ? static_cast<std::size_t>(lf - begin) : length;
    const auto* cr = static_cast<const char*>(std::memchr(begin, '\r', lfAt));
    const std::size_t at = cr ? static_cast<std::size_t>(cr - begin) : lfAt;
    return at == length ? bytes.size() : from + static_cast<qsizetype>(at) + 1;
}

} // namespace

Chat::Usage usageFromAnthropic(const QJsonObject& usage, bool withOutput)
{
    Chat::Usage result;
    result.inputTokens = jsonCount(usage.value(QLatin1String("input_tokens")));
    result.cachedTokens = jsonCount(usage.value(QLatin1String("cache_read_input_tokens")));
    result.cacheWriteTokens = jsonCount(usage.value(QLatin1String("cache_creation_input_tokens")));
    if (withOutput) {
        result.outputTokens = jsonCount(usage.value(QLatin1String("output_tokens")));
        result.reasoningTokens =
            jsonCount(obj(usage, "output_tokens_details").value(QLatin1String("thinking_tokens")));
    }
    return result;
}

QString finishReasonFromAnthropic(const QString& stopReason)
{
    if (stopReason == u"end_turn" || stopReason == u"stop_sequence" || stopReason == u"pause_turn")
        return QStringLiteral("stop");
    if (stopReason == u"max_tokens")
        return QStringLiteral("length");
    if (stopReason == u"tool_use")
        return QStringLiteral("tool_calls");
    if (stopReason == u"refusal")
        return QStringLiteral("content_filter");
    return stopReason;
}

int statusForAnthropicError(QStringView errorType)
{
    static constexpr std::array<std::pair<const char*, int>, 10> kStatuses{{
        {"invalid_request_error", 400},
        {"authentication_error", 401},
        {"billing_error", 402},
        {"permission_error", 403},
        {"not_found_error", 404},
        {"request_too_large", 413},
        {"rate_limit_error", 429},
        {"api_error", 500},
        {"timeout_error", 504},
        {"overloaded_error", 529},
    }};
    for (const auto& [type, status] : kStatuses) {
        if (errorType == QLatin1String(type))
            return status;
    }
    return 0;
}

AnthropicStreamDecoder::AnthropicStreamDecoder(qsizetype maxEventBytes)
    : m_parser(maxEventBytes)
    , m_maxEventBytes(maxEventBytes)
{}

QList<Chat::StreamEvent> AnthropicStreamDecoder::feed(QByteArrayView bytes)
{
    QList<Chat::StreamEvent> out;
    if (m_failed || m_stopped)
        return out;
    // No line or event can outgrow the raw bytes since the last dispatched event. While those stay
    // within the limit the piece goes to the parser at once; near the limit it goes line by line,
    // so an oversized event ends the answer exactly where it began, however the bytes were cut.
    if (m_bytesSinceEvent + bytes.size() <= m_maxEventBytes) {
        feedParser(bytes, /*endsAtLineEnd=*/false, out);
        return out;
    }
    for (qsizetype at = 0; at < bytes.size() && !m_failed && !m_stopped;) {
        const qsizetype end = lineEnd(bytes, at);
        feedParser(bytes.sliced(at, end - at), /*endsAtLineEnd=*/true, out);
        at = end;
    }
    return out;
}

void AnthropicStreamDecoder::feedParser(QByteArrayView piece, bool endsAtLineEnd,
                                        QList<Chat::StreamEvent>& out)
{
    const QList<Stream::SseEvent> events = m_parser.feed(piece);
    // A piece that is one line dispatches at its very end; a longer piece somewhere inside.
    if (events.isEmpty())
        m_bytesSinceEvent += piece.size();
    else
        m_bytesSinceEvent = endsAtLineEnd ? 0 : piece.size();
    for (const Stream::SseEvent& event : events)
        handleEvent(event, out);
    if (m_parser.overflowed() && !m_failed && !m_stopped) {
        fail(Chat::StreamEvent::malformed(
                 QCoreApplication::translate("Providers",
                                             "the provider sent an event larger than %1")
                     .arg(QLocale::c().formattedDataSize(m_maxEventBytes))),
             out);
    }
}

QList<Chat::StreamEvent> AnthropicStreamDecoder::finish()
{
    QList<Chat::StreamEvent> out;
    const std::optional<Stream::SseEvent> last = m_parser.finish();
    // Anthropic's recorded streams end without the final blank line: a last event that is whole
    // JSON counts. A half-written one is a cut connection, which reachedEnd() reports.
    if (last && QJsonDocument::fromJson(last->data.toUtf8()).isObject())
        handleEvent(*last, out);
    return out;
}

void AnthropicStreamDecoder::fail(Chat::StreamEvent event, QList<Chat::StreamEvent>& out)
{
    m_failed = true;
    out.append(std::move(event));
}

void AnthropicStreamDecoder::handleEvent(const Stream::SseEvent& event,
                                         QList<Chat::StreamEvent>& out)
{
    if (m_failed || m_stopped)
        return;
    const QStringView data = QStringView(event.data).trimmed();
    if (data.isEmpty())
        return;
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(data.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        fail(Chat::StreamEvent::malformed(
                 QCoreApplication::translate("Providers",
                                             "the provider sent an event that is not JSON: %1")
                     .arg(previewData(data))),
             out);
        return;
    }
    const QJsonObject root = document.object();
    // The payload's own type is the truth; some relays drop the `event:` lines.
    QString type = str(root, "type");
    if (type.isEmpty())
        type = event.type;

    if (type == u"message_start") {
        handleMessageStart(root, out);
    } else if (type == u"content_block_start") {
        // A text or thinking block may start with some of its text.
        const QJsonObject block = obj(root, "content_block");
        const QString blockType = str(block, "type");
        if (blockType == u"text")
            appendDelta(Chat::StreamEvent::textDelta, str(block, "text"), out);
        else if (blockType == u"thinking")
            appendDelta(Chat::StreamEvent::reasoningDelta, str(block, "thinking"), out);
    } else if (type == u"content_block_delta") {
        const QJsonObject delta = obj(root, "delta");
        const QString deltaType = str(delta, "type");
        if (deltaType == u"text_delta")
            appendDelta(Chat::StreamEvent::textDelta, str(delta, "text"), out);
        else if (deltaType == u"thinking_delta")
            appendDelta(Chat::StreamEvent::reasoningDelta, str(delta, "thinking"), out);
        // signature_delta, input_json_delta, citations_delta, …: not part of the visible answer.
    } else if (type == u"message_delta") {
        const Chat::Usage usage = usageFromAnthropic(obj(root, "usage"));
        if (usage != Chat::Usage{})
            out.append(Chat::StreamEvent::usageReport(usage));
        const QString stopReason = str(obj(root, "delta"), "stop_reason");
        if (!stopReason.isEmpty())
            out.append(Chat::StreamEvent::finish(finishReasonFromAnthropic(stopReason)));
    } else if (type == u"message_stop") {
        m_stopped = true;
    } else if (type == u"error") {
        handleError(root, out);
    }
    // ping, content_block_stop and event types added later: nothing to show.
}

void AnthropicStreamDecoder::handleMessageStart(const QJsonObject& root,
                                                QList<Chat::StreamEvent>& out)
{
    const QJsonObject message = obj(root, "message");
    const QString id = str(message, "id");
    if (m_started) {
        if (id == m_messageId)
            return; // the same message announced twice: nothing new
        fail(Chat::StreamEvent::malformed(
                 QCoreApplication::translate(
                     "Providers", "the provider started another message (%1) inside message %2")
                     .arg(previewData(id), previewData(m_messageId))),
             out);
        return;
    }
    m_started = true;
    m_messageId = id;
    if (!id.isEmpty())
        out.append(Chat::StreamEvent::generationId(id));
    const Chat::Usage usage = usageFromAnthropic(obj(message, "usage"), /*withOutput=*/false);
    if (usage != Chat::Usage{})
        out.append(Chat::StreamEvent::usageReport(usage));
}

void AnthropicStreamDecoder::handleError(const QJsonObject& root, QList<Chat::StreamEvent>& out)
{
    const QJsonObject error = obj(root, "error");
    const QString type = str(error, "type");
    QString message = str(error, "message");
    if (message.isEmpty())
        message =
            QCoreApplication::translate("Providers", "the provider reported an error mid-stream");
    fail(Chat::StreamEvent::error(message, type, {}, statusForAnthropicError(type)), out);
}

} // namespace Providers
