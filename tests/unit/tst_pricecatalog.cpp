// Prices: the bundled catalog, how a provider and a model find their price, which source wins,
// the exact decimal conversion, and config.json's "prices" section.
#include "config/ConfigFile.h"
#include "config/PricesSection.h"
#include "pricing/CatalogMatching.h"
#include "pricing/PriceCatalog.h"
#include "pricing/PriceUnits.h"
#include "providers/ProviderPresets.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

constexpr qint64 kAbsent = -1;

Providers::ProviderConfig fromPreset(const QString& id)
{
    const Providers::ProviderPreset* preset = Providers::findPreset(id);
    Q_ASSERT(preset);
    return {id, preset->kind, preset->baseUrl, preset->apiKeyEnv, id};
}

Providers::ProviderConfig custom(const QString& name, Providers::Kind kind, const QString& url)
{
    return {name, kind, QUrl(url), {}, {}};
}

std::optional<qint64> optional(qint64 value)
{
    return value == kAbsent ? std::nullopt : std::optional<qint64>(value);
}

Pricing::TokenPrices prices(qint64 input, qint64 output, qint64 cacheRead = kAbsent,
                            qint64 cacheWrite = kAbsent)
{
    Pricing::TokenPrices result;
    result.input = optional(input);
    result.output = optional(output);
    result.cacheRead = optional(cacheRead);
    result.cacheWrite = optional(cacheWrite);
    return result;
}

Providers::ModelInfo listed(const QString& id, const QString& input, const QString& output,
                            std::optional<qint64> context = std::nullopt)
{
    Providers::ModelInfo model;
    model.id = id;
    model.contextWindow = context;
    model.inputUsdPerToken = input;
    model.outputUsdPerToken = output;
    return model;
}

Config::LoadResult parseConfig(const QJsonObject& root)
{
    return Config::ConfigFile::parse(QJsonDocument(root).toJson(), QStringLiteral("cfg"));
}

QJsonObject priceRow(const QJsonValue& input, const QJsonValue& output)
{
    return {{QStringLiteral("provider"), QStringLiteral("openai")},
            {QStringLiteral("model"), QStringLiteral("gpt-4o")},
            {QStringLiteral("input_usd_per_mtok"), input},
            {QStringLiteral("output_usd_per_mtok"), output}};
}

QJsonObject withPrices(const QJsonArray& rows)
{
    return {{QStringLiteral("prices"), rows}};
}

} // namespace

class TestPriceCatalog : public QObject {
    Q_OBJECT

private:
    Pricing::PriceCatalog m_catalog;

private Q_SLOTS:
    void initTestCase() { QCOMPARE(m_catalog.load(), QString()); }

    // --- The bundled catalog -------------------------------------------------------------------

    void bundledCatalogHoldsOverAThousandChatModelsAndItsAsOfDate()
    {
        QVERIFY2(m_catalog.modelCount() > 1000,
                 qPrintable(QString::number(m_catalog.modelCount())));
        QCOMPARE(m_catalog.asOf(), QDate(2026, 7, 24)); // the source's last_updated
    }

