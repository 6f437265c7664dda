#pragma once

#include "chat/Attempt.h"
#include "chat/ChatRequest.h"
#include "chat/StreamEvent.h"
#include "routing/AttemptOrder.h"
#include "routing/FallbackPolicy.h"
#include "routing/Route.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <memory>
#include <optional>
#include <vector>

namespace Providers {
class ProviderCall;
}

namespace Routing {

class Router;

/// What to route: one request through one route, and where it came from.
struct RoutePlan {
    Route route;               ///< a named route, or Route::direct() for a single model
    Chat::ChatRequest request; ///< request.model is set per target
    Chat::Origin origin = Chat::Origin::Cli;
    QString clientAgent;         ///< the HTTP client's User-Agent (gateway), as the ledger keeps it
    std::optional<quint64> seed; ///< fixes weighted/exploration choices; else the route's or random
};

/// How a routed request ended.
struct RouteResult {
    bool answered = false;
    QString requestId;
    QString routeName; ///< empty when a single model was asked for directly
    QString text;      ///< the winning attempt's answer only
    QString reasoning; ///< the winning attempt's reasoning, when the model streamed any
    Target winner;
    QList<Chat::Attempt> attempts; ///< every attempt, in the order they ended
    QString error;           ///< why no answer came, listing every attempt; empty when answered
    QString partialText;     ///< with the `stop` mid-stream policy: the interrupted answer
    bool incomplete = false; ///< the answer broke off and the policy said stop
    QStringList warnings;    ///< e.g. the ledger could not be written
};

/// One request walking its route: orders the targets by the strategy and the targets' health,
/// tries them, retries or falls back by the decision table, hedges when the route says so, and
/// records every attempt (won, lost, retried, hedged, cancelled) in the ledger. Ends with exactly
/// one `finished`; every wait inside has a limit.
class RouteRun : public QObject {
    Q_OBJECT

public:
    RouteRun(Router& router, RoutePlan plan, QString requestId, QObject* parent = nullptr);
    ~RouteRun() override;

    void start();
    /// Aborts every attempt in flight; `finished` follows with the attempts marked cancelled.
    void cancel();
    QString requestId() const { return m_result.requestId; }
    /// The order this request tries its targets in, with the reasons (valid after start()).
    const QList<PlannedTarget>& order() const { return m_order; }

Q_SIGNALS:
    /// Stream events of the attempt whose answer is being shown (text, reasoning, usage, notices).
    void streamEvent(const Chat::StreamEvent& event);
    void attemptStarted(const Routing::Target& target, int attemptIndex);
    void attemptFinished(const Chat::Attempt& attempt);
    /// The run's outcome is known (answered or not): emitted once, right before `finished` or,
    /// while the ledger is still committing the run's last rows, as soon as the outcome is
    /// known. For whoever must answer a client at once (the gateway); its `warnings` may still
    /// miss a ledger error that `finished` then carries.
    void resultReady(const Routing::RouteResult& result);
    /// Once every ledger write of the run has answered: the complete result, warnings included.
    void finished(const Routing::RouteResult& result);

private:
    struct Running {
        qsizetype planIndex = 0;
        int attemptIndex = 0;
        QString orderReason;
        bool hedge = false;
        bool hasToken = false;
        bool lostRace = false; ///< cancelled because another attempt streamed first
        QString reasoning;
        QPointer<Providers::ProviderCall> call;
        bool ledgerBegun = false; ///< its row was asked for; the network call waits for it
    };

    void launch(qsizetype planIndex, const QString& reasonSuffix, bool hedge);
    void startCall(Running* running);
    void beginLedgerRow(Running* running, Providers::ProviderCall* call);
    void ledgerWritten(const QString& error);
    void emitFinished();
    void onEvent(Running* running, const Chat::StreamEvent& event);
    void onAttemptEnded(Running* running, Chat::Attempt attempt);
    void fallBack(const Chat::Attempt& failed, qsizetype failedPlanIndex);
    std::optional<qsizetype> nextLaunchable(QString* skipped);
    void armHedge();
    void onHedgeTimer();
    void record(Chat::Attempt& attempt, const Running& running);
    void notice(const QString& text);
    void finishAnswered(const Running& winner, const Chat::Attempt& attempt);
    void finishFailed(const QString& why);
    QString failureSummary() const;
    Running* find(const Providers::ProviderCall* call) const;
    void remove(Running* running);
    QList<QPointer<Providers::ProviderCall>> runningCalls(const Running* except) const;

    Router& m_router;
    RoutePlan m_plan;
    FallbackPolicy m_policy;
    QList<PlannedTarget> m_order;
    RouteResult m_result;
    std::vector<std::unique_ptr<Running>> m_running;
    Running* m_winner = nullptr;
    qsizetype m_nextPlanIndex = 0;
    int m_attemptsStarted = 0;
    QHash<qsizetype, int> m_retries;        ///< by plan index
    QSet<QString> m_refusedProviders;       ///< an auth failure skips the provider's other targets
    std::optional<qint64> m_tooSmallWindow; ///< context_length: skip windows not larger
    QTimer m_hedgeTimer;
    QTimer m_retryTimer;
    qsizetype m_retryPlanIndex = -1;
    QString m_retryReason;
    bool m_cancelled = false;
    bool m_done = false;
    int m_ledgerWrites = 0;         ///< asked of the ledger writer, not answered yet
    bool m_finishedPending = false; ///< `finished` waits for them, for their warnings
    bool m_resultAnnounced = false; ///< resultReady was emitted
};

} // namespace Routing
