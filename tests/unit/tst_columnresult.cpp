// What a compare column shows of its route's result: the answering attempt's figures, the cost of
// every attempt with the least certain source (unknown when any part is), the outcome of a column
// that failed, and the one line that says why.
#include "compare/ColumnResult.h"
#include "compare/CompareRequest.h"
#include "compare/CompareTarget.h"
#include "config/AppConfig.h"

#include <QTest>

using namespace Compare;

namespace {

Chat::Attempt attempt(const QString& provider, Chat::Outcome outcome,
                      std::optional<qint64> costMicroUsd, const QString& costSource)
{
    Chat::Attempt a;
    a.provider = provider;
    a.model = QStringLiteral("m");
    a.outcome = outcome;
    a.costMicroUsd = costMicroUsd;
    a.costSource = costSource;
    a.ttftMs = outcome == Chat::Outcome::Ok ? std::optional<qint64>(200) : std::nullopt;
    a.totalMs = outcome == Chat::Outcome::Ok ? 1200 : 30;
    if (outcome == Chat::Outcome::Ok) {
        a.usage.inputTokens = 10;
        a.usage.outputTokens = 40;
    }
    return a;
}

Routing::RouteResult answeredBy(const QList<Chat::Attempt>& attempts)
{
    Routing::RouteResult r;
    r.answered = true;
    r.requestId = QStringLiteral("req");
    r.text = QStringLiteral("the answer");
    r.reasoning = QStringLiteral("thinking");
    r.winner = {attempts.constLast().provider, attempts.constLast().model};
    r.attempts = attempts;
    return r;
}

} // namespace

