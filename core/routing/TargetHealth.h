#pragma once

#include "chat/Attempt.h"
#include "routing/Target.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>

namespace Routing {

/// The health of one target as the router sees it.
struct TargetState {
    Target target;
    int consecutiveFailures = 0;
    QDateTime coolingUntil; ///< UTC; invalid when not cooling
    Chat::Outcome lastOutcome = Chat::Outcome::Ok;
    QString lastError;
};

/// Which targets keep failing, shared by everything that routes in this process (chat, compare,
/// gateway, CLI). Consecutive failures, or a rate limit with a Retry-After, put a target into a
/// cooldown that grows with each new failure; any success ends it. Visible through snapshot() and
/// `changed`.
class TargetHealth : public QObject {
    Q_OBJECT

public:
    static constexpr int kFailuresBeforeCooldown = 3;
    static constexpr qint64 kFirstCooldownMs = 30'000;
    static constexpr qint64 kMaxCooldownMs = 10 * 60'000;

    explicit TargetHealth(QObject* parent = nullptr);

    /// Takes note of an attempt's end. `now` is injectable for tests.
    void record(const Target& target, const Chat::Attempt& attempt,
                const QDateTime& now = QDateTime::currentDateTimeUtc());
    bool isCooling(const Target& target,
                   const QDateTime& now = QDateTime::currentDateTimeUtc()) const;
    /// Invalid when the target is not cooling.
    QDateTime coolingUntil(const Target& target,
                           const QDateTime& now = QDateTime::currentDateTimeUtc()) const;
    /// Every target the router has seen, cooling or not.
    QList<TargetState> snapshot() const;
    void clear();

Q_SIGNALS:
    void changed();

private:
    static bool countsAsFailure(Chat::Outcome outcome);

    QHash<QString, TargetState> m_states; ///< by Target::id()
};

} // namespace Routing
