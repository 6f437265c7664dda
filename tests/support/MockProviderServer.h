#pragma once

#include "HttpRequestParser.h"
#include "MockReply.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QUrl>

#include <optional>

class QTcpServer;

namespace TestSupport {

namespace detail {
class MockConnection;
}

/// The boundary fake for every provider: a real HTTP/1.1 server on 127.0.0.1 that answers each
/// request with the next queued MockReply (played byte for byte, faults included), or, when the
/// queue is empty, with an OpenAI-compatible answer generated from the request. Records every
/// request. Control endpoints under `/__mock/` let another process script it
/// (docs/MOCK_PROVIDER.md).
class MockProviderServer : public QObject {
    Q_OBJECT

public:
    explicit MockProviderServer(QObject* parent = nullptr);
    ~MockProviderServer() override;

    /// Listens on QHostAddress::LocalHost; port 0 picks a free one.
    bool listen(quint16 port = 0);
    bool isListening() const;
    QString errorString() const;
    quint16 port() const;
    /// `http://127.0.0.1:PORT/v1`: what a provider config's base URL is set to.
    QUrl baseUrl() const;
    /// `http://127.0.0.1:PORT` + `pathAndQuery` (which starts with '/').
    QUrl url(const QString& pathAndQuery) const;

    /// Queues a reply (FIFO): each request to a non-control path takes the next one.
    void enqueue(MockReply reply);
    void enqueue(const QList<MockReply>& replies);
    qsizetype queuedReplies() const { return m_queue.size(); }
    void clearQueue() { m_queue.clear(); }
    /// Served when the queue is empty instead of the generated answers; nullopt restores those.
    void setDefaultReply(std::optional<MockReply> reply) { m_defaultReply = std::move(reply); }

    /// Every non-control request so far, in arrival order.
    QList<RecordedRequest> requests() const { return m_requests; }
    void clearRequests() { m_requests.clear(); }
    /// Clears the queue and the recorded requests (the default reply stays).
    void reset();
    /// Client connections currently open.
    int openConnections() const;

Q_SIGNALS:
    void requestReceived(const TestSupport::RecordedRequest& request);
    /// A reply was played to its end: the last byte written, or the connection dropped by plan.
    void replyFinished();

private:
    friend class detail::MockConnection;

    void onNewConnection();
    /// The reply for one complete request (records it unless it is a control request).
    MockReply replyFor(const RecordedRequest& request);
    MockReply controlReply(const RecordedRequest& request);
    static MockReply generatedReply(const RecordedRequest& request);

    QTcpServer* m_server = nullptr;
    QList<MockReply> m_queue;
    std::optional<MockReply> m_defaultReply;
    QList<RecordedRequest> m_requests;
    QSet<detail::MockConnection*> m_connections;
};

} // namespace TestSupport
