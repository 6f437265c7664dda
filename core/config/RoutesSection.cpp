#include "config/RoutesSection.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace Config {
namespace {

std::optional<Routing::TargetSpec> readTarget(const QJsonValue& value, const QString& where,
                                              const AppConfig& config, ConfigErrors& errors)
{
    // A bare "provider/model" string is the short form.
    QJsonObject object;
    if (value.isString())
        object.insert(QStringLiteral("target"), value);
    else if (value.isObject())
        object = value.toObject();
    else {
        errors.fail(where,
                    QCoreApplication::translate(
                        "Config", "must be \"PROVIDER/MODEL\" or an object with \"target\""));
        return std::nullopt;
    }
    const std::optional<QString> text =
        optionalString(object, QStringLiteral("target"), where, errors);
    if (!text)
        return std::nullopt;
    const std::optional<Routing::Target> target = Routing::Target::parse(*text);
    if (!target) {
        errors.fail(where + QStringLiteral(".target"),
                    QCoreApplication::translate("Config", "'%1' is not PROVIDER/MODEL").arg(*text));
        return std::nullopt;
    }
    if (!config.findProvider(target->provider)) {
        errors.fail(where + QStringLiteral(".target"),
                    QCoreApplication::translate("Config", "no provider named '%1' is configured")
                        .arg(target->provider));
        return std::nullopt;
    }
    Routing::TargetSpec spec;
    spec.target = *target;
    bool bad = false;
    spec.temperature =
        optionalNumber(object, QStringLiteral("temperature"), 0, 2, where, errors, &bad);
    if (const auto n = optionalNumber(object, QStringLiteral("max_tokens"), 1, 10'000'000, where,
                                      errors, &bad))
        spec.maxTokens = static_cast<int>(*n);
    if (const auto n = optionalNumber(object, QStringLiteral("first_token_ms"), 1, 3'600'000, where,
                                      errors, &bad))
        spec.firstTokenMs = static_cast<int>(*n);
    if (const auto n =
            optionalNumber(object, QStringLiteral("weight"), 0, 1'000'000, where, errors, &bad))
        spec.weight = *n;
    const std::optional<QString> effort =
        optionalString(object, QStringLiteral("reasoning_effort"), where, errors);
    if (effort && !effort->isEmpty() && *effort != QLatin1String("low")
        && *effort != QLatin1String("medium") && *effort != QLatin1String("high")) {
        errors.fail(where + QStringLiteral(".reasoning_effort"),
                    QCoreApplication::translate("Config", "must be low, medium or high"));
    } else if (effort) {
        spec.reasoningEffort = *effort;
    }
    return spec;
}

void readPolicy(const QJsonValue& value, const QString& where, Routing::RoutePolicy& policy,
                ConfigErrors& errors)
{
    if (value.isUndefined())
        return;
    if (!value.isObject()) {
        errors.fail(where, QCoreApplication::translate("Config", "must be an object"));
        return;
    }
    const QJsonObject object = value.toObject();
    if (const auto n =
            optionalNumber(object, QStringLiteral("retries_per_target"), 0, 5, where, errors))
        policy.retriesPerTarget = static_cast<int>(*n);
    if (const auto n =
            optionalNumber(object, QStringLiteral("max_retry_after_ms"), 0, 600'000, where, errors))
        policy.maxRetryAfterMs = static_cast<qint64>(*n);
    if (const auto n = optionalNumber(object, QStringLiteral("max_attempts"), 1, 50, where, errors))
        policy.maxAttempts = static_cast<int>(*n);
    if (const auto n =
            optionalNumber(object, QStringLiteral("hedge_after_ms"), 1, 600'000, where, errors))
        policy.hedgeAfterMs = static_cast<int>(*n);
    if (const auto n = optionalNumber(object, QStringLiteral("seed"), 0, 9.0e15, where, errors))
        policy.seed = static_cast<quint64>(*n);
    if (const std::optional<bool> skip =
            optionalBool(object, QStringLiteral("skip_over_budget"), where, errors))
        policy.skipOverBudget = *skip;
    const QJsonValue badRequest = object.value(QLatin1String("on_bad_request"));
    if (!badRequest.isUndefined()) {
        if (badRequest == QJsonValue(QStringLiteral("stop")))
            policy.fallBackOnBadRequest = false;
        else if (badRequest == QJsonValue(QStringLiteral("fallback")))
            policy.fallBackOnBadRequest = true;
        else
            errors.fail(where + QStringLiteral(".on_bad_request"),
                        QCoreApplication::translate("Config", "must be stop or fallback"));
    }
    const QJsonValue midStream = object.value(QLatin1String("mid_stream"));
    if (!midStream.isUndefined()) {
        if (midStream == QJsonValue(QStringLiteral("restart")))
            policy.midStream = Routing::MidStreamPolicy::Restart;
        else if (midStream == QJsonValue(QStringLiteral("stop")))
            policy.midStream = Routing::MidStreamPolicy::Stop;
        else
            errors.fail(where + QStringLiteral(".mid_stream"),
                        QCoreApplication::translate("Config", "must be restart or stop"));
    }
}

void readRoute(const QJsonValue& value, const QString& where, AppConfig& config,
               ConfigErrors& errors)
{
    if (!value.isObject()) {
        errors.fail(where, QCoreApplication::translate("Config",
                                                       "must be an object with name and targets"));
        return;
    }
    const QJsonObject object = value.toObject();
    const std::optional<QString> name =
        optionalString(object, QStringLiteral("name"), where, errors);
    if (!name)
        return;
    if (!Providers::isValidProviderName(*name)) {
        errors.fail(where + QStringLiteral(".name"),
                    QCoreApplication::translate(
                        "Config", "'%1' is not a valid name (use letters, digits, '-', '_' or '.')")
                        .arg(*name));
        return;
    }
    if (config.findRoute(*name)) {
        errors.fail(
            where + QStringLiteral(".name"),
            QCoreApplication::translate("Config", "a route named '%1' already exists").arg(*name));
        return;
    }
    Routing::Route route;
    route.name = *name;
    const std::optional<QString> strategy =
        optionalString(object, QStringLiteral("strategy"), where, errors);
    if (strategy && !strategy->isEmpty()) {
        const std::optional<Routing::Strategy> parsed = Routing::strategyFromName(*strategy);
        if (!parsed) {
            errors.fail(
                where + QStringLiteral(".strategy"),
                QCoreApplication::translate(
                    "Config",
                    "unknown strategy '%1' (expected ordered, cheapest, fastest or weighted)")
                    .arg(*strategy));
        } else {
            route.strategy = *parsed;
        }
    }
    const QJsonValue targets = object.value(QLatin1String("targets"));
    if (!targets.isUndefined() && !targets.isArray()) {
        errors.fail(where + QStringLiteral(".targets"),
                    QCoreApplication::translate("Config", "must be an array"));
    } else {
        const QJsonArray list = targets.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString at = where + QStringLiteral(".targets[%1]").arg(i);
            if (auto spec = readTarget(list.at(i), at, config, errors))
                route.targets.append(*spec);
        }
    }
    readPolicy(object.value(QLatin1String("policy")), where + QStringLiteral(".policy"),
               route.policy, errors);
    config.routes.append(route);
}

QJsonObject writePolicy(const Routing::RoutePolicy& policy)
{
    const Routing::RoutePolicy defaults;
    QJsonObject object;
    if (policy.retriesPerTarget != defaults.retriesPerTarget)
        object.insert(QStringLiteral("retries_per_target"), policy.retriesPerTarget);
    if (policy.maxRetryAfterMs != defaults.maxRetryAfterMs)
        object.insert(QStringLiteral("max_retry_after_ms"),
                      static_cast<double>(policy.maxRetryAfterMs));
    if (policy.maxAttempts != defaults.maxAttempts)
        object.insert(QStringLiteral("max_attempts"), policy.maxAttempts);
    if (policy.hedgeAfterMs)
        object.insert(QStringLiteral("hedge_after_ms"), *policy.hedgeAfterMs);
    if (policy.seed)
        object.insert(QStringLiteral("seed"), static_cast<double>(*policy.seed));
    if (policy.fallBackOnBadRequest)
        object.insert(QStringLiteral("on_bad_request"), QStringLiteral("fallback"));
    if (policy.midStream == Routing::MidStreamPolicy::Stop)
        object.insert(QStringLiteral("mid_stream"), QStringLiteral("stop"));
    if (policy.skipOverBudget)
        object.insert(QStringLiteral("skip_over_budget"), true);
    return object;
}

} // namespace

void readRoutes(const QJsonValue& value, AppConfig& config, ConfigErrors& errors)
{
    if (value.isUndefined())
        return;
    if (!value.isArray()) {
        errors.fail(QStringLiteral("routes"),
                    QCoreApplication::translate("Config", "must be an array"));
        return;
    }
    const QJsonArray list = value.toArray();
    for (qsizetype i = 0; i < list.size(); ++i)
        readRoute(list.at(i), QStringLiteral("routes[%1]").arg(i), config, errors);
}

QJsonValue writeRoutes(const AppConfig& config)
{
    if (config.routes.isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    QJsonArray routes;
    for (const Routing::Route& route : config.routes) {
        QJsonArray targets;
        for (const Routing::TargetSpec& spec : route.targets) {
            QJsonObject target{{QStringLiteral("target"), spec.target.id()}};
            if (spec.temperature)
                target.insert(QStringLiteral("temperature"), *spec.temperature);
            if (spec.maxTokens)
                target.insert(QStringLiteral("max_tokens"), *spec.maxTokens);
            if (!spec.reasoningEffort.isEmpty())
                target.insert(QStringLiteral("reasoning_effort"), spec.reasoningEffort);
            if (spec.firstTokenMs)
                target.insert(QStringLiteral("first_token_ms"), *spec.firstTokenMs);
            if (spec.weight != 1.0)
                target.insert(QStringLiteral("weight"), spec.weight);
            targets.append(target);
        }
        QJsonObject object{{QStringLiteral("name"), route.name},
                           {QStringLiteral("strategy"), Routing::strategyName(route.strategy)},
                           {QStringLiteral("targets"), targets}};
        const QJsonObject policy = writePolicy(route.policy);
        if (!policy.isEmpty())
            object.insert(QStringLiteral("policy"), policy);
        routes.append(object);
    }
    return routes;
}

} // namespace Config
