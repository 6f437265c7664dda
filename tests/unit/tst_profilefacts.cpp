// The strategies' facts in a real profile: prices and context windows from the bundled catalog,
// speed from the ledger; and `cheapest` / `fastest` ordering real models with them.
#include "config/AppConfig.h"
#include "pricing/PriceCatalog.h"
#include "routing/AttemptOrder.h"
#include "routing/ProfileFacts.h"
#include "storage/Database.h"
#include "storage/TargetHistory.h"
#include "storage/UsageLedger.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Routing;

class TestProfileFacts : public QObject {
    Q_OBJECT

private:
    Config::AppConfig m_config;
    Pricing::PriceCatalog m_catalog;

    Route route(Strategy strategy, const QStringList& ids)
    {
        Route r;
        r.strategy = strategy;
        for (const QString& id : ids)
            r.targets.append(TargetSpec{*Target::parse(id), {}, {}, {}, {}, 1.0});
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_config.providers = {{QStringLiteral("openai"),
                               Providers::Kind::OpenAi,
                               QUrl(QStringLiteral("https://api.openai.com/v1")),
                               {},
                               QStringLiteral("openai")},
                              {QStringLiteral("claude"),
                               Providers::Kind::Anthropic,
                               QUrl(QStringLiteral("https://api.anthropic.com/v1")),
                               {},
                               QStringLiteral("anthropic")}};
        QCOMPARE(m_catalog.load(), QString());
    }

    void cheapestOrdersRealModelsByTheirCatalogPrices()
    {
        const ProfileFacts facts(m_config, m_catalog, nullptr);
        Chat::ChatRequest request;
        request.messages.append({Chat::Role::User, QString(4000, u'x')}); // ~1000 prompt tokens
        const std::optional<qint64> big =
            facts.estimatedCostMicroUsd(*Target::parse(u"openai/gpt-4o"), request);
        const std::optional<qint64> mini =
            facts.estimatedCostMicroUsd(*Target::parse(u"openai/gpt-4o-mini"), request);
        QVERIFY(big && mini);
        QVERIFY(*mini < *big);
        QVERIFY(!facts.estimatedCostMicroUsd(*Target::parse(u"openai/no-such-model"), request));
        const QList<PlannedTarget> plan =
            AttemptOrder::plan(route(Strategy::Cheapest, {QStringLiteral("openai/no-such-model"),
                                                          QStringLiteral("openai/gpt-4o"),
                                                          QStringLiteral("openai/gpt-4o-mini")}),
                               request, &facts, nullptr, 1);
        QCOMPARE(plan.at(0).spec.target.model, QStringLiteral("gpt-4o-mini"));
        QCOMPARE(plan.at(1).spec.target.model, QStringLiteral("gpt-4o"));
        QCOMPARE(plan.at(2).spec.target.model, QStringLiteral("no-such-model"));
    }

    void contextWindowsComeFromTheCatalog()
    {
        const ProfileFacts facts(m_config, m_catalog, nullptr);
        const std::optional<qint64> window = facts.contextWindow(*Target::parse(u"openai/gpt-4o"));
        QVERIFY(window.has_value());
        QVERIFY(*window >= 128000);
    }

    void fastestUsesTheLedgersMedians()
    {
        QTemporaryDir dir;
        Storage::Database db(dir.filePath(QStringLiteral("s.db")));
        QCOMPARE(db.open(), QString());
        Storage::UsageLedger ledger(db);
        int n = 0;
        const auto add = [&](const char* provider, const char* model, qint64 ttft) {
            Storage::LedgerEntry entry;
            entry.attempt.requestId = QStringLiteral("r%1").arg(n++);
            entry.attempt.provider = QString::fromLatin1(provider);
            entry.attempt.model = QString::fromLatin1(model);
            entry.attempt.outcome = Chat::Outcome::Ok;
            entry.attempt.startedAt = QDateTime::currentDateTimeUtc().addSecs(-60);
            entry.attempt.ttftMs = ttft;
            QCOMPARE(ledger.record(entry), QString());
        };
        for (int i = 0; i < 5; ++i) {
            add("openai", "gpt-4o", 900 + i);
            add("claude", "claude-3-5-haiku-latest", 300 + i);
        }
        const Storage::TargetHistory history(db);
        const ProfileFacts facts(m_config, m_catalog, &history);
        int samples = 0;
        QCOMPARE(facts.medianTtftMs(*Target::parse(u"claude/claude-3-5-haiku-latest"), &samples),
                 std::optional<qint64>(302));
        QCOMPARE(samples, 5);
        const QList<PlannedTarget> plan = AttemptOrder::plan(
            route(Strategy::Fastest, {QStringLiteral("openai/gpt-4o"),
                                      QStringLiteral("claude/claude-3-5-haiku-latest")}),
            {}, &facts, nullptr, 7);
        QCOMPARE(plan.first().spec.target.provider, QStringLiteral("claude"));
        QVERIFY(plan.first().reason.contains(QLatin1String("302 ms over 5 requests")));
    }
};

QTEST_GUILESS_MAIN(TestProfileFacts)
#include "tst_profilefacts.moc"
