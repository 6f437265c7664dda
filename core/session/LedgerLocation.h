#pragma once

#include "storage/ConnectionSettings.h"

#include <QObject>

#include <functional>

namespace Config {
class Profile;
struct AppConfig;
} // namespace Config
namespace Secrets {
class KeyStore;
}

namespace Session {

/// Where a profile's ledger lives, as connection settings: the profile's switchboard.db, or the
/// PostgreSQL server config.json's "ledger" section names (docs/STORAGE.md, docs/CONFIG.md).
/// The server's password is looked up like a provider's key: the keychain first (account
/// keychainAccount()), then the environment variable `password_env` names. It is never logged,
/// never written, and never part of a message.
namespace LedgerLocation {

/// The keychain account of the ledger's password; not a valid provider name, so it cannot clash.
QString keychainAccount();
/// Synchronous: the password from `password_env` only (or `password` when the caller has it).
Storage::ConnectionSettings settings(const Config::Profile& profile,
                                     const Config::AppConfig& config, const QString& password = {});
/// Asynchronous: the keychain (when `keychain` is given), then `password_env`. `done` runs on
/// the event loop, not at all once `context` is gone.
void resolve(const Config::Profile& profile, const Config::AppConfig& config,
             Secrets::KeyStore* keychain, QObject* context,
             std::function<void(const Storage::ConnectionSettings&)> done);

} // namespace LedgerLocation
} // namespace Session
