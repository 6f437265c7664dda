#include "secrets/KeyStatusQuery.h"

#include "secrets/KeyStore.h"

#include <QCoreApplication>

namespace Secrets {

KeyStatus KeyStatus::from(const Providers::ProviderConfig& provider, const KeyLookup& found)
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
    case KeySource::Keychain:
        where = QCoreApplication::translate("Secrets::KeyStatus", "keychain");
        break;
    case KeySource::Environment:
        where = QCoreApplication::translate("Secrets::KeyStatus", "env %1").arg(apiKeyEnv);
        break;
    case KeySource::Session:
        where = QCoreApplication::translate("Secrets::KeyStatus", "session");
        break;
    case KeySource::None:
        break;
    }
    if (!where.isEmpty()) {
        return problem.isEmpty() ? where
                                 : QCoreApplication::translate("Secrets::KeyStatus",
                                                               "%1 (not sent over plain http)")
                                       .arg(where);
    }
    if (problem.isEmpty())
        return QCoreApplication::translate("Secrets::KeyStatus", "none needed (local)");
    if (keychain == KeyStoreStatus::AccessDenied)
        return QCoreApplication::translate("Secrets::KeyStatus", "missing (keychain locked)");
    if (keychain == KeyStoreStatus::OtherError)
        return QCoreApplication::translate("Secrets::KeyStatus", "missing (keychain error)");
    if (!apiKeyEnv.isEmpty())
        return QCoreApplication::translate("Secrets::KeyStatus", "missing (env %1 not set)")
            .arg(apiKeyEnv);
    return QCoreApplication::translate("Secrets::KeyStatus", "missing");
}

QString KeyStatus::sourceName() const
{
    switch (source) {
    case KeySource::Keychain:
        return QStringLiteral("keychain");
    case KeySource::Environment:
        return QStringLiteral("env");
    case KeySource::Session:
        return QStringLiteral("session");
    case KeySource::None:
        break;
    }
    return problem.isEmpty() ? QStringLiteral("none_needed") : QStringLiteral("missing");
}

KeyStatusQuery::KeyStatusQuery(KeyStore& store, const KeyResolver& keys,
                               QList<Providers::ProviderConfig> providers, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_keys(keys)
    , m_providers(std::move(providers))
{}

void KeyStatusQuery::start()
{
    m_store.checkBackend(this, [this](const KeyStoreResult& keychain) {
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
        m_keys.resolve(provider, this, [this, i, provider](const KeyLookup& found) {
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

} // namespace Secrets
