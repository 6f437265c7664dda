// The cost of an attempt: the provider's billed figure, else prices × usage, else an estimate from
// text length, else unknown; integer arithmetic rounded once. And the estimate before sending.
#include "pricing/AttemptCost.h"
#include "pricing/PriceCatalog.h"
#include "pricing/TokenEstimate.h"
#include "providers/ProviderPresets.h"

#include <QTest>

#include <limits>

namespace {

Providers::ProviderConfig fromPreset(const QString& id)
{
    const Providers::ProviderPreset* preset = Providers::findPreset(id);
    Q_ASSERT(preset);
    return {id, preset->kind, preset->baseUrl, preset->apiKeyEnv, id};
}

Chat::Attempt attempt(const QString& provider, const QString& model)
{
    Chat::Attempt a;
    a.provider = provider;
    a.model = model;
    a.outcome = Chat::Outcome::Ok;
    a.httpStatus = 200;
    return a;
}

Chat::Usage usage(qint64 input, qint64 output)
{
    Chat::Usage u;
    u.inputTokens = input;
    u.outputTokens = output;
    return u;
}

Pricing::Cost cost(qint64 microUsd, const char* source)
{
    return {microUsd, QString::fromLatin1(source)};
}

Pricing::PriceOverride userPrice(const QString& provider, const QString& model, qint64 input,
                                 qint64 output)
{
    Pricing::PriceOverride row{provider, model, {}};
    row.prices.input = input;
    row.prices.output = output;
    return row;
}

} // namespace

namespace Pricing {
// Readable QCOMPARE failures: "Cost(7500 µ$, catalog)".
char* toString(const Cost& cost)
{
    const QString amount = cost.microUsd ? QString::number(*cost.microUsd) : QStringLiteral("none");
    return QTest::toString(QStringLiteral("Cost(%1 µ$, %2)").arg(amount, cost.source));
}
} // namespace Pricing

class TestCost : public QObject {
    Q_OBJECT

private:
    Pricing::PriceCatalog m_catalog;

private Q_SLOTS:
    void initTestCase() { QCOMPARE(m_catalog.load(), QString()); }

    void providersBilledFigureWins()
    {
        Chat::Attempt a = attempt(QStringLiteral("openrouter"), QStringLiteral("openai/gpt-4o"));
        a.usage = usage(1000, 500);
        a.usage.billedMicroUsd = 1234;
        QCOMPARE(Pricing::costOf(a, fromPreset(QStringLiteral("openrouter")), m_catalog, 0),
                 cost(1234, "provider"));
    }

    void billedFigureWinsEvenForAnUnpricedModel()
    {
        Chat::Attempt a = attempt(QStringLiteral("openrouter"), QStringLiteral("acme/unknown"));
        a.usage.billedMicroUsd = 0;
        QCOMPARE(Pricing::costOf(a, fromPreset(QStringLiteral("openrouter")), m_catalog, 100),
                 cost(0, "provider"));
    }

    void catalogPricesTimesReportedUsage()
    {
        // gpt-4o: $2.50 in, $10 out per MTok. 1000 × 2.5 + 500 × 10 = 7500 µ$.
        Chat::Attempt a = attempt(QStringLiteral("openai"), QStringLiteral("gpt-4o"));
        a.usage = usage(1000, 500);
        QCOMPARE(Pricing::costOf(a, fromPreset(QStringLiteral("openai")), m_catalog, 0),
                 cost(7500, "catalog"));
    }

    void openAiCountsCachedTokensInsideThePrompt()
    {
        // 1000 prompt tokens of which 400 cached ($1.25): 600 × 2.5 + 400 × 1.25 + 100 × 10.
        Chat::Attempt a = attempt(QStringLiteral("openai"), QStringLiteral("gpt-4o"));
        a.usage = usage(1000, 100);
        a.usage.cachedTokens = 400;
        QCOMPARE(Pricing::costOf(a, fromPreset(QStringLiteral("openai")), m_catalog, 0),
                 cost(1500 + 500 + 1000, "catalog"));
    }

    void anthropicPricesCacheReadsAndWritesApartFromItsNetInput()
    {
        // claude-sonnet-4: $3 in, $15 out, $0.30 cache read, $3.75 cache write per MTok.
        // Anthropic's input_tokens exclude both cache counts.
        Chat::Attempt a =
            attempt(QStringLiteral("anthropic"), QStringLiteral("claude-sonnet-4-20250514"));
        a.usage = usage(100, 50);
        a.usage.cachedTokens = 2000;
        a.usage.cacheWriteTokens = 1000;
        QCOMPARE(Pricing::costOf(a, fromPreset(QStringLiteral("anthropic")), m_catalog, 0),
                 cost(300 + 600 + 3750 + 750, "catalog"));
    }

