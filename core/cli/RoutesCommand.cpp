#include "cli/RoutesCommand.h"

#include "cli/CliContext.h"
#include "config/RouteEdits.h"
#include "routing/Route.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Cli {
namespace {

QJsonObject routeToJson(const Routing::Route& route)
{
    QJsonArray targets;
    for (const Routing::TargetSpec& spec : route.targets) {
        QJsonObject target{{QStringLiteral("target"), spec.target.id()},
                           {QStringLiteral("provider"), spec.target.provider},
                           {QStringLiteral("model"), spec.target.model},
                           {QStringLiteral("weight"), spec.weight}};
        if (spec.temperature)
            target.insert(QStringLiteral("temperature"), *spec.temperature);
        if (spec.maxTokens)
            target.insert(QStringLiteral("max_tokens"), *spec.maxTokens);
        if (!spec.reasoningEffort.isEmpty())
            target.insert(QStringLiteral("reasoning_effort"), spec.reasoningEffort);
        if (spec.firstTokenMs)
            target.insert(QStringLiteral("first_token_ms"), *spec.firstTokenMs);
        targets.append(target);
    }
    const Routing::RoutePolicy& p = route.policy;
    QJsonObject policy{
        {QStringLiteral("retries_per_target"), p.retriesPerTarget},
        {QStringLiteral("max_retry_after_ms"), static_cast<double>(p.maxRetryAfterMs)},
        {QStringLiteral("max_attempts"), route.attemptBudget()},
        {QStringLiteral("on_bad_request"),
         p.fallBackOnBadRequest ? QStringLiteral("fallback") : QStringLiteral("stop")},
        {QStringLiteral("mid_stream"), p.midStream == Routing::MidStreamPolicy::Stop
                                           ? QStringLiteral("stop")
                                           : QStringLiteral("restart")},
        {QStringLiteral("hedge_after_ms"),
         p.hedgeAfterMs ? QJsonValue(*p.hedgeAfterMs) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("skip_over_budget"), p.skipOverBudget}};
    return QJsonObject{{QStringLiteral("name"), route.name},
                       {QStringLiteral("strategy"), Routing::strategyName(route.strategy)},
                       {QStringLiteral("targets"), targets},
                       {QStringLiteral("policy"), policy}};
}

} // namespace

void RoutesCommand::run(const QStringList& arguments)
{
    const QString action = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (!context().loadConfig()) {
        done(ExitUsage);
        return;
    }
    if (action == QLatin1String("list"))
        list(rest);
    else if (action == QLatin1String("show"))
        show(rest);
    else if (action == QLatin1String("add"))
        add(rest);
    else if (action == QLatin1String("remove"))
        remove(rest);
    else
        done(context().fail(action.isEmpty()
                                ? tr("routes needs an action: list, show, add or remove")
                                : tr("unknown routes action '%1'").arg(action),
                            ExitUsage));
}

void RoutesCommand::list(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    parser.addOption(json);
    if (!parse(parser, QStringLiteral("routes list"), arguments))
        return;
    const QList<Routing::Route>& routes = context().config().routes;
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const Routing::Route& route : routes)
            array.append(routeToJson(route));
        context().print(QString::fromUtf8(QJsonDocument(array).toJson()));
        done(ExitOk);
        return;
    }
    if (routes.isEmpty()) {
        context().print(tr("No routes yet. Create one, for example:\n"
                           "  switchboard-cli routes add default --target openai/gpt-4o-mini "
                           "--target groq/llama-3.1-8b-instant\n"));
        done(ExitOk);
        return;
    }
    QString text;
    for (const Routing::Route& route : routes) {
        QStringList targets;
        for (const Routing::TargetSpec& spec : route.targets)
            targets.append(spec.target.id());
        text += QStringLiteral("%1  %2  %3\n")
                    .arg(route.name.leftJustified(12),
                         Routing::strategyName(route.strategy).leftJustified(9),
                         targets.join(QStringLiteral(" → ")));
    }
    context().print(text);
    done(ExitOk);
}

