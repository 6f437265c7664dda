#include "pricing/PriceCatalog.h"

#include "pricing/CatalogMatching.h"
#include "pricing/PriceUnits.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace Pricing {
namespace {

/// A price in the catalog file: a whole, non-negative number of µ$/MTok.
std::optional<qint64> catalogPrice(const QJsonObject& object, QLatin1String key)
{
    const QJsonValue value = object.value(key);
    if (!value.isDouble())
        return std::nullopt;
    const qint64 price = value.toInteger(-1);
    return price >= 0 ? std::optional<qint64>(price) : std::nullopt;
}

std::optional<qint64> listedPrice(const QString& usdPerToken)
{
    if (usdPerToken.startsWith(u'-')) // OpenRouter's "-1": the price varies
        return std::nullopt;
    return microUsdPerMTokFromUsdPerToken(usdPerToken);
}

/// The ids a listing or an override may use for `model`: as given, and without Gemini's
/// "models/" resource prefix.
QStringList listingKeys(const QString& model)
{
    QStringList keys{model.toLower()};
    if (keys.front().startsWith(QLatin1String("models/")))
        keys.append(keys.front().mid(7));
    return keys;
}

std::optional<qint64> firstOf(std::optional<qint64> a, std::optional<qint64> b)
{
    return a ? a : b;
}

} // namespace

QString PriceCatalog::bundledPath()
{
    return QStringLiteral(":/pricing/catalog.json");
}

QString PriceCatalog::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QCoreApplication::translate("Pricing", "%1: cannot be read: %2")
            .arg(path, file.errorString());
    return loadJson(file.readAll(), path);
}

QString PriceCatalog::loadJson(const QByteArray& json, const QString& label)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return QCoreApplication::translate("Pricing", "%1: not a price catalog: %2")
            .arg(label, parseError.errorString());
    const QJsonObject root = document.object();
    const QJsonValue models = root.value(QLatin1String("models"));
    if (!models.isObject())
        return QCoreApplication::translate("Pricing", "%1: not a price catalog: no models")
            .arg(label);

    QHash<QString, Entry> entries;
    const QJsonObject byProvider = models.toObject();
    for (auto provider = byProvider.begin(); provider != byProvider.end(); ++provider) {
        const QJsonObject byModel = provider.value().toObject();
        for (auto model = byModel.begin(); model != byModel.end(); ++model) {
            const QJsonObject object = model.value().toObject();
            Entry entry;
            entry.prices.input = catalogPrice(object, QLatin1String("input"));
            entry.prices.output = catalogPrice(object, QLatin1String("output"));
            entry.prices.cacheRead = catalogPrice(object, QLatin1String("cache_read"));
            entry.prices.cacheWrite = catalogPrice(object, QLatin1String("cache_write"));
            entry.prices.reasoning = catalogPrice(object, QLatin1String("reasoning"));
            if (const std::optional<qint64> context =
                    catalogPrice(object, QLatin1String("context"));
                context && *context > 0)
                entry.contextWindow = context;
            if (!entry.prices.isPriced())
                continue;
            // Two ids differing only in case: the first (in the file's sorted order) stays.
            const QString key = catalogKey(provider.key(), model.key());
            if (!entries.contains(key))
                entries.insert(key, entry);
        }
    }
    m_entries = std::move(entries);
    m_asOf = QDate::fromString(root.value(QLatin1String("as_of")).toString(), Qt::ISODate);
    return {};
}

void PriceCatalog::setOverrides(const QList<PriceOverride>& overrides)
{
    m_overrides = overrides;
}

void PriceCatalog::addListing(const QString& providerName,
                              const QList<Providers::ModelInfo>& models, const QDate& asOf)
{
    Listing listing;
    listing.asOf = asOf;
    for (const Providers::ModelInfo& model : models) {
        Entry entry;
        entry.prices.input = listedPrice(model.inputUsdPerToken);
        entry.prices.output = listedPrice(model.outputUsdPerToken);
        if (model.contextWindow && *model.contextWindow > 0)
            entry.contextWindow = model.contextWindow;
        listing.models.insert(model.id.toLower(), entry);
    }
    m_listings.insert(providerName, listing);
}

const PriceOverride* PriceCatalog::overrideFor(const QString& providerName,
                                               const QString& model) const
{
    const QStringList keys = listingKeys(model);
    for (const PriceOverride& candidate : m_overrides) {
        if (candidate.provider == providerName && candidate.prices.isPriced()
            && keys.contains(candidate.model.toLower()))
            return &candidate;
    }
    return nullptr;
}

const PriceCatalog::Entry* PriceCatalog::listed(const QString& providerName,
                                                const QString& model) const
{
    const auto listing = m_listings.constFind(providerName);
    if (listing == m_listings.cend())
        return nullptr;
    for (const QString& key : listingKeys(model)) {
        if (const auto entry = listing->models.constFind(key); entry != listing->models.cend())
            return &entry.value();
    }
    return nullptr;
}

const PriceCatalog::Entry* PriceCatalog::cataloged(const Providers::ProviderConfig& provider,
                                                   const QString& model) const
{
    const QString catalogProvider = catalogProviderFor(provider);
    if (catalogProvider.isEmpty())
        return nullptr;
    for (const QString& key : catalogModelKeys(catalogProvider, model)) {
        if (const auto entry = m_entries.constFind(catalogKey(catalogProvider, key));
            entry != m_entries.cend())
            return &entry.value();
    }
    return nullptr;
}

std::optional<ModelFacts> PriceCatalog::find(const Providers::ProviderConfig& provider,
                                             const QString& model) const
{
    const Entry* fromListing = listed(provider.name, model);
    const Entry* fromCatalog = cataloged(provider, model);
    const std::optional<qint64> listedContext =
        fromListing ? fromListing->contextWindow : std::nullopt;
    const std::optional<qint64> catalogContext =
        fromCatalog ? fromCatalog->contextWindow : std::nullopt;

    ModelFacts facts;
    if (const PriceOverride* userPrice = overrideFor(provider.name, model)) {
        facts.prices = userPrice->prices;
        facts.source = QStringLiteral("override");
        facts.contextWindow = firstOf(listedContext, catalogContext);
    } else if (isLocalProvider(provider)) {
        facts.prices.input = 0;
        facts.prices.output = 0;
        facts.prices.cacheRead = 0;
        facts.prices.cacheWrite = 0;
        facts.source = QStringLiteral("local");
        facts.contextWindow = listedContext;
    } else if (fromListing && fromListing->prices.isPriced()) {
        facts.prices = fromListing->prices;
        facts.source = QStringLiteral("listing");
        facts.asOf = m_listings.constFind(provider.name)->asOf;
        facts.contextWindow = firstOf(listedContext, catalogContext);
    } else if (fromCatalog) {
        facts.prices = fromCatalog->prices;
        facts.source = QStringLiteral("catalog");
        facts.asOf = m_asOf;
        facts.contextWindow = firstOf(catalogContext, listedContext);
    } else {
        return std::nullopt;
    }
    return facts;
}

} // namespace Pricing
