#include "compare/CompareColumn.h"

#include "routing/Router.h"

namespace Compare {

CompareColumn::CompareColumn(Routing::Router& router, int index, CompareTarget target,
                             Routing::RoutePlan plan, QObject* parent)
    : QObject(parent)
    , m_router(router)
    , m_plan(std::move(plan))
{
    m_plan.origin = Chat::Origin::Compare;
    m_result.index = index;
    m_result.target = std::move(target);
    m_result.record.position = index;
    m_result.record.targetKind = m_result.target.kind;
    m_result.record.target = m_result.target.name;
}

CompareColumn::~CompareColumn()
{
    if (m_run) {
        m_run->disconnect(this);
        m_run->cancel(); // records the attempts in flight as cancelled
        delete m_run;
    }
}

bool CompareColumn::start()
{
    if (isRunning())
        return false;
    if (m_run) {
        m_run->disconnect(this);
        m_run->deleteLater();
    }
    m_cancelled = false;
    m_text.clear();
    m_reasoning.clear();
    m_result.state = ColumnState::Running;
    m_result.route = {};
    m_result.elapsedMs = 0;
    m_result.record = Storage::CompareColumnRecord{};
    m_result.record.position = m_result.index;
    m_result.record.targetKind = m_result.target.kind;
    m_result.record.target = m_result.target.name;

    m_run = m_router.route(m_plan, this);
    m_result.record.requestId = m_run->requestId();
    connect(m_run, &Routing::RouteRun::streamEvent, this, &CompareColumn::onEvent);
    connect(m_run, &Routing::RouteRun::attemptStarted, this, &CompareColumn::onAttemptStarted);
    connect(m_run, &Routing::RouteRun::attemptFinished, this, &CompareColumn::attemptFinished);
    connect(m_run, &Routing::RouteRun::finished, this, &CompareColumn::onFinished);
    m_clock.start();
    Q_EMIT started();
    m_run->start();
    return true;
}

void CompareColumn::cancel()
{
    if (!isRunning() || !m_run)
        return;
    m_cancelled = true;
    m_run->cancel();
}

bool CompareColumn::restore(const Storage::CompareColumnRecord& record)
{
    if (isRunning())
        return false;
    m_result.record = record;
    m_result.record.position = m_result.index;
    m_result.record.targetKind = m_result.target.kind;
    m_result.record.target = m_result.target.name;
    m_result.route = {};
    m_result.elapsedMs = 0;
    if (record.answered)
        m_result.state = ColumnState::Answered;
    else if (record.outcome == Chat::Outcome::Cancelled)
        m_result.state = ColumnState::Cancelled;
    else
        m_result.state = ColumnState::Failed;
    m_text = record.text;
    m_reasoning = record.reasoning;
    return true;
}

void CompareColumn::onEvent(const Chat::StreamEvent& event)
{
    if (event.kind == Chat::StreamEvent::Kind::TextDelta)
        m_text += event.text;
    else if (event.kind == Chat::StreamEvent::Kind::ReasoningDelta)
        m_reasoning += event.text;
    Q_EMIT streamEvent(event);
}

void CompareColumn::onAttemptStarted(const Routing::Target& target, int attemptIndex)
{
    // A later attempt after text was shown: the stream broke and the answer restarts there.
    if (attemptIndex > 0 && (!m_text.isEmpty() || !m_reasoning.isEmpty())) {
        m_text.clear();
        m_reasoning.clear();
        Q_EMIT answerRestarted();
    }
    Q_EMIT attemptStarted(target, attemptIndex);
}

void CompareColumn::onFinished(const Routing::RouteResult& result)
{
    m_result.route = result;
    m_result.elapsedMs = m_clock.elapsed();
    m_result.record = ColumnResult::recordOf(m_result.target, m_result.index, result);
    if (result.answered)
        m_result.state = ColumnState::Answered;
    else if (m_cancelled)
        m_result.state = ColumnState::Cancelled;
    else
        m_result.state = ColumnState::Failed;
    if (m_cancelled && !result.answered && !m_result.record.outcome)
        m_result.record.outcome = Chat::Outcome::Cancelled;
    m_text = m_result.record.text;
    m_reasoning = m_result.record.reasoning;
    Q_EMIT finished(m_result);
}

} // namespace Compare
