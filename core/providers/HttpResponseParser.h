#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace Providers {

/// An HTTP/1.1 response read incrementally from a connection (RFC 9112): the status line, the
/// header fields, then a body framed by `Content-Length`, by chunked transfer coding, or by the
/// end of the connection. Interim (1xx) responses are skipped. Pure bytes in, decoded body bytes
/// out; knows nothing of sockets. Garbage from a server becomes failed() with a readable reason,
/// never a crash, and every length is bounded.
class HttpResponseParser {
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    /// Reads `bytes`; returns the body bytes they carried (without chunk framing). Bytes after the
    /// end of the response are kept aside (leftover()). Nothing is read once done or failed.
    QByteArray feed(QByteArrayView bytes);
    /// The connection ended: a body that runs until the close is complete now; anything else
    /// unfinished is failed() ("the connection closed …").
    void connectionClosed();

    bool headComplete() const { return m_state >= State::Body; }
    bool isDone() const { return m_state == State::Done; }
    bool failed() const { return m_state == State::Failed; }
    /// Why it failed, in words for an error message.
    QString error() const { return m_error; }

    int status() const { return m_status; }
    const Headers& headers() const { return m_headers; }
    /// The first field of that name (case-insensitive), or a null QByteArray.
    QByteArray header(QByteArrayView name) const;
    /// What `Content-Length` promised, when it framed the body.
    std::optional<qint64> contentLength() const { return m_contentLength; }
    /// Body bytes decoded so far.
    qint64 bodyBytes() const { return m_bodyBytes; }
    /// Whether the connection may carry another request once this response is done: HTTP/1.1
    /// without `Connection: close`, a framed body, and nothing left over.
    bool reusable() const;
    /// Bytes received after the response ended.
    qsizetype leftover() const { return m_leftover; }

private:
    enum class State {
        StatusLine,
        Headers,
        Body,
        ChunkSize,
        ChunkData,
        ChunkEnd,
        Trailers,
        Done,
        Failed
    };
    enum class Framing { None, Length, Chunked, UntilClose };

    bool takeLine(QByteArray* line);
    void fail(const QString& reason);
    void onStatusLine(const QByteArray& line);
    void onHeaderLine(const QByteArray& line);
    void onHeadEnd();
    void onChunkSize(const QByteArray& line);

    State m_state = State::StatusLine;
    Framing m_framing = Framing::None;
    QByteArray m_pending; ///< an incomplete line
    qsizetype m_headBytes = 0;
    int m_status = 0;
    bool m_http10 = false;
    bool m_close = false;
    Headers m_headers;
    std::optional<qint64> m_contentLength;
    qint64 m_remaining = 0; ///< of the body (Length) or of the current chunk
    qint64 m_bodyBytes = 0;
    qsizetype m_leftover = 0;
    QString m_error;
};

} // namespace Providers
