// The router against three mock providers: for each fault on the first target, the right
// decision (retry, fall back, stop), the right final answer, the right ledger rows, in bounded
// time; auth and context-length skips, mid-stream policies, hedging, cancellation, the attempt
// budget, shared health, and a property test over random fault sequences.
#include "MockProviderServer.h"
#include "MockReply.h"
#include "config/AppConfig.h"
#include "routing/Router.h"
#include "routing/TargetFacts.h"
#include "secrets/KeyResolver.h"
#include "storage/BudgetWatcher.h"
#include "storage/Database.h"
#include "storage/LedgerWriter.h"
#include "storage/StatsQueries.h"
#include "storage/UsageLedger.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Routing;
using TestSupport::MockProviderServer;
using TestSupport::MockReply;
Q_DECLARE_METATYPE(TestSupport::MockReply)

namespace {

struct Run {
    RouteResult result;
    int finishedSignals = 0;
    qint64 elapsedMs = 0;
    QStringList notices;
};

class WindowFacts final : public TargetFacts {
public:
    QHash<QString, qint64> windows;
    std::optional<qint64> estimatedCostMicroUsd(const Target&,
                                                const Chat::ChatRequest&) const override
    {
        return std::nullopt;
    }
    std::optional<qint64> medianTtftMs(const Target&, int*) const override { return std::nullopt; }
    std::optional<qint64> contextWindow(const Target& t) const override
    {
        return windows.contains(t.id()) ? std::optional<qint64>(windows.value(t.id()))
                                        : std::nullopt;
    }
};

MockReply answer(const QString& text)
{
    return MockReply::openAiStream({text}, QStringLiteral("m"), true);
}

} // namespace

