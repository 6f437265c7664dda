#pragma once

#include "pricing/ModelFacts.h"
#include "pricing/PriceOverride.h"
#include "providers/ProviderAdapter.h"
#include "providers/ProviderConfig.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace Pricing {

/// Every price Switchboard knows, and the one answer to "what does this model of this provider
/// cost?". Sources, strongest first (docs/PRICING.md):
///   1. the user's overrides from config.json ("prices"), for any provider, local ones included;
///   2. local servers (isLocalProvider()): zero;
///   3. the provider's own model listing, when it states prices (OpenRouter);
///   4. the catalog built into the program from LiteLLM's price list, matched by the rules in
///      CatalogMatching.h.
/// A model none of them prices has no facts: unknown is never reported as free.
///
/// Not a QObject, no I/O after load(): build one, hand it down by reference, read it from any
/// thread once it is set up.
class PriceCatalog {
public:
    /// The catalog built into the program (resources/pricing, generated at build time).
    static QString bundledPath();

    /// Reads a catalog file, by default the bundled one, replacing the catalog part (overrides and
    /// listings stay). Returns a readable error, empty on success; on error nothing changes.
    QString load(const QString& path = bundledPath());
    /// The same from the file's bytes; `label` names the source in the error.
    QString loadJson(const QByteArray& json, const QString& label);

    /// The date the catalog's prices were current; invalid before a load.
    QDate asOf() const { return m_asOf; }
    /// How many chat models the catalog prices.
    qsizetype modelCount() const { return m_entries.size(); }

    /// The user's prices (config.json "prices"); replaces the previous set.
    void setOverrides(const QList<PriceOverride>& overrides);
    /// A provider's model listing (by the provider's configured name), replacing any earlier one
    /// of that provider. Listed prices are decimal strings in USD per token, read exactly; a
    /// negative price (OpenRouter's "-1" for "varies") counts as unstated. `asOf` is when the
    /// listing was fetched.
    void addListing(const QString& providerName, const QList<Providers::ModelInfo>& models,
                    const QDate& asOf = {});

    /// What `model` costs at `provider`; nullopt when no source prices it.
    std::optional<ModelFacts> find(const Providers::ProviderConfig& provider,
                                   const QString& model) const;

private:
    struct Entry {
        TokenPrices prices;
        std::optional<qint64> contextWindow;
    };
    struct Listing {
        QDate asOf;
        QHash<QString, Entry> models; ///< by lower-cased model id
    };

    const PriceOverride* overrideFor(const QString& providerName, const QString& model) const;
    const Entry* listed(const QString& providerName, const QString& model) const;
    const Entry* cataloged(const Providers::ProviderConfig& provider, const QString& model) const;

    QHash<QString, Entry> m_entries; ///< by catalogKey(provider, model)
    QDate m_asOf;
    QList<PriceOverride> m_overrides;
    QHash<QString, Listing> m_listings; ///< by provider name
};

} // namespace Pricing
