// Target health: consecutive failures cool a target down for a growing while, a rate limit's
// Retry-After is believed, request-specific failures do not count, any success heals.
#include "routing/TargetHealth.h"

#include <QSignalSpy>
#include <QTest>

using namespace Routing;

namespace {

Chat::Attempt ended(Chat::Outcome outcome)
{
    Chat::Attempt attempt;
    attempt.outcome = outcome;
    return attempt;
}

const QDateTime kNow = QDateTime::fromString(QStringLiteral("2026-11-24T10:00:00Z"), Qt::ISODate);

} // namespace

class TestTargetHealth : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void threeConsecutiveFailuresStartACooldownThatGrows()
    {
        TargetHealth health;
        const Target target{QStringLiteral("a"), QStringLiteral("m")};
        health.record(target, ended(Chat::Outcome::ServerError), kNow);
        health.record(target, ended(Chat::Outcome::Network), kNow);
        QVERIFY(!health.isCooling(target, kNow));
        health.record(target, ended(Chat::Outcome::Stalled), kNow);
        QCOMPARE(health.coolingUntil(target, kNow), kNow.addMSecs(TargetHealth::kFirstCooldownMs));
        health.record(target, ended(Chat::Outcome::Overloaded), kNow);
        QCOMPARE(health.coolingUntil(target, kNow),
                 kNow.addMSecs(2 * TargetHealth::kFirstCooldownMs));
        for (int i = 0; i < 20; ++i)
            health.record(target, ended(Chat::Outcome::Overloaded), kNow);
        QCOMPARE(health.coolingUntil(target, kNow), kNow.addMSecs(TargetHealth::kMaxCooldownMs));
        QVERIFY(!health.isCooling(target, kNow.addMSecs(TargetHealth::kMaxCooldownMs + 1)));
    }

    void rateLimitWithRetryAfterCoolsAtOnce()
    {
        TargetHealth health;
        const Target target{QStringLiteral("a"), QStringLiteral("m")};
        Chat::Attempt limited = ended(Chat::Outcome::RateLimited);
        limited.retryAfterMs = 12'000;
        health.record(target, limited, kNow);
        QCOMPARE(health.coolingUntil(target, kNow), kNow.addMSecs(12'000));
    }

    void requestSpecificFailuresDoNotCount()
    {
        TargetHealth health;
        const Target target{QStringLiteral("a"), QStringLiteral("m")};
        for (Chat::Outcome o :
             {Chat::Outcome::BadRequest, Chat::Outcome::ContextLength, Chat::Outcome::ContentFilter,
              Chat::Outcome::Cancelled, Chat::Outcome::BadRequest, Chat::Outcome::BadRequest})
            health.record(target, ended(o), kNow);
        QVERIFY(!health.isCooling(target, kNow));
        QCOMPARE(health.snapshot().first().consecutiveFailures, 0);
    }

    void successEndsTheCooldownAndIsAnnounced()
    {
        TargetHealth health;
        QSignalSpy changed(&health, &TargetHealth::changed);
        const Target target{QStringLiteral("a"), QStringLiteral("m")};
        for (int i = 0; i < 3; ++i)
            health.record(target, ended(Chat::Outcome::Network), kNow);
        QVERIFY(health.isCooling(target, kNow));
        health.record(target, ended(Chat::Outcome::Ok), kNow);
        QVERIFY(!health.isCooling(target, kNow));
        QCOMPARE(changed.size(), 4);
        const QList<TargetState> states = health.snapshot();
        QCOMPARE(states.size(), 1);
        QCOMPARE(states.first().lastOutcome, Chat::Outcome::Ok);
    }
};

QTEST_GUILESS_MAIN(TestTargetHealth)
#include "tst_targethealth.moc"
