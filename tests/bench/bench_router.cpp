// Router overhead and fallback latency against the loopback mock provider, measured side by side
// in one run. Not a test: it prints figures for docs/PERFORMANCE.md.
//
//   build/release/tests/bench/bench_router [requests]
//
// 1. The same small streamed request, alternately sent directly (ProviderCall) and through the
//    router (RouteRun, one target, no ledger / with the SQLite ledger): p50 and p99 of each and
//    what the router adds.
// 2. A 503 on the primary with retries off: time from the primary's attempt ending to the
//    fallback request arriving at the second mock server.
#include "MockProviderServer.h"
#include "MockReply.h"
#include "config/AppConfig.h"
#include "providers/ProviderAdapter.h"
#include "providers/ProviderCall.h"
#include "providers/UpstreamClient.h"
#include "routing/Router.h"
#include "secrets/KeyResolver.h"
#include "storage/Database.h"
#include "storage/LedgerWriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <vector>

using namespace Routing;

namespace {

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const auto index = static_cast<size_t>(p * static_cast<double>(values.size() - 1) + 0.5);
    return values.at(std::min(index, values.size() - 1));
}

// Waits for one signal in the benchmark's own main(): a benchmark may block, product code may not.
template <typename Sender, typename Signal>
void waitFor(Sender* sender, Signal signal)
{
    QEventLoop loop;
    QObject::connect(sender, signal, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int requests = argc > 1 ? QString::fromLatin1(argv[1]).toInt() : 2000;
    QTextStream out(stdout);

    TestSupport::MockProviderServer primary, fallback;
    if (!primary.listen() || !fallback.listen())
        return 1;
    const TestSupport::MockReply reply = TestSupport::MockReply::openAiStream(
        {QStringLiteral("Hello"), QStringLiteral(" there")}, QStringLiteral("m"), true);
    primary.setDefaultReply(reply);
    fallback.setDefaultReply(reply);

    Config::AppConfig config;
    config.providers = {{QStringLiteral("p"), Providers::Kind::OpenAi, primary.baseUrl(), {}, {}},
                        {QStringLiteral("f"), Providers::Kind::OpenAi, fallback.baseUrl(), {}, {}}};
    QNetworkAccessManager network;
    Secrets::KeyResolver keys;
    QTemporaryDir dir;
    Storage::Database database(dir.filePath(QStringLiteral("bench.db")));
    if (!database.open().isEmpty())
        return 1;
    Storage::LedgerWriter ledger(
        Storage::ConnectionSettings::sqlite(dir.filePath(QStringLiteral("bench.db"))));
    Router bare(network, config, keys, nullptr);
    Router withLedger(network, config, keys, &ledger);
    const Providers::ProviderAdapter& adapter = *Providers::adapterFor(Providers::Kind::OpenAi);

    Chat::ChatRequest request;
    request.model = QStringLiteral("m");
    request.messages.append({Chat::Role::User, QStringLiteral("hi")});
    RoutePlan plan;
    plan.route = Route::direct(*Target::parse(u"p/m"));
    plan.request = request;

    Providers::UpstreamClient loopback(network);
    Providers::UpstreamClient overNetwork(network,
                                          Providers::UpstreamClient::Transport::NetworkOnly);
    std::vector<double> direct, throughNetwork, routed, ledgered;
    const auto timeCall = [&](Providers::UpstreamClient& upstream) {
        QElapsedTimer clock;
        clock.start();
        Providers::ProviderCall call(upstream, adapter, config.providers.first(), {}, request,
                                     config.timeouts);
        call.start();
        waitFor(&call, &Providers::ProviderCall::finished);
        return clock.nsecsElapsed() / 1e6;
    };
    const auto timeDirect = [&] { return timeCall(loopback); };
    const auto timeRouted = [&](Router& router) {
        QElapsedTimer clock;
        clock.start();
        RouteRun* run = router.route(plan);
        run->start();
        waitFor(run, &RouteRun::finished);
        const double ms = clock.nsecsElapsed() / 1e6;
        delete run;
        return ms;
    };
    for (int warm = 0; warm < 50; ++warm) {
        timeDirect();
        timeRouted(bare);
    }
    for (int i = 0; i < requests; ++i) {
        direct.push_back(timeDirect());
        throughNetwork.push_back(timeCall(overNetwork));
        routed.push_back(timeRouted(bare));
        ledgered.push_back(timeRouted(withLedger));
    }
    out << "requests per variant: " << requests << " (interleaved)\n";
    out << QStringLiteral("ProviderCall, loopback  p50 %1 ms  p99 %2 ms\n")
               .arg(percentile(direct, 0.5), 0, 'f', 3)
               .arg(percentile(direct, 0.99), 0, 'f', 3);
    out << QStringLiteral("ProviderCall over QNAM  p50 %1 ms  p99 %2 ms\n")
               .arg(percentile(throughNetwork, 0.5), 0, 'f', 3)
               .arg(percentile(throughNetwork, 0.99), 0, 'f', 3);
    out << QStringLiteral("RouteRun, no ledger      p50 %1 ms  p99 %2 ms\n")
               .arg(percentile(routed, 0.5), 0, 'f', 3)
               .arg(percentile(routed, 0.99), 0, 'f', 3);
    out << QStringLiteral("RouteRun + SQLite ledger p50 %1 ms  p99 %2 ms\n")
               .arg(percentile(ledgered, 0.5), 0, 'f', 3)
               .arg(percentile(ledgered, 0.99), 0, 'f', 3);
    out << QStringLiteral(
               "router adds              p50 %1 ms  p99 %2 ms (no ledger); p50 %3 ms  p99 "
               "%4 ms (with ledger)\n")
               .arg(percentile(routed, 0.5) - percentile(direct, 0.5), 0, 'f', 3)
               .arg(percentile(routed, 0.99) - percentile(direct, 0.99), 0, 'f', 3)
               .arg(percentile(ledgered, 0.5) - percentile(direct, 0.5), 0, 'f', 3)
               .arg(percentile(ledgered, 0.99) - percentile(direct, 0.99), 0, 'f', 3);

    // 503 on the primary, no retries: primary attempt ended → fallback request at the server.
    RoutePlan failover;
    failover.route.name = QStringLiteral("failover");
    failover.route.targets = {TargetSpec{*Target::parse(u"p/m"), {}, {}, {}, {}, 1.0},
                              TargetSpec{*Target::parse(u"f/m"), {}, {}, {}, {}, 1.0}};
    failover.route.policy.retriesPerTarget = 0;
    failover.request = request;
    std::vector<double> handover;
    const int failovers = std::max(200, requests / 4);
    for (int i = 0; i < failovers; ++i) {
        primary.enqueue(TestSupport::MockReply::openAiError(503, QStringLiteral("overloaded"),
                                                            QStringLiteral("server_error")));
        bare.health().clear();
        RouteRun* run = bare.route(failover);
        QElapsedTimer clock;
        double endedAt = -1, arrivedAt = -1;
        QObject::connect(run, &RouteRun::attemptFinished, run, [&](const Chat::Attempt& a) {
            if (a.index == 0)
                endedAt = clock.nsecsElapsed() / 1e6;
        });
        const auto arrived = QObject::connect(
            &fallback, &TestSupport::MockProviderServer::requestReceived, run, [&] {
                if (arrivedAt < 0)
                    arrivedAt = clock.nsecsElapsed() / 1e6;
            });
        clock.start();
        run->start();
        waitFor(run, &RouteRun::finished);
        QObject::disconnect(arrived);
        delete run;
        if (endedAt >= 0 && arrivedAt >= endedAt)
            handover.push_back(arrivedAt - endedAt);
    }
    out << QStringLiteral("503 → fallback request at the server: p50 %1 ms  p99 %2 ms over %3 "
                          "failovers\n")
               .arg(percentile(handover, 0.5), 0, 'f', 3)
               .arg(percentile(handover, 0.99), 0, 'f', 3)
               .arg(handover.size());
    return 0;
}
