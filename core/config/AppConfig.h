#pragma once

#include "providers/ProviderCall.h"
#include "providers/ProviderConfig.h"

#include <QHash>
#include <QJsonObject>
#include <QList>

namespace Config {

/// What the user configured, as held in config.json. See docs/CONFIG.md for the schema.
struct AppConfig {
    static constexpr int SchemaVersion = 1;

    QList<Providers::ProviderConfig> providers;
    Providers::CallTimeouts timeouts;

    /// Top-level keys this build does not manage (written by a later feature or by hand): kept
    /// exactly as they were on save, so no edit is lost.
    QJsonObject otherKeys;
    /// The same for unknown keys inside each provider object, by provider name.
    QHash<QString, QJsonObject> otherProviderKeys;

    const Providers::ProviderConfig* findProvider(QStringView name) const;
};

} // namespace Config
