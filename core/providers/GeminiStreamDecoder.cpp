#include "providers/GeminiStreamDecoder.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cstring>
#include <utility>

namespace Providers {
namespace {

/// A JSON body outside the events is an error answer of a few hundred bytes; more is garbage.
constexpr qsizetype kMaxStrayBytes = 64 * 1024;

/// Index of the first `c` in bytes[from, size), or size.
qsizetype findByte(QByteArrayView bytes, qsizetype from, char c)
{
    const void* hit =
        std::memchr(bytes.data() + from, c, static_cast<std::size_t>(bytes.size() - from));
    return hit ? static_cast<const char*>(hit) - bytes.data() : bytes.size();
}

Chat::StreamEvent oversized()
{
    return Chat::StreamEvent::malformed(
        QCoreApplication::translate("Providers", "the provider sent an event larger than %1 MiB")
            .arg(Stream::SseParser::DefaultMaxEventBytes / (1024 * 1024)));
}

bool isSseField(QByteArrayView name)
{
    return name == "data" || name == "event" || name == "id" || name == "retry";
}

/// Vertex sometimes leaves its message template unrendered ("$grpcMessage"); the words are then
/// in the DebugInfo detail: "[ORIGINAL ERROR] generic::failed_precondition: TEXT [google.rpc…".
QString readableDebugDetail(QString detail)
{
    const qsizetype suffix = detail.indexOf(QLatin1String(" [google.rpc"));
    if (suffix >= 0)
        detail.truncate(suffix);
    if (detail.startsWith(QLatin1String("[ORIGINAL ERROR]"))) {
        const qsizetype kind = detail.indexOf(QLatin1String("::"));
        const qsizetype colon = kind < 0 ? -1 : detail.indexOf(QLatin1String(": "), kind);
        detail = colon < 0 ? detail.mid(16) : detail.mid(colon + 2);
    }
    return detail.trimmed();
}

bool saysTokenLimit(const QString& message)
{
    // "The input token count (1234567) exceeds the maximum number of tokens allowed (1048576)."
    return (message.contains(QLatin1String("token count"), Qt::CaseInsensitive)
            && message.contains(QLatin1String("exceeds the maximum"), Qt::CaseInsensitive))
           || message.contains(QLatin1String("exceeds the maximum number of tokens"),
                               Qt::CaseInsensitive)
           || message.contains(QLatin1String("payload size exceeds the limit"),
                               Qt::CaseInsensitive);
}

} // namespace

Chat::Usage usageFromGemini(const QJsonObject& usageMetadata)
{
    const auto get = [&](const char* key) {
        return jsonCount(usageMetadata.value(QLatin1String(key)));
    };
    const std::optional<qint64> prompt = get("promptTokenCount");
    const std::optional<qint64> toolPrompt = get("toolUsePromptTokenCount");
    const std::optional<qint64> candidates = get("candidatesTokenCount");
    const std::optional<qint64> thoughts = get("thoughtsTokenCount");
    Chat::Usage usage;
    // Google bills the prompts of its own tools (search, URL context, code execution) as input and
    // thoughts as output: the sum matches totalTokenCount.
    if (prompt || toolPrompt)
        usage.inputTokens = prompt.value_or(0) + toolPrompt.value_or(0);
    if (candidates || thoughts)
        usage.outputTokens = candidates.value_or(0) + thoughts.value_or(0);
    usage.reasoningTokens = thoughts;
    usage.cachedTokens = get("cachedContentTokenCount");
    return usage;
}

QString finishReasonFromGemini(const QString& finishReason)
{
    if (finishReason == QLatin1String("STOP"))
        return QStringLiteral("stop");
    if (finishReason == QLatin1String("MAX_TOKENS"))
        return QStringLiteral("length");
    for (const char* filtered : {"SAFETY", "RECITATION", "BLOCKLIST", "PROHIBITED_CONTENT", "SPII",
                                 "IMAGE_SAFETY", "IMAGE_PROHIBITED_CONTENT", "IMAGE_RECITATION"}) {
        if (finishReason == QLatin1String(filtered))
            return QStringLiteral("content_filter");
    }
    return finishReason.toLower();
}

ProviderError errorFromGemini(const QJsonObject& error)
{
    ProviderError result;
    result.type = error.value(QLatin1String("status")).toString();
    result.message = error.value(QLatin1String("message")).toString().trimmed();
    QString reason;
    QString debugDetail;
    for (const QJsonValue& value : error.value(QLatin1String("details")).toArray()) {
        const QJsonObject detail = value.toObject();
        const QString type = detail.value(QLatin1String("@type")).toString();
        if (type.endsWith(QLatin1String("google.rpc.ErrorInfo")) && reason.isEmpty())
            reason = detail.value(QLatin1String("reason")).toString();
        else if (type.endsWith(QLatin1String("google.rpc.DebugInfo")) && debugDetail.isEmpty())
            debugDetail = detail.value(QLatin1String("detail")).toString();
    }
    if (result.message.isEmpty() || result.message.startsWith(u'$')) {
        const QString readable = readableDebugDetail(debugDetail);
        if (!readable.isEmpty())
            result.message = readable;
    }
    if (result.message.isEmpty()) {
        result.message = QCoreApplication::translate("Providers", "the provider reported %1")
                             .arg(result.type.isEmpty() ? QStringLiteral("an error") : result.type);
    }
    // Google answers a bad key with 400 INVALID_ARGUMENT: only the ErrorInfo reason (or the
    // wording) tells it from a bad request.
    if (reason.startsWith(QLatin1String("API_KEY_"))
        || result.message.contains(QLatin1String("API key not valid"), Qt::CaseInsensitive)
        || result.message.contains(QLatin1String("API key expired"), Qt::CaseInsensitive))
        result.code = QStringLiteral("invalid_api_key");
    else if (saysTokenLimit(result.message))
        result.code = QStringLiteral("context_length_exceeded");
    return result;
}

QList<Chat::StreamEvent> GeminiStreamDecoder::feed(QByteArrayView bytes)
{
    QList<Chat::StreamEvent> out;
    const qsizetype n = bytes.size();
    qsizetype pos = 0;
    if (m_afterCr && n > 0) {
        m_afterCr = false;
        if (bytes.front() == '\n')
            pos = 1; // the second half of a CRLF split between two reads
    }
    // The next LF and CR at or after pos (n: none), each searched again only once pos passed it.
    qsizetype nextLf = -1;
    qsizetype nextCr = -1;
    while (pos < n && !m_failed) {
        if (nextLf < pos)
            nextLf = findByte(bytes, pos, '\n');
        if (nextCr < pos)
            nextCr = findByte(bytes, pos, '\r');
        const qsizetype end = std::min(nextLf, nextCr);
        if (m_line.size() + (end - pos) > Stream::SseParser::DefaultMaxEventBytes) {
            fail(oversized(), out);
            break;
        }
        if (end == n) {
            m_line.append(bytes.sliced(pos));
            break;
        }
        if (m_line.isEmpty()) {
            completeLine(bytes.sliced(pos, end - pos), out);
        } else {
            m_line.append(bytes.sliced(pos, end - pos));
            completeLine(std::exchange(m_line, {}), out);
        }
        pos = end + 1;
        if (bytes[end] == '\r') {
            if (pos == n)
                m_afterCr = true;
            else if (bytes[pos] == '\n')
                ++pos;
        }
    }
    return out;
}

QList<Chat::StreamEvent> GeminiStreamDecoder::finish()
{
    QList<Chat::StreamEvent> out;
    // The end of the body ends an unterminated last line.
    const bool lastLineCut = !m_line.isEmpty();
    if (lastLineCut && !m_failed)
        completeLine(std::exchange(m_line, {}), out);
    if (m_failed)
        return out;
    // Several Gemini captures end with one newline instead of a blank line: the last event is whole
    // when its JSON is. A half-written one after a cut line is a cut connection (reachedEnd says
    // so); garbage on a whole line is garbage.
    if (const std::optional<Stream::SseEvent> last = m_parser.finish()) {
        const QByteArray data = last->data.trimmed().toUtf8();
        if (!lastLineCut || QJsonDocument::fromJson(data).isObject())
            handleEvent(*last, out);
    }
    if (!m_failed && !m_stray.isEmpty()) {
        fail(Chat::StreamEvent::malformed(
                 QCoreApplication::translate("Providers",
                                             "the provider ended with text outside the events: %1")
                     .arg(previewData(QString::fromUtf8(m_stray).simplified()))),
             out);
    }
    return out;
}

QList<Chat::StreamEvent> GeminiStreamDecoder::readResponse(const QJsonObject& response)
{
    QList<Chat::StreamEvent> out;
    if (!m_failed)
        handleResponse(response, out);
    return out;
}

void GeminiStreamDecoder::completeLine(QByteArrayView line, QList<Chat::StreamEvent>& out)
{
    // Every line goes to the SSE parser (it keeps the event state); the ones that are no SSE field
    // are kept aside as well, in case they form a JSON error body.
    if (!line.isEmpty())
        m_parser.feed(line); // no line end inside: only buffered
    const QList<Stream::SseEvent> events = m_parser.feed("\n");
    if (m_parser.overflowed()) {
        fail(oversized(), out);
        return;
    }
    for (const Stream::SseEvent& event : events) {
        handleEvent(event, out);
        if (m_failed)
            return;
    }

    QByteArrayView content = line;
    if (std::exchange(m_firstLine, false) && content.startsWith("\xEF\xBB\xBF"))
        content = content.sliced(3);
    if (content.isEmpty() || content.front() == ':')
        return; // a blank line or a comment
    const qsizetype colon = content.indexOf(':');
    if (!isSseField(colon < 0 ? content : content.first(colon)))
        keepStrayLine(content, out);
}

void GeminiStreamDecoder::keepStrayLine(QByteArrayView line, QList<Chat::StreamEvent>& out)
{
    const QByteArrayView trimmed = line.trimmed();
    // Until a line opens a JSON body, a line that is no SSE field is ignored, as SSE says.
    if (m_stray.isEmpty() && !trimmed.startsWith('{') && !trimmed.startsWith('['))
        return;
    if (m_stray.size() + line.size() + 1 > kMaxStrayBytes) {
        fail(Chat::StreamEvent::malformed(
                 QCoreApplication::translate(
                     "Providers", "the provider sent more than %1 KiB of text outside the events")
                     .arg(kMaxStrayBytes / 1024)),
             out);
        return;
    }
    m_stray.append(line.data(), line.size());
    m_stray.append('\n');
    if (!trimmed.endsWith('}') && !trimmed.endsWith(']'))
        return;
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(m_stray, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return; // not complete yet
    const QString text = QString::fromUtf8(std::exchange(m_stray, {})).simplified();
    const QJsonObject body =
        document.isArray() ? document.array().at(0).toObject() : document.object();
    if (body.value(QLatin1String("error")).isObject()) {
        handleError(body.value(QLatin1String("error")).toObject(), out);
        return;
    }
    fail(Chat::StreamEvent::malformed(
             QCoreApplication::translate("Providers",
                                         "the provider sent JSON outside the events: %1")
                 .arg(previewData(text))),
         out);
}

void GeminiStreamDecoder::handleEvent(const Stream::SseEvent& event, QList<Chat::StreamEvent>& out)
{
    if (m_failed)
        return;
    const QString data = event.data.trimmed();
    if (data.isEmpty())
        return;
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(data.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        fail(Chat::StreamEvent::malformed(
                 QCoreApplication::translate("Providers",
                                             "the provider sent a chunk that is not JSON: %1")
                     .arg(previewData(data))),
             out);
        return;
    }
    handleResponse(document.object(), out);
}

void GeminiStreamDecoder::handleResponse(const QJsonObject& response, QList<Chat::StreamEvent>& out)
{
    const QJsonValue error = response.value(QLatin1String("error"));
    if (error.isObject()) {
        handleError(error.toObject(), out);
        return;
    }
    const QString responseId = response.value(QLatin1String("responseId")).toString();
    if (!responseId.isEmpty() && !m_sentGenerationId) {
        m_sentGenerationId = true;
        out.append(Chat::StreamEvent::generationId(responseId));
    }

    QString finishReason;
    const QJsonArray candidates = response.value(QLatin1String("candidates")).toArray();
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        const QJsonObject candidate = candidates.at(i).toObject();
        // proto3 JSON leaves out the default: a candidate without "index" is index 0 (or its
        // place).
        if (candidate.value(QLatin1String("index")).toInt(int(i)) != 0) {
            if (!m_toldAboutCandidates) {
                m_toldAboutCandidates = true;
                out.append(Chat::StreamEvent::notice(QCoreApplication::translate(
                    "Providers", "the provider sent several answers; showing the first")));
            }
            continue;
        }
        m_sawAnswer = true;
        handleCandidate(candidate, out);
        finishReason = candidate.value(QLatin1String("finishReason")).toString();
        const QString finishMessage = candidate.value(QLatin1String("finishMessage")).toString();
        if (!finishReason.isEmpty() && finishReason != QLatin1String("STOP")
            && !finishMessage.isEmpty())
            out.append(Chat::StreamEvent::notice(finishMessage));
    }

    const QJsonObject feedback = response.value(QLatin1String("promptFeedback")).toObject();
    const QString blockReason = feedback.value(QLatin1String("blockReason")).toString();
    if (!blockReason.isEmpty()) {
        m_sawAnswer = true;
        QString notice =
            QCoreApplication::translate("Providers", "the provider blocked the prompt (%1)")
                .arg(blockReason);
        const QString message = feedback.value(QLatin1String("blockReasonMessage")).toString();
        if (!message.isEmpty())
            notice += QStringLiteral(": ") + message;
        out.append(Chat::StreamEvent::notice(notice));
    }

    const QJsonValue usageValue = response.value(QLatin1String("usageMetadata"));
    if (usageValue.isObject()) {
        const Chat::Usage usage = usageFromGemini(usageValue.toObject());
        if (!usage.isEmpty() && usage != m_lastUsage) {
            m_lastUsage = usage;
            out.append(Chat::StreamEvent::usageReport(usage));
        }
    }

    const QString finish = !blockReason.isEmpty()   ? QStringLiteral("content_filter")
                           : finishReason.isEmpty() ? QString()
                                                    : finishReasonFromGemini(finishReason);
    if (!finish.isEmpty()) {
        m_finished = true;
        if (finish != m_lastFinish) {
            m_lastFinish = finish;
            out.append(Chat::StreamEvent::finish(finish));
        }
    }
}

void GeminiStreamDecoder::handleCandidate(const QJsonObject& candidate,
                                          QList<Chat::StreamEvent>& out)
{
    const QJsonArray parts = candidate.value(QLatin1String("content"))
                                 .toObject()
                                 .value(QLatin1String("parts"))
                                 .toArray();
    for (const QJsonValue& value : parts) {
        const QJsonObject part = value.toObject();
        // functionCall, executableCode, codeExecutionResult, inlineData, a bare thoughtSignature:
        // nothing to show as text.
        const QString text = part.value(QLatin1String("text")).toString();
        if (text.isEmpty())
            continue;
        if (part.value(QLatin1String("thought")).toBool())
            out.append(Chat::StreamEvent::reasoningDelta(text));
        else
            out.append(Chat::StreamEvent::textDelta(text));
    }
}

void GeminiStreamDecoder::handleError(const QJsonObject& error, QList<Chat::StreamEvent>& out)
{
    const ProviderError described = errorFromGemini(error);
    const int status = error.value(QLatin1String("code")).toInt(0);
    fail(Chat::StreamEvent::error(described.message, described.type, described.code, status), out);
}

void GeminiStreamDecoder::fail(Chat::StreamEvent event, QList<Chat::StreamEvent>& out)
{
    m_failed = true;
    m_line.clear();
    m_stray.clear();
    out.append(std::move(event));
}

} // namespace Providers
