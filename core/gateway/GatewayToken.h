#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace Secrets {
class KeyStore;
}

namespace Gateway {

/// Where the gateway's bearer token came from.
enum class TokenSource {
    Environment, ///< SWITCHBOARD_GATEWAY_TOKEN: chosen by whoever started the gateway
    Keychain,    ///< the OS keychain, under its own account (created there on first use)
    Memory,      ///< no keychain: made for this run only, never written anywhere
};

struct TokenResult {
    QString token; ///< empty only with an error
    TokenSource source = TokenSource::Memory;
    bool created = false; ///< generated just now
    QString message;      ///< what the user should know (no keychain, …); never holds the token
    QString error;        ///< why there is no token (a bad SWITCHBOARD_GATEWAY_TOKEN); else empty
};

/// The gateway's bearer token (docs/GATEWAY.md, Token). It lives in the OS keychain through
/// Secrets::KeyStore under an account that no provider can have (provider names have no ':'),
/// is generated with a cryptographically secure generator on first use, and without a keychain
/// is held in memory for this run only — said plainly, never written to disk.
namespace GatewayToken {

using Callback = std::function<void(const TokenResult&)>;

/// The keychain account: "gateway:token".
QString keychainAccount();
/// SWITCHBOARD_GATEWAY_TOKEN: when set, the token (at least kMinLength characters) and the
/// keychain is not asked.
const char* environmentVariable();
constexpr int kMinLength = 16;

/// The token to use: the variable's, else the keychain's, else a new one stored there, else a
/// new one in memory. `done` runs on the event loop, never inside this call, and not once
/// `context` is gone.
void obtain(Secrets::KeyStore& store, QObject* context, Callback done);
/// A new token replaces the keychain's (the old one stops working at the gateway's next
/// setToken). Without a keychain the new token is in memory only, and the message says so.
void regenerate(Secrets::KeyStore& store, QObject* context, Callback done);

} // namespace GatewayToken
} // namespace Gateway
