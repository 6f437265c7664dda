#include "secrets/KeyResolver.h"

#include <QCoreApplication>

namespace Secrets {

KeyLookup KeyResolver::lookup(const Providers::ProviderConfig& provider) const
{
    if (!provider.apiKeyEnv.isEmpty()) {
        const QString key =
            qEnvironmentVariable(provider.apiKeyEnv.toLocal8Bit().constData()).trimmed();
        if (!key.isEmpty())
            return {key, KeySource::Environment, {}};
    }
    const QString session = m_sessionKeys.value(provider.name);
    if (!session.isEmpty())
        return {session, KeySource::Session, {}};
    // Local servers (Ollama, LM Studio, llama.cpp) take no key, unless the user named one.
    if (provider.apiKeyEnv.isEmpty() && Providers::isLoopback(provider.baseUrl))
        return {};
    KeyLookup missing;
    missing.problem =
        provider.apiKeyEnv.isEmpty()
            ? QCoreApplication::translate("Secrets", "no API key is configured for provider '%1'; "
                                                     "name an environment variable with "
                                                     "--api-key-env when adding it")
                  .arg(provider.name)
            : QCoreApplication::translate("Secrets",
                                          "no API key for provider '%1': the environment "
                                          "variable %2 is not set")
                  .arg(provider.name, provider.apiKeyEnv);
    return missing;
}

void KeyResolver::setSessionKey(const QString& providerName, const QString& key)
{
    if (key.isEmpty())
        m_sessionKeys.remove(providerName);
    else
        m_sessionKeys.insert(providerName, key);
}

} // namespace Secrets
