#include "providers/UpstreamClient.h"

#include "providers/NetworkUpstreamReply.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace Providers {

UpstreamClient::UpstreamClient(QNetworkAccessManager& network, Transport transport)
    : m_network(network)
    , m_transport(transport)
{}

UpstreamReply* UpstreamClient::post(const QNetworkRequest& request, const QByteArray& body,
                                    QObject* parent)
{
    if (m_transport == Transport::Automatic && LoopbackHttpClient::serves(request.url()))
        return m_loopback.post(request, body, parent);
    return new NetworkUpstreamReply(m_network.post(request, body), parent);
}

} // namespace Providers
