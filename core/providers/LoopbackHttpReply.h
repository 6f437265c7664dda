#pragma once

#include "providers/HttpResponseParser.h"
#include "providers/UpstreamReply.h"

#include <QAbstractSocket>
#include <QPointer>

class QTcpSocket;

namespace Providers {

class LoopbackHttpClient;

/// One request and its response on a LoopbackHttpClient connection: writes the request, reads
/// the response with HttpResponseParser, and hands the connection back for the next request when
/// the answer was read whole. A kept-alive connection the server closed before answering is
/// replaced by a new one once, as browsers and QNetworkAccessManager do.
class LoopbackHttpReply : public UpstreamReply {
    Q_OBJECT

public:
    LoopbackHttpReply(LoopbackHttpClient& client, QString host, quint16 port, QByteArray request,
                      QObject* parent = nullptr);
    ~LoopbackHttpReply() override;

    int httpStatus() const override { return m_parser.status(); }
    QByteArray header(const QByteArray& name) const override { return m_parser.header(name); }
    std::optional<qint64> contentLength() const override { return m_parser.contentLength(); }
    QByteArray readAll() override { return std::exchange(m_body, {}); }
    bool isRunning() const override { return !m_finished; }
    void abort() override;
    QString transportError() const override { return m_error; }

private:
    void send();
    void onConnected();
    void write();
    void onBytesWritten(qint64 bytes);
    void onReadyRead();
    void onClosed();
    void onSocketError(QAbstractSocket::SocketError error);
    /// Reads what the socket holds; false once this reply finished (or was aborted meanwhile).
    bool consume();
    void releaseSocket(bool keep);
    void finish(const QString& error = {});

    LoopbackHttpClient& m_client;
    QString m_host;
    quint16 m_port;
    QByteArray m_request;
    QPointer<QTcpSocket> m_socket;
    HttpResponseParser m_parser;
    QByteArray m_body;
    qint64 m_written = 0;
    bool m_reused = false;
    bool m_replaced = false; ///< a kept-alive connection was already replaced once
    bool m_received = false; ///< any byte of the response arrived
    bool m_sent = false;
    bool m_writing = false; ///< inside write()
    bool m_metaData = false;
    bool m_finished = false;
    QString m_error;
};

} // namespace Providers
