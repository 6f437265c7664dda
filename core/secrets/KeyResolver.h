#pragma once

#include "providers/ProviderConfig.h"
#include "secrets/KeyStoreResult.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace Secrets {

class KeyStore;

/// Where a provider's key was found.
enum class KeySource { None, Keychain, Environment, Session };

struct KeyLookup {
    QString key;
    /// Where the key was found. Also set when a key was found but is not handed out (see problem).
    KeySource source = KeySource::None;
    /// Why there is no key to send, in plain words that name what to do: none was found for a
    /// provider that needs one, or the base URL is plain http to another host. Empty otherwise.
    QString problem;
    /// What the keychain answered; empty when it was not asked (lookup(), or no KeyStore).
    std::optional<KeyStoreResult> keychain;
};

/// Finds the API key for a provider, in order: the OS keychain (when a KeyStore was given), the
/// environment variable its config names, a key held in memory for this session. A provider on a
/// loopback address with no `api_key_env` needs no key. A key is handed out only for a base URL it
/// may travel to (KeyTransportPolicy): https, or http to loopback, or allow_insecure_http.
/// Keys never leave this object except into a request's Authorization header.
class KeyResolver {
public:
    using Callback = std::function<void(const KeyLookup&)>;

    /// Without a keychain: environment and session only (tests, code that has no KeyStore).
    KeyResolver() = default;
    explicit KeyResolver(KeyStore& store);

    /// Finds the key asynchronously (the keychain answers later): `done` runs on the event loop,
    /// never inside this call, and not at all once `context` is destroyed. When the keychain is
    /// unavailable, falls through to the environment and the session and says so in `problem`
    /// if they have nothing either.
    void resolve(const Providers::ProviderConfig& provider, QObject* context, Callback done) const;

    /// The sources that answer at once (environment, session); never the keychain.
    KeyLookup lookup(const Providers::ProviderConfig& provider) const;
    void setSessionKey(const QString& providerName, const QString& key);

    bool hasKeyStore() const { return m_store != nullptr; }

private:
    KeyStore* m_store = nullptr;
    QHash<QString, QString> m_sessionKeys;
};

} // namespace Secrets
