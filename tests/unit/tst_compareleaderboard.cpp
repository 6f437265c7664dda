// The leaderboard from stored verdicts and a generated ledger, checked against figures worked out
// by hand; a route built from it ("best first, cheapest as fallback") in the right order, saved
// and read back through the routes config code.
#include "compare/LeaderboardRoute.h"
#include "config/AppConfig.h"
#include "config/ConfigFile.h"
#include "storage/CompareLeaderboard.h"
#include "storage/CompareStore.h"
#include "storage/Database.h"
#include "storage/UsageLedger.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Storage;

namespace {

/// One answering attempt as the ledger has it.
struct Answer {
    const char* target; ///< "provider/model"
    std::optional<qint64> costMicroUsd;
    qint64 ttftMs;
    qint64 totalMs;
    std::optional<qint64> outputTokens;
};

LeaderboardRow row(const QString& provider, const QString& model, int wins, int ties, int losses,
                   std::optional<qint64> cost)
{
    LeaderboardRow r;
    r.provider = provider;
    r.model = model;
    r.wins = wins;
    r.ties = ties;
    r.losses = losses;
    r.comparisons = wins + ties + losses;
    r.medianCostMicroUsd = cost;
    return r;
}

Providers::ProviderConfig provider(const QString& name)
{
    return Providers::ProviderConfig{name,
                                     Providers::Kind::OpenAi,
                                     QUrl(QStringLiteral("https://%1.example/v1").arg(name)),
                                     {},
                                     {}};
}

QStringList targetsOf(const Routing::Route& route)
{
    QStringList ids;
    for (const Routing::TargetSpec& spec : route.targets)
        ids.append(spec.target.id());
    return ids;
}

} // namespace

class TestCompareLeaderboard : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<UsageLedger> m_ledger;
    std::shared_ptr<qint64> m_time;
    std::unique_ptr<CompareStore> m_store;
    int m_requests = 0;

    /// Records the answering attempt of a column (after a failed one on `failedFirst` when
    /// given) and returns the column, credited to the model that answered.
    CompareColumnRecord column(const Answer& a, const char* failedFirst = nullptr)
    {
        const QString requestId = QStringLiteral("req-%1").arg(++m_requests);
        const QString target = QString::fromLatin1(a.target);
        const qsizetype slash = target.indexOf(u'/');
        int index = 0;
        if (failedFirst) {
            LedgerEntry failed;
            failed.origin = Chat::Origin::Compare;
            failed.attempt.requestId = requestId;
            failed.attempt.index = index++;
            const QString failedTarget = QString::fromLatin1(failedFirst);
            failed.attempt.provider = failedTarget.section(u'/', 0, 0);
            failed.attempt.model = failedTarget.section(u'/', 1);
            failed.attempt.outcome = Chat::Outcome::Network;
            failed.attempt.ttftMs = 10;
            failed.attempt.totalMs = 20;
            failed.attempt.costMicroUsd = 0;
            failed.attempt.startedAt = QDateTime::currentDateTimeUtc();
            [&] { QCOMPARE(m_ledger->record(failed), QString()); }();
        }
        LedgerEntry entry;
        entry.origin = Chat::Origin::Compare;
        entry.attempt.requestId = requestId;
        entry.attempt.index = index;
        entry.attempt.provider = target.left(slash);
        entry.attempt.model = target.mid(slash + 1);
        entry.attempt.outcome = Chat::Outcome::Ok;
        entry.attempt.ttftMs = a.ttftMs;
        entry.attempt.totalMs = a.totalMs;
        entry.attempt.usage.outputTokens = a.outputTokens;
        entry.attempt.costMicroUsd = a.costMicroUsd;
        entry.attempt.costSource =
            a.costMicroUsd ? QStringLiteral("catalog") : QStringLiteral("unknown");
        entry.attempt.startedAt = QDateTime::currentDateTimeUtc();
        [&] { QCOMPARE(m_ledger->record(entry), QString()); }();

        CompareColumnRecord c;
        c.target = target;
        c.answered = true;
        c.outcome = Chat::Outcome::Ok;
        c.text = QStringLiteral("answer");
        c.requestId = requestId;
        c.provider = entry.attempt.provider;
        c.model = entry.attempt.model;
        return c;
    }

    static CompareColumnRecord failedColumn(const QString& target)
    {
        CompareColumnRecord c;
        c.target = target;
        c.outcome = Chat::Outcome::Auth;
        c.provider = target.section(u'/', 0, 0);
        c.model = target.section(u'/', 1);
        return c;
    }

    qint64 compare(const QList<CompareColumnRecord>& columns, const QList<int>& best)
    {
        CompareSession s;
        s.prompt = QStringLiteral("prompt");
        s.columns = columns;
        const std::optional<qint64> id = m_store->save(s);
        if (id && !best.isEmpty() && !m_store->setVerdict(*id, CompareVerdict::tie(best)))
            return 0;
        return id.value_or(0);
    }

    /// The hand-worked ledger: six compares over p/alpha, p/beta and q/gamma.
    ///   C1 alpha* beta gamma     alpha wins, beta and gamma lose
    ///   C2 alpha beta*           beta wins, alpha loses
    ///   C3 alpha* gamma*         a tie
    ///   C4 alpha* beta gamma(×)  alpha wins, beta loses; gamma failed and is not counted
    ///   C5 beta gamma            not judged: not counted
    ///   C6 route→gamma* alpha    the route's fallback (p/beta failed, q/gamma answered) wins
    /// C1–C3 are judged at `early`, C4 and C6 later.
    void buildLedger(qint64* early)
    {
        compare({column({"p/alpha", 100, 400, 1400, 100}), column({"p/beta", 50, 900, 1900, 10}),
                 column({"q/gamma", 1000, 50, 1050, 100})},
                {0});
        compare({column({"p/alpha", 300, 100, 1100, 50}), column({"p/beta", 70, 700, 1700, 40})},
                {1});
        compare({column({"p/alpha", 200, 300, 600, 90}), column({"q/gamma", 3000, 150, 1150, 200})},
                {0, 1});
        *early = *m_time;
        *m_time += 3'600'000;
        compare({column({"p/alpha", std::nullopt, 200, 900, std::nullopt}),
                 column({"p/beta", 60, 800, 800, 20}), failedColumn(QStringLiteral("q/gamma"))},
                {0});
        compare({column({"p/beta", 1, 1, 2, 1}), column({"q/gamma", 1, 1, 2, 1})}, {});
        CompareColumnRecord routed = column({"q/gamma", 2000, 100, 1100, 300}, "p/beta/x");
        routed.targetKind = CompareTargetKind::Route;
        routed.target = QStringLiteral("fast");
        compare({routed, column({"p/alpha", 500, 500, 2500, 200})}, {0});
    }

