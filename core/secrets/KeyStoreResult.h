#pragma once

#include <QString>

namespace Secrets {

/// How one keychain operation ended.
enum class KeyStoreStatus {
    Ok,
    NotFound,     ///< the keychain answered: no key is stored for that provider
    NoBackend,    ///< no keychain at all (no Secret Service on the session bus, no D-Bus)
    AccessDenied, ///< the keychain is locked, or the user or the system refused access
    OtherError,   ///< anything else; the message says what the keychain reported
};

/// A keychain answer as a value: the status, the key (reads only) and a readable message.
struct KeyStoreResult {
    KeyStoreStatus status = KeyStoreStatus::OtherError;
    QString key;     ///< the key that was read; empty for every other operation and on failure
    QString message; ///< plain words for the user, already redacted; empty on success

    bool ok() const { return status == KeyStoreStatus::Ok; }
};

/// Stable names for --json output: "ok", "not_found", "no_backend", "access_denied", "error".
QString keyStoreStatusName(KeyStoreStatus status);

} // namespace Secrets
