#include "stream/SseParser.h"

#include <QStringDecoder>

#include <algorithm>
#include <cstring>
#include <limits>
#include <utility>

namespace Stream {

namespace {

// Buffers that grew past this are released instead of kept for reuse once they are emptied.
constexpr qsizetype KeepCapacityBytes = 64 * 1024;

// UTF-8 to UTF-16 for one complete piece (line, field value or joined data). Invalid or truncated
// sequences become U+FFFD. Unlike QString::fromUtf8, a leading U+FEFF is kept: a BOM anywhere but
// at the very start of the stream is data.
QString decodeUtf8(QByteArrayView bytes)
{
    if (bytes.isEmpty()) {
        return {};
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless
                                                     | QStringDecoder::Flag::ConvertInitialBom);
    return decoder.decode(bytes);
}

// Index of the first `c` in p[from, n), or n.
qsizetype findByte(const char* p, qsizetype from, qsizetype n, char c)
{
    const void* hit = std::memchr(p + from, c, static_cast<size_t>(n - from));
    return hit ? static_cast<const char*>(hit) - p : n;
}

void emptyBuffer(QByteArray& buffer)
{
    if (buffer.capacity() > KeepCapacityBytes) {
        buffer.clear();
    } else {
        buffer.truncate(0);
    }
}

bool contains(QByteArrayView bytes, char c)
{
    return !bytes.isEmpty() && std::memchr(bytes.data(), c, static_cast<size_t>(bytes.size()));
}

// WHATWG: "If the field value consists of only ASCII digits, interpret it as an integer in base
// ten".
std::optional<qint64> parseRetry(QByteArrayView value)
{
    if (value.isEmpty()) {
        return std::nullopt;
    }
    constexpr qint64 Max = std::numeric_limits<qint64>::max();
    qint64 result = 0;
    for (const char c : value) {
        if (c < '0' || c > '9') {
            return std::nullopt;
        }
        const int digit = c - '0';
        if (result > (Max - digit) / 10) {
            return std::nullopt;
        }
        result = result * 10 + digit;
    }
    return result;
}

} // namespace

SseParser::SseParser(qsizetype maxEventBytes)
    : maxEventBytes_(std::max<qsizetype>(0, maxEventBytes))
{}

QList<SseEvent> SseParser::feed(QByteArrayView bytes)
{
    QList<SseEvent> events;
    const char* const p = bytes.data();
    const qsizetype n = bytes.size();
    if (n == 0) {
        return events;
    }
    qsizetype pos = 0;
    if (afterCr_) {
        afterCr_ = false;
        if (p[0] == '\n') {
            pos = 1; // second half of a CRLF split across feed() calls
        }
    }

    // Positions of the next LF and CR at or after pos (n: none). Each is searched for again only
    // once pos has passed it, so every byte is looked at a bounded number of times.
    qsizetype nextLf = -1;
    qsizetype nextCr = -1;
    while (pos < n) {
        if (nextLf < pos) {
            nextLf = findByte(p, pos, n, '\n');
        }
        if (nextCr < pos) {
            nextCr = findByte(p, pos, n, '\r');
        }
        const qsizetype end = std::min(nextLf, nextCr);
        if (end == n) {
            break;
        }
        if (skippingLine_) {
            skippingLine_ = false; // end of a line that is being discarded
        } else if (pending_.isEmpty()) {
            completeLine(QByteArrayView(p + pos, end - pos), events);
        } else {
            pending_.append(p + pos, end - pos);
            completeLine(pending_, events);
            emptyBuffer(pending_);
        }
        pos = end + 1;
        if (end == nextCr) {
            if (pos == n) {
                afterCr_ = true;
            } else if (p[pos] == '\n') {
                ++pos;
            }
        }
    }

    if (pos < n && !skippingLine_) {
        const qsizetype tail = n - pos;
        if (dropping_) {
            // A line with content is not the blank line that ends the drop: no need to keep it.
            emptyBuffer(pending_);
            skippingLine_ = true;
        } else if (pending_.size() + tail > maxEventBytes_) {
            emptyBuffer(pending_);
            enterOverflow();
            skippingLine_ = true;
        } else {
            pending_.append(p + pos, tail);
        }
    }
    return events;
}

void SseParser::completeLine(QByteArrayView line, QList<SseEvent>& out)
{
    if (line.size() > maxEventBytes_) {
        enterOverflow();
        return;
    }
    if (atStreamStart_) {
        atStreamStart_ = false;
        if (line.startsWith("\xEF\xBB\xBF")) {
            line = line.sliced(3);
        }
    }
    if (dropping_) {
        if (line.isEmpty()) {
            dropping_ = false;
            dispatch(out); // buffers were cleared on overflow: commits the id, fires nothing
        }
        return;
    }
    if (line.isEmpty()) {
        dispatch(out);
        return;
    }
    if (line.front() == ':') {
        ++commentCount_;
        return;
    }
    const void* colon = std::memchr(line.data(), ':', static_cast<size_t>(line.size()));
    if (!colon) {
        processField(line, {});
        return;
    }
    const qsizetype colonAt = static_cast<const char*>(colon) - line.data();
    QByteArrayView value = line.sliced(colonAt + 1);
    if (value.startsWith(' ')) {
        value = value.sliced(1);
    }
    processField(line.first(colonAt), value);
}

void SseParser::processField(QByteArrayView name, QByteArrayView value)
{
    // Names are compared as raw bytes: decoding cannot turn anything else into these ASCII names.
    if (name == "data") {
        if (!finishing_ && data_.size() + value.size() + 1 + eventType_.size() > maxEventBytes_) {
            enterOverflow();
            return;
        }
        data_.append(value.data(), value.size());
        data_.append('\n');
    } else if (name == "event") {
        if (!finishing_ && data_.size() + value.size() > maxEventBytes_) {
            enterOverflow();
            return;
        }
        eventType_.truncate(0);
        eventType_.append(value.data(), value.size());
    } else if (name == "id") {
        if (!contains(value, '\0')) {
            idBuffer_ = decodeUtf8(value);
        }
    } else if (name == "retry") {
        if (const auto ms = parseRetry(value)) {
            retryMs_ = ms;
        }
    }
}

void SseParser::dispatch(QList<SseEvent>& out)
{
    lastEventId_ = idBuffer_;
    if (data_.isEmpty()) {
        clearEventBuffers();
        return;
    }
    out.append(takeEvent());
}

SseEvent SseParser::takeEvent()
{
    SseEvent event;
    if (!eventType_.isEmpty()) {
        event.type = decodeUtf8(eventType_);
    }
    event.data = decodeUtf8(QByteArrayView(data_).chopped(1)); // drop the final '\n'
    event.lastEventId = idBuffer_;
    clearEventBuffers();
    return event;
}

void SseParser::clearEventBuffers()
{
    emptyBuffer(data_);
    emptyBuffer(eventType_);
}

void SseParser::enterOverflow()
{
    overflowed_ = true;
    dropping_ = true;
    atStreamStart_ = false;
    clearEventBuffers();
}

std::optional<SseEvent> SseParser::finish()
{
    std::optional<SseEvent> result;
    if (!skippingLine_ && !pending_.isEmpty()) {
        // The stream ended inside a line: treat the end of input as its line end. The line itself
        // is within the limit (longer ones overflow while buffered), but the event size is not
        // checked for it: an overflow here could not be reported, finish() resets overflowed().
        QList<SseEvent> dispatched;
        const QByteArray line = std::exchange(pending_, {});
        finishing_ = true;
        completeLine(line, dispatched);
        finishing_ = false;
        if (!dispatched.isEmpty()) {
            result = dispatched.takeLast();
        }
    }
    if (!result && !dropping_ && !data_.isEmpty()) {
        result = takeEvent();
    }
    reset();
    return result;
}

std::optional<qint64> SseParser::retryMs() const
{
    return retryMs_;
}

QString SseParser::lastEventId() const
{
    return lastEventId_;
}

bool SseParser::overflowed() const
{
    return overflowed_;
}

qsizetype SseParser::commentCount() const
{
    return commentCount_;
}

void SseParser::reset()
{
    pending_.clear();
    data_.clear();
    eventType_.clear();
    idBuffer_.clear();
    lastEventId_.clear();
    retryMs_.reset();
    commentCount_ = 0;
    atStreamStart_ = true;
    afterCr_ = false;
    skippingLine_ = false;
    dropping_ = false;
    overflowed_ = false;
    finishing_ = false;
}

} // namespace Stream
