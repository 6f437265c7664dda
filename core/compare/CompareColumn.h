#pragma once

#include "compare/ColumnResult.h"
#include "routing/RouteRun.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

namespace Routing {
class Router;
}

namespace Compare {

/// One column of a compare: its target's route run through the shared Router (health, retries,
/// fallback inside a route, cost and the ledger as for chat, origin `compare`). A view shows one
/// column by connecting to its signals. It can run again alone (a retry: a new request) once it
/// has finished. Owned by its CompareRun.
class CompareColumn : public QObject {
    Q_OBJECT

public:
    CompareColumn(Routing::Router& router, int index, CompareTarget target, Routing::RoutePlan plan,
                  QObject* parent = nullptr);
    /// A column still running is cancelled first, so its attempts are recorded as cancelled.
    ~CompareColumn() override;

    int index() const { return m_result.index; }
    const CompareTarget& target() const { return m_result.target; }
    /// The result so far: while running, the state and the answer streamed until now.
    const ColumnResult& result() const { return m_result; }
    /// The visible answer so far (the whole answer once answered).
    QString text() const { return m_text; }
    QString reasoning() const { return m_reasoning; }
    bool isRunning() const { return m_result.state == ColumnState::Running; }

    /// Starts a run: the first, or a retry after the column finished. Refused (false) while a run
    /// is going on.
    bool start();
    /// Cancels the run; `finished` follows with the state Cancelled.
    void cancel();
    /// Shows a stored result (a reopened compare) without running anything; refused while running.
    bool restore(const Storage::CompareColumnRecord& record);

Q_SIGNALS:
    /// A run began: a view clears the column.
    void started();
    /// Text and reasoning deltas of the answer being shown, and the router's notices (a retry, a
    /// fallback). Usage and finish events pass through too.
    void streamEvent(const Chat::StreamEvent& event);
    /// The answer shown so far broke off mid-stream and restarts on the next target: a view
    /// clears the text (the partial answer is kept in the ledger, never merged).
    void answerRestarted();
    void attemptStarted(const Routing::Target& target, int attemptIndex);
    void attemptFinished(const Chat::Attempt& attempt);
    void finished(const Compare::ColumnResult& result);

private:
    void onEvent(const Chat::StreamEvent& event);
    void onAttemptStarted(const Routing::Target& target, int attemptIndex);
    void onFinished(const Routing::RouteResult& result);

    Routing::Router& m_router;
    Routing::RoutePlan m_plan;
    ColumnResult m_result;
    QPointer<Routing::RouteRun> m_run;
    QElapsedTimer m_clock;
    QString m_text;
    QString m_reasoning;
    bool m_cancelled = false;
};

} // namespace Compare
