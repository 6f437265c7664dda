#pragma once

#include "providers/ProviderAdapter.h"
#include "stream/SseParser.h"

#include <QJsonObject>

namespace Providers {

/// Reads an Anthropic Messages SSE body: message_start, content_block_start/_delta/_stop,
/// message_delta, message_stop, ping and error. The JSON `type` field names the event (the
/// `event:` line may be missing). Text and thinking deltas become text and reasoning; tool input,
/// signatures, citations and server-tool blocks are skipped without disturbing the text. A second
/// message_start for the same message is ignored; one for a different message while the first is
/// still open is malformed (its text would be spliced into the first).
class AnthropicStreamDecoder final : public StreamDecoder {
public:
    explicit AnthropicStreamDecoder(
        qsizetype maxEventBytes = Stream::SseParser::DefaultMaxEventBytes);

    QList<Chat::StreamEvent> feed(QByteArrayView bytes) override;
    QList<Chat::StreamEvent> finish() override;
    bool reachedEnd() const override { return m_stopped; }

private:
    void feedParser(QByteArrayView piece, bool endsAtLineEnd, QList<Chat::StreamEvent>& out);
    void handleEvent(const Stream::SseEvent& event, QList<Chat::StreamEvent>& out);
    void handleMessageStart(const QJsonObject& root, QList<Chat::StreamEvent>& out);
    void handleError(const QJsonObject& root, QList<Chat::StreamEvent>& out);
    void fail(Chat::StreamEvent event, QList<Chat::StreamEvent>& out);

    Stream::SseParser m_parser;
    qsizetype m_maxEventBytes;
    qsizetype m_bytesSinceEvent = 0; ///< raw bytes fed since the last dispatched event, or more
    QString m_messageId;
    bool m_started = false; ///< a message_start arrived
    bool m_stopped = false; ///< message_stop arrived: the answer is complete
    bool m_failed = false;  ///< an error event or bytes that are not Anthropic's ended the answer
};

/// Token counts from an Anthropic `usage` object. `withOutput` false skips output_tokens (in
/// message_start it is a placeholder, not a count). Counts not reported stay empty.
Chat::Usage usageFromAnthropic(const QJsonObject& usage, bool withOutput = true);

/// Anthropic's stop_reason in the normalized vocabulary ("stop", "length", "tool_calls",
/// "content_filter"); anything else as sent.
QString finishReasonFromAnthropic(const QString& stopReason);

/// The HTTP status Anthropic uses for an error type (overloaded_error → 529, …); 0 if unknown.
int statusForAnthropicError(QStringView errorType);

} // namespace Providers
