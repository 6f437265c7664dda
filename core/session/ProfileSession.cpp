#include "session/ProfileSession.h"

#include "config/ConfigFile.h"
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
    m_services = std::make_unique<ProfileServices>(m_profile, m_config, m_network, m_keys);
}

} // namespace Session