void RoutesCommand::show(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("Route to show."));
    if (!parse(parser, QStringLiteral("routes show"), arguments))
        return;
    if (parser.positionalArguments().size() != 1) {
        done(context().fail(tr("routes show needs exactly one NAME"), ExitUsage));
        return;
    }
    const QString name = parser.positionalArguments().constFirst();
    const Routing::Route* route = context().config().findRoute(name);
    if (!route) {
        done(context().fail(
            tr("no route named '%1'; switchboard-cli routes list shows them").arg(name),
            ExitUsage));
        return;
    }
    const QJsonObject object = routeToJson(*route);
    if (parser.isSet(json)) {
        context().print(QString::fromUtf8(QJsonDocument(object).toJson()));
        done(ExitOk);
        return;
    }
    QString text =
        tr("route %1, strategy %2\n").arg(route->name, Routing::strategyName(route->strategy));
    int position = 1;
    for (const Routing::TargetSpec& spec : route->targets) {
        QStringList extras;
        if (route->strategy == Routing::Strategy::Weighted)
            extras.append(tr("weight %1").arg(spec.weight));
        if (spec.temperature)
            extras.append(tr("temperature %1").arg(*spec.temperature));
        if (spec.maxTokens)
            extras.append(tr("max tokens %1").arg(*spec.maxTokens));
        if (!spec.reasoningEffort.isEmpty())
            extras.append(tr("reasoning %1").arg(spec.reasoningEffort));
        if (spec.firstTokenMs)
            extras.append(tr("first token within %1 ms").arg(*spec.firstTokenMs));
        text += QStringLiteral("  %1. %2%3\n")
                    .arg(position++)
                    .arg(spec.target.id(), extras.isEmpty() ? QString()
                                                            : QStringLiteral(" (%1)").arg(
                                                                extras.join(QStringLiteral(", "))));
    }
    const Routing::RoutePolicy& p = route->policy;
    text +=
        tr("  retries per target: %1; at most %2 attempts; bad request: %3; broken stream: %4")
            .arg(p.retriesPerTarget)
            .arg(route->attemptBudget())
            .arg(p.fallBackOnBadRequest ? tr("fall back") : tr("stop"),
                 p.midStream == Routing::MidStreamPolicy::Stop ? tr("stop")
                                                               : tr("restart on the next target"));
    if (p.hedgeAfterMs)
        text += tr("; hedge after %1 ms").arg(*p.hedgeAfterMs);
    if (p.skipOverBudget)
        text += tr("; skips providers over budget");
    context().print(text + u'\n');
    done(ExitOk);
}

