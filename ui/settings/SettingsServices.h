#pragma once

class QNetworkAccessManager;

namespace Config {
class ConfigStore;
}
namespace Secrets {
class KeyResolver;
class KeyStore;
} // namespace Secrets

namespace Ui {

/// What the settings and the welcome flow work on, built once by the app's main and handed down
/// by reference: the profile's config.json, the keychain, the key resolver (which also holds keys
/// kept in memory for the session) and the network.
struct SettingsServices {
    Config::ConfigStore& config;
    Secrets::KeyStore& keyStore;
    Secrets::KeyResolver& keys;
    QNetworkAccessManager& network;
};

} // namespace Ui
