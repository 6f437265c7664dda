#pragma once

#include "secrets/KeyStoreResult.h"

#include <QObject>
#include <QStringList>

namespace Secrets {

/// Finds out, without blocking, whether a keychain can answer at all. On Linux and the BSDs
/// QtKeychain talks to a Secret Service (GNOME Keyring, KeePassXC, KWallet ≥ 5.97) or to KWallet
/// over the D-Bus session bus; when none is there its jobs fail with a D-Bus error text rather than
/// NoBackendAvailable, so the store asks the bus first: is one of those names owned, or can the
/// bus start it? On macOS (Keychain) and Windows (Credential Store) there is always one.
/// Ends with one `finished`: Ok, or NoBackend with a plain message.
class KeychainProbe : public QObject {
    Q_OBJECT

public:
    explicit KeychainProbe(QObject* parent = nullptr);
    void start();

    /// The bus names that count as a keychain.
    static QStringList backendNames();

Q_SIGNALS:
    void finished(const Secrets::KeyStoreResult& result);

private:
    void askBus(const QString& method);
    void finishWith(KeyStoreStatus status, const QString& message = {});

    bool m_done = false;
};

} // namespace Secrets
