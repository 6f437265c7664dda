#pragma once

#include "providers/ProviderConfig.h"

#include <QList>
#include <QString>

namespace Providers {

/// A known service: what to fill in when the user picks it by name. Adding an OpenAI-compatible
/// service is one row in ProviderPresets.cpp and nothing else (docs/PROVIDERS.md).
struct ProviderPreset {
    QString id;          ///< e.g. "groq"; used with --preset
    QString displayName; ///< e.g. "Groq"
    Kind kind;
    QUrl baseUrl;         ///< empty for "custom": the user gives it
    QString apiKeyEnv;    ///< the variable the service's own tools use; empty when none is needed
    QUrl keyPageUrl;      ///< where the user creates a key; empty for local servers
    QString testModel;    ///< a small, cheap model for `providers test`; empty: the first listed
    bool needsKey = true; ///< false for servers on this machine

    bool isLocal() const { return !needsKey; }
};

const QList<ProviderPreset>& providerPresets();
const ProviderPreset* findPreset(QStringView id);

} // namespace Providers
