#pragma once

#include <QByteArray>
#include <QTcpServer>

class QTcpSocket;

namespace Gateway {

/// The listening socket under the gateway's QHttpServer. QHttpServer (Qt 6.4) reads a whole
/// request into memory before any handler sees it, so a body limit checked in the handler would
/// come after the memory is spent. Every connection accepted here counts the bytes that arrive
/// before QHttpServer reads them; past `maxRequestBytes` since the last request was handed to a
/// handler (see requestHandled), the connection gets `refusal` (a complete HTTP response) and is
/// closed, and the bytes are dropped unread.
class BoundedTcpServer : public QTcpServer {
    Q_OBJECT

public:
    BoundedTcpServer(qint64 maxRequestBytes, QByteArray refusal, QObject* parent = nullptr);

    /// A handler received a whole request from `socket`: its next request counts from zero.
    static void requestHandled(QTcpSocket* socket);

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    qint64 m_maxRequestBytes;
    QByteArray m_refusal;
};

} // namespace Gateway
