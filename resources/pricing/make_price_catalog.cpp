// Build-time tool: turns LiteLLM's model_prices_and_context_window.json into the compact price
// catalog that switchboard_core embeds as :/pricing/catalog.json (docs/PRICING.md).
//
//   switchboard_make_price_catalog LITELLM_JSON OUTPUT_JSON [AS_OF_YYYY-MM-DD]
//
// Keeps chat models with an input and an output price. Prices become whole micro-US-dollars per
// million tokens, converted from the decimal text of each per-token figure (never by multiplying
// doubles) and rounded half up, once, here. The catalog's "as of" date is the source's
// `last_updated` (the snapshot's date), unless given on the command line.
#include "pricing/PriceUnits.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>
#include <QString>

#include <cstdio>
#include <optional>

namespace {

int fail(const QString& message)
{
    std::fprintf(stderr, "make_price_catalog: %s\n", qPrintable(message));
    return 1;
}

/// A per-token USD figure (JSON number or decimal string) as µ$/MTok.
std::optional<qint64> price(const QJsonObject& entry, QLatin1String key)
{
    return Pricing::microUsdPerMTokFromUsdPerToken(Pricing::decimalText(entry.value(key)));
}

std::optional<qint64> contextWindow(const QJsonObject& entry)
{
    for (QLatin1String key : {QLatin1String("max_input_tokens"), QLatin1String("max_tokens")}) {
        const std::optional<qint64> tokens =
            Pricing::scaledDecimal(Pricing::decimalText(entry.value(key)), 0);
        if (tokens && *tokens > 0)
            return tokens;
    }
    return std::nullopt;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc < 3 || argc > 4)
        return fail(QStringLiteral("usage: make_price_catalog LITELLM_JSON OUTPUT_JSON [AS_OF]"));
    const QString inputPath = QString::fromLocal8Bit(argv[1]);
    const QString outputPath = QString::fromLocal8Bit(argv[2]);

    QFile input(inputPath);
    if (!input.open(QIODevice::ReadOnly))
        return fail(inputPath + QStringLiteral(": ") + input.errorString());
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(input.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return fail(inputPath + QStringLiteral(": not a JSON object: ") + parseError.errorString());
    const QJsonObject source = document.object();

    const QString asOfText = argc == 4 ? QString::fromLocal8Bit(argv[3])
                                       : source.value(QLatin1String("last_updated")).toString();
    const QDate asOf = QDate::fromString(asOfText.left(10), Qt::ISODate);
    if (!asOf.isValid())
        return fail(inputPath + QStringLiteral(": no `last_updated` date; give AS_OF"));

    QJsonObject models; // litellm_provider → model id → prices
    QSet<QString> fromPrefixedKey;
    qsizetype kept = 0;
    for (auto it = source.begin(); it != source.end(); ++it) {
        const QJsonObject entry = it.value().toObject();
        if (entry.value(QLatin1String("mode")).toString() != QLatin1String("chat"))
            continue; // also skips `sample_spec` (its mode is a description) and `last_updated`
        const QString provider = entry.value(QLatin1String("litellm_provider")).toString();
        const std::optional<qint64> in = price(entry, QLatin1String("input_cost_per_token"));
        const std::optional<qint64> out = price(entry, QLatin1String("output_cost_per_token"));
        if (provider.isEmpty() || !in || !out)
            continue;

        // "gemini/gemini-2.0-flash" is model "gemini-2.0-flash" of provider "gemini". When both
        // spellings exist, the prefixed one is LiteLLM's routing name for that provider and wins.
        const QString prefix = provider + u'/';
        const bool prefixed = it.key().startsWith(prefix);
        const QString model = prefixed ? it.key().mid(prefix.size()) : it.key();
        const QString slot = provider + u'\x1f' + model;
        QJsonObject byModel = models.value(provider).toObject();
        if (byModel.contains(model) && (fromPrefixedKey.contains(slot) || !prefixed))
            continue;

        QJsonObject prices{{QStringLiteral("input"), *in}, {QStringLiteral("output"), *out}};
        const auto optional = [&](QLatin1String from, const QString& to) {
            if (const std::optional<qint64> value = price(entry, from))
                prices.insert(to, *value);
        };
        optional(QLatin1String("cache_read_input_token_cost"), QStringLiteral("cache_read"));
        optional(QLatin1String("cache_creation_input_token_cost"), QStringLiteral("cache_write"));
        optional(QLatin1String("output_cost_per_reasoning_token"), QStringLiteral("reasoning"));
        if (const std::optional<qint64> context = contextWindow(entry))
            prices.insert(QStringLiteral("context"), *context);

        if (!byModel.contains(model))
            ++kept;
        byModel.insert(model, prices);
        models.insert(provider, byModel);
        if (prefixed)
            fromPrefixedKey.insert(slot);
    }

    const QJsonObject catalog{
        {QStringLiteral("as_of"), asOf.toString(Qt::ISODate)},
        {QStringLiteral("source"),
         QStringLiteral("LiteLLM %1").arg(QFileInfo(inputPath).fileName())},
        {QStringLiteral("unit"), QStringLiteral("micro-USD per million tokens")},
        {QStringLiteral("models"), models},
    };
    QSaveFile output(outputPath);
    if (!output.open(QIODevice::WriteOnly))
        return fail(outputPath + QStringLiteral(": ") + output.errorString());
    output.write(QJsonDocument(catalog).toJson(QJsonDocument::Compact));
    if (!output.commit())
        return fail(outputPath + QStringLiteral(": ") + output.errorString());
    std::printf("price catalog: %lld chat models, as of %s\n", static_cast<long long>(kept),
                qPrintable(asOf.toString(Qt::ISODate)));
    return 0;
}
