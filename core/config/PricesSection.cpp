#include "config/PricesSection.h"

#include "pricing/PriceUnits.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace Config {
namespace {

// A million dollars per million tokens: far above any real price, far below qint64's limits.
constexpr qint64 kMaxMicroUsdPerMTok = qint64(1000000) * 1000000;

const QLatin1String kProvider("provider");
const QLatin1String kModel("model");
const QLatin1String kInput("input_usd_per_mtok");
const QLatin1String kOutput("output_usd_per_mtok");
const QLatin1String kCacheRead("cache_read_usd_per_mtok");
const QLatin1String kCacheWrite("cache_write_usd_per_mtok");

QString rowKey(const QString& provider, const QString& model)
{
    return provider + u'/' + model;
}

/// One price in USD per million tokens. `ok` turns false when the member is present but wrong.
std::optional<qint64> readPrice(const QJsonObject& object, QLatin1String key, bool required,
                                const QString& where, ConfigErrors& errors, bool& ok)
{
    const QJsonValue value = object.value(key);
    const QString path = where + u'.' + key;
    if (value.isUndefined() || value.isNull()) {
        if (required) {
            errors.fail(path, QCoreApplication::translate(
                                  "Config", "missing: the price in US dollars per million tokens"));
            ok = false;
        }
        return std::nullopt;
    }
    const QString text = Pricing::decimalText(value).trimmed();
    const std::optional<qint64> price = Pricing::microUsdPerMTokFromUsdPerMTok(text);
    if (!price || *price > kMaxMicroUsdPerMTok) {
        errors.fail(path, QCoreApplication::translate(
                              "Config", "must be US dollars per million tokens: a number from 0 "
                                        "to 1000000 or a decimal string such as \"2.5\""));
        ok = false;
        return std::nullopt;
    }
    return price;
}

/// A required, non-empty string member; an error otherwise.
std::optional<QString> readName(const QJsonObject& object, QLatin1String key, const QString& what,
                                const QString& where, ConfigErrors& errors)
{
    const std::optional<QString> text = optionalString(object, key, where, errors);
    if (!text)
        return std::nullopt;
    if (text->isEmpty()) {
        errors.fail(where + u'.' + key, what);
        return std::nullopt;
    }
    return text;
}

void readRow(const QJsonValue& value, const QString& where, AppConfig& config,
             QHash<QString, QString>& seen, ConfigErrors& errors)
{
    if (!value.isObject()) {
        errors.fail(where, QCoreApplication::translate(
                               "Config", "must be an object with provider, model, "
                                         "input_usd_per_mtok and output_usd_per_mtok"));
        return;
    }
    const QJsonObject object = value.toObject();
    const std::optional<QString> provider =
        readName(object, kProvider, QCoreApplication::translate("Config", "must name a provider"),
                 where, errors);
    const std::optional<QString> model = readName(
        object, kModel, QCoreApplication::translate("Config", "must name a model"), where, errors);
    bool ok = provider && model;
    if (provider && !Providers::isValidProviderName(*provider)) {
        errors.fail(where + u'.' + kProvider,
                    QCoreApplication::translate(
                        "Config", "'%1' is not a valid name (use letters, digits, '-', '_' or '.')")
                        .arg(*provider));
        ok = false;
    }
    Pricing::PriceOverride row;
    row.prices.input = readPrice(object, kInput, true, where, errors, ok);
    row.prices.output = readPrice(object, kOutput, true, where, errors, ok);
    row.prices.cacheRead = readPrice(object, kCacheRead, false, where, errors, ok);
    row.prices.cacheWrite = readPrice(object, kCacheWrite, false, where, errors, ok);
    if (!ok)
        return;

    row.provider = *provider;
    row.model = *model;
    const QString key = rowKey(row.provider, row.model);
    if (const auto first = seen.constFind(key); first != seen.cend()) {
        errors.fail(where, QCoreApplication::translate(
                               "Config", "model '%1' of provider '%2' already has a price in %3")
                               .arg(row.model, row.provider, first.value()));
        return;
    }
    seen.insert(key, where);
    config.prices.append(row);

    QJsonObject other = object;
    for (QLatin1String known : {kProvider, kModel, kInput, kOutput, kCacheRead, kCacheWrite})
        other.remove(known);
    if (!other.isEmpty())
        config.otherPriceKeys.insert(key, other);
}

/// µ$/MTok as a JSON number of USD per million tokens. The decimal text has at most 13
/// significant digits, so the double it becomes reads back as exactly the same text.
QJsonValue priceValue(qint64 microUsdPerMTok)
{
    return Pricing::usdPerMTokText(microUsdPerMTok).toDouble();
}

} // namespace

void readPrices(const QJsonValue& value, AppConfig& config, ConfigErrors& errors)
{
    if (value.isUndefined())
        return;
    if (!value.isArray()) {
        errors.fail(QStringLiteral("prices"),
                    QCoreApplication::translate("Config", "must be an array"));
        return;
    }
    const QJsonArray list = value.toArray();
    QHash<QString, QString> seen; // provider/model → where its price is
    for (qsizetype i = 0; i < list.size(); ++i)
        readRow(list.at(i), QStringLiteral("prices[%1]").arg(i), config, seen, errors);
}

QJsonValue writePrices(const AppConfig& config)
{
    if (config.prices.isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    QJsonArray rows;
    for (const Pricing::PriceOverride& row : config.prices) {
        QJsonObject object = config.otherPriceKeys.value(rowKey(row.provider, row.model));
        object.insert(kProvider, row.provider);
        object.insert(kModel, row.model);
        const auto put = [&object](QLatin1String key, const std::optional<qint64>& price) {
            if (price)
                object.insert(key, priceValue(*price));
        };
        put(kInput, row.prices.input);
        put(kOutput, row.prices.output);
        put(kCacheRead, row.prices.cacheRead);
        put(kCacheWrite, row.prices.cacheWrite);
        rows.append(object);
    }
    return rows;
}

} // namespace Config