class TestRouter : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    MockProviderServer m_a, m_b, m_c;
    Config::AppConfig m_config;
    QNetworkAccessManager m_network;
    Secrets::KeyResolver m_keys;
    std::unique_ptr<Storage::Database> m_db;
    std::unique_ptr<Storage::UsageLedger> m_ledger; ///< reads what the writer wrote
    std::unique_ptr<Storage::LedgerWriter> m_writer;
    std::unique_ptr<Router> m_router;

    static Providers::ProviderConfig provider(const QString& name, const QUrl& url)
    {
        return Providers::ProviderConfig{name, Providers::Kind::OpenAi, url, {}, {}};
    }

    Route route(const QStringList& ids)
    {
        Route r;
        r.name = QStringLiteral("test");
        for (const QString& id : ids)
            r.targets.append(TargetSpec{*Target::parse(id), {}, {}, {}, {}, 1.0});
        return r;
    }

    Run run(const Route& r, const std::function<void(RouteRun&)>& whileRunning = {})
    {
        RoutePlan plan;
        plan.route = r;
        plan.request.messages.append({Chat::Role::User, QStringLiteral("hello")});
        plan.origin = Chat::Origin::Chat;
        plan.seed = 1;
        Run out;
        RouteRun* routeRun = m_router->route(plan, this);
        QSignalSpy finished(routeRun, &RouteRun::finished);
        connect(routeRun, &RouteRun::streamEvent, this, [&out](const Chat::StreamEvent& e) {
            if (e.kind == Chat::StreamEvent::Kind::Notice)
                out.notices.append(e.text);
        });
        QElapsedTimer clock;
        clock.start();
        routeRun->start();
        if (whileRunning)
            whileRunning(*routeRun);
        if (finished.isEmpty())
            finished.wait(30'000);
        out.elapsedMs = clock.elapsed();
        QTest::qWait(20); // let late signals (they must not come) arrive
        out.finishedSignals = static_cast<int>(finished.size());
        if (!finished.isEmpty())
            out.result = finished.first().first().value<RouteResult>();
        delete routeRun;
        return out;
    }

    int ledgerRows(const QString& requestId)
    {
        int n = 0;
        for (const Storage::LedgerEntry& entry : m_ledger->recent(10'000))
            n += entry.attempt.requestId == requestId ? 1 : 0;
        return n;
    }

    QStringList outcomes(const RouteResult& result)
    {
        QStringList list;
        for (const Chat::Attempt& a : result.attempts)
            list.append(a.provider + u':' + Chat::outcomeName(a.outcome));
        return list;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<RouteResult>();
        QVERIFY(m_a.listen() && m_b.listen() && m_c.listen());
        m_config.providers = {provider(QStringLiteral("a"), m_a.baseUrl()),
                              provider(QStringLiteral("b"), m_b.baseUrl()),
                              provider(QStringLiteral("c"), m_c.baseUrl())};
        m_config.timeouts = {2000, 800, 500, 10000};
        m_db = std::make_unique<Storage::Database>(m_dir.filePath(QStringLiteral("s.db")));
        QCOMPARE(m_db->open(), QString());
        m_ledger = std::make_unique<Storage::UsageLedger>(*m_db);
        m_writer = std::make_unique<Storage::LedgerWriter>(
            Storage::ConnectionSettings::sqlite(m_dir.filePath(QStringLiteral("s.db"))));
        m_router = std::make_unique<Router>(m_network, m_config, m_keys, m_writer.get());
    }

    void init()
    {
        m_a.reset();
        m_b.reset();
        m_c.reset();
        m_router->health().clear();
        m_router->setFacts(nullptr);
        m_b.enqueue(answer(QStringLiteral("from b")));
    }

    void faultOnTheFirstTargetGetsTheRightDecision_data()
    {
        QTest::addColumn<MockReply>("fault");
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<QString>("decision");
        const auto status = [](int code, const char* type = "server_error",
                               const char* errorCode = "") {
            return MockReply::openAiError(code, QStringLiteral("status %1").arg(code),
                                          QString::fromLatin1(type),
                                          QString::fromLatin1(errorCode));
        };
        QTest::newRow("400") << status(400, "invalid_request_error") << "bad_request"
                             << "stop";
        QTest::newRow("401") << status(401, "invalid_request_error", "invalid_api_key") << "auth"
                             << "fallback";
        QTest::newRow("403") << status(403, "") << "auth"
                             << "fallback";
        QTest::newRow("404") << status(404, "invalid_request_error", "model_not_found")
                             << "not_found"
                             << "fallback";
        QTest::newRow("408") << status(408, "") << "timeout_first_token"
                             << "fallback";
        QTest::newRow("409") << status(409, "") << "bad_request"
                             << "stop";
        QTest::newRow("413") << status(413, "") << "context_length"
                             << "fallback";
        QTest::newRow("422") << status(422, "") << "bad_request"
                             << "stop";
        QTest::newRow("429")
            << status(429, "requests", "rate_limit_exceeded").withHeader("Retry-After", "0")
            << "rate_limited"
            << "retry";
        QTest::newRow("429 Retry-After seconds")
            << status(429, "requests").withHeader("Retry-After", "1") << "rate_limited"
            << "retry";
        QTest::newRow("429 Retry-After HTTP date")
            << status(429, "requests")
                   .withHeader("Retry-After",
                               QLocale::c()
                                   .toString(QDateTime::currentDateTimeUtc().addSecs(1),
                                             QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
                                   .toLatin1())
            << "rate_limited"
            << "retry";
        QTest::newRow("429 Retry-After beyond the cap")
            << status(429, "requests").withHeader("Retry-After", "120") << "rate_limited"
            << "fallback";
        QTest::newRow("500") << status(500) << "server_error"
                             << "retry";
        QTest::newRow("502") << status(502) << "server_error"
                             << "retry";
        QTest::newRow("503") << status(503) << "overloaded"
                             << "retry";
        QTest::newRow("504") << status(504) << "server_error"
                             << "retry";
        QTest::newRow("529") << status(529, "overloaded_error") << "overloaded"
                             << "retry";
        QTest::newRow("slow headers") <<
            [] {
                MockReply r = answer(QStringLiteral("late"));
                r.headerDelayMs = 3000;
                return r;
            }() << "timeout_first_token"
                                      << "fallback";
        QTest::newRow("slow first token") <<
            [] {
                MockReply r = answer(QStringLiteral("late"));
                r.firstByteDelayMs = 3000;
                return r;
            }() << "timeout_first_token"
                                          << "fallback";
        QTest::newRow("stall mid-stream") <<
            [] {
                MockReply r = MockReply::openAiStream(
                    {QStringLiteral("part "), QStringLiteral("rest")}, QStringLiteral("m"), true);
                r.stallAfterBytes = r.body.indexOf("rest");
                r.stallMs = -1;
                return r;
            }() << "stalled"
                                          << "fallback";
        QTest::newRow("drop mid-stream") <<
            [] {
                MockReply r = MockReply::openAiStream(
                    {QStringLiteral("part "), QStringLiteral("rest")}, QStringLiteral("m"), true);
                r.dropAfterBytes = r.body.indexOf("rest");
                return r;
            }() << "network"
                                         << "fallback";
        QTest::newRow("malformed chunk") <<
            [] {
                MockReply r;
                r.stream = true;
                r.body = "data: {not json}\n\n";
                return r;
            }() << "malformed"
                                         << "fallback";
        QTest::newRow("in-band error event")
            << MockReply::fixture(QStringLiteral("openrouter-sdktest-error-chunk.sse"))
            << "server_error"
            << "retry";
    }

    void faultOnTheFirstTargetGetsTheRightDecision()
    {
        QFETCH(MockReply, fault);
        QFETCH(QString, outcome);
        QFETCH(QString, decision);
        fault.times = decision == QLatin1String("retry") ? 2 : 1;
        m_a.enqueue(fault);
        const Run out = run(route({QStringLiteral("a/m"), QStringLiteral("b/m")}));
        QCOMPARE(out.finishedSignals, 1);
        QVERIFY2(out.elapsedMs < 15'000, "routing took unreasonably long");
        const RouteResult& result = out.result;
        QCOMPARE(result.attempts.first().outcome, *Chat::outcomeFromName(outcome));
        if (decision == QLatin1String("stop")) {
            QCOMPARE(outcomes(result), QStringList({QStringLiteral("a:") + outcome}));
            QVERIFY(!result.answered);
            QVERIFY(result.error.contains(outcome));
            QCOMPARE(m_b.requests().size(), 0);
        } else {
            QStringList expected{QStringLiteral("a:") + outcome};
            if (decision == QLatin1String("retry"))
                expected.append(QStringLiteral("a:") + outcome);
            expected.append(QStringLiteral("b:ok"));
            QCOMPARE(outcomes(result), expected);
            QVERIFY(result.answered);
            QCOMPARE(result.text, QStringLiteral("from b"));
            QCOMPARE(result.winner.provider, QStringLiteral("b"));
        }
        QCOMPARE(ledgerRows(result.requestId), result.attempts.size());
        // Each attempt says why it had its place.
        QVERIFY(!result.attempts.last().orderReason.isEmpty());
    }

    void retryWaitsForRetryAfter()
    {
        m_a.enqueue(
            MockReply::openAiError(429, QStringLiteral("slow down"), QStringLiteral("requests"))
                .withHeader("Retry-After", "1"));
        m_a.enqueue(answer(QStringLiteral("from a")));
        const Run out = run(route({QStringLiteral("a/m"), QStringLiteral("b/m")}));
        QCOMPARE(out.result.text, QStringLiteral("from a"));
        QVERIFY2(out.elapsedMs >= 1000, "the retry did not wait for Retry-After");
        QVERIFY(out.result.attempts.last().orderReason.contains(
            QLatin1String("retry 1 after rate_limited")));
    }

    void connectionRefusedFallsBackAtOnce()
    {
        quint16 closedPort = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            closedPort = probe.serverPort();
        }
        m_config.providers.append(
            provider(QStringLiteral("gone"),
                     QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(closedPort))));
        const Run out = run(route({QStringLiteral("gone/m"), QStringLiteral("b/m")}));
        m_config.providers.removeLast();
        QCOMPARE(outcomes(out.result),
                 QStringList({QStringLiteral("gone:network"), QStringLiteral("b:ok")}));
    }

    void authFailureSkipsTheSameProvidersOtherTargets()
    {
        m_a.enqueue(MockReply::openAiError(401, QStringLiteral("bad key"),
                                           QStringLiteral("invalid_request_error"),
                                           QStringLiteral("invalid_api_key")));
        const Run out =
            run(route({QStringLiteral("a/one"), QStringLiteral("a/two"), QStringLiteral("b/m")}));
        QCOMPARE(outcomes(out.result),
                 QStringList({QStringLiteral("a:auth"), QStringLiteral("b:ok")}));
        QCOMPARE(m_a.requests().size(), 1);
        QVERIFY(out.notices.join(u'\n').contains(QLatin1String("a/two skipped")));
    }

    void skipOverBudgetLeavesProvidersOverBudgetOut()
    {
        // Provider a has spent its month's budget (one dollar) in the ledger.
        Storage::LedgerEntry spent;
        spent.attempt.requestId = QStringLiteral("budget-spend");
        spent.attempt.provider = QStringLiteral("a");
        spent.attempt.model = QStringLiteral("one");
        spent.attempt.outcome = Chat::Outcome::Ok;
        spent.attempt.startedAt = QDateTime::currentDateTimeUtc();
        spent.attempt.costMicroUsd = 1'500'000;
        QCOMPARE(m_ledger->record(spent), QString());
        Pricing::Budgets budgets;
        budgets.providers.insert(QStringLiteral("a"), Pricing::BudgetLimits{1'000'000, {}});
        Storage::StatsQueries stats(*m_db);
        Storage::BudgetWatcher watcher(budgets, stats);
        watcher.check();
        QVERIFY(watcher.isOverBudget(QStringLiteral("a")));
        m_router->setBudgets(&watcher);

        Route skipping = route({QStringLiteral("a/one"), QStringLiteral("b/m")});
        skipping.policy.skipOverBudget = true;
        Run out = run(skipping);
        QVERIFY(out.result.answered);
        QCOMPARE(outcomes(out.result), QStringList({QStringLiteral("b:ok")}));
        QCOMPARE(m_a.requests().size(), 0);
        QVERIFY(out.notices.join(u'\n').contains(QLatin1String("a/one skipped: over budget")));

        // Only the over-budget provider's targets: nothing is tried, and the error says why.
        Route onlyA = route({QStringLiteral("a/one")});
        onlyA.policy.skipOverBudget = true;
        out = run(onlyA);
        QVERIFY(!out.result.answered);
        QVERIFY(out.result.attempts.isEmpty());
        QVERIFY2(out.result.error.contains(QLatin1String("over budget")),
                 qPrintable(out.result.error));

        // Without the policy the budget does not stop the route.
        m_b.enqueue(answer(QStringLiteral("from b")));
        m_a.enqueue(answer(QStringLiteral("from a")));
        out = run(route({QStringLiteral("a/one"), QStringLiteral("b/m")}));
        QCOMPARE(outcomes(out.result), QStringList({QStringLiteral("a:ok")}));
        m_router->setBudgets(nullptr);
    }

    void contextLengthSkipsTargetsWithoutALargerWindow()
    {
        WindowFacts facts;
        facts.windows = {{QStringLiteral("a/small"), 8192},
                         {QStringLiteral("b/also-small"), 8192},
                         {QStringLiteral("c/large"), 200000}};
        m_router->setFacts(&facts);
        m_a.enqueue(MockReply::openAiError(
            400, QStringLiteral("maximum context length is 8192 tokens"),
            QStringLiteral("invalid_request_error"), QStringLiteral("context_length_exceeded")));
        m_c.enqueue(answer(QStringLiteral("from c")));
        const Run out = run(route({QStringLiteral("a/small"), QStringLiteral("b/also-small"),
                                   QStringLiteral("c/large")}));
        m_router->setFacts(nullptr);
        QCOMPARE(outcomes(out.result),
                 QStringList({QStringLiteral("a:context_length"), QStringLiteral("c:ok")}));
        QCOMPARE(m_b.requests().size(), 0);
    }

    void badRequestFallsBackWhenTheRouteSaysSo()
    {
        Route r = route({QStringLiteral("a/m"), QStringLiteral("b/m")});
        r.policy.fallBackOnBadRequest = true;
        m_a.enqueue(MockReply::openAiError(400, QStringLiteral("unsupported parameter")));
        const Run out = run(r);
        QCOMPARE(outcomes(out.result),
                 QStringList({QStringLiteral("a:bad_request"), QStringLiteral("b:ok")}));
    }

    void brokenStreamRestartsOnTheNextTargetAndKeepsThePartialApart()
    {
        MockReply broken = MockReply::openAiStream(
            {QStringLiteral("Partial "), QStringLiteral("rest")}, QStringLiteral("m"), true);
        broken.dropAfterBytes = broken.body.indexOf("rest");
        m_a.enqueue(broken);
        const Run out = run(route({QStringLiteral("a/m"), QStringLiteral("b/m")}));
        QVERIFY(out.result.answered);
        QCOMPARE(out.result.text, QStringLiteral("from b"));
        QCOMPARE(out.result.attempts.first().text, QStringLiteral("Partial "));
        QVERIFY(out.notices.join(u'\n').contains(QLatin1String("failed mid-answer")));
        const QList<Storage::LedgerEntry> rows = m_ledger->recent(2);
        QCOMPARE(rows.last().attempt.text, QStringLiteral("Partial "));
    }

    void brokenStreamStopsWhenTheRouteSaysSo()
    {
        Route r = route({QStringLiteral("a/m"), QStringLiteral("b/m")});
        r.policy.midStream = MidStreamPolicy::Stop;
        MockReply broken = MockReply::openAiStream(
            {QStringLiteral("Partial "), QStringLiteral("rest")}, QStringLiteral("m"), true);
        broken.dropAfterBytes = broken.body.indexOf("rest");
        m_a.enqueue(broken);
        const Run out = run(r);
        QVERIFY(!out.result.answered);
        QVERIFY(out.result.incomplete);
        QCOMPARE(out.result.partialText, QStringLiteral("Partial "));
        QCOMPARE(m_b.requests().size(), 0);
    }

    void hedgeStartsTheNextTargetAndTheFirstToStreamWins()
    {
        Route r = route({QStringLiteral("a/m"), QStringLiteral("b/m")});
        r.policy.hedgeAfterMs = 150;
        MockReply slow = answer(QStringLiteral("from a"));
        slow.firstByteDelayMs = 600;
        m_a.enqueue(slow);
        const Run out = run(r);
        QVERIFY(out.result.answered);
        QCOMPARE(out.result.text, QStringLiteral("from b"));
        QCOMPARE(out.result.attempts.size(), 2);
        const Chat::Attempt& lost = out.result.attempts.at(0).provider == QLatin1String("a")
                                        ? out.result.attempts.at(0)
                                        : out.result.attempts.at(1);
        QCOMPARE(lost.outcome, Chat::Outcome::Cancelled);
        QVERIFY(lost.error.contains(QLatin1String("answered first")));
        QCOMPARE(ledgerRows(out.result.requestId), 2);
    }

    void hedgeIsNotStartedWhenTheFirstTargetIsQuick()
    {
        Route r = route({QStringLiteral("a/m"), QStringLiteral("b/m")});
        r.policy.hedgeAfterMs = 2000;
        m_a.enqueue(answer(QStringLiteral("from a")));
        const Run out = run(r);
        QCOMPARE(out.result.text, QStringLiteral("from a"));
        QCOMPARE(m_b.requests().size(), 0);
    }

    void cancelAbortsEveryAttemptInFlight()
    {
        Route r = route({QStringLiteral("a/m"), QStringLiteral("b/m")});
        r.policy.hedgeAfterMs = 100;
        m_config.timeouts.firstTokenMs = 5000;
        MockReply slowA = answer(QStringLiteral("a"));
        slowA.firstByteDelayMs = 4000;
        MockReply slowB = answer(QStringLiteral("b"));
        slowB.firstByteDelayMs = 4000;
        m_a.enqueue(slowA);
        m_b.reset();
        m_b.enqueue(slowB);
        const Run out = run(r, [](RouteRun& routeRun) {
            QTimer::singleShot(400, &routeRun, [&routeRun] { routeRun.cancel(); });
        });
        m_config.timeouts.firstTokenMs = 800;
        QCOMPARE(out.finishedSignals, 1);
        QVERIFY(!out.result.answered);
        QCOMPARE(outcomes(out.result).size(), 2);
        for (const Chat::Attempt& a : out.result.attempts)
            QCOMPARE(a.outcome, Chat::Outcome::Cancelled);
        QVERIFY(out.elapsedMs < 3000);
    }

    void attemptBudgetIsNeverExceeded()
    {
        Route r = route({QStringLiteral("a/m"), QStringLiteral("b/m"), QStringLiteral("c/m")});
        r.policy.maxAttempts = 2;
        m_a.enqueue(MockReply::openAiError(404, QStringLiteral("no")));
        m_b.reset();
        m_b.enqueue(MockReply::openAiError(404, QStringLiteral("no")));
        const Run out = run(r);
        QVERIFY(!out.result.answered);
        QCOMPARE(out.result.attempts.size(), 2);
        QVERIFY(out.result.error.contains(QLatin1String("budget of 2 attempts")));
        QCOMPARE(m_c.requests().size(), 0);
    }

    void repeatedFailuresCoolATargetForEveryLaterRequest()
    {
        for (int i = 0; i < TargetHealth::kFailuresBeforeCooldown; ++i) {
            m_a.enqueue(MockReply::openAiError(404, QStringLiteral("gone")));
            m_b.enqueue(answer(QStringLiteral("from b")));
            QCOMPARE(run(route({QStringLiteral("a/m"), QStringLiteral("b/m")})).result.text,
                     QStringLiteral("from b"));
        }
        QVERIFY(m_router->health().isCooling(*Target::parse(u"a/m")));
        const int requestsToA = static_cast<int>(m_a.requests().size());
        const Run out = run(route({QStringLiteral("a/m"), QStringLiteral("b/m")}));
        QCOMPARE(outcomes(out.result), QStringList({QStringLiteral("b:ok")}));
        QCOMPARE(m_a.requests().size(), requestsToA);
        QVERIFY(out.result.attempts.first().orderReason.contains(QLatin1String("position 2")));
    }

    void randomFaultSequencesAlwaysEndCleanly()
    {
        // Property: whatever the providers do, the router ends exactly once, within the attempt
        // budget, with at most one winner, and records every attempt.
        QRandomGenerator random(20261124);
        const QList<MockReply> faults{
            MockReply::openAiError(500, QStringLiteral("e")),
            MockReply::openAiError(503, QStringLiteral("e")),
            MockReply::openAiError(429, QStringLiteral("e")).withHeader("Retry-After", "0"),
            MockReply::openAiError(401, QStringLiteral("e")),
            MockReply::openAiError(404, QStringLiteral("e")),
            MockReply::openAiError(400, QStringLiteral("e")),
            [] {
                MockReply r;
                r.dropBeforeHeaders = true;
                return r;
            }(),
            [] {
                MockReply r;
                r.stream = true;
                r.body = "data: {broken\n\n";
                return r;
            }(),
            [] {
                MockReply r = MockReply::openAiStream({QStringLiteral("x "), QStringLiteral("y")},
                                                      QStringLiteral("m"), true);
                r.dropAfterBytes = r.body.indexOf("y\"");
                return r;
            }(),
            answer(QStringLiteral("ok")),
        };
        MockProviderServer* servers[] = {&m_a, &m_b, &m_c};
        for (int round = 0; round < 40; ++round) {
            for (MockProviderServer* server : servers) {
                server->reset();
                for (int i = 0; i < 4; ++i)
                    server->enqueue(faults.at(random.bounded(static_cast<int>(faults.size()))));
            }
            QStringList ids;
            const int targets = 1 + random.bounded(3);
            for (int t = 0; t < targets; ++t)
                ids.append(QStringLiteral("%1/m%2").arg(QChar(u'a' + random.bounded(3))).arg(t));
            Route r = route(ids);
            if (random.bounded(2))
                r.policy.hedgeAfterMs = 20 + random.bounded(100);
            m_router->health().clear();
            const Run out = run(r);
            QCOMPARE(out.finishedSignals, 1);
            QVERIFY(out.result.attempts.size() <= r.attemptBudget());
            int winners = 0;
            for (const Chat::Attempt& a : out.result.attempts)
                winners += a.outcome == Chat::Outcome::Ok ? 1 : 0;
            QVERIFY(winners <= 1);
            QCOMPARE(out.result.answered, winners == 1);
            QCOMPARE(ledgerRows(out.result.requestId), out.result.attempts.size());
        }
    }
};

QTEST_GUILESS_MAIN(TestRouter)
#include "tst_router.moc"
