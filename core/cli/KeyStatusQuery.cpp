#include "cli/KeyStatusQuery.h"

#include "secrets/KeyStore.h"

#include <QCoreApplication>

namespace Cli {

KeyStatus KeyStatus::from(const Providers::ProviderConfig& provider,
                          const Secrets::KeyLookup& found)
{
    KeyStatus status;
    status.provider = provider.name;
    status.apiKeyEnv = provider.apiKeyEnv;
    status.source = found.source;
    status.problem = found.problem;
    if (found.keychain)
        status.keychain = found.keychain->status;
    return status;
}

QString KeyStatus::label() const
{
    QString where;
    switch (source) {
    case Secrets::KeySource::Keychain:
        where = QCoreApplication::translate("Cli::KeyStatus", "keychain");
        break;
    case Secrets::KeySource::Environment:
        where = QCoreApplication::translate("Cli::KeyStatus", "env %1").arg(apiKeyEnv);
        break;
    case Secrets::KeySource::Session:
        where = QCoreApplication::translate("Cli::KeyStatus", "session");
        break;
    case Secrets::KeySource::None:
        break;
    }
    if (!where.isEmpty()) {
        return problem.isEmpty()
                   ? where
                   : QCoreApplication::translate("Cli::KeyStatus", "%1 (not sent over plain http)")
                         .arg(where);
    }
    if (problem.isEmpty())
        return QCoreApplication::translate("Cli::KeyStatus", "none needed (local)");
    if (keychain == Secrets::KeyStoreStatus::AccessDenied)
        return QCoreApplication::translate("Cli::KeyStatus", "missing (keychain locked)");
    if (keychain == Secrets::KeyStoreStatus::OtherError)
        return QCoreApplication::translate("Cli::KeyStatus", "missing (keychain error)");
    if (!apiKeyEnv.isEmpty())
        return QCoreApplication::translate("Cli::KeyStatus", "missing (env %1 not set)")
            .arg(apiKeyEnv);
    return QCoreApplication::translate("Cli::KeyStatus", "missing");
}

QString KeyStatus::sourceName() const
{
    switch (source) {
    case Secrets::KeySource::Keychain:
        return QStringLiteral("keychain");
    case Secrets::KeySource::Environment:
        return QStringLiteral("env");
    case Secrets::KeySource::Session:
        return QStringLiteral("session");
    case Secrets::KeySource::None:
        break;
    }
    return problem.isEmpty() ? QStringLiteral("none_needed") : QStringLiteral("missing");
}

KeyStatusQuery::KeyStatusQuery(Secrets::KeyStore& store, const Secrets::KeyResolver& keys,
                               QList<Providers::ProviderConfig> providers, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_keys(keys)
    , m_providers(std::move(providers))
{}

void KeyStatusQuery::start()
{
    m_store.checkBackend(this, [this](const Secrets::KeyStoreResult& keychain) {
        m_keychain = keychain;
        resolveAll();
    });
}

void KeyStatusQuery::resolveAll()
{
    m_statuses.resize(m_providers.size());
    m_pending = m_providers.size();
    for (qsizetype i = 0; i < m_providers.size(); ++i) {
        const Providers::ProviderConfig& provider = m_providers.at(i);
        m_keys.resolve(provider, this, [this, i, provider](const Secrets::KeyLookup& found) {
            m_statuses[i] = KeyStatus::from(provider, found);
            --m_pending;
            finishIfComplete();
        });
    }
    finishIfComplete();
}

void KeyStatusQuery::finishIfComplete()
{
    if (m_pending > 0 || m_done)
        return;
    m_done = true;
    Q_EMIT finished(m_statuses, m_keychain);
}

} // namespace Cli
