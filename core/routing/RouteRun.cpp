#include "routing/RouteRun.h"

#include "config/AppConfig.h"
#include "providers/ProviderAdapter.h"
#include "providers/ProviderCall.h"
#include "routing/Router.h"
#include "secrets/KeyResolver.h"
#include "storage/UsageLedger.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRandomGenerator>

namespace Routing {
namespace {

/// An attempt that ended before any network traffic (no key, unknown provider, …).
Chat::Attempt localFailure(const Target& target, Chat::Outcome outcome, const QString& error)
{
    Chat::Attempt attempt;
    attempt.provider = target.provider;
    attempt.model = target.model;
    attempt.outcome = outcome;
    attempt.error = error;
    attempt.startedAt = QDateTime::currentDateTimeUtc();
    return attempt;
}

} // namespace

RouteRun::RouteRun(Router& router, RoutePlan plan, QString requestId, QObject* parent)
    : QObject(parent)
    , m_router(router)
    , m_plan(std::move(plan))
{
    m_result.requestId = std::move(requestId);
    m_result.routeName = m_plan.routeName;
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &RouteRun::startAttempt);
}

RouteRun::~RouteRun()
{
    if (m_call)
        m_call->disconnect(this);
}

void RouteRun::start()
{
    if (m_plan.targets.isEmpty()) {
        m_result.error = tr("nothing to route to: the request names no target");
        finishWith(false);
        return;
    }
    startAttempt();
}

void RouteRun::cancel()
{
    if (m_done)
        return;
    m_cancelled = true;
    m_retryTimer.stop();
    if (m_call) {
        m_call->cancel(); // finishes the attempt as `cancelled`, which stops the run
        return;
    }
    m_result.error = tr("cancelled");
    finishWith(false);
}

void RouteRun::startAttempt()
{
    if (m_done)
        return;
    const Target target = m_plan.targets.at(m_targetIndex);
    Q_EMIT attemptStarted(target, static_cast<int>(m_result.attempts.size()));

    const Providers::ProviderConfig* provider = m_router.config().findProvider(target.provider);
    if (!provider) {
        onAttemptFinished(
            localFailure(target, Chat::Outcome::NotFound,
                         tr("no provider named '%1' is configured").arg(target.provider)));
        return;
    }
    const Providers::ProviderAdapter* adapter = Providers::adapterFor(provider->kind);
    if (!adapter) {
        onAttemptFinished(localFailure(target, Chat::Outcome::BadRequest,
                                       tr("this build cannot talk to %1 providers yet")
                                           .arg(Providers::kindName(provider->kind))));
        return;
    }
    const Secrets::KeyLookup key = m_router.keys().lookup(*provider);
    if (!key.problem.isEmpty()) {
        onAttemptFinished(localFailure(target, Chat::Outcome::Auth, key.problem));
        return;
    }

    Chat::ChatRequest request = m_plan.request;
    request.model = target.model;
    m_reasoning.clear();
    auto* call = new Providers::ProviderCall(m_router.network(), *adapter, *provider, key.key,
                                             request, m_router.config().timeouts, this);
    m_call = call;
    connect(call, &Providers::ProviderCall::streamEvent, this, [this](const Chat::StreamEvent& e) {
        if (e.kind == Chat::StreamEvent::Kind::ReasoningDelta)
            m_reasoning += e.text;
        Q_EMIT streamEvent(e);
    });
    connect(call, &Providers::ProviderCall::finished, this, [this, call](const Chat::Attempt& a) {
        call->deleteLater();
        onAttemptFinished(a);
    });
    call->start();
}

