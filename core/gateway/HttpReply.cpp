#include "gateway/HttpReply.h"

#include <QTcpSocket>
#include <QTimer>

namespace Gateway {

HttpReply::HttpReply(QHttpServerResponder&& responder, QObject* parent)
    : QObject(parent)
    , m_responder(std::move(responder))
    , m_socket(m_responder.socket())
{
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState) {
        m_gone = true;
        QTimer::singleShot(0, this, &HttpReply::clientGone);
        return;
    }
    // Every event on its own segment: Nagle's algorithm would hold small SSE writes back.
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(m_socket, &QTcpSocket::disconnected, this, [this] {
        if (m_gone || m_flushedSent)
            return;
        m_gone = true;
        Q_EMIT clientGone();
    });
    connect(m_socket, &QTcpSocket::bytesWritten, this, &HttpReply::checkFlushed);
}

HttpReply::~HttpReply() = default;

void HttpReply::writeHead(int status, const Headers& headers)
{
    m_responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(status));
    for (const auto& [name, value] : headers)
        m_responder.writeHeader(name, value);
}

void HttpReply::sendJson(int status, const QByteArray& body, const Headers& headers)
{
    if (m_gone || m_complete || m_streaming)
        return;
    Headers all{{"Content-Type", "application/json"},
                {"Content-Length", QByteArray::number(body.size())}};
    all.append(headers);
    writeHead(status, all);
    m_responder.writeBody(body);
    complete();
    sendNow();
}

void HttpReply::sendError(const ApiError& error, const Headers& headers)
{
    Headers all = headers;
    if (error.retryAfterMs)
        all.append(qMakePair(QByteArray("Retry-After"),
                             QByteArray::number((*error.retryAfterMs + 999) / 1000)));
    if (error.status == 401)
        all.append(qMakePair(QByteArray("WWW-Authenticate"), QByteArray("Bearer")));
    sendJson(error.status, error.body(), all);
}

void HttpReply::beginStream(const Headers& headers)
{
    if (m_gone || m_complete || m_streaming)
        return;
    m_streaming = true;
    Headers all{{"Content-Type", "text/event-stream; charset=utf-8"},
                {"Cache-Control", "no-cache"},
                {"Transfer-Encoding", "chunked"}};
    all.append(headers);
    writeHead(200, all);
    m_responder.writeBody(QByteArray());
}

void HttpReply::writeEvent(const QByteArray& bytes)
{
    if (m_gone || m_complete || !m_streaming || bytes.isEmpty())
        return;
    m_responder.writeBody(QByteArray::number(bytes.size(), 16) + "\r\n" + bytes + "\r\n");
    sendNow();
}

void HttpReply::endStream()
{
    if (m_gone || m_complete || !m_streaming)
        return;
    m_responder.writeBody(QByteArrayLiteral("0\r\n\r\n"));
    complete();
    sendNow();
}

void HttpReply::sendNow()
{
    // QTcpSocket writes what it buffered on the next event-loop turn; the client is waiting now.
    if (!m_socket || m_gone)
        return;
    m_sending = true;
    m_socket->flush();
    m_sending = false;
}

void HttpReply::complete()
{
    m_complete = true;
    // From the event loop: `flushed` never fires inside the call that completed the answer.
    QTimer::singleShot(0, this, &HttpReply::checkFlushed);
}

void HttpReply::checkFlushed()
{
    if (!m_complete || m_gone || m_flushedSent || m_sending)
        return; // (from inside sendNow(): the turn queued by complete() comes back here)
    if (m_socket && m_socket->bytesToWrite() > 0)
        return; // bytesWritten comes back here
    m_flushedSent = true;
    Q_EMIT flushed();
}

} // namespace Gateway