    void missingCachePricesFallBackToTheInputPrice()
    {
        // llama-3.1-8b-instant on Groq lists no cache prices: $0.05 in for all 1000 tokens.
        Chat::Attempt a = attempt(QStringLiteral("groq"), QStringLiteral("llama-3.1-8b-instant"));
        a.usage = usage(1000, 0);
        a.usage.cachedTokens = 600;
        QCOMPARE(Pricing::costOf(a, fromPreset(QStringLiteral("groq")), m_catalog, 0),
                 cost(50, "catalog"));
        // The same for cache writes, reported by Anthropic's protocol outside the input count.
        Pricing::PriceCatalog catalog;
        catalog.setOverrides(
            {userPrice(QStringLiteral("anthropic"), QStringLiteral("claude-x"), 2000000, 0)});
        Chat::Attempt b = attempt(QStringLiteral("anthropic"), QStringLiteral("claude-x"));
        b.usage = usage(10, 0);
        b.usage.cacheWriteTokens = 90;
        QCOMPARE(Pricing::costOf(b, fromPreset(QStringLiteral("anthropic")), catalog, 0),
                 cost(200, "catalog"));
    }

    void distinctReasoningPriceAppliesToReportedReasoningTokens()
    {
        // sonar-deep-research: $2 in, $8 out, $3 per reasoning token per MTok. Of 1000 output
        // tokens 600 were reasoning: 100 × 2 + 400 × 8 + 600 × 3.
        Chat::Attempt a =
            attempt(QStringLiteral("perplexity"), QStringLiteral("sonar-deep-research"));
        a.usage = usage(100, 1000);
        a.usage.reasoningTokens = 600;
        QCOMPARE(Pricing::costOf(a, fromPreset(QStringLiteral("perplexity")), m_catalog, 0),
                 cost(200 + 3200 + 1800, "catalog"));
        // Unreported reasoning: all output at the output price.
        a.usage.reasoningTokens.reset();
        QCOMPARE(Pricing::costOf(a, fromPreset(QStringLiteral("perplexity")), m_catalog, 0),
                 cost(200 + 8000, "catalog"));
    }

    void reasoningAtTheOutputPriceIsNotChargedTwice()
    {
        // gemini-flash-latest prices reasoning like output ($2.50); reasoning is inside output.
        Chat::Attempt a = attempt(QStringLiteral("gemini"), QStringLiteral("gemini-flash-latest"));
        a.usage = usage(0, 1000);
        a.usage.reasoningTokens = 800;
        QCOMPARE(Pricing::costOf(a, fromPreset(QStringLiteral("gemini")), m_catalog, 0),
                 cost(2500, "catalog"));
    }

    void roundsHalfUpOnceAtTheEndNotPerTerm_data()
    {
        QTest::addColumn<qint64>("inputPrice");
        QTest::addColumn<qint64>("outputPrice");
        QTest::addColumn<qint64>("expected");
        // One input and one output token at these µ$/MTok.
        QTest::newRow("0.45 + 0.45 = 0.9 → 1, not 0 + 0")
            << qint64(450000) << qint64(450000) << qint64(1);
        QTest::newRow("exactly half rounds up") << qint64(250000) << qint64(250000) << qint64(1);
        QTest::newRow("just below half rounds down")
            << qint64(249999) << qint64(250000) << qint64(0);
        QTest::newRow("1.5 rounds to 2") << qint64(1000000) << qint64(500000) << qint64(2);
    }

    void roundsHalfUpOnceAtTheEndNotPerTerm()
    {
        QFETCH(qint64, inputPrice);
        QFETCH(qint64, outputPrice);
        QFETCH(qint64, expected);
        Pricing::PriceCatalog catalog;
        catalog.setOverrides(
            {userPrice(QStringLiteral("openai"), QStringLiteral("m"), inputPrice, outputPrice)});
        Chat::Attempt a = attempt(QStringLiteral("openai"), QStringLiteral("m"));
        a.usage = usage(1, 1);
        QCOMPARE(Pricing::costOf(a, fromPreset(QStringLiteral("openai")), catalog, 0),
                 cost(expected, "catalog"));
    }

    void missingUsageIsEstimatedFromTextLengthAndMarked()
    {
        // 400 prompt characters → 100 tokens; a 41-character answer → 11 tokens (rounded up).
        Chat::Attempt a = attempt(QStringLiteral("openai"), QStringLiteral("gpt-4o"));
        a.text = QString(41, u'x');
        QCOMPARE(Pricing::costOf(a, fromPreset(QStringLiteral("openai")), m_catalog, 400),
                 cost(250 + 110, "estimate"));
    }

    void partlyReportedUsageIsAnEstimate()
    {
        Chat::Attempt a = attempt(QStringLiteral("openai"), QStringLiteral("gpt-4o"));
        a.usage.inputTokens = 1000;
        a.text = QStringLiteral("12345678"); // 2 tokens
        QCOMPARE(Pricing::costOf(a, fromPreset(QStringLiteral("openai")), m_catalog, 999999),
                 cost(2500 + 20, "estimate"));
    }

    void refusedRequestWithoutUsageCostsNothing()
    {
        Chat::Attempt a = attempt(QStringLiteral("openai"), QStringLiteral("gpt-4o"));
        a.outcome = Chat::Outcome::RateLimited;
        a.httpStatus = 429;
        QCOMPARE(Pricing::costOf(a, fromPreset(QStringLiteral("openai")), m_catalog, 4000),
                 cost(0, "estimate"));
    }