    void catalogFiguresAreLiteLlmsExactly_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::addColumn<QString>("model");
        QTest::addColumn<qint64>("input");
        QTest::addColumn<qint64>("output");
        QTest::addColumn<qint64>("cacheRead");
        QTest::addColumn<qint64>("cacheWrite");
        QTest::addColumn<qint64>("context");
        // input_cost_per_token 2.5e-06 → 2500000 µ$/MTok, and so on.
        QTest::newRow("openai gpt-4o") << "openai"
                                       << "gpt-4o" << qint64(2500000) << qint64(10000000)
                                       << qint64(1250000) << kAbsent << qint64(128000);
        QTest::newRow("anthropic claude sonnet 4")
            << "anthropic"
            << "claude-sonnet-4-20250514" << qint64(3000000) << qint64(15000000) << qint64(300000)
            << qint64(3750000) << qint64(1000000);
        QTest::newRow("gemini 2.0 flash") << "gemini"
                                          << "gemini-2.0-flash" << qint64(100000) << qint64(400000)
                                          << qint64(25000) << kAbsent << qint64(1048576);
        QTest::newRow("gemini resource name")
            << "gemini"
            << "models/gemini-2.0-flash" << qint64(100000) << qint64(400000) << qint64(25000)
            << kAbsent << qint64(1048576);
        QTest::newRow("gemini litellm name")
            << "gemini"
            << "gemini/gemini-2.0-flash" << qint64(100000) << qint64(400000) << qint64(25000)
            << kAbsent << qint64(1048576);
        QTest::newRow("groq llama 3.1 8b") << "groq"
                                           << "llama-3.1-8b-instant" << qint64(50000)
                                           << qint64(80000) << kAbsent << kAbsent << qint64(128000);
        QTest::newRow("deepseek chat") << "deepseek"
                                       << "deepseek-chat" << qint64(280000) << qint64(420000)
                                       << qint64(28000) << qint64(0) << qint64(131072);
        QTest::newRow("openrouter vendor/model")
            << "openrouter"
            << "openai/gpt-4o" << qint64(2500000) << qint64(10000000) << kAbsent << kAbsent
            << qint64(128000);
        QTest::newRow("openrouter litellm name")
            << "openrouter"
            << "openrouter/openai/gpt-4o" << qint64(2500000) << qint64(10000000) << kAbsent
            << kAbsent << qint64(128000);
        QTest::newRow("xai grok 3 mini") << "xai"
                                         << "grok-3-mini" << qint64(300000) << qint64(500000)
                                         << qint64(75000) << kAbsent << qint64(131072);
        QTest::newRow("mistral small") << "mistral"
                                       << "mistral-small-latest" << qint64(60000) << qint64(180000)
                                       << kAbsent << kAbsent << qint64(131072);
        QTest::newRow("fireworks account path")
            << "fireworks"
            << "accounts/fireworks/models/llama-v3p1-8b-instruct" << qint64(100000)
            << qint64(100000) << kAbsent << kAbsent << qint64(16384);
        QTest::newRow("perplexity sonar") << "perplexity"
                                          << "sonar" << qint64(1000000) << qint64(1000000)
                                          << kAbsent << kAbsent << qint64(128000);
        QTest::newRow("model id case") << "openai"
                                       << "GPT-4o" << qint64(2500000) << qint64(10000000)
                                       << qint64(1250000) << kAbsent << qint64(128000);
    }

    void catalogFiguresAreLiteLlmsExactly()
    {
        QFETCH(QString, preset);
        QFETCH(QString, model);
        QFETCH(qint64, input);
        QFETCH(qint64, output);
        QFETCH(qint64, cacheRead);
        QFETCH(qint64, cacheWrite);
        QFETCH(qint64, context);
        const std::optional<Pricing::ModelFacts> facts = m_catalog.find(fromPreset(preset), model);
        QVERIFY(facts);
        QCOMPARE(facts->source, QStringLiteral("catalog"));
        QCOMPARE(facts->asOf, QDate(2026, 7, 24));
        QCOMPARE(facts->prices.input, optional(input));
        QCOMPARE(facts->prices.output, optional(output));
        QCOMPARE(facts->prices.cacheRead, optional(cacheRead));
        QCOMPARE(facts->prices.cacheWrite, optional(cacheWrite));
        QCOMPARE(facts->contextWindow, optional(context));
    }

    void whenBothLiteLlmSpellingsExistTheProviderPrefixedOneWins()
    {
        // "gemini/gemini-flash-latest" lists cache reads at 7.5e-08, "gemini-flash-latest" at
        // 3e-08.
        const auto facts = m_catalog.find(fromPreset(QStringLiteral("gemini")),
                                          QStringLiteral("gemini-flash-latest"));
        QVERIFY(facts);
        QCOMPARE(facts->prices.cacheRead, std::optional<qint64>(75000));
        QCOMPARE(facts->prices.reasoning, std::optional<qint64>(2500000));
    }

    void bundledCatalogRoundsLongFiguresOnceAndKeepsOnlyChatModels()
    {
        QFile file(Pricing::PriceCatalog::bundledPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject models = QJsonDocument::fromJson(file.readAll())
                                       .object()
                                       .value(QStringLiteral("models"))
                                       .toObject();
        // 2.9999900000000002e-06 $/token is 2999990.0000000002 µ$/MTok; 3.0001999999999996e-07 is
        // 300019.99999999996.
        const QJsonObject databricks = models.value(QStringLiteral("databricks")).toObject();
        QCOMPARE(databricks.value(QStringLiteral("databricks-claude-3-7-sonnet"))
                     .toObject()
                     .value(QStringLiteral("input"))
                     .toInteger(),
                 qint64(2999990));
        QCOMPARE(databricks.value(QStringLiteral("databricks-gemini-2-5-flash"))
                     .toObject()
                     .value(QStringLiteral("input"))
                     .toInteger(),
                 qint64(300020));
        // Embeddings and image models are not chat models.
        const QJsonObject openai = models.value(QStringLiteral("openai")).toObject();
        QVERIFY(openai.contains(QStringLiteral("gpt-4o")));
        QVERIFY(!openai.contains(QStringLiteral("text-embedding-3-small")));
        QVERIFY(!openai.contains(QStringLiteral("dall-e-3")));
    }

    // --- Matching a provider without a preset ------------------------------------------------

    void withoutAPresetTheApiHostNamesTheCatalogProvider()
    {
        const auto facts =
            m_catalog.find(custom(QStringLiteral("work-groq"), Providers::Kind::OpenAi,
                                  QStringLiteral("https://api.groq.com/openai/v1")),
                           QStringLiteral("llama-3.1-8b-instant"));
        QVERIFY(facts);
        QCOMPARE(facts->prices.input, std::optional<qint64>(50000));
    }

    void withoutAPresetOrAKnownHostTheKindDecides()
    {
        const auto claude =
            m_catalog.find(custom(QStringLiteral("proxy"), Providers::Kind::Anthropic,
                                  QStringLiteral("https://llm.example.com/v1")),
                           QStringLiteral("claude-sonnet-4-20250514"));
        QVERIFY(claude);
        QCOMPARE(claude->prices.cacheWrite, std::optional<qint64>(3750000));
        const auto gpt = m_catalog.find(custom(QStringLiteral("gateway"), Providers::Kind::OpenAi,
                                               QStringLiteral("https://llm.example.com/v1")),
                                        QStringLiteral("gpt-4o"));
        QVERIFY(gpt);
        QCOMPARE(gpt->prices.input, std::optional<qint64>(2500000));
    }

    void catalogProviderNamesFollowLiteLlm()
    {
        QCOMPARE(Pricing::catalogProviderFor(fromPreset(QStringLiteral("together"))),
                 QStringLiteral("together_ai"));
        QCOMPARE(Pricing::catalogProviderFor(fromPreset(QStringLiteral("fireworks"))),
                 QStringLiteral("fireworks_ai"));
        QCOMPARE(Pricing::catalogProviderFor(fromPreset(QStringLiteral("ollama"))), QString());
    }

    // --- Which source wins --------------------------------------------------------------------

    void userOverrideBeatsTheCatalogAndKeepsTheContextWindow()
    {
        Pricing::PriceCatalog catalog = m_catalog;
        catalog.setOverrides(
            {{QStringLiteral("openai"), QStringLiteral("gpt-4o"), prices(1000000, 2000000)}});
        const auto facts =
            catalog.find(fromPreset(QStringLiteral("openai")), QStringLiteral("gpt-4o"));
        QVERIFY(facts);
        QCOMPARE(facts->source, QStringLiteral("override"));
        QCOMPARE(facts->prices, prices(1000000, 2000000));
        QCOMPARE(facts->contextWindow, std::optional<qint64>(128000));
        QVERIFY(!facts->asOf.isValid());
    }

    void userOverrideAppliesOnlyToItsProviderName()
    {
        Pricing::PriceCatalog catalog = m_catalog;
        catalog.setOverrides(
            {{QStringLiteral("work-openai"), QStringLiteral("gpt-4o"), prices(1000000, 2000000)}});
        const auto facts =
            catalog.find(fromPreset(QStringLiteral("openai")), QStringLiteral("gpt-4o"));
        QVERIFY(facts);
        QCOMPARE(facts->source, QStringLiteral("catalog"));
    }

    void pricedListingBeatsTheCatalog()
    {
        Pricing::PriceCatalog catalog = m_catalog;
        catalog.addListing(QStringLiteral("openrouter"),
                           {listed(QStringLiteral("openai/gpt-4o"), QStringLiteral("0.000002"),
                                   QStringLiteral("0.000008"), 64000)},
                           QDate(2026, 11, 20));
        const auto facts =
            catalog.find(fromPreset(QStringLiteral("openrouter")), QStringLiteral("openai/gpt-4o"));
        QVERIFY(facts);
        QCOMPARE(facts->source, QStringLiteral("listing"));
        QCOMPARE(facts->prices, prices(2000000, 8000000));
        QCOMPARE(facts->contextWindow, std::optional<qint64>(64000));
        QCOMPARE(facts->asOf, QDate(2026, 11, 20));
    }

    void listedPricesAreReadExactlyFromTheirDecimalText()
    {
        Pricing::PriceCatalog catalog;
        catalog.addListing(QStringLiteral("openrouter"),
                           {listed(QStringLiteral("acme/tiny"), QStringLiteral("0.00000000015"),
                                   QStringLiteral("0.0000003"))});
        const auto facts =
            catalog.find(fromPreset(QStringLiteral("openrouter")), QStringLiteral("acme/tiny"));
        QVERIFY(facts);
        QCOMPARE(facts->prices, prices(150, 300000));
    }

    void listingWithoutPricesLeavesTheCatalogInCharge()
    {
        Pricing::PriceCatalog catalog = m_catalog;
        catalog.addListing(QStringLiteral("openai"), {listed(QStringLiteral("gpt-4o"), {}, {})});
        const auto facts =
            catalog.find(fromPreset(QStringLiteral("openai")), QStringLiteral("gpt-4o"));
        QVERIFY(facts);
        QCOMPARE(facts->source, QStringLiteral("catalog"));
    }

    void listedVariablePriceIsUnknownNotNegative()
    {
        Pricing::PriceCatalog catalog = m_catalog;
        catalog.addListing(
            QStringLiteral("openrouter"),
            {listed(QStringLiteral("acme/router"), QStringLiteral("-1"), QStringLiteral("-1"))});
        QVERIFY(
            !catalog.find(fromPreset(QStringLiteral("openrouter")), QStringLiteral("acme/router")));
    }

    void localServersCostNothing_data()
    {
        QTest::addColumn<Providers::ProviderConfig>("provider");
        QTest::newRow("ollama preset") << fromPreset(QStringLiteral("ollama"));
        QTest::newRow("llama.cpp preset") << fromPreset(QStringLiteral("llamacpp"));
        QTest::newRow("vllm preset on the LAN")
            << Providers::ProviderConfig{QStringLiteral("gpu-box"),
                                         Providers::Kind::OpenAi,
                                         QUrl(QStringLiteral("http://192.168.1.20:8000/v1")),
                                         {},
                                         QStringLiteral("vllm")};
        QTest::newRow("custom on loopback")
            << custom(QStringLiteral("mine"), Providers::Kind::OpenAi,
                      QStringLiteral("http://localhost:9000/v1"));
        QTest::newRow("loopback with a cloud model's name")
            << custom(QStringLiteral("mine"), Providers::Kind::OpenAi,
                      QStringLiteral("http://127.0.0.1:4000/v1"));
    }

    void localServersCostNothing()
    {
        QFETCH(Providers::ProviderConfig, provider);
        const auto facts = m_catalog.find(provider, QStringLiteral("gpt-4o"));
        QVERIFY(facts);
        QCOMPARE(facts->source, QStringLiteral("local"));
        QCOMPARE(facts->prices, prices(0, 0, 0, 0));
    }

    void localServerTakesTheUsersPrice()
    {
        Pricing::PriceCatalog catalog = m_catalog;
        catalog.setOverrides(
            {{QStringLiteral("ollama"), QStringLiteral("llama3.2"), prices(100000, 200000)}});
        const auto facts =
            catalog.find(fromPreset(QStringLiteral("ollama")), QStringLiteral("llama3.2"));
        QVERIFY(facts);
        QCOMPARE(facts->source, QStringLiteral("override"));
        QCOMPARE(facts->prices, prices(100000, 200000));
    }

    void unpricedModelIsUnknownNeverFree_data()
    {
        QTest::addColumn<Providers::ProviderConfig>("provider");
        QTest::addColumn<QString>("model");
        QTest::newRow("no such model")
            << fromPreset(QStringLiteral("openai")) << QStringLiteral("gpt-nonexistent");
        QTest::newRow("alias the catalog lacks")
            << fromPreset(QStringLiteral("anthropic")) << QStringLiteral("claude-3-5-haiku-latest");
        QTest::newRow("another provider's model")
            << fromPreset(QStringLiteral("groq")) << QStringLiteral("gpt-4o");
        QTest::newRow("together model without a price")
            << fromPreset(QStringLiteral("together"))
            << QStringLiteral("meta-llama/Llama-3.2-3B-Instruct-Turbo");
    }

    void unpricedModelIsUnknownNeverFree()
    {
        QFETCH(Providers::ProviderConfig, provider);
        QFETCH(QString, model);
        QVERIFY(!m_catalog.find(provider, model));
    }

    void unreadableCatalogIsAnErrorAndChangesNothing()
    {
        Pricing::PriceCatalog catalog = m_catalog;
        const QString error = catalog.loadJson(QByteArray("{"), QStringLiteral("broken.json"));
        QVERIFY2(error.startsWith(QStringLiteral("broken.json: ")), qPrintable(error));
        QCOMPARE(catalog.modelCount(), m_catalog.modelCount());
        QVERIFY(!catalog.load(QStringLiteral("/nonexistent/catalog.json")).isEmpty());
    }

    // --- Exact decimal conversion -------------------------------------------------------------

    void decimalTextConvertsExactlyRoundingHalfUp_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("power");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("2.5 $/MTok") << "2.5" << 6 << qint64(2500000);
        QTest::newRow("whole") << "10" << 6 << qint64(10000000);
        QTest::newRow("0.3 is not 0.29999") << "0.3" << 6 << qint64(300000);
        QTest::newRow("0.1 + 0.2 as a double prints")
            << "0.30000000000000004" << 6 << qint64(300000);
        QTest::newRow("2.675 is not 2.67499") << "2.675" << 6 << qint64(2675000);
        QTest::newRow("half rounds up") << "1.0000005" << 6 << qint64(1000001);
        QTest::newRow("below half rounds down") << "1.00000049999" << 6 << qint64(1000000);
        QTest::newRow("smallest half") << "0.0000005" << 6 << qint64(1);
        QTest::newRow("far below half") << "0.00000005" << 6 << qint64(0);
        QTest::newRow("per token exponent") << "2.5e-06" << 12 << qint64(2500000);
        QTest::newRow("per token plain") << "0.0000025" << 12 << qint64(2500000);
        QTest::newRow("1.15e-07") << "1.15e-07" << 12 << qint64(115000);
        QTest::newRow("binary noise dropped") << "2.9999900000000002e-06" << 12 << qint64(2999990);
        QTest::newRow("binary noise rounds up") << "3.0001999999999996e-07" << 12 << qint64(300020);
        QTest::newRow("upper-case exponent with sign") << "1E+2" << 0 << qint64(100);
        QTest::newRow("leading point") << ".5" << 6 << qint64(500000);
        QTest::newRow("zero") << "0" << 12 << qint64(0);
        QTest::newRow("empty") << "" << 6 << kAbsent;
        QTest::newRow("negative") << "-1" << 6 << kAbsent;
        QTest::newRow("plus sign") << "+1" << 6 << kAbsent;
        QTest::newRow("two points") << "1.2.3" << 6 << kAbsent;
        QTest::newRow("letters") << "abc" << 6 << kAbsent;
        QTest::newRow("bare exponent") << "1e" << 6 << kAbsent;
        QTest::newRow("space") << " 2.5" << 6 << kAbsent;
        QTest::newRow("too large") << "1e30" << 6 << kAbsent;
        QTest::newRow("nan") << "nan" << 6 << kAbsent;
    }

    void decimalTextConvertsExactlyRoundingHalfUp()
    {
        QFETCH(QString, text);
        QFETCH(int, power);
        QFETCH(qint64, expected);
        QCOMPARE(Pricing::scaledDecimal(text, power), optional(expected));
    }

    void doublesAreReadAsTheDecimalTheyWereWrittenAs()
    {
        const double sum = 0.1 + 0.2; // 0.30000000000000004, not 0.3
        QCOMPARE(Pricing::microUsdPerMTokFromUsdPerMTok(Pricing::decimalText(sum)),
                 std::optional<qint64>(300000));
        QCOMPARE(Pricing::microUsdPerMTokFromUsdPerMTok(Pricing::decimalText(0.3)),
                 std::optional<qint64>(300000));
        QCOMPARE(Pricing::microUsdPerMTokFromUsdPerToken(Pricing::decimalText(1.15e-07)),
                 std::optional<qint64>(115000));
        QCOMPARE(Pricing::microUsdPerMTokFromUsdPerToken(Pricing::decimalText(2.5e-06)),
                 std::optional<qint64>(2500000));
    }

    void microUsdPerMTokPrintsAsExactDollars()
    {
        QCOMPARE(Pricing::usdPerMTokText(2500000), QStringLiteral("2.5"));
        QCOMPARE(Pricing::usdPerMTokText(10000000), QStringLiteral("10"));
        QCOMPARE(Pricing::usdPerMTokText(1), QStringLiteral("0.000001"));
        QCOMPARE(Pricing::usdPerMTokText(0), QStringLiteral("0"));
    }

    // --- config.json "prices" -----------------------------------------------------------------

    void pricesSectionReadsNumbersAndStringsExactly()
    {
        QJsonObject row = priceRow(2.5, QStringLiteral("10"));
        row.insert(QStringLiteral("cache_read_usd_per_mtok"), 0.1 + 0.2);
        row.insert(QStringLiteral("cache_write_usd_per_mtok"), QStringLiteral(" 3.75 "));
        const Config::LoadResult result = parseConfig(withPrices({row}));
        QVERIFY2(result.ok(), qPrintable(result.errors.join(u'\n')));
        QCOMPARE(result.config.prices.size(), 1);
        const Pricing::PriceOverride& price = result.config.prices.front();
        QCOMPARE(price.provider, QStringLiteral("openai"));
        QCOMPARE(price.model, QStringLiteral("gpt-4o"));
        QCOMPARE(price.prices, prices(2500000, 10000000, 300000, 3750000));
    }

    void pricesSectionErrorsNameTheFileAndThePath_data()
    {
        QTest::addColumn<QJsonObject>("root");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not an array")
            << QJsonObject{{QStringLiteral("prices"), 3}} << "cfg: prices: must be an array";
        QTest::newRow("row type") << withPrices({QStringLiteral("gpt-4o")})
                                  << "cfg: prices[0]: must be an object";
        QJsonObject noProvider = priceRow(1, 2);
        noProvider.remove(QStringLiteral("provider"));
        QTest::newRow("provider missing")
            << withPrices({noProvider}) << "cfg: prices[0].provider: must name a provider";
        QJsonObject badProvider = priceRow(1, 2);
        badProvider.insert(QStringLiteral("provider"), QStringLiteral("a b"));
        QTest::newRow("provider name")
            << withPrices({badProvider}) << "cfg: prices[0].provider: 'a b' is not a valid name";
        QJsonObject modelType = priceRow(1, 2);
        modelType.insert(QStringLiteral("model"), 4);
        QTest::newRow("model type")
            << withPrices({modelType}) << "cfg: prices[0].model: must be a string";
        QJsonObject noInput = priceRow(1, 2);
        noInput.remove(QStringLiteral("input_usd_per_mtok"));
        QTest::newRow("input missing")
            << withPrices({noInput}) << "cfg: prices[0].input_usd_per_mtok: missing";
        QTest::newRow("negative") << withPrices({priceRow(-1, 2)})
                                  << "cfg: prices[0].input_usd_per_mtok: must be US dollars";
        QTest::newRow("not a decimal") << withPrices({priceRow(1, QStringLiteral("ten"))})
                                       << "cfg: prices[0].output_usd_per_mtok: must be US dollars";
        QTest::newRow("boolean") << withPrices({priceRow(true, 2)})
                                 << "cfg: prices[0].input_usd_per_mtok: must be US dollars";
        QTest::newRow("absurd") << withPrices({priceRow(1, 2e7)})
                                << "cfg: prices[0].output_usd_per_mtok: must be US dollars";
        QJsonObject badCache = priceRow(1, 2);
        badCache.insert(QStringLiteral("cache_read_usd_per_mtok"), QStringLiteral("1,5"));
        QTest::newRow("cache price")
            << withPrices({badCache})
            << "cfg: prices[0].cache_read_usd_per_mtok: must be US dollars";
        QTest::newRow("duplicate") << withPrices({priceRow(1, 2), priceRow(3, 4)})
                                   << "cfg: prices[1]: model 'gpt-4o' of provider 'openai' already "
                                      "has a price in prices[0]";
    }

    void pricesSectionErrorsNameTheFileAndThePath()
    {
        QFETCH(QJsonObject, root);
        QFETCH(QString, expected);
        const Config::LoadResult result = parseConfig(root);
        QVERIFY(!result.ok());
        QVERIFY2(result.errors.front().startsWith(expected), qPrintable(result.errors.join(u'\n')));
    }

    void pricesSectionSurvivesASaveWithUnknownKeys()
    {
        QJsonObject row = priceRow(QStringLiteral("0.15"), 0.6);
        row.insert(QStringLiteral("note"), QStringLiteral("negotiated"));
        const Config::LoadResult first = parseConfig(withPrices({row}));
        QVERIFY(first.ok());
        const QByteArray saved = Config::ConfigFile::serialize(first.config);
        const QJsonObject written = QJsonDocument::fromJson(saved)
                                        .object()
                                        .value(QStringLiteral("prices"))
                                        .toArray()
                                        .first()
                                        .toObject();
        QCOMPARE(written.value(QStringLiteral("note")).toString(), QStringLiteral("negotiated"));
        QCOMPARE(written.value(QStringLiteral("input_usd_per_mtok")).toDouble(), 0.15);
        const Config::LoadResult second = Config::ConfigFile::parse(saved, QStringLiteral("cfg"));
        QVERIFY(second.ok());
        QCOMPARE(second.config.prices, first.config.prices);
        QCOMPARE(second.config.prices.front().prices, prices(150000, 600000));
    }

    void noPricesWritesNoPricesKey()
    {
        const QByteArray saved = Config::ConfigFile::serialize(Config::AppConfig{});
        QVERIFY(!QJsonDocument::fromJson(saved).object().contains(QStringLiteral("prices")));
    }

    void configuredPricesBecomeCatalogOverrides()
    {
        const Config::LoadResult result = parseConfig(withPrices({priceRow(5, 15)}));
        QVERIFY(result.ok());
        Pricing::PriceCatalog catalog = m_catalog;
        catalog.setOverrides(result.config.prices);
        const auto facts =
            catalog.find(fromPreset(QStringLiteral("openai")), QStringLiteral("gpt-4o"));
        QVERIFY(facts);
        QCOMPARE(facts->source, QStringLiteral("override"));
        QCOMPARE(facts->prices, prices(5000000, 15000000));
    }
};

QTEST_GUILESS_MAIN(TestPriceCatalog)
#include "tst_pricecatalog.moc"
