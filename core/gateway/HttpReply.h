#pragma once

#include "gateway/ApiError.h"

#include <QByteArray>
#include <QHttpServerResponder>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>

class QTcpSocket;

namespace Gateway {

/// One HTTP answer that outlives the route handler it was made in (the handler moves its
/// QHttpServerResponder here): a whole body, or an event stream written piece by piece with
/// `Transfer-Encoding: chunked` framed by hand. Writes nothing once the client is gone, and says
/// when everything written has left (`flushed`) or the client went away (`clientGone`), whichever
/// comes first; after either, the connection is QHttpServer's again (keep-alive).
class HttpReply : public QObject {
    Q_OBJECT

public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    explicit HttpReply(QHttpServerResponder&& responder, QObject* parent = nullptr);
    ~HttpReply() override;

    void sendJson(int status, const QByteArray& body, const Headers& headers = {});
    void sendError(const ApiError& error, const Headers& headers = {});
    /// 200 with `text/event-stream`; then writeEvent() any number of times, then endStream().
    void beginStream(const Headers& headers = {});
    void writeEvent(const QByteArray& bytes);
    void endStream();

    bool isStreaming() const { return m_streaming; }
    bool isGone() const { return m_gone; }
    bool isComplete() const { return m_complete; }

Q_SIGNALS:
    /// The client closed the connection before the answer was complete.
    void clientGone();
    /// The answer is complete and every byte of it was handed to the network.
    void flushed();

private:
    void writeHead(int status, const Headers& headers);
    void complete();
    /// Hands what was written to the kernel at once instead of on the next event-loop turn.
    void sendNow();
    void checkFlushed();

    QHttpServerResponder m_responder;
    QPointer<QTcpSocket> m_socket;
    bool m_streaming = false;
    bool m_complete = false;
    bool m_gone = false;
    bool m_flushedSent = false;
    bool m_sending = false; ///< inside sendNow()
};

} // namespace Gateway