void RoutesCommand::add(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption target(QStringLiteral("target"), tr("A target, in order; repeat."),
                                    QStringLiteral("PROVIDER/MODEL"));
    const QCommandLineOption strategy(QStringLiteral("strategy"),
                                      tr("ordered, cheapest, fastest or weighted."),
                                      QStringLiteral("STRATEGY"));
    const QCommandLineOption weights(QStringLiteral("weights"),
                                     tr("Comma-separated weights, one per target."),
                                     QStringLiteral("W,W,…"));
    const QCommandLineOption hedge(QStringLiteral("hedge-after-ms"),
                                   tr("Start the next target when no token came by then."),
                                   QStringLiteral("MS"));
    const QCommandLineOption badRequest(QStringLiteral("on-bad-request"),
                                        tr("stop (default) or fallback."), QStringLiteral("WHAT"));
    const QCommandLineOption midStream(QStringLiteral("mid-stream"),
                                       tr("restart (default) or stop."), QStringLiteral("WHAT"));
    const QCommandLineOption replace(QStringLiteral("replace"),
                                     tr("Replace a route of that name."));
    const QCommandLineOption skipOverBudget(
        QStringLiteral("skip-over-budget"),
        tr("Skip targets whose provider's budget (or the overall one) is used up."));
    parser.addOptions(
        {target, strategy, weights, hedge, badRequest, midStream, replace, skipOverBudget});
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("Name of the route."));
    if (!parse(parser, QStringLiteral("routes add"), arguments))
        return;
    if (parser.positionalArguments().size() != 1) {
        done(context().fail(tr("routes add needs exactly one NAME"), ExitUsage));
        return;
    }
    Routing::Route route;
    route.name = parser.positionalArguments().constFirst();
    if (const QString problem = Config::routeNameProblem(route.name); !problem.isEmpty()) {
        done(context().fail(problem, ExitUsage));
        return;
    }
    Config::AppConfig& config = context().config();
    if (config.findRoute(route.name) && !parser.isSet(replace)) {
        done(context().fail(
            tr("a route named '%1' already exists; use --replace to overwrite it").arg(route.name),
            ExitUsage));
        return;
    }
    const QStringList targets = parser.values(target);
    if (targets.isEmpty()) {
        done(
            context().fail(tr("routes add needs at least one --target PROVIDER/MODEL"), ExitUsage));
        return;
    }
    for (const QString& text : targets) {
        const std::optional<Routing::Target> parsed = Routing::Target::parse(text);
        if (!parsed) {
            done(context().fail(tr("'%1' is not PROVIDER/MODEL").arg(text), ExitUsage));
            return;
        }
        if (!config.findProvider(parsed->provider)) {
            done(context().fail(
                tr("no provider named '%1'; switchboard-cli providers list shows them")
                    .arg(parsed->provider),
                ExitUsage));
            return;
        }
        route.targets.append(Routing::TargetSpec{*parsed, {}, {}, {}, {}, 1.0});
    }
    if (parser.isSet(strategy)) {
        const std::optional<Routing::Strategy> parsed =
            Routing::strategyFromName(parser.value(strategy));
        if (!parsed) {
            done(context().fail(
                tr("unknown strategy '%1' (expected ordered, cheapest, fastest or weighted)")
                    .arg(parser.value(strategy)),
                ExitUsage));
            return;
        }
        route.strategy = *parsed;
    }
    if (parser.isSet(weights)) {
        const QStringList parts = parser.value(weights).split(u',');
        if (parts.size() != route.targets.size()) {
            done(context().fail(
                tr("--weights needs one weight per target (%1)").arg(route.targets.size()),
                ExitUsage));
            return;
        }
        for (qsizetype i = 0; i < parts.size(); ++i) {
            bool ok = false;
            const double w = parts.at(i).trimmed().toDouble(&ok);
            if (!ok || w < 0) {
                done(context().fail(tr("'%1' is not a weight (a number ≥ 0)").arg(parts.at(i)),
                                    ExitUsage));
                return;
            }
            route.targets[i].weight = w;
        }
    }
    if (parser.isSet(hedge)) {
        bool ok = false;
        const int ms = parser.value(hedge).toInt(&ok);
        if (!ok || ms < 1) {
            done(context().fail(tr("--hedge-after-ms takes a positive number of milliseconds"),
                                ExitUsage));
            return;
        }
        route.policy.hedgeAfterMs = ms;
    }
    if (parser.isSet(badRequest)) {
        const QString value = parser.value(badRequest);
        if (value != QLatin1String("stop") && value != QLatin1String("fallback")) {
            done(context().fail(tr("--on-bad-request takes stop or fallback"), ExitUsage));
            return;
        }
        route.policy.fallBackOnBadRequest = value == QLatin1String("fallback");
    }
    if (parser.isSet(midStream)) {
        const QString value = parser.value(midStream);
        if (value != QLatin1String("restart") && value != QLatin1String("stop")) {
            done(context().fail(tr("--mid-stream takes restart or stop"), ExitUsage));
            return;
        }
        route.policy.midStream = value == QLatin1String("stop") ? Routing::MidStreamPolicy::Stop
                                                                : Routing::MidStreamPolicy::Restart;
    }
    route.policy.skipOverBudget = parser.isSet(skipOverBudget);
    config.routes.removeIf([&](const Routing::Route& r) { return r.name == route.name; });
    config.routes.append(route);
    if (!context().saveConfig()) {
        done(ExitUsage);
        return;
    }
    context().print(
        tr("Route '%1' saved with %n target(s)\n", nullptr, static_cast<int>(route.targets.size()))
            .arg(route.name));
    done(ExitOk);
}

void RoutesCommand::remove(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("Route to remove."));
    if (!parse(parser, QStringLiteral("routes remove"), arguments))
        return;
    if (parser.positionalArguments().size() != 1) {
        done(context().fail(tr("routes remove needs exactly one NAME"), ExitUsage));
        return;
    }
    const QString name = parser.positionalArguments().constFirst();
    if (context().config().routes.removeIf([&](const Routing::Route& r) { return r.name == name; })
        == 0) {
        done(context().fail(tr("no route named '%1'").arg(name), ExitUsage));
        return;
    }
    if (!context().saveConfig()) {
        done(ExitUsage);
        return;
    }
    context().print(tr("Removed route '%1'\n").arg(name));
    done(ExitOk);
}

} // namespace Cli
