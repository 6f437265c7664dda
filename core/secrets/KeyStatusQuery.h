#pragma once

#include "providers/ProviderConfig.h"
#include "secrets/KeyResolver.h"
#include "secrets/KeyStoreResult.h"

#include <QList>
#include <QObject>

#include <optional>

namespace Secrets {

class KeyStore;

/// Where one provider's key comes from right now, for `keys status` and `providers list`.
struct KeyStatus {
    QString provider;
    QString apiKeyEnv;
    KeySource source = KeySource::None;
    /// Empty when the key is there and may be sent, or none is needed; else what to do.
    QString problem;
    /// What the keychain answered for this provider; empty when it was not asked.
    std::optional<KeyStoreStatus> keychain;

    static KeyStatus from(const Providers::ProviderConfig& provider, const KeyLookup& found);

    /// For tables: "keychain", "env VAR", "session", "none needed (local)", "missing (…)".
    QString label() const;
    /// For --json: "keychain", "env", "session", "none_needed", "missing".
    QString sourceName() const;
};

/// Resolves the key of every given provider the way a request would (keychain, environment,
/// session) and asks whether a keychain is there at all; ends with one `finished`, the statuses
/// in the order of the providers. Only where each key comes from leaves this object, never a key.
class KeyStatusQuery : public QObject {
    Q_OBJECT

public:
    KeyStatusQuery(KeyStore& store, const KeyResolver& keys,
                   QList<Providers::ProviderConfig> providers, QObject* parent = nullptr);
    void start();

Q_SIGNALS:
    void finished(const QList<Secrets::KeyStatus>& statuses,
                  const Secrets::KeyStoreResult& keychain);

private:
    void resolveAll();
    void finishIfComplete();

    KeyStore& m_store;
    const KeyResolver& m_keys;
    QList<Providers::ProviderConfig> m_providers;
    QList<KeyStatus> m_statuses;
    KeyStoreResult m_keychain;
    qsizetype m_pending = 0;
    bool m_done = false;
};

} // namespace Secrets
