#pragma once

#include "config/AppConfig.h"
#include "config/Profile.h"
#include "storage/ConnectionSettings.h"

#include <QObject>
#include <QStringList>

#include <memory>

class QNetworkAccessManager;

namespace Secrets {
class KeyResolver;
class KeyStore;
} // namespace Secrets

namespace Session {

class ProfileServices;

/// One profile as a long-running process holds it: config.json as last read, and the services
/// built over that configuration (ProfileServices: database, ledger, catalog, router). The
/// desktop app makes one at start; when config.json changes (the settings pages write it),
/// reload() reads it again and rebuilds the services. The router refers to the configuration, so
/// both are replaced together; whoever holds a RouteRun drops it on aboutToReload().
class ProfileSession final : public QObject {
    Q_OBJECT

public:
    ProfileSession(Config::Profile profile, QNetworkAccessManager& network,
                   const Secrets::KeyResolver& keys, QObject* parent = nullptr);
    ~ProfileSession() override;

    const Config::Profile& profile() const { return m_profile; }
    const Config::AppConfig& config() const { return m_config; }
    /// Why config.json could not be used as it is (each names the file and the place); the file is
    /// left untouched. Empty when it loaded.
    QStringList configErrors() const { return m_configErrors; }
    ProfileServices& services() { return *m_services; }
    /// Where the ledger is, as the services opened it: the profile's file, or the shared server
    /// (with its password once looked up; never shown).
    const Storage::ConnectionSettings& ledger() const { return m_ledger; }

    /// A shared ledger's password may be in the keychain (like `keys set --ledger` keeps it):
    /// from now on each load looks it up there too, asynchronously, and rebuilds the services
    /// over it when it is found (aboutToReload/reloaded, as for a reload). Without it only
    /// `password_env` is read.
    void lookUpLedgerPasswordIn(Secrets::KeyStore& keychain);

    /// config.json's "gateway" was just written (the desktop app's gateway switch): keeps this
    /// copy in step without a reload, so whoever saves config() next does not undo it. The
    /// services do not use it.
    void rememberGateway(const Config::GatewaySettings& gateway) { m_config.gateway = gateway; }

public Q_SLOTS:
    /// Reads config.json again and rebuilds the services over it.
    void reload();

Q_SIGNALS:
    /// The services are about to be replaced: drop every RouteRun of the old router now.
    void aboutToReload();
    void reloaded();

private:
    void load();
    void resolveLedgerPassword();

    Config::Profile m_profile;
    QNetworkAccessManager& m_network;
    const Secrets::KeyResolver& m_keys;
    Config::AppConfig m_config;
    QStringList m_configErrors;
    std::unique_ptr<ProfileServices> m_services;
    Storage::ConnectionSettings m_ledger;
    Secrets::KeyStore* m_keychain = nullptr;
    quint64 m_loads = 0; ///< a look-up answers only the load that asked
};

} // namespace Session
