#include "HttpRequestParser.h"

#include <QJsonDocument>

namespace TestSupport {

namespace {

QList<QByteArray> commaTokens(const QByteArray& value)
{
    QList<QByteArray> tokens;
    for (const QByteArray& part : value.split(','))
        if (const QByteArray token = part.trimmed().toLower(); !token.isEmpty())
            tokens.append(token);
    return tokens;
}

bool isTokenChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
           || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (char c : text)
        if (!isTokenChar(c))
            return false;
    return true;
}

} // namespace

QByteArray RecordedRequest::header(QByteArrayView name) const
{
    for (const auto& [key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

QJsonObject RecordedRequest::json() const
{
    return QJsonDocument::fromJson(body).object();
}

HttpRequestParser::Result HttpRequestParser::parse(QByteArray& buffer)
{
    if (m_errorStatus != 0)
        return Result::Error;
    if (m_state == State::Done)
        return Result::RequestReady;
    for (;;) {
        if (m_state == State::Body || m_state == State::ChunkData) {
            const qsizetype n = qMin(m_remaining, buffer.size());
            m_request.body.append(buffer.constData(), n);
            buffer.remove(0, n);
            m_remaining -= n;
            if (m_remaining > 0)
                return Result::NeedMoreData;
            if (m_state == State::Body)
                return ready();
            m_state = State::ChunkDataEnd;
            continue;
        }

        QByteArray line;
        if (!takeLine(buffer, line)) {
            if (m_headerBytes + buffer.size() > MaxHeaderBytes)
                return fail(431, "request header section too large");
            return Result::NeedMoreData;
        }
        switch (m_state) {
        case State::RequestLine:
            if (line.isEmpty()) // RFC 9112 2.2: ignore empty lines before the request line
                continue;
            if (!parseRequestLine(line))
                return Result::Error;
            m_state = State::Headers;
            break;
        case State::Headers:
            if (!line.isEmpty()) {
                if (!parseHeaderLine(line))
                    return Result::Error;
                break;
            }
            if (!headersComplete())
                return Result::Error;
            if (m_state == State::Headers) // no body
                return ready();
            break;
        case State::ChunkSize: {
            const qsizetype extension = line.indexOf(';'); // chunk extensions are ignored
            const QByteArray size = (extension < 0 ? line : line.first(extension)).trimmed();
            bool ok = false;
            const qlonglong n = size.toLongLong(&ok, 16);
            if (!ok || n < 0 || size.startsWith('-') || size.startsWith('+'))
                return fail(400, "invalid chunk size line");
            if (n > MaxBodyBytes - m_request.body.size())
                return fail(413, "request body too large");
            m_remaining = static_cast<qsizetype>(n);
            m_state = n == 0 ? State::Trailers : State::ChunkData;
            break;
        }
        case State::ChunkDataEnd:
            if (!line.isEmpty())
                return fail(400, "chunk data not followed by CRLF");
            m_state = State::ChunkSize;
            break;
        case State::Trailers:
            if (line.isEmpty())
                return ready();
            if (!parseHeaderLine(line))
                return Result::Error;
            break;
        case State::Body:
        case State::ChunkData:
        case State::Done:
            break; // handled above
        }
    }
}

RecordedRequest HttpRequestParser::takeRequest()
{
    RecordedRequest request = std::move(m_request);
    const bool keepAlive = m_keepAlive;
    reset();
    m_keepAlive = keepAlive; // stays readable until the next request is parsed
    return request;
}

bool HttpRequestParser::takeLine(QByteArray& buffer, QByteArray& line)
{
    const qsizetype end = buffer.indexOf('\n');
    if (end < 0)
        return false;
    line = buffer.left(end);
    if (line.endsWith('\r'))
        line.chop(1);
    buffer.remove(0, end + 1);
    if (m_state == State::RequestLine || m_state == State::Headers || m_state == State::Trailers)
        m_headerBytes += end + 1;
    return true;
}

bool HttpRequestParser::parseRequestLine(const QByteArray& line)
{
    const QList<QByteArray> parts = line.split(' ');
    if (parts.size() != 3 || !isToken(parts[0]) || parts[1].isEmpty()) {
        fail(400, "malformed request line");
        return false;
    }
    if (!parts[2].startsWith("HTTP/1.")) {
        fail(505, "only HTTP/1.x is supported");
        return false;
    }
    m_request.method = parts[0];
    m_request.path = parts[1];
    m_version = parts[2];
    return true;
}

bool HttpRequestParser::parseHeaderLine(const QByteArray& line)
{
    if (m_headerBytes > MaxHeaderBytes) {
        fail(431, "request header section too large");
        return false;
    }
    if ((line.startsWith(' ') || line.startsWith('\t')) && !m_request.headers.isEmpty()) {
        // obsolete line folding: a continuation of the previous value
        QByteArray& value = m_request.headers.last().second;
        value = (value + ' ' + line.trimmed()).trimmed();
        return true;
    }
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0 || !isToken(QByteArrayView(line).first(colon))) {
        fail(400, "malformed header line");
        return false;
    }
    m_request.headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
    return true;
}

bool HttpRequestParser::headersComplete()
{
    QList<QByteArray> connection;
    QList<QByteArray> transferEncoding;
    QByteArray contentLength;
    bool expectContinue = false;
    for (const auto& [name, value] : m_request.headers) {
        if (name.compare("Connection", Qt::CaseInsensitive) == 0) {
            connection += commaTokens(value);
        } else if (name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0) {
            transferEncoding += commaTokens(value);
        } else if (name.compare("Content-Length", Qt::CaseInsensitive) == 0) {
            if (!contentLength.isNull() && contentLength != value) {
                fail(400, "conflicting Content-Length headers");
                return false;
            }
            contentLength = value;
        } else if (name.compare("Expect", Qt::CaseInsensitive) == 0) {
            expectContinue = value.compare("100-continue", Qt::CaseInsensitive) == 0;
        }
    }
    m_keepAlive =
        m_version == "HTTP/1.0" ? connection.contains("keep-alive") : !connection.contains("close");

    if (!transferEncoding.isEmpty()) {
        if (transferEncoding.last() != "chunked") {
            fail(501, "unsupported Transfer-Encoding");
            return false;
        }
        m_state = State::ChunkSize;
    } else if (!contentLength.isNull()) {
        bool ok = false;
        const qlonglong n = contentLength.toLongLong(&ok);
        if (!ok || n < 0 || contentLength.startsWith('+') || contentLength.startsWith('-')) {
            fail(400, "invalid Content-Length");
            return false;
        }
        if (n > MaxBodyBytes) {
            fail(413, "request body too large");
            return false;
        }
        m_remaining = static_cast<qsizetype>(n);
        if (m_remaining > 0)
            m_state = State::Body;
    }
    m_expectContinue = expectContinue && m_state != State::Headers;
    return true;
}

HttpRequestParser::Result HttpRequestParser::ready()
{
    m_state = State::Done;
    m_expectContinue = false;
    return Result::RequestReady;
}

HttpRequestParser::Result HttpRequestParser::fail(int status, QByteArray message)
{
    m_errorStatus = status;
    m_errorMessage = std::move(message);
    m_keepAlive = false;
    return Result::Error;
}

void HttpRequestParser::reset()
{
    *this = HttpRequestParser();
}

} // namespace TestSupport