private Q_SLOTS:
    void init()
    {
        QFile::remove(m_dir.filePath(QStringLiteral("l.db")));
        m_db = std::make_unique<Database>(m_dir.filePath(QStringLiteral("l.db")));
        QCOMPARE(m_db->open(), QString());
        m_ledger = std::make_unique<UsageLedger>(*m_db);
        m_time = std::make_shared<qint64>(QDateTime::currentMSecsSinceEpoch());
        m_store = std::make_unique<CompareStore>(*m_db, [t = m_time] { return *t += 1000; });
    }

    void cleanup()
    {
        m_store.reset();
        m_ledger.reset();
        m_db.reset();
    }

    void winRatesAndMediansMatchTheHandWorkedFigures()
    {
        qint64 early = 0;
        buildLedger(&early);
        QString error;
        const QList<LeaderboardRow> rows = CompareLeaderboard(*m_db).rows({}, &error);
        QCOMPARE(error, QString());
        QCOMPARE(rows.size(), 3);

        // alpha: W L T W L → (2 + 0.5) / 5; gamma: L T W → 1.5 / 3 (the same rate, fewer
        // comparisons); beta: L W L → 1 / 3.
        const LeaderboardRow& alpha = rows.at(0);
        QCOMPARE(alpha.id(), QStringLiteral("p/alpha"));
        QCOMPARE(alpha.comparisons, 5);
        QCOMPARE(alpha.wins, 2);
        QCOMPARE(alpha.ties, 1);
        QCOMPARE(alpha.losses, 2);
        QCOMPARE(alpha.winRate(), 0.5);
        // Costs 100, 300, 200, unknown, 500 → the nearest-rank median of four known: 200.
        QCOMPARE(alpha.costSamples, 4);
        QCOMPARE(alpha.medianCostMicroUsd, std::optional<qint64>(200));
        // First tokens 400, 100, 300, 200, 500 → 300.
        QCOMPARE(alpha.ttftSamples, 5);
        QCOMPARE(alpha.medianTtftMs, std::optional<qint64>(300));
        // Tokens/s 100·1000/1000 = 100, 50·1000/1000 = 50, 90·1000/300 = 300, (no output
        // count), 200·1000/2000 = 100 → 50, 100, 100, 300 → 100.
        QCOMPARE(alpha.tokensPerSecondSamples, 4);
        QCOMPARE(alpha.medianTokensPerSecond, std::optional<double>(100.0));

        const LeaderboardRow& gamma = rows.at(1);
        QCOMPARE(gamma.id(), QStringLiteral("q/gamma"));
        QCOMPARE(gamma.comparisons, 3);
        QCOMPARE(gamma.wins, 1);
        QCOMPARE(gamma.ties, 1);
        QCOMPARE(gamma.losses, 1);
        QCOMPARE(gamma.winRate(), 0.5);
        QCOMPARE(gamma.medianCostMicroUsd, std::optional<qint64>(2000));     // 1000, 3000, 2000
        QCOMPARE(gamma.medianTtftMs, std::optional<qint64>(100));            // 50, 150, 100
        QCOMPARE(gamma.medianTokensPerSecond, std::optional<double>(200.0)); // 100, 200, 300

        const LeaderboardRow& beta = rows.at(2);
        QCOMPARE(beta.id(), QStringLiteral("p/beta"));
        QCOMPARE(beta.comparisons, 3);
        QCOMPARE(beta.wins, 1);
        QCOMPARE(beta.ties, 0);
        QCOMPARE(beta.losses, 2);
        QCOMPARE(beta.winRate(), 1.0 / 3.0);
        QCOMPARE(beta.medianCostMicroUsd, std::optional<qint64>(60)); // 50, 70, 60
        QCOMPARE(beta.medianTtftMs, std::optional<qint64>(800));      // 900, 700, 800
        // 10·1000/1000 = 10, 40·1000/1000 = 40; C4 streamed for no time after its first token.
        QCOMPARE(beta.tokensPerSecondSamples, 2);
        QCOMPARE(beta.medianTokensPerSecond, std::optional<double>(10.0));
    }

    void onlyCompareJudgedSinceThePeriodStartCount()
    {
        qint64 early = 0;
        buildLedger(&early);
        const QList<LeaderboardRow> rows =
            CompareLeaderboard(*m_db).rows(QDateTime::fromMSecsSinceEpoch(early + 1, Qt::UTC));
        // C4 and C6 only: gamma won C6; alpha won C4 and lost C6; beta lost C4.
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0).id(), QStringLiteral("q/gamma"));
        QCOMPARE(rows.at(0).wins, 1);
        QCOMPARE(rows.at(0).comparisons, 1);
        QCOMPARE(rows.at(1).id(), QStringLiteral("p/alpha"));
        QCOMPARE(rows.at(1).wins, 1);
        QCOMPARE(rows.at(1).losses, 1);
        QCOMPARE(rows.at(1).medianCostMicroUsd, std::optional<qint64>(500));
        QCOMPARE(rows.at(2).id(), QStringLiteral("p/beta"));
        QCOMPARE(rows.at(2).losses, 1);
    }

    void aClearedOrChangedVerdictIsNoLongerCounted()
    {
        const qint64 id =
            compare({column({"p/alpha", 1, 1, 2, 1}), column({"p/beta", 1, 1, 2, 1})}, {0});
        QCOMPARE(CompareLeaderboard(*m_db).rows().size(), 2);
        QVERIFY(m_store->setVerdict(id, CompareVerdict::winner(1)));
        QList<LeaderboardRow> rows = CompareLeaderboard(*m_db).rows();
        QCOMPARE(rows.at(0).id(), QStringLiteral("p/beta"));
        QCOMPARE(rows.at(0).wins, 1);
        QCOMPARE(rows.at(1).losses, 1);
        QVERIFY(m_store->setVerdict(id, {}));
        QVERIFY(CompareLeaderboard(*m_db).rows().isEmpty());
    }

    void aRouteTakesTheBestFirstThenTheCheapest()
    {
        qint64 early = 0;
        buildLedger(&early);
        Config::AppConfig config;
        config.providers = {provider(QStringLiteral("p")), provider(QStringLiteral("q"))};
        const QList<LeaderboardRow> rows = CompareLeaderboard(*m_db).rows();
        // alpha is best (rate 0.5 over more comparisons than gamma); then beta (60) before
        // gamma (2000).
        QString error;
        const std::optional<Routing::Route> route =
            Compare::routeFromLeaderboard(QStringLiteral("judged"), rows, config, &error);
        QVERIFY2(route, qPrintable(error));
        QCOMPARE(route->name, QStringLiteral("judged"));
        QCOMPARE(route->strategy, Routing::Strategy::Ordered);
        QCOMPARE(targetsOf(*route),
                 (QStringList{QStringLiteral("p/alpha"), QStringLiteral("p/beta"),
                              QStringLiteral("q/gamma")}));
        QCOMPARE(targetsOf(*Compare::routeFromLeaderboard(QStringLiteral("two"), rows, config,
                                                          nullptr, {2, 1})),
                 (QStringList{QStringLiteral("p/alpha"), QStringLiteral("p/beta")}));
        // Judged at least four times: alpha alone.
        QCOMPARE(targetsOf(*Compare::routeFromLeaderboard(QStringLiteral("solo"), rows, config,
                                                          nullptr, {3, 4})),
                 QStringList{QStringLiteral("p/alpha")});
        // A provider no longer configured is left out.
        Config::AppConfig withoutP = config;
        withoutP.providers = {provider(QStringLiteral("q"))};
        QCOMPARE(targetsOf(*Compare::routeFromLeaderboard(QStringLiteral("q"), rows, withoutP)),
                 QStringList{QStringLiteral("q/gamma")});
    }

    void unknownCostsGoLastAndTiesBreakByRateThenName()
    {
        Config::AppConfig config;
        config.providers = {provider(QStringLiteral("p"))};
        const QList<LeaderboardRow> rows{
            row(QStringLiteral("p"), QStringLiteral("best"), 3, 0, 0, std::nullopt),
            row(QStringLiteral("p"), QStringLiteral("unpriced"), 2, 0, 1, std::nullopt),
            row(QStringLiteral("p"), QStringLiteral("cheap-b"), 0, 0, 3, 10),
            row(QStringLiteral("p"), QStringLiteral("cheap-a"), 0, 0, 3, 10),
            row(QStringLiteral("p"), QStringLiteral("cheap-better"), 1, 0, 2, 10),
            row(QStringLiteral("p"), QStringLiteral("dear"), 2, 0, 1, 500)};
        const std::optional<Routing::Route> route =
            Compare::routeFromLeaderboard(QStringLiteral("r"), rows, config, nullptr, {6, 1});
        QVERIFY(route);
        QCOMPARE(targetsOf(*route),
                 (QStringList{QStringLiteral("p/best"), QStringLiteral("p/cheap-better"),
                              QStringLiteral("p/cheap-a"), QStringLiteral("p/cheap-b"),
                              QStringLiteral("p/dear"), QStringLiteral("p/unpriced")}));
        // Best by rate; equal rates go to more comparisons, then the lower cost.
        const QList<LeaderboardRow> even{
            row(QStringLiteral("p"), QStringLiteral("few"), 1, 0, 0, 1),
            row(QStringLiteral("p"), QStringLiteral("many-dear"), 2, 0, 0, 900),
            row(QStringLiteral("p"), QStringLiteral("many-cheap"), 2, 0, 0, 100)};
        QCOMPARE(targetsOf(*Compare::routeFromLeaderboard(QStringLiteral("r"), even, config)),
                 (QStringList{QStringLiteral("p/many-cheap"), QStringLiteral("p/few"),
                              QStringLiteral("p/many-dear")}));
    }

    void aRouteNeedsANameAndAQualifyingRow()
    {
        Config::AppConfig config;
        config.providers = {provider(QStringLiteral("p"))};
        const QList<LeaderboardRow> rows{row(QStringLiteral("p"), QStringLiteral("m"), 1, 0, 0, 1)};
        QString error;
        QVERIFY(!Compare::routeFromLeaderboard(QStringLiteral("  "), rows, config, &error));
        QVERIFY2(error.contains(QLatin1String("needs a name")), qPrintable(error));
        QVERIFY(!Compare::routeFromLeaderboard(QStringLiteral("r"), {}, config, &error));
        QVERIFY2(error.contains(QLatin1String("no model on the leaderboard qualifies")),
                 qPrintable(error));
        QVERIFY(!Compare::routeFromLeaderboard(QStringLiteral("r"), rows, config, &error, {3, 2}));
    }

    void theRouteSavesThroughTheRoutesConfigCode()
    {
        Config::AppConfig config;
        config.providers = {provider(QStringLiteral("p")), provider(QStringLiteral("q"))};
        const QList<LeaderboardRow> rows{
            row(QStringLiteral("p"), QStringLiteral("a"), 2, 0, 0, 300),
            row(QStringLiteral("q"), QStringLiteral("b"), 0, 0, 2, 100)};
        const std::optional<Routing::Route> route =
            Compare::routeFromLeaderboard(QStringLiteral("from-leaderboard"), rows, config);
        QVERIFY(route);
        config.routes.append(*route);
        Config::ConfigFile file(m_dir.filePath(QStringLiteral("config.json")));
        QCOMPARE(file.save(config), QString());
        const Config::LoadResult loaded = file.load();
        QVERIFY(loaded.ok());
        const Routing::Route* saved = loaded.config.findRoute(QStringLiteral("from-leaderboard"));
        QVERIFY(saved);
        QCOMPARE(*saved, *route);
    }
};

QTEST_GUILESS_MAIN(TestCompareLeaderboard)
#include "tst_compareleaderboard.moc"
