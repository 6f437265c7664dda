#pragma once

#include <QJsonObject>

namespace Config {

/// config.json "gateway": whether the desktop app serves the local OpenAI-compatible gateway and
/// on which port (docs/CONFIG.md, docs/GATEWAY.md). Remembered when the user flips the switch in
/// the app; `switchboard-cli serve` takes its own --port. The token is never here: it lives in
/// the keychain (account "gateway:token").
struct GatewaySettings {
    static constexpr quint16 kDefaultPort = 8741;

    bool enabled = false;
    quint16 port = kDefaultPort; ///< 0: any free port, chosen at each start
    /// Keys this build does not know, kept exactly as they were on save.
    QJsonObject otherKeys;

    friend bool operator==(const GatewaySettings&, const GatewaySettings&) = default;
};

} // namespace Config
