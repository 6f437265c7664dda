// Outcome names are a contract (CLI, ledger); the classification of HTTP errors decides routing.
#include "chat/Outcome.h"
#include "routing/FallbackPolicy.h"
#include "routing/Target.h"

#include <QTest>

using Chat::Outcome;

class TestOutcome : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void namesRoundTripAndMatchTheContract()
    {
        const QStringList contract{QStringLiteral("ok"),
                                   QStringLiteral("network"),
                                   QStringLiteral("timeout_connect"),
                                   QStringLiteral("timeout_first_token"),
                                   QStringLiteral("stalled"),
                                   QStringLiteral("rate_limited"),
                                   QStringLiteral("overloaded"),
                                   QStringLiteral("server_error"),
                                   QStringLiteral("auth"),
                                   QStringLiteral("not_found"),
                                   QStringLiteral("bad_request"),
                                   QStringLiteral("context_length"),
                                   QStringLiteral("content_filter"),
                                   QStringLiteral("malformed"),
                                   QStringLiteral("cancelled")};
        for (const QString& name : contract) {
            const std::optional<Outcome> outcome = Chat::outcomeFromName(name);
            QVERIFY2(outcome.has_value(), qPrintable(name));
            QCOMPARE(Chat::outcomeName(*outcome), name);
        }
        QVERIFY(!Chat::outcomeFromName(u"fine").has_value());
    }

    void httpErrorsAreClassified_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("outcome");
        QTest::newRow("401") << 401 << ""
                             << ""
                             << "auth";
        QTest::newRow("403") << 403 << ""
                             << ""
                             << "auth";
        QTest::newRow("402 payment") << 402 << ""
                                     << ""
                                     << "auth";
        QTest::newRow("404") << 404 << ""
                             << ""
                             << "not_found";
        QTest::newRow("model_not_found code") << 400 << "invalid_request_error"
                                              << "model_not_found"
                                              << "not_found";
        QTest::newRow("429") << 429 << ""
                             << ""
                             << "rate_limited";
        QTest::newRow("429 quota") << 429 << "insufficient_quota"
                                   << "insufficient_quota"
                                   << "rate_limited";
        QTest::newRow("500") << 500 << ""
                             << ""
                             << "server_error";
        QTest::newRow("502") << 502 << ""
                             << ""
                             << "server_error";
        QTest::newRow("503") << 503 << ""
                             << ""
                             << "overloaded";
        QTest::newRow("529 anthropic") << 529 << "overloaded_error"
                                       << ""
                                       << "overloaded";
        QTest::newRow("400 context") << 400 << "invalid_request_error"
                                     << "context_length_exceeded"
                                     << "context_length";
        QTest::newRow("400 content filter") << 400 << "invalid_request_error"
                                            << "content_filter"
                                            << "content_filter";
        QTest::newRow("400 plain") << 400 << "invalid_request_error"
                                   << ""
                                   << "bad_request";
        QTest::newRow("422") << 422 << ""
                             << ""
                             << "bad_request";
        QTest::newRow("gemini RESOURCE_EXHAUSTED") << 429 << "RESOURCE_EXHAUSTED"
                                                   << ""
                                                   << "rate_limited";
        QTest::newRow("gemini UNAVAILABLE") << 503 << "UNAVAILABLE"
                                            << ""
                                            << "overloaded";
        QTest::newRow("in-band server_error") << 500 << "server_error"
                                              << ""
                                              << "server_error";
        QTest::newRow("gemini CANCELLED mid-stream") << 499 << "CANCELLED"
                                                     << ""
                                                     << "server_error";
        QTest::newRow("gemini INVALID_ARGUMENT") << 400 << "INVALID_ARGUMENT"
                                                 << ""
                                                 << "bad_request";
    }

    void httpErrorsAreClassified()
    {
        QFETCH(int, status);
        QFETCH(QString, type);
        QFETCH(QString, code);
        QFETCH(QString, outcome);
        QCOMPARE(Chat::outcomeName(Chat::outcomeForHttpError(status, type, code)), outcome);
    }

    void everyFailureHasAdviceButSuccessNone()
    {
        QVERIFY(Chat::outcomeAdvice(Outcome::Ok).isEmpty());
        for (int i = static_cast<int>(Outcome::Network); i < static_cast<int>(Outcome::Cancelled);
             ++i)
            QVERIFY(!Chat::outcomeAdvice(static_cast<Outcome>(i)).isEmpty());
    }

    void policyRetriesTransientFailuresOnceThenFallsBack()
    {
        Routing::FallbackPolicy policy;
        Chat::Attempt attempt;
        attempt.outcome = Outcome::RateLimited;
        QCOMPARE(policy.decide(attempt, 0), Routing::Decision::RetrySame);
        QCOMPARE(policy.decide(attempt, 1), Routing::Decision::FallBack);
        attempt.retryAfterMs = 60'000; // longer than anyone should wait: move on
        QCOMPARE(policy.decide(attempt, 0), Routing::Decision::FallBack);
        attempt.retryAfterMs.reset();
        attempt.text = QStringLiteral("partial"); // a retry would repeat what the user saw
        QCOMPARE(policy.decide(attempt, 0), Routing::Decision::FallBack);
    }

    void policyStopsOnBadRequestAndCancel()
    {
        Routing::FallbackPolicy policy;
        Chat::Attempt attempt;
        attempt.outcome = Outcome::BadRequest;
        QCOMPARE(policy.decide(attempt, 0), Routing::Decision::Stop);
        attempt.outcome = Outcome::Cancelled;
        QCOMPARE(policy.decide(attempt, 0), Routing::Decision::Stop);
        attempt.outcome = Outcome::Ok;
        QCOMPARE(policy.decide(attempt, 0), Routing::Decision::Done);
        attempt.outcome = Outcome::Auth;
        QCOMPARE(policy.decide(attempt, 0), Routing::Decision::FallBack);
    }

    void retryDelayHonoursRetryAfterUpToTheCap()
    {
        Routing::FallbackPolicy policy;
        Chat::Attempt attempt;
        attempt.retryAfterMs = 1200;
        QCOMPARE(policy.retryDelayMs(attempt, 0, 0.5), 1200);
        attempt.retryAfterMs = 99'000;
        QCOMPARE(policy.retryDelayMs(attempt, 0, 0.5), policy.maxRetryAfterMs);
        attempt.retryAfterMs.reset();
        const qint64 first = policy.retryDelayMs(attempt, 0, 1.0);
        const qint64 second = policy.retryDelayMs(attempt, 1, 1.0);
        QCOMPARE(second, 2 * first);
        QVERIFY(policy.retryDelayMs(attempt, 0, 0.0) >= policy.baseBackoffMs / 2);
    }

    void targetsParseProviderAndModelWithSlashes()
    {
        const auto target = Routing::Target::parse(u"openrouter/anthropic/claude-3.5-sonnet");
        QVERIFY(target);
        QCOMPARE(target->provider, QStringLiteral("openrouter"));
        QCOMPARE(target->model, QStringLiteral("anthropic/claude-3.5-sonnet"));
        QVERIFY(!Routing::Target::parse(u"nomodel").has_value());
        QVERIFY(!Routing::Target::parse(u"/model").has_value());
        QVERIFY(!Routing::Target::parse(u"provider/").has_value());
    }
};

QTEST_GUILESS_MAIN(TestOutcome)
#include "tst_outcome.moc"
