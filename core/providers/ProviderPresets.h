#pragma once

#include "providers/ProviderConfig.h"

#include <QList>
#include <QString>

namespace Providers {

/// A known service: what to fill in when the user picks it by name.
struct ProviderPreset {
    QString id;          ///< e.g. "groq"; used with --preset
    QString displayName; ///< e.g. "Groq"
    Kind kind;
    QUrl baseUrl;
    QString apiKeyEnv;  ///< the variable the service's own tools use; empty for local servers
    bool local = false; ///< runs on this machine; needs no key
};

const QList<ProviderPreset>& providerPresets();
const ProviderPreset* findPreset(QStringView id);

} // namespace Providers