class TestColumnResult : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void anAnsweredColumnShowsTheAnsweringAttempt()
    {
        const Storage::CompareColumnRecord r = ColumnResult::recordOf(
            CompareTarget::route(QStringLiteral("fast")), 2,
            answeredBy(
                {attempt(QStringLiteral("a"), Chat::Outcome::Overloaded, 0,
                         QStringLiteral("estimate")),
                 attempt(QStringLiteral("b"), Chat::Outcome::Ok, 120, QStringLiteral("catalog"))}));
        QCOMPARE(r.position, 2);
        QCOMPARE(r.targetKind, Storage::CompareTargetKind::Route);
        QCOMPARE(r.target, QStringLiteral("fast"));
        QVERIFY(r.answered);
        QCOMPARE(r.outcome, std::optional<Chat::Outcome>(Chat::Outcome::Ok));
        QCOMPARE(r.text, QStringLiteral("the answer"));
        QCOMPARE(r.reasoning, QStringLiteral("thinking"));
        QCOMPARE(r.error, QString());
        QCOMPARE(r.requestId, QStringLiteral("req"));
        QCOMPARE(r.provider, QStringLiteral("b"));
        QCOMPARE(r.ttftMs, std::optional<qint64>(200));
        QCOMPARE(r.totalMs, 1200);
        QCOMPARE(r.inputTokens, std::optional<qint64>(10));
        QCOMPARE(r.outputTokens, std::optional<qint64>(40));
        QCOMPARE(r.tokensPerSecond(), std::optional<double>(40.0)); // 40 tokens in 1 s
        QCOMPARE(r.attempts, 2);
        QCOMPARE(r.costMicroUsd, std::optional<qint64>(120));
        QCOMPARE(r.costSource, QStringLiteral("estimate")); // the least certain part
    }

    void theCostSumsEveryAttemptAndUnknownMakesItUnknown_data()
    {
        QTest::addColumn<QList<Chat::Attempt>>("attempts");
        QTest::addColumn<std::optional<qint64>>("cost");
        QTest::addColumn<QString>("source");
        const Chat::Attempt billed =
            attempt(QStringLiteral("or"), Chat::Outcome::Ok, 300, QStringLiteral("provider"));
        QTest::newRow("billed") << QList<Chat::Attempt>{billed} << std::optional<qint64>(300)
                                << "provider";
        QTest::newRow("billed and priced")
            << QList<Chat::Attempt>{attempt(QStringLiteral("x"), Chat::Outcome::ServerError, 5,
                                            QStringLiteral("catalog")),
                                    billed}
            << std::optional<qint64>(305) << "catalog";
        QTest::newRow("one unknown")
            << QList<Chat::Attempt>{attempt(QStringLiteral("x"), Chat::Outcome::Network,
                                            std::nullopt, QStringLiteral("unknown")),
                                    billed}
            << std::optional<qint64>() << "unknown";
    }

    void theCostSumsEveryAttemptAndUnknownMakesItUnknown()
    {
        QFETCH(QList<Chat::Attempt>, attempts);
        QFETCH(std::optional<qint64>, cost);
        QFETCH(QString, source);
        const Storage::CompareColumnRecord r = ColumnResult::recordOf(
            CompareTarget::model(QStringLiteral("or/m")), 0, answeredBy(attempts));
        QCOMPARE(r.costMicroUsd, cost);
        QCOMPARE(r.costSource, source);
    }

    void aFailedColumnShowsItsLastAttemptAndWhy()
    {
        Routing::RouteResult failed;
        failed.requestId = QStringLiteral("req");
        failed.error = QStringLiteral("b/m: auth (Incorrect API key provided)");
        failed.attempts = {
            attempt(QStringLiteral("b"), Chat::Outcome::Auth, 0, QStringLiteral("estimate"))};
        ColumnResult column;
        column.target = CompareTarget::model(QStringLiteral("b/m"));
        column.state = ColumnState::Failed;
        column.route = failed;
        column.record = ColumnResult::recordOf(column.target, 0, failed);
        QVERIFY(!column.record.answered);
        QCOMPARE(column.record.outcome, std::optional<Chat::Outcome>(Chat::Outcome::Auth));
        QCOMPARE(column.record.provider, QStringLiteral("b"));
        QCOMPARE(column.record.text, QString());
        QCOMPARE(column.record.error, failed.error);
        QCOMPARE(column.record.tokensPerSecond(), std::nullopt);
        // The error already names the target: it is not said twice.
        QCOMPARE(column.failureLine(), failed.error);
        column.target = CompareTarget::route(QStringLiteral("fast"));
        QCOMPARE(column.failureLine(), QStringLiteral("route/fast: ") + failed.error);
    }

    void aColumnThatTriedNothingHasNoOutcomeAndAnUnknownCost()
    {
        const Storage::CompareColumnRecord r =
            ColumnResult::recordOf(CompareTarget::model(QStringLiteral("a/m")), 0, {});
        QVERIFY(!r.outcome);
        QCOMPARE(r.attempts, 0);
        QVERIFY(!r.costMicroUsd);
        QCOMPARE(r.costSource, QStringLiteral("unknown"));
    }

    void targetsResolveByTheRoutersRules()
    {
        Config::AppConfig config;
        config.providers = {Providers::ProviderConfig{QStringLiteral("p"),
                                                      Providers::Kind::OpenAi,
                                                      QUrl(QStringLiteral("https://p.example/v1")),
                                                      {},
                                                      {}}};
        Routing::Route fast;
        fast.name = QStringLiteral("fast");
        fast.targets = {
            Routing::TargetSpec{{QStringLiteral("p"), QStringLiteral("m")}, {}, {}, {}, {}, 1.0}};
        config.routes = {fast};
        Routing::Route route;
        QCOMPARE(CompareTarget::model(QStringLiteral("p/x")).resolve(config, &route), QString());
        QCOMPARE(route, Routing::Route::direct({QStringLiteral("p"), QStringLiteral("x")}));
        QCOMPARE(CompareTarget::route(QStringLiteral("fast")).resolve(config, &route), QString());
        QCOMPARE(route, fast);
        QVERIFY(CompareTarget::route(QString())
                    .resolve(config, &route)
                    .contains(QLatin1String("needs the route's name")));
        QVERIFY(CompareTarget::model(QStringLiteral("nope/x"))
                    .resolve(config, &route)
                    .contains(QLatin1String("no provider named 'nope'")));
        QCOMPARE(CompareTarget::route(QStringLiteral("fast")).label(),
                 QStringLiteral("route/fast"));

        CompareRequest request;
        request.prompt = QStringLiteral("hi");
        request.targets = {CompareTarget::model(QStringLiteral("p/x")),
                           CompareTarget::route(QStringLiteral("fast"))};
        QList<Routing::Route> routes;
        QCOMPARE(request.resolve(config, &routes), QString());
        QCOMPARE(routes.size(), 2);
        request.prompt = QStringLiteral("   ");
        QVERIFY(request.resolve(config, &routes).contains(QLatin1String("prompt is empty")));
        QVERIFY(CompareRequest::checkTargetCount(1).contains(QLatin1String("1 given")));
        QVERIFY(CompareRequest::checkTargetCount(7).contains(QLatin1String("7 given")));
        QCOMPARE(CompareRequest::checkTargetCount(6), QString());
    }
};

QTEST_GUILESS_MAIN(TestColumnResult)
#include "tst_columnresult.moc"