    void failureWithoutAnAnswerStillEstimatesThePrompt()
    {
        // A network failure may come after the provider started work: the prompt is estimated.
        Chat::Attempt a = attempt(QStringLiteral("openai"), QStringLiteral("gpt-4o"));
        a.outcome = Chat::Outcome::TimeoutFirstToken;
        a.httpStatus = 0;
        QCOMPARE(Pricing::costOf(a, fromPreset(QStringLiteral("openai")), m_catalog, 4000),
                 cost(2500, "estimate"));
    }

    void unpricedModelHasUnknownCostNotZero()
    {
        Chat::Attempt a = attempt(QStringLiteral("openai"), QStringLiteral("gpt-nonexistent"));
        a.usage = usage(1000, 500);
        const Pricing::Cost c =
            Pricing::costOf(a, fromPreset(QStringLiteral("openai")), m_catalog, 0);
        QVERIFY(!c.microUsd);
        QCOMPARE(c.source, QStringLiteral("unknown"));
    }

    void localModelCostsZero()
    {
        Chat::Attempt a = attempt(QStringLiteral("ollama"), QStringLiteral("llama3.2"));
        a.usage = usage(5000, 5000);
        QCOMPARE(Pricing::costOf(a, fromPreset(QStringLiteral("ollama")), m_catalog, 0),
                 cost(0, "catalog"));
    }

    void localModelWithAUserPriceCostsThatPrice()
    {
        Pricing::PriceCatalog catalog;
        catalog.setOverrides(
            {userPrice(QStringLiteral("ollama"), QStringLiteral("llama3.2"), 100000, 100000)});
        Chat::Attempt a = attempt(QStringLiteral("ollama"), QStringLiteral("llama3.2"));
        a.usage = usage(5000, 5000);
        QCOMPARE(Pricing::costOf(a, fromPreset(QStringLiteral("ollama")), catalog, 0),
                 cost(1000, "catalog"));
    }

    void absurdCountsAreUnknownRatherThanWrapped()
    {
        Chat::Attempt a = attempt(QStringLiteral("openai"), QStringLiteral("gpt-4o"));
        a.usage = usage(std::numeric_limits<qint64>::max() / 2, 1);
        const Pricing::Cost c =
            Pricing::costOf(a, fromPreset(QStringLiteral("openai")), m_catalog, 0);
        QVERIFY(!c.microUsd);
        QCOMPARE(c.source, QStringLiteral("unknown"));
    }

    void requestEstimateForTheCheapestStrategy()
    {
        const auto facts =
            m_catalog.find(fromPreset(QStringLiteral("openai")), QStringLiteral("gpt-4o-mini"));
        QVERIFY(facts);
        // $0.15 in, $0.60 out per MTok: 10000 × 0.15 + 2000 × 0.6 = 2700 µ$.
        QCOMPARE(Pricing::estimateRequestCost(*facts, 10000, 2000), std::optional<qint64>(2700));
        QCOMPARE(Pricing::estimateRequestCost(*facts, 1, 0), std::optional<qint64>(0)); // 0.15
        QCOMPARE(Pricing::estimateRequestCost(*facts, -1, 0), std::nullopt);
        Pricing::ModelFacts unpriced;
        unpriced.prices.input = 1;
        QCOMPARE(Pricing::estimateRequestCost(unpriced, 10, 10), std::nullopt);
    }

    void tokenEstimateIsFourCharactersPerTokenRoundedUp_data()
    {
        QTest::addColumn<qint64>("chars");
        QTest::addColumn<qint64>("tokens");
        QTest::newRow("none") << qint64(0) << qint64(0);
        QTest::newRow("one") << qint64(1) << qint64(1);
        QTest::newRow("four") << qint64(4) << qint64(1);
        QTest::newRow("five") << qint64(5) << qint64(2);
        QTest::newRow("four thousand") << qint64(4000) << qint64(1000);
        QTest::newRow("negative") << qint64(-3) << qint64(0);
    }

    void tokenEstimateIsFourCharactersPerTokenRoundedUp()
    {
        QFETCH(qint64, chars);
        QFETCH(qint64, tokens);
        QCOMPARE(Pricing::tokensForChars(chars), tokens);
    }

    void promptEstimateCountsTheSystemPromptAndEveryMessage()
    {
        Chat::ChatRequest request;
        request.system = QStringLiteral("abcd");
        request.messages = {{Chat::Role::User, QStringLiteral("hello")},
                            {Chat::Role::Assistant, QStringLiteral("hi")},
                            {Chat::Role::User, QStringLiteral("bye")}};
        QCOMPARE(Pricing::promptChars(request), qint64(14));
        QCOMPARE(Pricing::estimatePromptTokens(request), qint64(4));
    }
};

QTEST_GUILESS_MAIN(TestCost)
#include "tst_cost.moc"
