#include "config/ProvidersSection.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace Config {
namespace {

const QStringList kProviderKeys{QStringLiteral("name"),     QStringLiteral("kind"),
                                QStringLiteral("base_url"), QStringLiteral("api_key_env"),
                                QStringLiteral("preset"),   QStringLiteral("allow_insecure_http")};

void readProvider(const QJsonValue& value, const QString& where, AppConfig& config,
                  ConfigErrors& errors)
{
    if (!value.isObject()) {
        errors.fail(where, QCoreApplication::translate(
                               "Config", "must be an object with name, kind and base_url"));
        return;
    }
    const QJsonObject object = value.toObject();
    const auto name = optionalString(object, QStringLiteral("name"), where, errors);
    const auto kind = optionalString(object, QStringLiteral("kind"), where, errors);
    const auto baseUrl = optionalString(object, QStringLiteral("base_url"), where, errors);
    const auto keyEnv = optionalString(object, QStringLiteral("api_key_env"), where, errors);
    const auto preset = optionalString(object, QStringLiteral("preset"), where, errors);
    bool badInsecure = false;
    const auto allowInsecure =
        optionalBool(object, QStringLiteral("allow_insecure_http"), where, errors, &badInsecure);
    if (!name || !kind || !baseUrl || !keyEnv || !preset || badInsecure)
        return;

    if (!Providers::isValidProviderName(*name)) {
        errors.fail(where + QStringLiteral(".name"),
                    QCoreApplication::translate(
                        "Config", "'%1' is not a valid name (use letters, digits, '-', '_' or '.')")
                        .arg(*name));
        return;
    }
    if (config.findProvider(*name)) {
        errors.fail(where + QStringLiteral(".name"),
                    QCoreApplication::translate("Config", "a provider named '%1' already exists")
                        .arg(*name));
        return;
    }
    const std::optional<Providers::Kind> parsedKind = Providers::kindFromName(*kind);
    if (!parsedKind) {
        errors.fail(where + QStringLiteral(".kind"),
                    QCoreApplication::translate(
                        "Config", "unknown kind '%1' (expected openai, anthropic or gemini)")
                        .arg(*kind));
        return;
    }
    const QUrl url(*baseUrl, QUrl::StrictMode);
    if (!url.isValid()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
        || url.host().isEmpty()) {
        errors.fail(
            where + QStringLiteral(".base_url"),
            QCoreApplication::translate("Config", "'%1' is not an http(s) URL").arg(*baseUrl));
        return;
    }
    Providers::ProviderConfig provider;
    provider.name = *name;
    provider.kind = *parsedKind;
    provider.baseUrl = url;
    provider.apiKeyEnv = *keyEnv;
    provider.preset = *preset;
    provider.allowInsecureHttp = allowInsecure.value_or(false);
    config.providers.append(provider);

    QJsonObject other = object;
    for (const QString& key : kProviderKeys)
        other.remove(key);
    if (!other.isEmpty())
        config.otherProviderKeys.insert(provider.name, other);
}

} // namespace

void readProviders(const QJsonValue& value, AppConfig& config, ConfigErrors& errors)
{
    if (value.isUndefined())
        return;
    if (!value.isArray()) {
        errors.fail(QStringLiteral("providers"),
                    QCoreApplication::translate("Config", "must be an array"));
        return;
    }
    const QJsonArray list = value.toArray();
    for (qsizetype i = 0; i < list.size(); ++i)
        readProvider(list.at(i), QStringLiteral("providers[%1]").arg(i), config, errors);
}

QJsonValue writeProviders(const AppConfig& config)
{
    QJsonArray providers;
    for (const Providers::ProviderConfig& provider : config.providers) {
        QJsonObject object = config.otherProviderKeys.value(provider.name);
        object.insert(QStringLiteral("name"), provider.name);
        object.insert(QStringLiteral("kind"), Providers::kindName(provider.kind));
        object.insert(QStringLiteral("base_url"), provider.baseUrl.toString());
        if (!provider.apiKeyEnv.isEmpty())
            object.insert(QStringLiteral("api_key_env"), provider.apiKeyEnv);
        if (!provider.preset.isEmpty())
            object.insert(QStringLiteral("preset"), provider.preset);
        if (provider.allowInsecureHttp)
            object.insert(QStringLiteral("allow_insecure_http"), true);
        providers.append(object);
    }
    return providers;
}

} // namespace Config
