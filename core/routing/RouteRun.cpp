#include "routing/RouteRun.h"

#include "config/AppConfig.h"
#include "pricing/AttemptCost.h"
#include "pricing/TokenEstimate.h"
#include "providers/ProviderAdapter.h"
#include "providers/ProviderCall.h"
#include "routing/Router.h"
#include "routing/TargetFacts.h"
#include "routing/TargetHealth.h"
#include "secrets/KeyResolver.h"
#include "storage/BudgetWatcher.h"
#include "storage/LedgerWriter.h"

#include <QDateTime>
#include <QRandomGenerator>

namespace Routing {

RouteRun::RouteRun(Router& router, RoutePlan plan, QString requestId, QObject* parent)
    : QObject(parent)
    , m_router(router)
    , m_plan(std::move(plan))
    , m_policy(m_plan.route.policy)
{
    m_result.requestId = std::move(requestId);
    m_result.routeName = m_plan.route.name;
    m_hedgeTimer.setSingleShot(true);
    connect(&m_hedgeTimer, &QTimer::timeout, this, &RouteRun::onHedgeTimer);
    m_retryTimer.setSingleShot(true);
    m_retryTimer.setTimerType(Qt::PreciseTimer); // Retry-After is a promise: never early
    connect(&m_retryTimer, &QTimer::timeout, this,
            [this] { launch(m_retryPlanIndex, m_retryReason, false); });
}

RouteRun::~RouteRun()
{
    for (const auto& running : m_running) {
        if (running->call)
            running->call->disconnect(this);
    }
}

void RouteRun::start()
{
    if (m_plan.route.targets.isEmpty()) {
        finishFailed(m_plan.route.name.isEmpty()
                         ? tr("nothing to route to: the request names no target")
                         : tr("route '%1' has no targets; add one with switchboard-cli routes add")
                               .arg(m_plan.route.name));
        return;
    }
    const quint64 seed = m_plan.seed.value_or(
        m_plan.route.policy.seed.value_or(QRandomGenerator::global()->generate64()));
    m_order = AttemptOrder::plan(m_plan.route, m_plan.request, m_router.facts(), &m_router.health(),
                                 seed);
    QString skipped;
    const std::optional<qsizetype> first = nextLaunchable(&skipped);
    if (!first) {
        finishFailed(skipped);
        return;
    }
    launch(*first, {}, false);
}

void RouteRun::cancel()
{
    if (m_done)
        return;
    m_cancelled = true;
    m_hedgeTimer.stop();
    m_retryTimer.stop();
    // Cancelling ends a call at once, which removes it from m_running: collect first.
    const QList<QPointer<Providers::ProviderCall>> calls = runningCalls(nullptr);
    for (const QPointer<Providers::ProviderCall>& call : calls) {
        if (call)
            call->cancel(); // each ends as `cancelled` and is recorded
    }
    if (calls.isEmpty() && !m_done)
        finishFailed(tr("cancelled"));
}

std::optional<qsizetype> RouteRun::nextLaunchable(QString* skipped)
{
    QStringList reasons;
    while (m_nextPlanIndex < m_order.size()) {
        const qsizetype index = m_nextPlanIndex++;
        const Target& target = m_order.at(index).spec.target;
        if (m_refusedProviders.contains(target.provider)) {
            reasons.append(tr("%1 skipped: its provider refused the key").arg(target.id()));
            continue;
        }
        if (m_plan.route.policy.skipOverBudget && m_router.budgets()
            && m_router.budgets()->isOverBudget(target.provider)) {
            reasons.append(tr("%1 skipped: over budget (the route skips providers over budget)")
                               .arg(target.id()));
            continue;
        }
        if (m_tooSmallWindow && m_router.facts()) {
            const std::optional<qint64> window = m_router.facts()->contextWindow(target);
            if (window && *window <= *m_tooSmallWindow) {
                reasons.append(tr("%1 skipped: its context window (%2 tokens) is not larger than "
                                  "the one that overflowed")
                                   .arg(target.id())
                                   .arg(*window));
                continue;
            }
        }
        for (const QString& reason : reasons)
            notice(reason);
        return index;
    }
    for (const QString& reason : reasons)
        notice(reason);
    if (skipped) {
        // Nothing was tried at all: the reasons are the whole story.
        *skipped = m_result.attempts.isEmpty() && !reasons.isEmpty()
                       ? reasons.join(QStringLiteral("; "))
                       : failureSummary();
    }
    return std::nullopt;
}

void RouteRun::launch(qsizetype planIndex, const QString& reasonSuffix, bool hedge)
{
    if (m_done || m_cancelled)
        return;
    if (m_attemptsStarted >= m_plan.route.attemptBudget()) {
        if (m_running.empty())
            finishFailed(failureSummary()
                         + tr(" (the route's budget of %1 attempts is used up)")
                               .arg(m_plan.route.attemptBudget()));
        return;
    }
    auto owned = std::make_unique<Running>();
    Running* running = owned.get();
    running->planIndex = planIndex;
    running->attemptIndex = m_attemptsStarted++;
    running->orderReason = m_order.at(planIndex).reason + reasonSuffix;
    running->hedge = hedge;
    m_running.push_back(std::move(owned));
    Q_EMIT attemptStarted(m_order.at(planIndex).spec.target, running->attemptIndex);
    if (!hedge)
        armHedge();
    startCall(running);
}

void RouteRun::startCall(Running* running)
{
    const TargetSpec& spec = m_order.at(running->planIndex).spec;
    const auto localFailure = [this, running, &spec](Chat::Outcome outcome, const QString& error) {
        Chat::Attempt attempt;
        attempt.provider = spec.target.provider;
        attempt.model = spec.target.model;
        attempt.outcome = outcome;
        attempt.error = error;
        attempt.startedAt = QDateTime::currentDateTimeUtc();
        // Through the event loop, so that a route of many unusable targets does not recurse.
        QTimer::singleShot(0, this, [this, running, attempt] { onAttemptEnded(running, attempt); });
    };
    const Providers::ProviderConfig* provider =
        m_router.config().findProvider(spec.target.provider);
    if (!provider) {
        localFailure(Chat::Outcome::NotFound,
                     tr("no provider named '%1' is configured").arg(spec.target.provider));
        return;
    }
    const Providers::ProviderAdapter* adapter = Providers::adapterFor(provider->kind);
    if (!adapter) {
        localFailure(
            Chat::Outcome::BadRequest,
            tr("this build cannot talk to %1 providers").arg(Providers::kindName(provider->kind)));
        return;
    }
    const Providers::ProviderConfig providerCopy = *provider;
    m_router.keys().resolve(
        providerCopy, this,
        [this, running, adapter, providerCopy, localFailure](const Secrets::KeyLookup& key) {
            if (m_cancelled) {
                localFailure(Chat::Outcome::Cancelled, tr("cancelled"));
                return;
            }
            if (m_done || (m_winner && m_winner != running)) {
                running->lostRace = true;
                localFailure(Chat::Outcome::Cancelled, tr("another target answered first"));
                return;
            }
            if (!key.problem.isEmpty()) {
                localFailure(Chat::Outcome::Auth, key.problem);
                return;
            }
            const TargetSpec& chosen = m_order.at(running->planIndex).spec;
            Chat::ChatRequest request = m_plan.request;
            request.model = chosen.target.model;
            if (chosen.temperature)
                request.temperature = chosen.temperature;
            if (chosen.maxTokens)
                request.maxTokens = chosen.maxTokens;
            if (!chosen.reasoningEffort.isEmpty())
                request.reasoningEffort = chosen.reasoningEffort;
            Providers::CallTimeouts timeouts = m_router.config().timeouts;
            if (chosen.firstTokenMs)
                timeouts.firstTokenMs = *chosen.firstTokenMs;

            auto* call = new Providers::ProviderCall(m_router.upstream(), *adapter, providerCopy,
                                                     key.key, request, timeouts, this);
            running->call = call;
            connect(call, &Providers::ProviderCall::streamEvent, this,
                    [this, call](const Chat::StreamEvent& e) {
                        if (Running* r = find(call))
                            onEvent(r, e);
                    });
            connect(call, &Providers::ProviderCall::finished, this,
                    [this, call](const Chat::Attempt& a) {
                        call->deleteLater();
                        if (Running* r = find(call))
                            onAttemptEnded(r, a);
                    });
            beginLedgerRow(running, call);
        });
}

RouteRun::Running* RouteRun::find(const Providers::ProviderCall* call) const
{
    for (const auto& running : m_running) {
        if (running->call == call)
            return running.get();
    }
    return nullptr;
}

QList<QPointer<Providers::ProviderCall>> RouteRun::runningCalls(const Running* except) const
{
    QList<QPointer<Providers::ProviderCall>> calls;
    for (const auto& running : m_running) {
        if (running.get() != except && running->call)
            calls.append(running->call);
    }
    return calls;
}

void RouteRun::remove(Running* running)
{
    std::erase_if(m_running, [running](const auto& r) { return r.get() == running; });
}

void RouteRun::onEvent(Running* running, const Chat::StreamEvent& event)
{
    const bool token = event.kind == Chat::StreamEvent::Kind::TextDelta
                       || event.kind == Chat::StreamEvent::Kind::ReasoningDelta;
    if (token && !m_winner) {
        // The first attempt to stream wins; the others (hedges) are cancelled and recorded.
        m_winner = running;
        m_hedgeTimer.stop();
        for (const auto& other : m_running) {
            if (other.get() != running)
                other->lostRace = true;
        }
        for (const QPointer<Providers::ProviderCall>& call : runningCalls(running)) {
            if (call)
                call->cancel();
        }
    }
    if (token)
        running->hasToken = true;
    if (event.kind == Chat::StreamEvent::Kind::ReasoningDelta)
        running->reasoning += event.text;
    if (running == m_winner || (!m_winner && m_running.size() == 1))
        Q_EMIT streamEvent(event);
}

void RouteRun::onAttemptEnded(Running* running, Chat::Attempt attempt)
{
    if (m_cancelled && attempt.outcome != Chat::Outcome::Ok)
        attempt.outcome = Chat::Outcome::Cancelled;
    record(attempt, *running);
    const qsizetype planIndex = running->planIndex;
    const bool wasWinner = running == m_winner;
    const bool lostRace = running->lostRace;
    const QString reasoning = running->reasoning;
    const Running winnerCopy = *running;
    if (wasWinner)
        m_winner = nullptr;
    remove(running);
    if (m_done)
        return;

    if (lostRace) // a hedge that lost: the winner carries on
        return;
    if (m_cancelled) {
        if (m_running.empty())
            finishFailed(tr("cancelled"));
        return;
    }
    if (attempt.outcome == Chat::Outcome::Ok) {
        finishAnswered(winnerCopy, attempt);
        return;
    }
    if (wasWinner) {
        // The answer broke after text reached the user.
        if (m_plan.route.policy.midStream == MidStreamPolicy::Stop) {
            m_result.partialText = attempt.text;
            m_result.incomplete = true;
            finishFailed(failureSummary());
            return;
        }
        fallBack(attempt, planIndex);
        return;
    }

    const int retries = m_retries.value(planIndex);
    switch (m_policy.decide(attempt, retries)) {
    case Decision::Done:
        finishAnswered(winnerCopy, attempt);
        return;
    case Decision::Stop:
        finishFailed(failureSummary());
        for (const QPointer<Providers::ProviderCall>& call : runningCalls(nullptr)) {
            if (call)
                call->cancel();
        }
        return;
    case Decision::RetrySame:
        if (!m_running.empty())
            return; // a hedge is already trying the next target: that is the retry
        m_retries[planIndex] = retries + 1;
        m_retryPlanIndex = planIndex;
        m_retryReason =
            tr("; retry %1 after %2").arg(retries + 1).arg(Chat::outcomeName(attempt.outcome));
        {
            const qint64 delay = m_policy.retryDelayMs(
                attempt, retries, QRandomGenerator::global()->generateDouble());
            notice(tr("%1/%2 failed (%3); retrying in %4 s")
                       .arg(attempt.provider, attempt.model, Chat::outcomeName(attempt.outcome))
                       .arg(delay / 1000.0, 0, 'f', 1));
            m_retryTimer.start(static_cast<int>(delay));
        }
        return;
    case Decision::FallBack:
        fallBack(attempt, planIndex);
        return;
    }
}

void RouteRun::fallBack(const Chat::Attempt& failed, qsizetype failedPlanIndex)
{
    if (failed.outcome == Chat::Outcome::Auth)
        m_refusedProviders.insert(failed.provider);
    if (failed.outcome == Chat::Outcome::ContextLength && m_router.facts()) {
        const std::optional<qint64> window =
            m_router.facts()->contextWindow(m_order.at(failedPlanIndex).spec.target);
        if (window)
            m_tooSmallWindow = std::max(m_tooSmallWindow.value_or(0), *window);
    }
    if (!m_running.empty())
        return; // a hedge is already running: it is the fallback
    QString summary;
    const std::optional<qsizetype> next = nextLaunchable(&summary);
    if (!next) {
        finishFailed(summary);
        return;
    }
    const QString nextId = m_order.at(*next).spec.target.id();
    const QString failedId = failed.provider + u'/' + failed.model;
    notice(failed.text.isEmpty()
               ? tr("%1 failed (%2); trying %3")
                     .arg(failedId, Chat::outcomeName(failed.outcome), nextId)
               : tr("%1 failed mid-answer (%2); the partial answer is kept apart and the answer "
                    "restarts on %3")
                     .arg(failedId, Chat::outcomeName(failed.outcome), nextId));
    launch(*next, tr("; after %1 failed (%2)").arg(failedId, Chat::outcomeName(failed.outcome)),
           false);
}

void RouteRun::armHedge()
{
    const std::optional<int> after = m_plan.route.policy.hedgeAfterMs;
    if (!after || m_nextPlanIndex >= m_order.size())
        return;
    m_hedgeTimer.start(*after);
}

void RouteRun::onHedgeTimer()
{
    if (m_done || m_cancelled || m_winner || m_running.size() != 1)
        return;
    const Running* first = m_running.front().get();
    QString summary;
    const std::optional<qsizetype> next = nextLaunchable(&summary);
    if (!next)
        return;
    notice(tr("%1 sent no token within %2 ms; also asking %3, the first to answer wins")
               .arg(m_order.at(first->planIndex).spec.target.id())
               .arg(*m_plan.route.policy.hedgeAfterMs)
               .arg(m_order.at(*next).spec.target.id()));
    launch(*next,
           tr("; hedge started after %1 ms without a token").arg(*m_plan.route.policy.hedgeAfterMs),
           true);
}

void RouteRun::beginLedgerRow(Running* running, Providers::ProviderCall* call)
{
    // The request goes out only once the attempt is on record: its line in the attempt journal,
    // or (without one) its row committed on the ledger's thread. A process killed at any moment
    // leaves a row, after the next open, for every attempt that reached the network; the open
    // marks it interrupted (docs/STORAGE.md).
    Storage::LedgerWriter* ledger = m_router.ledger();
    if (!ledger) {
        call->start();
        return;
    }
    Storage::LedgerEntry entry;
    entry.attempt.requestId = m_result.requestId;
    entry.attempt.index = running->attemptIndex;
    entry.attempt.provider = m_order.at(running->planIndex).spec.target.provider;
    entry.attempt.model = m_order.at(running->planIndex).spec.target.model;
    entry.attempt.orderReason = running->orderReason;
    entry.attempt.startedAt = QDateTime::currentDateTimeUtc();
    entry.origin = m_plan.origin;
    entry.route = m_plan.route.name;
    entry.clientAgent = m_plan.clientAgent;
    running->ledgerBegun = true;
    ++m_ledgerWrites;
    const QPointer<Providers::ProviderCall> guard(call);
    ledger->begin(
        entry, this,
        [this, guard] {
            // Cancelled, or lost to a hedge, while waiting: it already ended and was recorded.
            // A row that could not be written does not stop the request; the warning says so.
            if (guard && find(guard))
                guard->start();
        },
        [this](const QString& error) { ledgerWritten(error); });
}

void RouteRun::ledgerWritten(const QString& error)
{
    --m_ledgerWrites;
    if (!error.isEmpty() && !m_result.warnings.contains(error))
        m_result.warnings.append(error);
    if (m_finishedPending && m_ledgerWrites == 0)
        emitFinished();
}

void RouteRun::emitFinished()
{
    if (!m_resultAnnounced) {
        m_resultAnnounced = true;
        Q_EMIT resultReady(m_result);
    }
    // After every ledger write of the run has answered, so RouteResult::warnings has them all.
    if (m_ledgerWrites > 0) {
        m_finishedPending = true;
        return;
    }
    m_finishedPending = false;
    Q_EMIT finished(m_result);
}

void RouteRun::record(Chat::Attempt& attempt, const Running& running)
{
    attempt.requestId = m_result.requestId;
    attempt.index = running.attemptIndex;
    attempt.orderReason = running.orderReason;
    if (running.lostRace && attempt.outcome == Chat::Outcome::Cancelled)
        attempt.error = tr("cancelled: another target answered first");
    // The provider's billed figure when it sends one, else catalog prices times usage, else an
    // estimate from the text, else unknown (Pricing::costOf).
    const Providers::ProviderConfig* provider = m_router.config().findProvider(attempt.provider);
    if (m_router.catalog() && provider) {
        const Pricing::Cost cost = Pricing::costOf(attempt, *provider, *m_router.catalog(),
                                                   Pricing::promptChars(m_plan.request));
        attempt.costMicroUsd = cost.microUsd;
        attempt.costSource = cost.source;
    } else if (attempt.usage.billedMicroUsd) {
        attempt.costMicroUsd = attempt.usage.billedMicroUsd;
        attempt.costSource = QStringLiteral("provider");
    } else {
        attempt.costSource = QStringLiteral("unknown");
    }
    if (attempt.outcome != Chat::Outcome::Cancelled)
        m_router.health().record(m_order.at(running.planIndex).spec.target, attempt);
    m_result.attempts.append(attempt);
    if (Storage::LedgerWriter* ledger = m_router.ledger()) {
        Storage::LedgerEntry entry;
        entry.attempt = attempt;
        entry.origin = m_plan.origin;
        entry.route = m_plan.route.name;
        entry.clientAgent = m_plan.clientAgent;
        ++m_ledgerWrites;
        const auto written = [this](const QString& error) { ledgerWritten(error); };
        if (running.ledgerBegun)
            ledger->complete(entry, this, written);
        else
            ledger->record(entry, this, written);
    }
    Q_EMIT attemptFinished(attempt);
}

void RouteRun::notice(const QString& text)
{
    Q_EMIT streamEvent(Chat::StreamEvent::notice(text));
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
    if (parts.isEmpty())
        return tr("no target could be tried");
    const Chat::Outcome last = m_result.attempts.constLast().outcome;
    QString summary = parts.size() == 1 ? parts.constFirst()
                                        : tr("all %1 attempts failed: %2")
                                              .arg(parts.size())
                                              .arg(parts.join(QStringLiteral("; ")));
    const QString advice = Chat::outcomeAdvice(last);
    if (!advice.isEmpty())
        summary += QStringLiteral(" — ") + advice;
    return summary;
}

void RouteRun::finishAnswered(const Running& winner, const Chat::Attempt& attempt)
{
    if (m_done)
        return;
    m_done = true;
    m_hedgeTimer.stop();
    m_retryTimer.stop();
    m_result.answered = true;
    m_result.text = attempt.text;
    m_result.reasoning = winner.reasoning;
    m_result.winner = m_order.at(winner.planIndex).spec.target;
    emitFinished();
}

void RouteRun::finishFailed(const QString& why)
{
    if (m_done)
        return;
    m_done = true;
    m_hedgeTimer.stop();
    m_retryTimer.stop();
    m_result.answered = false;
    m_result.error = why;
    emitFinished();
}

} // namespace Routing
