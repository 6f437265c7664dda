#include "providers/LoopbackHttpReply.h"

#include "providers/LoopbackHttpClient.h"

#include <QTcpSocket>

namespace Providers {

LoopbackHttpReply::LoopbackHttpReply(LoopbackHttpClient& client, QString host, quint16 port,
                                     QByteArray request, QObject* parent)
    : UpstreamReply(parent)
    , m_client(client)
    , m_host(std::move(host))
    , m_port(port)
    , m_request(std::move(request))
{
    send();
}

LoopbackHttpReply::~LoopbackHttpReply()
{
    releaseSocket(false);
}

void LoopbackHttpReply::send()
{
    m_socket = m_client.take(m_host, m_port, &m_reused);
    m_written = 0;
    connect(m_socket, &QTcpSocket::bytesWritten, this, &LoopbackHttpReply::onBytesWritten);
    connect(m_socket, &QTcpSocket::readyRead, this, &LoopbackHttpReply::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &LoopbackHttpReply::onClosed);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &LoopbackHttpReply::onSocketError);
    if (m_reused) {
        write();
        return;
    }
    connect(m_socket, &QTcpSocket::connected, this, &LoopbackHttpReply::onConnected);
    m_socket->connectToHost(m_host, m_port);
}

void LoopbackHttpReply::onConnected()
{
    // Small requests and events go out at once rather than waiting for Nagle's timer.
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    write();
}

void LoopbackHttpReply::write()
{
    m_socket->write(m_request);
    // QTcpSocket would send it on the next event-loop turn; the server can start now.
    m_writing = true;
    m_socket->flush();
    m_writing = false;
}

void LoopbackHttpReply::onBytesWritten(qint64 bytes)
{
    m_written += bytes;
    if (!m_sent && m_written >= m_request.size()) {
        m_sent = true;
        // From inside write() (maybe still inside the constructor): nobody listens yet.
        if (m_writing)
            QMetaObject::invokeMethod(this, &UpstreamReply::requestSent, Qt::QueuedConnection);
        else
            Q_EMIT requestSent();
    }
}

void LoopbackHttpReply::onReadyRead()
{
    if (!consume())
        return;
    if (m_parser.isDone()) {
        releaseSocket(m_parser.reusable());
        finish();
    }
}

bool LoopbackHttpReply::consume()
{
    if (m_finished || !m_socket)
        return false;
    const QByteArray bytes = m_socket->readAll();
    if (bytes.isEmpty())
        return true;
    m_received = true;
    const QByteArray body = m_parser.feed(bytes);
    if (m_parser.failed()) {
        releaseSocket(false);
        finish(m_parser.error());
        return false;
    }
    const QPointer<LoopbackHttpReply> alive(this);
    if (m_parser.headComplete() && !m_metaData) {
        m_metaData = true;
        Q_EMIT metaDataChanged();
        if (!alive || m_finished)
            return false;
    }
    if (!body.isEmpty()) {
        m_body.append(body);
        Q_EMIT readyRead();
        if (!alive || m_finished)
            return false;
    }
    return true;
}

void LoopbackHttpReply::onClosed()
{
    if (m_finished)
        return;
    if (m_socket && m_socket->bytesAvailable() > 0 && !consume())
        return;
    if (m_parser.isDone()) {
        releaseSocket(false);
        finish();
        return;
    }
    if (m_reused && !m_received && !m_replaced) {
        // The server closed the kept-alive connection as this request went out: a new one.
        m_replaced = true;
        releaseSocket(false);
        m_sent = false;
        send();
        return;
    }
    const QString socketError =
        m_socket && m_socket->error() != QAbstractSocket::RemoteHostClosedError
            ? m_socket->errorString()
            : QString();
    m_parser.connectionClosed();
    releaseSocket(false);
    if (m_parser.isDone()) {
        finish();
        return;
    }
    // Refused, unreachable, reset: the socket says best; a close says where in the answer.
    finish(!m_received && !socketError.isEmpty() ? socketError : m_parser.error());
}

void LoopbackHttpReply::onSocketError(QAbstractSocket::SocketError)
{
    // A connection that never opened has no `disconnected`; one that did gets both, in either
    // order: the first ends the reply.
    onClosed();
}

void LoopbackHttpReply::abort()
{
    if (m_finished)
        return;
    releaseSocket(false);
    finish(tr("Operation canceled"));
}

void LoopbackHttpReply::releaseSocket(bool keep)
{
    QTcpSocket* socket = m_socket.data();
    m_socket = nullptr;
    if (!socket)
        return;
    socket->disconnect(this);
    if (keep) {
        m_client.giveBack(m_host, m_port, socket);
        return;
    }
    socket->abort();
    socket->deleteLater();
}

void LoopbackHttpReply::finish(const QString& error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    Q_EMIT finished();
}

} // namespace Providers
