#include "gateway/BoundedTcpServer.h"

#include <QTcpSocket>
#include <QVariant>

namespace Gateway {
namespace {

const char* const kBudgetProperty = "switchboardByteBudget";

/// Bytes received on one connection since its last request was handled.
class ByteBudget : public QObject {
public:
    ByteBudget(QTcpSocket* socket, qint64 limit, const QByteArray& refusal)
        : QObject(socket)
        , m_socket(socket)
        , m_limit(limit)
        , m_refusal(refusal)
    {
        // Connected before QHttpServer connects its own reader, so this runs first on every
        // readyRead and sees the bytes before they are read.
        connect(socket, &QTcpSocket::readyRead, this, &ByteBudget::onReadyRead);
    }

    void reset() { m_received = 0; }

private:
    void onReadyRead()
    {
        if (m_refused) {
            m_socket->readAll();
            return;
        }
        m_received += m_socket->bytesAvailable();
        if (m_received <= m_limit)
            return;
        m_refused = true;
        m_socket->readAll();
        m_socket->write(m_refusal);
        m_socket->disconnectFromHost();
    }

    QTcpSocket* m_socket;
    qint64 m_limit;
    QByteArray m_refusal;
    qint64 m_received = 0;
    bool m_refused = false;
};

} // namespace

BoundedTcpServer::BoundedTcpServer(qint64 maxRequestBytes, QByteArray refusal, QObject* parent)
    : QTcpServer(parent)
    , m_maxRequestBytes(maxRequestBytes)
    , m_refusal(std::move(refusal))
{}

void BoundedTcpServer::requestHandled(QTcpSocket* socket)
{
    if (!socket)
        return;
    if (auto* budget =
            static_cast<ByteBudget*>(socket->property(kBudgetProperty).value<QObject*>()))
        budget->reset();
}

void BoundedTcpServer::incomingConnection(qintptr socketDescriptor)
{
    auto* socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    auto* budget = new ByteBudget(socket, m_maxRequestBytes, m_refusal);
    socket->setProperty(kBudgetProperty, QVariant::fromValue<QObject*>(budget));
    addPendingConnection(socket);
}

} // namespace Gateway
