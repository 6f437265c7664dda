#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QList>
#include <QPair>

namespace TestSupport {

/// One HTTP request as the mock provider received it (the body already de-chunked).
struct RecordedRequest {
    QByteArray method;
    QByteArray path; ///< the request target as sent, including the query
    QList<QPair<QByteArray, QByteArray>> headers; ///< in arrival order, names as sent
    QByteArray body;

    /// The first header with that name (case-insensitive), or empty.
    QByteArray header(QByteArrayView name) const;
    /// The body parsed as a JSON object; empty if it is not one.
    QJsonObject json() const;
};

/// Incremental HTTP/1.x request parser: request line, headers, a body by Content-Length or
/// `Transfer-Encoding: chunked`. Bytes may arrive in any pieces; `parse` consumes from the front of
/// the buffer at most one request and leaves the rest (a pipelined next request) in place.
class HttpRequestParser {
public:
    enum class Result { NeedMoreData, RequestReady, Error };

    static constexpr qsizetype MaxHeaderBytes = 64 * 1024;
    static constexpr qsizetype MaxBodyBytes = 64 * 1024 * 1024;

    Result parse(QByteArray& buffer);

    /// After RequestReady: the request; the parser is then ready for the next one.
    RecordedRequest takeRequest();
    /// After RequestReady: whether the connection may stay open (HTTP/1.1 default, or keep-alive).
    bool keepAlive() const { return m_keepAlive; }
    /// Headers are complete, the body is outstanding and the client waits for `100 Continue`.
    bool expectsContinue() const { return m_expectContinue; }
    /// After Error: the status to answer with (400, 413, 431, 501, 505) and why.
    int errorStatus() const { return m_errorStatus; }
    QByteArray errorMessage() const { return m_errorMessage; }

private:
    enum class State {
        RequestLine,
        Headers,
        Body,
        ChunkSize,
        ChunkData,
        ChunkDataEnd,
        Trailers,
        Done
    };

    bool takeLine(QByteArray& buffer, QByteArray& line);
    bool parseRequestLine(const QByteArray& line);
    bool parseHeaderLine(const QByteArray& line);
    bool headersComplete();
    Result ready();
    Result fail(int status, QByteArray message);
    void reset();

    State m_state = State::RequestLine;
    RecordedRequest m_request;
    QByteArray m_version;
    qsizetype m_remaining = 0; ///< body or chunk bytes still to read
    qsizetype m_headerBytes = 0;
    bool m_keepAlive = true;
    bool m_expectContinue = false;
    int m_errorStatus = 0;
    QByteArray m_errorMessage;
};

} // namespace TestSupport
