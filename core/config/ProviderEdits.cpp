#include "config/ProviderEdits.h"

#include "providers/ProviderPresets.h"

#include <QCoreApplication>

namespace Config {

std::optional<QUrl> parseBaseUrl(const QString& text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return std::nullopt;
    return url;
}

bool sameHost(const QUrl& a, const QUrl& b)
{
    return a.host().compare(b.host(), Qt::CaseInsensitive) == 0;
}

QString newProviderNameProblem(const AppConfig& config, const QString& name)
{
    if (!Providers::isValidProviderName(name)) {
        return QCoreApplication::translate(
                   "Config",
                   "'%1' is not a valid provider name (use letters, digits, '-', '_' or '.')")
            .arg(name);
    }
    if (config.findProvider(name)) {
        return QCoreApplication::translate(
                   "Config",
                   "a provider named '%1' already exists; remove it first or pick another name")
            .arg(name);
    }
    return {};
}

Providers::ProviderConfig providerFromPreset(const QString& name, const QString& presetId)
{
    Providers::ProviderConfig provider;
    provider.name = name;
    if (const Providers::ProviderPreset* known = Providers::findPreset(presetId)) {
        provider.preset = known->id;
        provider.kind = known->kind;
        provider.baseUrl = known->baseUrl;
        provider.apiKeyEnv = known->apiKeyEnv;
    }
    return provider;
}

QString addProvider(AppConfig& config, const Providers::ProviderConfig& provider,
                    const QString& defaultModel)
{
    config.providers.append(provider);
    QString model = defaultModel;
    if (model.isEmpty()) {
        if (const Providers::ProviderPreset* service = Providers::findPreset(provider.preset))
            model = service->testModel;
    }
    if (model.isEmpty())
        return {};
    auto route =
        std::find_if(config.routes.begin(), config.routes.end(),
                     [](const Routing::Route& r) { return r.name == Routing::defaultRouteName(); });
    if (route == config.routes.end()) {
        Routing::Route created;
        created.name = Routing::defaultRouteName();
        config.routes.append(created);
        route = config.routes.end() - 1;
    }
    const Routing::Target target{provider.name, model};
    route->targets.append(Routing::TargetSpec{target, {}, {}, {}, {}, 1.0});
    return target.id();
}

bool replaceProvider(AppConfig& config, const Providers::ProviderConfig& updated)
{
    for (Providers::ProviderConfig& provider : config.providers) {
        if (provider.name == updated.name) {
            provider = updated;
            return true;
        }
    }
    return false;
}

std::optional<QStringList> removeProvider(AppConfig& config, const QString& name)
{
    const qsizetype removed = config.providers.removeIf(
        [&](const Providers::ProviderConfig& p) { return p.name == name; });
    if (removed == 0)
        return std::nullopt;
    config.otherProviderKeys.remove(name);
    QStringList touched;
    for (Routing::Route& route : config.routes) {
        if (route.targets.removeIf(
                [&](const Routing::TargetSpec& spec) { return spec.target.provider == name; })
            > 0)
            touched.append(route.name);
    }
    return touched;
}

} // namespace Config
