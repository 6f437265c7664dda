#pragma once

#include "providers/LoopbackHttpClient.h"

class QNetworkAccessManager;
class QNetworkRequest;

namespace Providers {

class UpstreamReply;

/// Where a provider call's HTTP goes: plain http to a server on this machine through
/// LoopbackHttpClient, on this thread; everything else (https, other hosts) through
/// QNetworkAccessManager. One per thread that makes calls; owned by the Router.
class UpstreamClient {
public:
    enum class Transport {
        Automatic,   ///< loopback plain http direct, the rest through QNetworkAccessManager
        NetworkOnly, ///< everything through QNetworkAccessManager (tests compare the two)
    };

    explicit UpstreamClient(QNetworkAccessManager& network,
                            Transport transport = Transport::Automatic);

    /// Starts a POST; the reply belongs to `parent`.
    UpstreamReply* post(const QNetworkRequest& request, const QByteArray& body, QObject* parent);

    QNetworkAccessManager& network() const { return m_network; }
    LoopbackHttpClient& loopback() { return m_loopback; }

private:
    QNetworkAccessManager& m_network;
    Transport m_transport;
    LoopbackHttpClient m_loopback;
};

} // namespace Providers
