#pragma once
#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

namespace Stream {

/// One dispatched event, as a browser's EventSource would see it.
struct SseEvent {
    QString type = QStringLiteral("message"); // `event:` field, "message" when absent or empty
    QString data;                             // `data:` lines joined with '\n' (final LF removed)
    QString lastEventId;                      // the last-event-id buffer at dispatch time
    friend bool operator==(const SseEvent&, const SseEvent&) = default;
};

/// Incremental event-stream parser following the WHATWG HTML "event stream interpretation" rules.
/// Input may be split anywhere (inside a UTF-8 sequence, between CR and LF, inside a field name).
///
/// Raw bytes are kept until a line ends and every line is decoded as a whole (invalid UTF-8 becomes
/// U+FFFD), so how the input is chunked never changes the result. Each input byte is scanned once.
class SseParser {
public:
    static constexpr qsizetype DefaultMaxEventBytes = 16 * 1024 * 1024;
    explicit SseParser(qsizetype maxEventBytes = DefaultMaxEventBytes);

    /// Feeds the next bytes; returns the events they complete, in order.
    QList<SseEvent> feed(QByteArrayView bytes);

    /// End of input. WHATWG discards an event not closed by a blank line; a browser would drop it.
    /// Some providers (Anthropic's recorded streams) end without the final blank line, so this
    /// returns that unterminated event (if its data buffer is non-empty) and lets the caller
    /// decide. Resets the parser.
    ///
    /// A last line without any line terminator (e.g. a stream ending in `data: {...}`) is processed
    /// as a complete line first (it is already known to be within maxEventBytes; the event-size
    /// check is skipped for it, so the returned event can exceed the limit by at most one line).
    /// The returned event's lastEventId is the id buffer (as if dispatched). Nothing is returned
    /// while dropping input after an overflow. Because of the reset, read overflowed(), retryMs(),
    /// lastEventId() and commentCount() *before* calling finish() if you need them.
    std::optional<SseEvent> finish();

    /// Most recent valid `retry:` value in milliseconds, if any. A value that is empty, contains
    /// anything but ASCII digits, or does not fit in qint64 is ignored.
    std::optional<qint64> retryMs() const;

    /// The event source's "last event ID string": the id buffer as of the most recent blank line
    /// (WHATWG sets it on every dispatch, even one that fires no event). An `id:` line of an event
    /// that is still open does not show here yet.
    QString lastEventId() const;

    /// True once a single line/event exceeded maxEventBytes; the parser then drops input until the
    /// next blank line (protection against a hostile server). The caller treats it as a malformed
    /// stream. Stays true until reset()/finish(). Lines are limited by their raw byte length
    /// (without the line terminator), events by the raw bytes of their data values (+1 per line)
    /// and event type. An overlong line is detected as soon as the buffered part exceeds the limit,
    /// before its end arrives.
    bool overflowed() const;

    /// Number of comment lines (starting with ':') seen so far; adapters use it for keep-alive
    /// comments like OpenRouter's ": OPENROUTER PROCESSING". Comments inside dropped (overflowed)
    /// input are not counted.
    qsizetype commentCount() const;

    /// Back to the state of a new parser (same maxEventBytes); releases buffered memory.
    void reset();

private:
    void completeLine(QByteArrayView line, QList<SseEvent>& out);
    void processField(QByteArrayView name, QByteArrayView value);
    void dispatch(QList<SseEvent>& out);
    SseEvent takeEvent();
    void clearEventBuffers();
    void enterOverflow();

    qsizetype maxEventBytes_;
    QByteArray pending_;   // raw bytes of the unterminated line carried over between feed() calls
    QByteArray data_;      // raw data buffer: each `data` value followed by '\n'
    QByteArray eventType_; // raw event type buffer
    QString idBuffer_;     // last event ID buffer (persists across events)
    QString lastEventId_;  // last event ID string, set from idBuffer_ at each blank line
    std::optional<qint64> retryMs_;
    qsizetype commentCount_ = 0;
    bool atStreamStart_ = true; // the next line is the first one of the stream (BOM check)
    bool afterCr_ = false;      // the previous feed ended in CR: a leading LF belongs to it
    bool skippingLine_ = false; // the current line is known to be non-blank and is being discarded
    bool dropping_ = false;     // discarding lines until the next blank line (after an overflow)
    bool overflowed_ = false;
    bool finishing_ = false; // finish() is processing the unterminated last line
};

} // namespace Stream
