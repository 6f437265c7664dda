#include "AnthropicReplies.h"

#include <QCryptographicHash>

namespace TestSupport {
namespace {

/// A JSON string as the API writes it: UTF-8 as is, control characters escaped.
QByteArray quote(const QString& text)
{
    QByteArray out(1, '"');
    for (const char ch : text.toUtf8()) {
        switch (ch) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(ch) < 0x20)
                out +=
                    "\\u00" + QByteArray::number(static_cast<int>(ch), 16).rightJustified(2, '0');
            else
                out += ch;
        }
    }
    return out + '"';
}

QByteArray number(qint64 n)
{
    return QByteArray::number(n);
}

/// A stable id per content, shaped like the API's (`msg_01` + 22 characters).
QByteArray stableId(const char* prefix, const QStringList& parts)
{
    const QByteArray hash =
        QCryptographicHash::hash(parts.join(QChar(0)).toUtf8(), QCryptographicHash::Sha1);
    return prefix
           + hash.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)
                 .replace('-', 'x')
                 .replace('_', 'y')
                 .left(22);
}

/// message_start's and the non-streamed answer's usage object.
QByteArray fullUsage(const AnthropicUsage& u, qint64 outputTokens)
{
    return "{\"input_tokens\":" + number(u.inputTokens)
           + ",\"cache_creation_input_tokens\":" + number(u.cacheWriteTokens)
           + ",\"cache_read_input_tokens\":" + number(u.cacheReadTokens)
           + ",\"cache_creation\":{\"ephemeral_5m_input_tokens\":" + number(u.cacheWriteTokens)
           + ",\"ephemeral_1h_input_tokens\":0},\"output_tokens\":" + number(outputTokens)
           + ",\"service_tier\":\"standard\",\"inference_geo\":\"not_available\"}";
}

QByteArray blockStart(int index, const QByteArray& block)
{
    return anthropicEvent("content_block_start",
                          "{\"type\":\"content_block_start\",\"index\":" + number(index)
                              + ",\"content_block\":" + block + "}");
}

QByteArray blockDelta(int index, const QByteArray& delta)
{
    return anthropicEvent("content_block_delta", "{\"type\":\"content_block_delta\",\"index\":"
                                                     + number(index) + ",\"delta\":" + delta + "}");
}

QByteArray blockStop(int index)
{
    return anthropicEvent("content_block_stop",
                          "{\"type\":\"content_block_stop\",\"index\":" + number(index) + "}");
}

QByteArray requestId(const QByteArray& seed)
{
    return stableId("req_011C", {QString::fromLatin1(seed)});
}

} // namespace

QByteArray anthropicEvent(QByteArrayView type, QByteArrayView json)
{
    return "event: " + type.toByteArray() + "\ndata: " + json.toByteArray() + "\n\n";
}

