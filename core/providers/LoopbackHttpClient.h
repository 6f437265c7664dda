#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkRequest;
class QTcpSocket;
class QUrl;

namespace Providers {

class UpstreamReply;

/// Plain HTTP/1.1 to a server on this machine (Ollama, llama.cpp, LM Studio, the mock provider),
/// on the calling thread, over kept-alive connections.
///
/// Why not QNetworkAccessManager: it carries every request over a thread of its own, so each
/// call crosses threads twice each way, and it opens at most six connections per host. For a
/// server on loopback that hand-over is most of the latency the gateway adds
/// (docs/PERFORMANCE.md); no TLS, proxy or HTTP/2 is ever involved there. Everything else still
/// goes through QNetworkAccessManager (UpstreamClient decides).
class LoopbackHttpClient : public QObject {
    Q_OBJECT

public:
    explicit LoopbackHttpClient(QObject* parent = nullptr);
    ~LoopbackHttpClient() override;

    /// Whether `url` is plain http to this machine (127.0.0.0/8, ::1, localhost).
    static bool serves(const QUrl& url);
    /// The request as it goes on the wire: request line, `Host`, the request's headers,
    /// `Content-Length`, then the body.
    static QByteArray serialize(const QNetworkRequest& request, const QByteArray& body);

    /// Starts a POST; the reply is the caller's (or `parent`'s). Nothing is emitted before the
    /// event loop runs.
    UpstreamReply* post(const QNetworkRequest& request, const QByteArray& body,
                        QObject* parent = nullptr);

    /// Connections opened so far, and those idle now (kept alive for the next request).
    int connectionsOpened() const { return m_opened; }
    int idleConnections() const;

private:
    friend class LoopbackHttpReply;
    struct Idle {
        QPointer<QTcpSocket> socket;
        QElapsedTimer since;
    };

    /// A kept-alive connection to host:port, or a new unconnected socket (`reused` says which).
    QTcpSocket* take(const QString& host, quint16 port, bool* reused);
    /// A connection whose answer was read whole, kept for the next request to the same server.
    void giveBack(const QString& host, quint16 port, QTcpSocket* socket);
    void forget(QTcpSocket* socket);
    void closeExpired();

    QHash<QString, QList<Idle>> m_idle; ///< by "host:port"
    QTimer m_sweep;
    int m_opened = 0;
};

} // namespace Providers
