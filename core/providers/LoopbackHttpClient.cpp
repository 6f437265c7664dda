#include "providers/LoopbackHttpClient.h"

#include "providers/LoopbackHttpReply.h"

#include <QHostAddress>
#include <QNetworkRequest>
#include <QTcpSocket>
#include <QUrl>

namespace Providers {
namespace {

/// Idle connections kept per server, and for how long.
constexpr int kMaxIdlePerServer = 32;
constexpr int kIdleMs = 30'000;

QString serverKey(const QString& host, quint16 port)
{
    return host + u':' + QString::number(port);
}

} // namespace

LoopbackHttpClient::LoopbackHttpClient(QObject* parent)
    : QObject(parent)
{
    m_sweep.setInterval(kIdleMs / 3);
    connect(&m_sweep, &QTimer::timeout, this, &LoopbackHttpClient::closeExpired);
}

LoopbackHttpClient::~LoopbackHttpClient()
{
    for (const QList<Idle>& idle : std::as_const(m_idle)) {
        for (const Idle& entry : idle) {
            if (entry.socket)
                entry.socket->abort();
        }
    }
}

bool LoopbackHttpClient::serves(const QUrl& url)
{
    if (url.scheme() != u"http")
        return false;
    const QString host = url.host();
    return host.compare(u"localhost", Qt::CaseInsensitive) == 0 || QHostAddress(host).isLoopback();
}

QByteArray LoopbackHttpClient::serialize(const QNetworkRequest& request, const QByteArray& body)
{
    const QUrl url = request.url();
    QByteArray target = url.path(QUrl::FullyEncoded).toLatin1();
    if (target.isEmpty())
        target = "/";
    if (url.hasQuery())
        target += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']';
    if (url.port(80) != 80)
        host += ':' + QByteArray::number(url.port());

    QByteArray head;
    head.reserve(512 + body.size());
    head += "POST " + target + " HTTP/1.1\r\nHost: " + host + "\r\n";
    const QList<QByteArray> names = request.rawHeaderList();
    for (const QByteArray& name : names) {
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0
            || name.compare("Host", Qt::CaseInsensitive) == 0)
            continue;
        head += name + ": " + request.rawHeader(name) + "\r\n";
    }
    head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n";
    head += body;
    return head;
}

UpstreamReply* LoopbackHttpClient::post(const QNetworkRequest& request, const QByteArray& body,
                                        QObject* parent)
{
    const QUrl url = request.url();
    return new LoopbackHttpReply(*this, url.host(), quint16(url.port(80)), serialize(request, body),
                                 parent);
}

int LoopbackHttpClient::idleConnections() const
{
    int count = 0;
    for (const QList<Idle>& idle : m_idle)
        count += int(idle.size());
    return count;
}

QTcpSocket* LoopbackHttpClient::take(const QString& host, quint16 port, bool* reused)
{
    const auto found = m_idle.find(serverKey(host, port));
    if (found != m_idle.end()) {
        while (!found->isEmpty()) {
            const Idle entry = found->takeLast(); // the most recently used is the likeliest alive
            if (!entry.socket || entry.socket->state() != QAbstractSocket::ConnectedState
                || entry.socket->bytesAvailable() > 0) {
                if (entry.socket) {
                    entry.socket->disconnect(this);
                    entry.socket->abort();
                    entry.socket->deleteLater();
                }
                continue;
            }
            entry.socket->disconnect(this);
            *reused = true;
            return entry.socket;
        }
    }
    *reused = false;
    ++m_opened;
    return new QTcpSocket(this);
}

void LoopbackHttpClient::giveBack(const QString& host, quint16 port, QTcpSocket* socket)
{
    QList<Idle>& idle = m_idle[serverKey(host, port)];
    if (idle.size() >= kMaxIdlePerServer) {
        socket->abort();
        socket->deleteLater();
        return;
    }
    // A server that closes an idle connection, or talks without being asked, ends it.
    connect(socket, &QTcpSocket::disconnected, this, [this, socket] { forget(socket); });
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { forget(socket); });
    Idle entry;
    entry.socket = socket;
    entry.since.start();
    idle.append(entry);
    if (!m_sweep.isActive())
        m_sweep.start();
}

void LoopbackHttpClient::forget(QTcpSocket* socket)
{
    for (QList<Idle>& idle : m_idle) {
        idle.removeIf([socket](const Idle& entry) { return entry.socket == socket; });
    }
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
}

void LoopbackHttpClient::closeExpired()
{
    bool any = false;
    for (QList<Idle>& idle : m_idle) {
        idle.removeIf([](const Idle& entry) {
            if (entry.socket && !entry.since.hasExpired(kIdleMs))
                return false;
            if (entry.socket) {
                entry.socket->abort();
                entry.socket->deleteLater();
            }
            return true;
        });
        any = any || !idle.isEmpty();
    }
    if (!any)
        m_sweep.stop();
}

} // namespace Providers
