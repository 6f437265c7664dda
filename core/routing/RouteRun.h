#pragma once

#include "chat/Attempt.h"
#include "chat/ChatRequest.h"
#include "chat/StreamEvent.h"
#include "routing/FallbackPolicy.h"
#include "routing/Target.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace Providers {
class ProviderCall;
}

namespace Routing {

class Router;

/// What to route: one request, the targets in the order to try them, and where it came from.
struct RoutePlan {
    QString routeName; ///< empty when a single model was asked for directly
    QList<Target> targets;
    Chat::ChatRequest request; ///< request.model is set per target
    Chat::Origin origin = Chat::Origin::Cli;
};

/// How a routed request ended.
struct RouteResult {
    bool answered = false;
    QString requestId;
    QString routeName;
    QString text;      ///< the winning attempt's answer only
    QString reasoning; ///< the winning attempt's reasoning, when the model streamed any
    Target winner;
    QList<Chat::Attempt> attempts; ///< every attempt, in order
    QString error;        ///< why no answer came, listing every attempt; empty when answered
    QStringList warnings; ///< e.g. the ledger could not be written
};

/// One request walking its plan: tries targets in order, retries or falls back by the policy's
/// table, records every attempt in the ledger, and ends with exactly one `finished`.
class RouteRun : public QObject {
    Q_OBJECT

public:
    RouteRun(Router& router, RoutePlan plan, QString requestId, QObject* parent = nullptr);
    ~RouteRun() override;

    void start();
    void cancel();
    QString requestId() const { return m_result.requestId; }

Q_SIGNALS:
    /// Stream events of the attempt currently running (text, reasoning, usage, notices).
    void streamEvent(const Chat::StreamEvent& event);
    void attemptStarted(const Routing::Target& target, int attemptIndex);
    void attemptFinished(const Chat::Attempt& attempt);
    void finished(const Routing::RouteResult& result);

private:
    void startAttempt();
    void onAttemptFinished(const Chat::Attempt& attempt);
    void recordAndReport(Chat::Attempt attempt);
    void finishWith(bool answered);
    QString failureSummary() const;

    Router& m_router;
    RoutePlan m_plan;
    RouteResult m_result;
    qsizetype m_targetIndex = 0;
    int m_retries = 0;
    bool m_cancelled = false;
    bool m_done = false;
    QString m_reasoning;
    QPointer<Providers::ProviderCall> m_call;
    QTimer m_retryTimer;
};

} // namespace Routing
