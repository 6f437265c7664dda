#pragma once

#include "providers/ProviderAdapter.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Providers {

/// A provider's model list as last fetched, with when.
struct CachedModels {
    QDateTime fetchedAt; ///< UTC
    QList<ModelInfo> models;
};

/// Keeps each provider's model list in the profile (one JSON file per provider), so pickers and
/// price look-ups work without asking the network every time.
class ModelCache {
public:
    explicit ModelCache(QString directory);

    std::optional<CachedModels> load(const QString& provider) const;
    /// Returns a readable error, empty on success.
    QString save(const QString& provider, const CachedModels& models) const;
    void remove(const QString& provider) const;

private:
    QString pathFor(const QString& provider) const;

    QString m_directory;
};

} // namespace Providers
