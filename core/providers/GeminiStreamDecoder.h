#pragma once

#include "providers/ProviderAdapter.h"
#include "stream/SseParser.h"

#include <QJsonObject>

namespace Providers {

/// Reads a Gemini `streamGenerateContent?alt=sse` body: `data: {GenerateContentResponse}` events,
/// no end marker but the final chunk's `finishReason`. Takes candidate 0 only (and says so once
/// when a stream carries several); parts other than text and thoughts (function calls, code, inline
/// data, bare thought signatures) are skipped without disturbing the text.
///
/// Google may also end a 200 stream with a plain JSON error body outside any `data:` line (seen as
/// `{"error": {"code": 499, … "status": "CANCELLED"}}`, pretty-printed). The decoder therefore
/// reads the bytes line by line itself, hands every line to the SSE parser and keeps the lines that
/// are not SSE fields; once they form a JSON object, an `error` in it becomes an Error event.
///
/// A chunk of the wrong shape (no candidates, a candidate without parts) gives no text and no
/// finish; the stream then ends without reachedEnd(), which the call reports as cut off.
class GeminiStreamDecoder final : public StreamDecoder {
public:
    QList<Chat::StreamEvent> feed(QByteArrayView bytes) override;
    QList<Chat::StreamEvent> finish() override;
    bool reachedEnd() const override { return m_finished; }

    /// One GenerateContentResponse (a streamed chunk or a whole non-streamed answer).
    QList<Chat::StreamEvent> readResponse(const QJsonObject& response);
    /// True once a response carried a candidate or a prompt block: the answer had the right shape.
    bool sawAnswer() const { return m_sawAnswer; }

private:
    void completeLine(QByteArrayView line, QList<Chat::StreamEvent>& out);
    void keepStrayLine(QByteArrayView line, QList<Chat::StreamEvent>& out);
    void handleEvent(const Stream::SseEvent& event, QList<Chat::StreamEvent>& out);
    void handleResponse(const QJsonObject& response, QList<Chat::StreamEvent>& out);
    void handleCandidate(const QJsonObject& candidate, QList<Chat::StreamEvent>& out);
    void handleError(const QJsonObject& error, QList<Chat::StreamEvent>& out);
    void fail(Chat::StreamEvent event, QList<Chat::StreamEvent>& out);

    Stream::SseParser m_parser;
    QByteArray m_line;        ///< raw bytes of the line not ended yet
    QByteArray m_stray;       ///< non-SSE lines since the first one that opened a JSON body
    bool m_afterCr = false;   ///< the last byte fed was CR: a leading LF belongs to it
    bool m_firstLine = true;  ///< the next line is the stream's first (may start with a BOM)
    bool m_finished = false;  ///< a finishReason (or a blocked prompt) arrived
    bool m_failed = false;    ///< an in-band error or garbage ended the answer
    bool m_sawAnswer = false; ///< see sawAnswer()
    bool m_toldAboutCandidates = false;
    bool m_sentGenerationId = false;
    QString m_lastFinish;    ///< the last Finish sent (Vertex repeats STOP on every chunk)
    Chat::Usage m_lastUsage; ///< the last Usage sent (Google repeats it on every chunk)
};

/// Token counts from a Gemini `usageMetadata` object; unreported counts stay empty.
Chat::Usage usageFromGemini(const QJsonObject& usageMetadata);

/// "STOP" → "stop", "MAX_TOKENS" → "length", the safety family → "content_filter", others
/// lowercased.
QString finishReasonFromGemini(const QString& finishReason);

/// A Google `error` object ({code, message, status, details}) → message, type = status, code =
/// "invalid_api_key" / "context_length_exceeded" when the details or wording say so.
ProviderError errorFromGemini(const QJsonObject& error);

} // namespace Providers
