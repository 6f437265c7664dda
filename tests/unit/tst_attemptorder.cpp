// How a route orders its targets for one request: each strategy, the reasons it gives, the
// exploration rule, determinism under a seed, and cooling targets moved behind healthy ones.
#include "routing/AttemptOrder.h"
#include "routing/TargetFacts.h"
#include "routing/TargetHealth.h"

#include <QHash>
#include <QTest>

using namespace Routing;

namespace {

/// Known facts per target id, as the catalog and the ledger would give them.
class KnownFacts final : public TargetFacts {
public:
    QHash<QString, qint64> costs, ttfts, windows;
    QHash<QString, int> samples;

    std::optional<qint64> estimatedCostMicroUsd(const Target& t,
                                                const Chat::ChatRequest&) const override
    {
        return costs.contains(t.id()) ? std::optional<qint64>(costs.value(t.id())) : std::nullopt;
    }
    std::optional<qint64> medianTtftMs(const Target& t, int* n) const override
    {
        if (n)
            *n = samples.value(t.id());
        return ttfts.contains(t.id()) ? std::optional<qint64>(ttfts.value(t.id())) : std::nullopt;
    }
    std::optional<qint64> contextWindow(const Target& t) const override
    {
        return windows.contains(t.id()) ? std::optional<qint64>(windows.value(t.id()))
                                        : std::nullopt;
    }
};

Route routeOf(Strategy strategy, const QStringList& ids, const QList<double>& weights = {})
{
    Route route;
    route.name = QStringLiteral("r");
    route.strategy = strategy;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        TargetSpec spec{*Target::parse(ids.at(i)), {}, {}, {}, {}, 1.0};
        if (i < weights.size())
            spec.weight = weights.at(i);
        route.targets.append(spec);
    }
    return route;
}

QStringList idsOf(const QList<PlannedTarget>& plan)
{
    QStringList ids;
    for (const PlannedTarget& p : plan)
        ids.append(p.spec.target.id());
    return ids;
}

} // namespace

