#pragma once

#include <QHostAddress>

namespace Gateway {

/// What the gateway accepts in one request. A request over a limit is refused with 413 or 400
/// before anything is routed (docs/GATEWAY.md, Limits).
struct RequestLimits {
    qint64 maxBodyBytes = 4 * 1024 * 1024; ///< the JSON body of one request
    int maxMessages = 1000;                ///< entries of `messages`
};

/// How the gateway listens.
struct GatewayOptions {
    static constexpr quint16 kDefaultPort = 8741;

    /// Loopback unless the user explicitly asks for another address (`serve --bind`).
    QHostAddress address = QHostAddress(QHostAddress::LocalHost);
    quint16 port = kDefaultPort; ///< 0: any free port (GatewayServer::port() says which)
    RequestLimits limits;
};

} // namespace Gateway
