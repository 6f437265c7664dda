#include "gateway/GatewayModels.h"

#include "config/AppConfig.h"
#include "providers/ModelCache.h"
#include "routing/Target.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace Gateway {
namespace {

const QString kRoutePrefix = QStringLiteral("route/");

QJsonObject modelEntry(const QString& id, qint64 created, const QString& owner)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("object"), QStringLiteral("model")},
            {QStringLiteral("created"), created},
            {QStringLiteral("owned_by"), owner}};
}

} // namespace

GatewayModels::GatewayModels(const Config::AppConfig& config, QString modelCacheDirectory)
    : m_config(config)
    , m_modelCacheDirectory(std::move(modelCacheDirectory))
{}

std::optional<Routing::Route> GatewayModels::resolve(const QString& model, ApiError* error) const
{
    const auto routeNamed = [this, &model,
                             error](const QString& name) -> std::optional<Routing::Route> {
        const Routing::Route* route = m_config.findRoute(name);
        if (!route) {
            *error = ApiError::modelNotFound(model);
            return std::nullopt;
        }
        if (route->targets.isEmpty()) {
            *error = ApiError::modelNotFound(model);
            error->message = QCoreApplication::translate(
                                 "Gateway", "The route '%1' has no targets; add one with "
                                            "switchboard-cli routes add.")
                                 .arg(name);
            return std::nullopt;
        }
        return *route;
    };
    if (model.startsWith(kRoutePrefix))
        return routeNamed(model.mid(kRoutePrefix.size()));
    if (model.contains(u'/')) {
        const std::optional<Routing::Target> target = Routing::Target::parse(model);
        if (target && m_config.findProvider(target->provider))
            return Routing::Route::direct(*target);
        *error = ApiError::modelNotFound(model);
        return std::nullopt;
    }
    return routeNamed(model);
}

QByteArray GatewayModels::listJson() const
{
    QJsonArray data;
    QSet<QString> listed;
    const auto add = [&data, &listed](const QString& id, qint64 created, const QString& owner) {
        if (listed.contains(id))
            return;
        listed.insert(id);
        data.append(modelEntry(id, created, owner));
    };
    for (const Routing::Route& route : m_config.routes)
        add(kRoutePrefix + route.name, 0, QStringLiteral("switchboard"));
    const Providers::ModelCache cache(m_modelCacheDirectory);
    for (const Providers::ProviderConfig& provider : m_config.providers) {
        const std::optional<Providers::CachedModels> cached = cache.load(provider.name);
        if (!cached)
            continue;
        const qint64 created = cached->fetchedAt.toSecsSinceEpoch();
        for (const Providers::ModelInfo& model : cached->models)
            add(provider.name + u'/' + model.id, created, provider.name);
    }
    for (const Routing::Route& route : m_config.routes) {
        for (const Routing::TargetSpec& spec : route.targets) {
            if (m_config.findProvider(spec.target.provider))
                add(spec.target.id(), 0, spec.target.provider);
        }
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("object"), QStringLiteral("list")},
                                     {QStringLiteral("data"), data}})
        .toJson(QJsonDocument::Compact);
}

} // namespace Gateway