class TestAttemptOrder : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void orderedKeepsTheRouteOrderAndSaysSo()
    {
        const Route route =
            routeOf(Strategy::Ordered, {QStringLiteral("a/1"), QStringLiteral("b/2")});
        const QList<PlannedTarget> plan = AttemptOrder::plan(route, {}, nullptr, nullptr, 1);
        QCOMPARE(idsOf(plan), QStringList({QStringLiteral("a/1"), QStringLiteral("b/2")}));
        QCOMPARE(plan.at(1).reason, QStringLiteral("position 2 in the route"));
    }

    void cheapestPutsKnownPricesFirstCheapestFirst()
    {
        KnownFacts facts;
        facts.costs = {{QStringLiteral("a/1"), 900}, {QStringLiteral("c/3"), 40}};
        const Route route =
            routeOf(Strategy::Cheapest,
                    {QStringLiteral("a/1"), QStringLiteral("b/2"), QStringLiteral("c/3")});
        const QList<PlannedTarget> plan = AttemptOrder::plan(route, {}, &facts, nullptr, 1);
        QCOMPARE(idsOf(plan), QStringList({QStringLiteral("c/3"), QStringLiteral("a/1"),
                                           QStringLiteral("b/2")}));
        QVERIFY(plan.at(0).reason.contains(QLatin1String("$0.000040")));
        QVERIFY(plan.at(2).reason.contains(QLatin1String("price unknown")));
    }

    void fastestRanksByMedianFirstTokenAndExploresByRule()
    {
        KnownFacts facts;
        facts.ttfts = {{QStringLiteral("a/1"), 800}, {QStringLiteral("b/2"), 200}};
        facts.samples = {
            {QStringLiteral("a/1"), 12}, {QStringLiteral("b/2"), 40}, {QStringLiteral("c/3"), 1}};
        facts.ttfts.insert(QStringLiteral("c/3"), 50); // one sample is too little to trust
        const Route route =
            routeOf(Strategy::Fastest,
                    {QStringLiteral("a/1"), QStringLiteral("b/2"), QStringLiteral("c/3")});
        // Seeds not divisible by 10: measured targets first, the unmeasured one after them.
        QCOMPARE(
            idsOf(AttemptOrder::plan(route, {}, &facts, nullptr, 7)),
            QStringList({QStringLiteral("b/2"), QStringLiteral("a/1"), QStringLiteral("c/3")}));
        // One request in ten explores: the unmeasured target goes first.
        const QList<PlannedTarget> exploring = AttemptOrder::plan(route, {}, &facts, nullptr, 30);
        QCOMPARE(idsOf(exploring), QStringList({QStringLiteral("c/3"), QStringLiteral("b/2"),
                                                QStringLiteral("a/1")}));
        QVERIFY(exploring.first().reason.startsWith(QLatin1String("exploring")));
        int explored = 0;
        for (quint64 seed = 0; seed < 1000; ++seed)
            explored += idsOf(AttemptOrder::plan(route, {}, &facts, nullptr, seed)).first()
                        == QLatin1String("c/3");
        QCOMPARE(explored, 1000 / AttemptOrder::kExploreOneIn);
    }

    void weightedIsDeterministicUnderASeedAndFollowsTheWeights()
    {
        const Route route =
            routeOf(Strategy::Weighted, {QStringLiteral("a/1"), QStringLiteral("b/2")}, {3, 1});
        QCOMPARE(idsOf(AttemptOrder::plan(route, {}, nullptr, nullptr, 42)),
                 idsOf(AttemptOrder::plan(route, {}, nullptr, nullptr, 42)));
        int aFirst = 0;
        const int runs = 4000;
        for (int seed = 0; seed < runs; ++seed)
            aFirst +=
                idsOf(AttemptOrder::plan(route, {}, nullptr, nullptr, quint64(seed) * 2654435761u))
                    .first()
                == QLatin1String("a/1");
        const double share = double(aFirst) / runs;
        QVERIFY2(share > 0.70 && share < 0.80, qPrintable(QString::number(share)));
        // Every target appears exactly once, whatever the weights (a zero weight goes last).
        const Route zero =
            routeOf(Strategy::Weighted, {QStringLiteral("a/1"), QStringLiteral("b/2")}, {0, 1});
        QCOMPARE(idsOf(AttemptOrder::plan(zero, {}, nullptr, nullptr, 5)),
                 QStringList({QStringLiteral("b/2"), QStringLiteral("a/1")}));
    }

    void coolingTargetsGoBehindHealthyOnesFirstToRecoverFirst()
    {
        TargetHealth health;
        const QDateTime now =
            QDateTime::fromString(QStringLiteral("2026-11-24T10:00:00Z"), Qt::ISODate);
        Chat::Attempt rateLimited;
        rateLimited.outcome = Chat::Outcome::RateLimited;
        rateLimited.retryAfterMs = 60'000;
        health.record(*Target::parse(u"a/1"), rateLimited, now);
        rateLimited.retryAfterMs = 20'000;
        health.record(*Target::parse(u"b/2"), rateLimited, now);
        const Route route =
            routeOf(Strategy::Ordered,
                    {QStringLiteral("a/1"), QStringLiteral("b/2"), QStringLiteral("c/3")});
        const QList<PlannedTarget> plan = AttemptOrder::plan(route, {}, nullptr, &health, 1, now);
        QCOMPARE(idsOf(plan), QStringList({QStringLiteral("c/3"), QStringLiteral("b/2"),
                                           QStringLiteral("a/1")}));
        QVERIFY(plan.at(1).reason.contains(QLatin1String("cooling until")));
        // Once the cooldown is over, the route's own order is back.
        QCOMPARE(
            idsOf(AttemptOrder::plan(route, {}, nullptr, &health, 1, now.addSecs(61))),
            QStringList({QStringLiteral("a/1"), QStringLiteral("b/2"), QStringLiteral("c/3")}));
    }
};

QTEST_GUILESS_MAIN(TestAttemptOrder)
#include "tst_attemptorder.moc"
