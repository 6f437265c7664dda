#include "providers/HttpResponseParser.h"

#include <QCoreApplication>

namespace Providers {
namespace {

constexpr qsizetype kMaxHeadBytes = 64 * 1024; ///< status line, header fields, trailers
constexpr qsizetype kMaxHeaders = 256;
constexpr qsizetype kMaxChunkSizeLine = 1024;

QString tr(const char* text)
{
    return QCoreApplication::translate("Providers", text);
}

std::optional<qint64> parseDecimal(QByteArrayView digits)
{
    if (digits.isEmpty() || digits.size() > 18)
        return std::nullopt;
    qint64 value = 0;
    for (const char c : digits) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

std::optional<qint64> parseHex(QByteArrayView digits)
{
    if (digits.isEmpty() || digits.size() > 15)
        return std::nullopt;
    qint64 value = 0;
    for (const char c : digits) {
        int digit = 0;
        if (c >= '0' && c <= '9')
            digit = c - '0';
        else if (c >= 'a' && c <= 'f')
            digit = c - 'a' + 10;
        else if (c >= 'A' && c <= 'F')
            digit = c - 'A' + 10;
        else
            return std::nullopt;
        value = value * 16 + digit;
    }
    return value;
}

bool hasToken(QByteArrayView list, QByteArrayView token)
{
    for (const QByteArrayView item : QByteArray(list.toByteArray()).split(',')) {
        if (item.trimmed().compare(token, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

QByteArray HttpResponseParser::header(QByteArrayView name) const
{
    for (const auto& [key, value] : m_headers) {
        if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool HttpResponseParser::reusable() const
{
    return isDone() && !m_http10 && !m_close && m_framing != Framing::UntilClose && m_leftover == 0;
}

void HttpResponseParser::fail(const QString& reason)
{
    m_state = State::Failed;
    m_error = reason;
    m_pending.clear();
}

bool HttpResponseParser::takeLine(QByteArray* line)
{
    const qsizetype end = m_pending.indexOf('\n');
    const bool inHead =
        m_state == State::StatusLine || m_state == State::Headers || m_state == State::Trailers;
    const qsizetype limit = inHead ? kMaxHeadBytes - m_headBytes : kMaxChunkSizeLine;
    if ((end < 0 ? m_pending.size() : end + 1) > limit) {
        fail(inHead ? tr("the response's header is larger than 64 KiB")
                    : tr("a chunk size line of the response is too long"));
        return false;
    }
    if (end < 0)
        return false;
    if (inHead)
        m_headBytes += end + 1;
    *line = m_pending.left(end > 0 && m_pending.at(end - 1) == '\r' ? end - 1 : end);
    m_pending.remove(0, end + 1);
    return true;
}

QByteArray HttpResponseParser::feed(QByteArrayView bytes)
{
    QByteArray body;
    if (m_state == State::Done) {
        m_leftover += bytes.size();
        return body;
    }
    if (m_state == State::Failed)
        return body;
    m_pending.append(bytes);
    while (m_state != State::Done && m_state != State::Failed) {
        if (m_state == State::Body || m_state == State::ChunkData) {
            if (m_pending.isEmpty())
                break;
            const qsizetype take = m_framing == Framing::UntilClose
                                       ? m_pending.size()
                                       : qsizetype(std::min<qint64>(m_remaining, m_pending.size()));
            body.append(QByteArrayView(m_pending).first(take));
            m_pending.remove(0, take);
            m_bodyBytes += take;
            if (m_framing == Framing::UntilClose)
                break;
            m_remaining -= take;
            if (m_remaining == 0)
                m_state = m_state == State::Body ? State::Done : State::ChunkEnd;
            continue;
        }
        QByteArray line;
        if (!takeLine(&line))
            break;
        switch (m_state) {
        case State::StatusLine:
            onStatusLine(line);
            break;
        case State::Headers:
        case State::Trailers:
            onHeaderLine(line);
            break;
        case State::ChunkSize:
            onChunkSize(line);
            break;
        case State::ChunkEnd:
            if (!line.isEmpty())
                fail(tr("a chunk of the response does not end where its size says"));
            else
                m_state = State::ChunkSize;
            break;
        default:
            break;
        }
    }
    if (m_state == State::Done) {
        m_leftover += m_pending.size();
        m_pending.clear();
    }
    return body;
}

void HttpResponseParser::onStatusLine(const QByteArray& line)
{
    // HTTP-version SP status-code SP [reason-phrase]
    const bool http11 = line.startsWith("HTTP/1.1 ");
    const bool http10 = line.startsWith("HTTP/1.0 ");
    if ((!http11 && !http10) || line.size() < 12 || (line.size() > 12 && line.at(12) != ' ')) {
        fail(tr("the server did not answer in HTTP/1.1 (it sent \"%1\")")
                 .arg(QString::fromLatin1(line.left(40)).simplified()));
        return;
    }
    const std::optional<qint64> status = parseDecimal(QByteArrayView(line).sliced(9, 3));
    if (!status || *status < 100) {
        fail(tr("the server's status line has no status code (\"%1\")")
                 .arg(QString::fromLatin1(line.left(40)).simplified()));
        return;
    }
    m_status = int(*status);
    m_http10 = http10;
    m_state = State::Headers;
}

void HttpResponseParser::onHeaderLine(const QByteArray& line)
{
    if (line.isEmpty()) {
        if (m_state == State::Trailers)
            m_state = State::Done;
        else
            onHeadEnd();
        return;
    }
    if (m_headers.size() >= kMaxHeaders) {
        fail(tr("the response has more than %1 header fields").arg(kMaxHeaders));
        return;
    }
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0 || line.at(0) == ' ' || line.at(0) == '\t') {
        fail(tr("the response has a malformed header field (\"%1\")")
                 .arg(QString::fromLatin1(line.left(40)).simplified()));
        return;
    }
    if (m_state == State::Trailers)
        return; // trailer fields carry nothing a provider call reads
    m_headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
}

void HttpResponseParser::onHeadEnd()
{
    if (m_status < 200) {
        // An interim response (100 Continue, 103 Early Hints): the real one follows.
        m_headers.clear();
        m_status = 0;
        m_state = State::StatusLine;
        return;
    }
    m_close = hasToken(header("Connection"), "close");
    const QByteArray transfer = header("Transfer-Encoding");
    const QByteArray length = header("Content-Length");
    if (m_status == 204 || m_status == 304) {
        m_framing = Framing::Length;
        m_contentLength = 0;
        m_state = State::Done;
    } else if (!transfer.isNull()) {
        if (!hasToken(transfer, "chunked")) {
            fail(tr("the response uses a transfer coding this client does not read (%1)")
                     .arg(QString::fromLatin1(transfer.left(40))));
            return;
        }
        m_framing = Framing::Chunked;
        m_state = State::ChunkSize;
    } else if (!length.isNull()) {
        const std::optional<qint64> value = parseDecimal(length.trimmed());
        if (!value) {
            fail(tr("the response's Content-Length is not a number (\"%1\")")
                     .arg(QString::fromLatin1(length.left(40))));
            return;
        }
        m_framing = Framing::Length;
        m_contentLength = *value;
        m_remaining = *value;
        m_state = *value == 0 ? State::Done : State::Body;
    } else {
        m_framing = Framing::UntilClose;
        m_state = State::Body;
    }
}

void HttpResponseParser::onChunkSize(const QByteArray& line)
{
    qsizetype end = line.indexOf(';'); // chunk extensions are ignored
    const std::optional<qint64> size =
        parseHex(QByteArrayView(line).first(end < 0 ? line.size() : end).trimmed());
    if (!size) {
        fail(tr("the response's chunk size is not a hexadecimal number (\"%1\")")
                 .arg(QString::fromLatin1(line.left(40)).simplified()));
        return;
    }
    if (*size == 0) {
        m_state = State::Trailers;
        return;
    }
    m_remaining = *size;
    m_state = State::ChunkData;
}

void HttpResponseParser::connectionClosed()
{
    if (m_state == State::Done || m_state == State::Failed)
        return;
    if (m_state == State::Body && m_framing == Framing::UntilClose) {
        m_state = State::Done;
        return;
    }
    if (!headComplete()) {
        fail(m_status == 0 && m_headBytes == 0 && m_pending.isEmpty()
                 ? tr("the server closed the connection without answering")
                 : tr("the server closed the connection in the middle of the response's header"));
        return;
    }
    if (m_framing == Framing::Length) {
        fail(tr("the connection closed after %1 of %2 bytes of the answer")
                 .arg(m_bodyBytes)
                 .arg(*m_contentLength));
        return;
    }
    fail(tr("the connection closed before the end of the chunked answer (%1 bytes received)")
             .arg(m_bodyBytes));
}

} // namespace Providers