void RouteRun::onAttemptFinished(const Chat::Attempt& finishedAttempt)
{
    Chat::Attempt attempt = finishedAttempt;
    if (m_cancelled)
        attempt.outcome = Chat::Outcome::Cancelled;
    const Target target = m_plan.targets.at(m_targetIndex);
    recordAndReport(attempt);

    const Decision decision = m_router.policy().decide(attempt, m_retries);
    switch (decision) {
    case Decision::Done:
        m_result.answered = true;
        m_result.text = attempt.text;
        m_result.reasoning = m_reasoning;
        m_result.winner = target;
        finishWith(true);
        return;
    case Decision::Stop:
        m_result.error = failureSummary();
        finishWith(false);
        return;
    case Decision::RetrySame: {
        const qint64 delay = m_router.policy().retryDelayMs(
            attempt, m_retries, QRandomGenerator::global()->generateDouble());
        ++m_retries;
        Q_EMIT streamEvent(
            Chat::StreamEvent::notice(tr("%1 failed (%2); retrying in %3 s")
                                          .arg(target.id(), Chat::outcomeName(attempt.outcome))
                                          .arg(delay / 1000.0, 0, 'f', 1)));
        m_retryTimer.start(static_cast<int>(delay));
        return;
    }
    case Decision::FallBack:
        break;
    }

    // Skip the targets that cannot work either: a provider whose key was refused will refuse it
    // for every model.
    do {
        ++m_targetIndex;
    } while (m_targetIndex < m_plan.targets.size() && attempt.outcome == Chat::Outcome::Auth
             && m_plan.targets.at(m_targetIndex).provider == target.provider);
    m_retries = 0;
    if (m_targetIndex >= m_plan.targets.size()) {
        m_result.error = failureSummary();
        finishWith(false);
        return;
    }
    const Target next = m_plan.targets.at(m_targetIndex);
    const QString notice =
        attempt.text.isEmpty()
            ? tr("%1 failed (%2); trying %3")
                  .arg(target.id(), Chat::outcomeName(attempt.outcome), next.id())
            : tr("%1 failed mid-answer (%2); restarting the answer on %3")
                  .arg(target.id(), Chat::outcomeName(attempt.outcome), next.id());
    Q_EMIT streamEvent(Chat::StreamEvent::notice(notice));
    startAttempt();
}

void RouteRun::recordAndReport(Chat::Attempt attempt)
{
    attempt.requestId = m_result.requestId;
    attempt.index = static_cast<int>(m_result.attempts.size());
    // The provider's billed figure is the truth when it sends one; catalog prices come with the
    // pricing catalog.
    if (attempt.usage.billedMicroUsd) {
        attempt.costMicroUsd = attempt.usage.billedMicroUsd;
        attempt.costSource = QStringLiteral("provider");
    } else {
        attempt.costSource = QStringLiteral("unknown");
    }
    m_result.attempts.append(attempt);
    if (Storage::UsageLedger* ledger = m_router.ledger()) {
        Storage::LedgerEntry entry;
        entry.attempt = attempt;
        entry.origin = m_plan.origin;
        entry.route = m_plan.routeName;
        const QString error = ledger->record(entry);
        if (!error.isEmpty() && !m_result.warnings.contains(error))
            m_result.warnings.append(error);
    }
    Q_EMIT attemptFinished(attempt);
}

QString RouteRun::failureSummary() const
{
    QStringList parts;
    for (const Chat::Attempt& a : m_result.attempts) {
        QString part =
            QStringLiteral("%1/%2: %3").arg(a.provider, a.model, Chat::outcomeName(a.outcome));
        if (!a.error.isEmpty())
            part += QStringLiteral(" (%1)").arg(a.error);
        parts.append(part);
    }
    const Chat::Outcome last = m_result.attempts.isEmpty() ? Chat::Outcome::Cancelled
                                                           : m_result.attempts.constLast().outcome;
    QString summary = parts.size() == 1 ? parts.constFirst()
                                        : tr("all %1 attempts failed: %2")
                                              .arg(parts.size())
                                              .arg(parts.join(QStringLiteral("; ")));
    const QString advice = Chat::outcomeAdvice(last);
    if (!advice.isEmpty())
        summary += QStringLiteral(" — ") + advice;
    return summary;
}

void RouteRun::finishWith(bool answered)
{
    if (m_done)
        return;
    m_done = true;
    m_result.answered = answered;
    Q_EMIT finished(m_result);
}

} // namespace Routing
