#pragma once

#include "gateway/CompletionJson.h"
#include "gateway/CompletionRequest.h"
#include "routing/Route.h"

#include <QObject>
#include <QPointer>

namespace Chat {
struct StreamEvent;
}
namespace Routing {
class RouteRun;
class Router;
struct RouteResult;
} // namespace Routing

namespace Gateway {

class HttpReply;

/// One chat completion in flight: routes the request (origin `gateway`, the client's User-Agent
/// in the ledger), and answers in OpenAI's shape. A stream begins with the first token, so that
/// every failure before it (fallback included) stays behind the gateway and a request that finds
/// no answer gets a real HTTP error status; once text has gone out, a failure is an in-band error
/// event and the stream ends without `[DONE]` (the route's mid-stream policy is `stop` for
/// streams: text that reached the client cannot be taken back). A client that goes away cancels
/// the routing; the attempt is recorded as `cancelled`. Ends with one `finished`.
class CompletionExchange : public QObject {
    Q_OBJECT

public:
    CompletionExchange(Routing::Router& router, CompletionRequest request, Routing::Route route,
                       QString clientAgent, HttpReply* reply, QObject* parent = nullptr);
    ~CompletionExchange() override;

    void start();
    /// The gateway stops: cancel the routing and answer 503 (or end the stream with that error).
    void shutDown();
    QString requestId() const;

Q_SIGNALS:
    /// The answer is complete and flushed, or the client is gone.
    void finished();

private:
    void onEvent(const Chat::StreamEvent& event);
    void onRouted(const Routing::RouteResult& result);
    void beginStream();
    void answer(const Routing::RouteResult& result);
    void fail(const Routing::RouteResult& result);
    WireUsage usageOf(const Routing::RouteResult& result, QString* finishReason) const;
    void end();

    Routing::Router& m_router;
    CompletionRequest m_request;
    Routing::Route m_route;
    QString m_clientAgent;
    HttpReply* m_reply;
    QPointer<Routing::RouteRun> m_run;
    CompletionIdentity m_identity;
    bool m_shuttingDown = false;
    bool m_ended = false;
};

} // namespace Gateway
