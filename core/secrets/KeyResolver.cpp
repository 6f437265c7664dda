#include "secrets/KeyResolver.h"

#include "secrets/KeyStore.h"
#include "secrets/KeyTransportPolicy.h"

#include <QCoreApplication>
#include <QTimer>

namespace Secrets {
namespace {

/// The environment variable, then the session; no problem text yet.
KeyLookup findAtOnce(const Providers::ProviderConfig& provider,
                     const QHash<QString, QString>& sessionKeys)
{
    if (!provider.apiKeyEnv.isEmpty()) {
        const QString key =
            qEnvironmentVariable(provider.apiKeyEnv.toLocal8Bit().constData()).trimmed();
        if (!key.isEmpty())
            return {key, KeySource::Environment, {}, {}};
    }
    const QString session = sessionKeys.value(provider.name);
    if (!session.isEmpty())
        return {session, KeySource::Session, {}, {}};
    return {};
}

/// What to do when no source had a key, given what the keychain said (nothing when not asked).
QString missingKeyProblem(const Providers::ProviderConfig& provider,
                          const std::optional<KeyStoreResult>& keychain)
{
    const QString& name = provider.name;
    const QString& variable = provider.apiKeyEnv;
    if (!keychain) {
        // No keychain to offer: only the environment.
        return variable.isEmpty()
                   ? QCoreApplication::translate(
                         "Secrets",
                         "no API key is configured for provider '%1'; name an environment "
                         "variable with switchboard-cli providers set %1 --api-key-env VAR "
                         "and export it")
                         .arg(name)
                   : QCoreApplication::translate(
                         "Secrets",
                         "no API key for provider '%1': the environment variable %2 is not "
                         "set")
                         .arg(name, variable);
    }
    switch (keychain->status) {
    case KeyStoreStatus::Ok:
    case KeyStoreStatus::NotFound:
        return variable.isEmpty()
                   ? QCoreApplication::translate(
                         "Secrets", "no API key for provider '%1': store one in the keychain with "
                                    "switchboard-cli keys set %1 (it reads the key from stdin)")
                         .arg(name)
                   : QCoreApplication::translate(
                         "Secrets",
                         "no API key for provider '%1': none in the keychain and %2 is not "
                         "set; store one with switchboard-cli keys set %1 (it reads the key "
                         "from stdin), or export %2=…")
                         .arg(name, variable);
    case KeyStoreStatus::NoBackend:
        return variable.isEmpty()
                   ? QCoreApplication::translate(
                         "Secrets",
                         "no API key for provider '%1': no keychain is available on this "
                         "system; name an environment variable with switchboard-cli "
                         "providers set %1 --api-key-env VAR and export it")
                         .arg(name)
                   : QCoreApplication::translate(
                         "Secrets",
                         "no API key for provider '%1': no keychain is available on this "
                         "system and %2 is not set; export %2=…")
                         .arg(name, variable);
    case KeyStoreStatus::AccessDenied:
    case KeyStoreStatus::OtherError:
        break;
    }
    return variable.isEmpty()
               ? QCoreApplication::translate("Secrets", "no API key for provider '%1': %2")
                     .arg(name, keychain->message)
               : QCoreApplication::translate("Secrets",
                                             "no API key for provider '%1': %2; or export %3=…")
                     .arg(name, keychain->message, variable);
}

/// The key found (or not) turned into the answer: refused for a base URL it may not travel to,
/// not needed for a local server, or missing with what to do.
KeyLookup finish(const Providers::ProviderConfig& provider, KeyLookup found)
{
    if (found.source != KeySource::None) {
        const QString refused = keyTransportProblem(provider);
        if (!refused.isEmpty()) {
            found.key.clear();
            found.problem = refused;
        }
        return found;
    }
    // Local servers (Ollama, LM Studio, llama.cpp) take no key, unless the user named one.
    if (provider.apiKeyEnv.isEmpty() && Providers::isLoopback(provider.baseUrl))
        return found;
    found.problem = missingKeyProblem(provider, found.keychain);
    return found;
}

} // namespace

KeyResolver::KeyResolver(KeyStore& store)
    : m_store(&store)
{}

void KeyResolver::resolve(const Providers::ProviderConfig& provider, QObject* context,
                          Callback done) const
{
    // The environment and the session as they are now; the keychain comes first when it answers.
    KeyLookup atOnce = findAtOnce(provider, m_sessionKeys);
    if (!m_store) {
        QTimer::singleShot(0, context, [found = finish(provider, atOnce), done = std::move(done)] {
            done(found);
        });
        return;
    }
    m_store->get(provider.name, context,
                 [provider, atOnce = std::move(atOnce),
                  done = std::move(done)](const KeyStoreResult& keychain) {
                     KeyLookup found;
                     if (keychain.ok())
                         found = {keychain.key, KeySource::Keychain, {}, {}};
                     else
                         found = atOnce;
                     found.keychain = keychain;
                     found.keychain->key.clear();
                     done(finish(provider, std::move(found)));
                 });
}

KeyLookup KeyResolver::lookup(const Providers::ProviderConfig& provider) const
{
    return finish(provider, findAtOnce(provider, m_sessionKeys));
}

void KeyResolver::setSessionKey(const QString& providerName, const QString& key)
{
    if (key.isEmpty())
        m_sessionKeys.remove(providerName);
    else
        m_sessionKeys.insert(providerName, key);
}

} // namespace Secrets
