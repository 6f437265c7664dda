#pragma once

#include "providers/ProviderConfig.h"

#include <QHash>
#include <QString>

namespace Secrets {

/// Where a provider's key was found.
enum class KeySource { None, Environment, Session };

struct KeyLookup {
    QString key;
    KeySource source = KeySource::None;
    /// When no key was found for a provider that needs one: what to do, in plain words.
    QString problem;
};

/// Finds the API key for a provider: the environment variable its config names, then a key held
/// in memory for this session. (The OS keychain joins as the first source with the keys issue.)
/// Keys never leave this object except into a request's Authorization header.
class KeyResolver {
public:
    KeyLookup lookup(const Providers::ProviderConfig& provider) const;
    void setSessionKey(const QString& providerName, const QString& key);

private:
    QHash<QString, QString> m_sessionKeys;
};

} // namespace Secrets