MockReply anthropicStream(const QStringList& textDeltas, const QString& model,
                          const QStringList& thinkingDeltas, const QString& stopReason,
                          const AnthropicUsage& usage)
{
    const QByteArray id = stableId("msg_01", QStringList{model, stopReason} + thinkingDeltas
                                                 + QStringList{{}} + textDeltas);
    const qint64 outputTokens =
        usage.outputTokens >= 0 ? usage.outputTokens
                                : std::max<qint64>(1, textDeltas.size() + thinkingDeltas.size());

    MockReply reply;
    reply.stream = true;
    reply.withHeader("request-id", requestId(id)).withHeader("Cache-Control", "no-cache");
    reply.body = anthropicEvent(
        "message_start", "{\"type\":\"message_start\",\"message\":{\"model\":" + quote(model)
                             + ",\"id\":\"" + id
                             + "\",\"type\":\"message\",\"role\":\"assistant\",\"content\":[],"
                               "\"stop_reason\":null,\"stop_sequence\":null,\"usage\":"
                             + fullUsage(usage, 1) + "}}");
    const QByteArray ping = anthropicEvent("ping", "{\"type\":\"ping\"}");
    int index = 0;
    if (!thinkingDeltas.isEmpty()) {
        reply.body +=
            blockStart(index, "{\"type\":\"thinking\",\"thinking\":\"\",\"signature\":\"\"}");
        reply.body += ping;
        for (const QString& thinking : thinkingDeltas)
            reply.body += blockDelta(
                index, "{\"type\":\"thinking_delta\",\"thinking\":" + quote(thinking) + "}");
        reply.body +=
            blockDelta(index, "{\"type\":\"signature_delta\",\"signature\":\""
                                  + QByteArray("mock-signature-" + id).toBase64() + "\"}");
        reply.body += blockStop(index++);
    }
    if (!textDeltas.isEmpty()) {
        reply.body += blockStart(index, "{\"type\":\"text\",\"text\":\"\"}");
        if (index == 0)
            reply.body += ping;
        for (const QString& text : textDeltas)
            reply.body +=
                blockDelta(index, "{\"type\":\"text_delta\",\"text\":" + quote(text) + "}");
        reply.body += blockStop(index);
    }
    if (textDeltas.isEmpty() && thinkingDeltas.isEmpty())
        reply.body += ping;
    reply.body += anthropicEvent(
        "message_delta", "{\"type\":\"message_delta\",\"delta\":{\"stop_reason\":"
                             + quote(stopReason) + ",\"stop_sequence\":null},\"usage\":{"
                             + "\"input_tokens\":" + number(usage.inputTokens)
                             + ",\"cache_creation_input_tokens\":" + number(usage.cacheWriteTokens)
                             + ",\"cache_read_input_tokens\":" + number(usage.cacheReadTokens)
                             + ",\"output_tokens\":" + number(outputTokens) + "}}");
    reply.body += anthropicEvent("message_stop", "{\"type\":\"message_stop\"}");
    return reply;
}

MockReply anthropicMessage(const QString& text, const QString& model)
{
    const QByteArray id = stableId("msg_01", {model, text});
    const qint64 outputTokens = std::max<qint64>(1, (text.size() + 3) / 4);
    MockReply reply;
    reply.withHeader("request-id", requestId(id));
    reply.body = "{\"model\":" + quote(model) + ",\"id\":\"" + id
                 + "\",\"type\":\"message\",\"role\":\"assistant\",\"content\":[{\"type\":"
                   "\"text\",\"text\":"
                 + quote(text) + "}],\"stop_reason\":\"end_turn\",\"stop_sequence\":null,\"usage\":"
                 + fullUsage({}, outputTokens) + "}";
    return reply;
}

MockReply anthropicError(int status, const QString& type, const QString& message)
{
    const QByteArray id = requestId(number(status) + type.toUtf8() + message.toUtf8());
    const bool retry = status == 408 || status == 409 || status == 429 || status >= 500;
    MockReply reply;
    reply.status = status;
    reply.withHeader("request-id", id).withHeader("x-should-retry", retry ? "true" : "false");
    reply.body = "{\"type\":\"error\",\"error\":{\"type\":" + quote(type)
                 + ",\"message\":" + quote(message) + "},\"request_id\":\"" + id + "\"}";
    return reply;
}

MockReply anthropicModels(const QStringList& ids, bool hasMore, const QString& lastId)
{
    QByteArray data;
    for (const QString& id : ids) {
        data += (data.isEmpty() ? "" : ",") + QByteArray("{\"type\":\"model\",\"id\":") + quote(id)
                + ",\"display_name\":" + quote(id.toUpper().replace(u'-', u' '))
                + ",\"created_at\":\"2025-01-01T00:00:00Z\"}";
    }
    const auto idOrNull = [](const QString& id) { return id.isEmpty() ? "null" : quote(id); };
    MockReply reply;
    reply.withHeader("request-id", requestId(ids.join(u',').toUtf8()));
    reply.body = "{\"data\":[" + data + "],\"has_more\":" + (hasMore ? "true" : "false")
                 + ",\"first_id\":" + idOrNull(ids.value(0)) + ",\"last_id\":"
                 + idOrNull(lastId.isEmpty() ? ids.value(ids.size() - 1) : lastId) + "}";
    return reply;
}

} // namespace TestSupport
