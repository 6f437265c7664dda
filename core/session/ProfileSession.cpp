#include "session/ProfileSession.h"

#include "config/ConfigFile.h"
#include "session/LedgerLocation.h"
#include "session/ProfileServices.h"

namespace Session {

ProfileSession::ProfileSession(Config::Profile profile, QNetworkAccessManager& network,
                               const Secrets::KeyResolver& keys, QObject* parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_network(network)
    , m_keys(keys)
{
    load();
}

ProfileSession::~ProfileSession() = default;

void ProfileSession::reload()
{
    Q_EMIT aboutToReload();
    m_services.reset(); // before the configuration it refers to changes
    load();
    Q_EMIT reloaded();
}

void ProfileSession::load()
{
    Config::LoadResult result = Config::ConfigFile(m_profile.configPath()).load();
    m_config = std::move(result.config);
    m_configErrors = std::move(result.errors);
    m_ledger = LedgerLocation::settings(m_profile, m_config);
    m_services =
        std::make_unique<ProfileServices>(m_profile, m_config, m_network, m_keys, m_ledger);
    ++m_loads;
    resolveLedgerPassword();
}

void ProfileSession::lookUpLedgerPasswordIn(Secrets::KeyStore& keychain)
{
    m_keychain = &keychain;
    resolveLedgerPassword();
}

void ProfileSession::resolveLedgerPassword()
{
    if (!m_keychain || !m_config.ledger.isShared())
        return;
    const quint64 load = m_loads;
    LedgerLocation::resolve(m_profile, m_config, m_keychain, this,
                            [this, load](const Storage::ConnectionSettings& ledger) {
                                if (load != m_loads || ledger.password == m_ledger.password)
                                    return; // a newer load asked, or nothing new was found
                                Q_EMIT aboutToReload();
                                m_services.reset();
                                m_ledger = ledger;
                                m_services = std::make_unique<ProfileServices>(
                                    m_profile, m_config, m_network, m_keys, m_ledger);
                                Q_EMIT reloaded();
                            });
}

} // namespace Session
