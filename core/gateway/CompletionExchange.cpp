#include "gateway/CompletionExchange.h"

#include "config/AppConfig.h"
#include "gateway/HttpReply.h"
#include "routing/Router.h"

#include <QDateTime>

namespace Gateway {

CompletionExchange::CompletionExchange(Routing::Router& router, CompletionRequest request,
                                       Routing::Route route, QString clientAgent, HttpReply* reply,
                                       QObject* parent)
    : QObject(parent)
    , m_router(router)
    , m_request(std::move(request))
    , m_route(std::move(route))
    , m_clientAgent(std::move(clientAgent))
    , m_reply(reply)
{
    m_reply->setParent(this);
    connect(m_reply, &HttpReply::clientGone, this, [this] {
        if (m_run)
            m_run->cancel(); // finished follows at once, with the attempt recorded as cancelled
        end();
    });
    connect(m_reply, &HttpReply::flushed, this, &CompletionExchange::end);
}

CompletionExchange::~CompletionExchange()
{
    delete m_run; // before the reply and the router it refers to
}

QString CompletionExchange::requestId() const
{
    return m_run ? m_run->requestId() : QString();
}

void CompletionExchange::start()
{
    Routing::RoutePlan plan;
    plan.route = m_route;
    plan.request = m_request.chat;
    plan.origin = Chat::Origin::Gateway;
    plan.clientAgent = m_clientAgent;
    if (m_request.stream)
        plan.route.policy.midStream = Routing::MidStreamPolicy::Stop;
    m_run = m_router.route(std::move(plan), this);
    m_identity.id = QStringLiteral("chatcmpl-") + m_run->requestId().remove(u'-');
    m_identity.created = QDateTime::currentSecsSinceEpoch();
    m_identity.model = m_request.model;
    m_identity.withUsageNull = m_request.includeUsage;
    connect(m_run, &Routing::RouteRun::streamEvent, this, &CompletionExchange::onEvent);
    // The client gets its answer once the outcome is known; the ledger commits the last rows
    // meanwhile (their begin rows were committed before the calls went out).
    connect(m_run, &Routing::RouteRun::resultReady, this, &CompletionExchange::onRouted);
    m_run->start();
}

void CompletionExchange::shutDown()
{
    m_shuttingDown = true;
    if (m_run)
        m_run->cancel();
}

void CompletionExchange::onEvent(const Chat::StreamEvent& event)
{
    if (!m_request.stream || m_reply->isGone())
        return;
    const bool text = event.kind == Chat::StreamEvent::Kind::TextDelta;
    const bool reasoning = event.kind == Chat::StreamEvent::Kind::ReasoningDelta;
    if ((!text && !reasoning) || event.text.isEmpty())
        return;
    beginStream();
    m_reply->writeEvent(text ? CompletionJson::contentChunk(m_identity, event.text)
                             : CompletionJson::reasoningChunk(m_identity, event.text));
}

void CompletionExchange::beginStream()
{
    if (m_reply->isStreaming())
        return;
    m_reply->beginStream({{"x-request-id", m_run->requestId().toUtf8()}});
    m_reply->writeEvent(CompletionJson::roleChunk(m_identity));
}

void CompletionExchange::onRouted(const Routing::RouteResult& result)
{
    if (m_reply->isGone()) {
        end();
        return;
    }
    if (result.answered)
        answer(result);
    else
        fail(result);
}

WireUsage CompletionExchange::usageOf(const Routing::RouteResult& result,
                                      QString* finishReason) const
{
    for (auto it = result.attempts.crbegin(); it != result.attempts.crend(); ++it) {
        if (it->outcome != Chat::Outcome::Ok)
            continue;
        const Providers::ProviderConfig* provider = m_router.config().findProvider(it->provider);
        *finishReason = it->finishReason;
        return WireUsage::fromUsage(it->usage,
                                    provider && provider->kind == Providers::Kind::Anthropic);
    }
    return {};
}

void CompletionExchange::answer(const Routing::RouteResult& result)
{
    QString finishReason;
    const WireUsage usage = usageOf(result, &finishReason);
    if (!m_request.stream) {
        m_reply->sendJson(200,
                          CompletionJson::completion(m_identity, result.text, result.reasoning,
                                                     finishReason, usage),
                          {{"x-request-id", result.requestId.toUtf8()},
                           {"x-switchboard-target", result.winner.id().toUtf8()}});
        return;
    }
    beginStream(); // an empty answer still is a stream
    m_reply->writeEvent(CompletionJson::finishChunk(m_identity, finishReason));
    if (m_request.includeUsage)
        m_reply->writeEvent(CompletionJson::usageChunk(m_identity, usage));
    m_reply->writeEvent(CompletionJson::doneEvent());
    m_reply->endStream();
}

void CompletionExchange::fail(const Routing::RouteResult& result)
{
    const ApiError error =
        m_shuttingDown ? ApiError::shuttingDown() : ApiError::fromFailedRoute(result);
    if (m_reply->isStreaming()) {
        m_reply->writeEvent(error.sseEvent());
        m_reply->endStream();
        return;
    }
    m_reply->sendError(error, {{"x-request-id", result.requestId.toUtf8()}});
}

void CompletionExchange::end()
{
    if (m_ended)
        return;
    m_ended = true;
    Q_EMIT finished();
}

} // namespace Gateway
