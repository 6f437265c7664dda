#include "config/ConfigFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>

namespace Config {
namespace {

const QStringList kProviderKeys{QStringLiteral("name"), QStringLiteral("kind"),
                                QStringLiteral("base_url"), QStringLiteral("api_key_env"),
                                QStringLiteral("preset")};
const QStringList kTimeoutKeys{QStringLiteral("connect_ms"), QStringLiteral("first_token_ms"),
                               QStringLiteral("stall_ms"), QStringLiteral("total_ms")};

class Validator {
public:
    explicit Validator(QString file)
        : m_file(std::move(file))
    {}
    void fail(const QString& where, const QString& what)
    {
        m_errors.append(QStringLiteral("%1: %2: %3").arg(m_file, where, what));
    }
    QStringList errors() const { return m_errors; }

private:
    QString m_file;
    QStringList m_errors;
};

std::optional<QString> optionalString(const QJsonObject& object, const QString& key,
                                      const QString& where, Validator& v)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return QString();
    if (!value.isString()) {
        v.fail(where + u'.' + key, QCoreApplication::translate("Config", "must be a string"));
        return std::nullopt;
    }
    return value.toString();
}

void readProvider(const QJsonValue& value, const QString& where, LoadResult& result, Validator& v)
{
    if (!value.isObject()) {
        v.fail(where, QCoreApplication::translate(
                          "Config", "must be an object with name, kind and base_url"));
        return;
    }
    const QJsonObject object = value.toObject();
    Providers::ProviderConfig provider;
    const auto name = optionalString(object, QStringLiteral("name"), where, v);
    const auto kind = optionalString(object, QStringLiteral("kind"), where, v);
    const auto baseUrl = optionalString(object, QStringLiteral("base_url"), where, v);
    const auto keyEnv = optionalString(object, QStringLiteral("api_key_env"), where, v);
    const auto preset = optionalString(object, QStringLiteral("preset"), where, v);
    if (!name || !kind || !baseUrl || !keyEnv || !preset)
        return;

    if (!Providers::isValidProviderName(*name)) {
        v.fail(where + QStringLiteral(".name"),
               QCoreApplication::translate(
                   "Config", "'%1' is not a valid name (use letters, digits, '-', '_' or '.')")
                   .arg(*name));
        return;
    }
    if (result.config.findProvider(*name)) {
        v.fail(where + QStringLiteral(".name"),
               QCoreApplication::translate("Config", "a provider named '%1' already exists")
                   .arg(*name));
        return;
    }
    const std::optional<Providers::Kind> parsedKind = Providers::kindFromName(*kind);
    if (!parsedKind) {
        v.fail(where + QStringLiteral(".kind"),
               QCoreApplication::translate(
                   "Config", "unknown kind '%1' (expected openai, anthropic or gemini)")
                   .arg(*kind));
        return;
    }
    const QUrl url(*baseUrl, QUrl::StrictMode);
    if (!url.isValid()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
        || url.host().isEmpty()) {
        v.fail(where + QStringLiteral(".base_url"),
               QCoreApplication::translate("Config", "'%1' is not an http(s) URL").arg(*baseUrl));
        return;
    }
    provider.name = *name;
    provider.kind = *parsedKind;
    provider.baseUrl = url;
    provider.apiKeyEnv = *keyEnv;
    provider.preset = *preset;
    result.config.providers.append(provider);

    QJsonObject other = object;
    for (const QString& key : kProviderKeys)
        other.remove(key);
    if (!other.isEmpty())
        result.config.otherProviderKeys.insert(provider.name, other);
}

void readTimeouts(const QJsonValue& value, LoadResult& result, Validator& v)
{
    if (value.isUndefined())
        return;
    if (!value.isObject()) {
        v.fail(QStringLiteral("timeouts"),
               QCoreApplication::translate("Config", "must be an object"));
        return;
    }
    const QJsonObject object = value.toObject();
    Providers::CallTimeouts& t = result.config.timeouts;
    int* fields[] = {&t.connectMs, &t.firstTokenMs, &t.stallMs, &t.totalMs};
    for (qsizetype i = 0; i < kTimeoutKeys.size(); ++i) {
        const QJsonValue field = object.value(kTimeoutKeys[i]);
        if (field.isUndefined())
            continue;
        const double ms = field.toDouble(-1);
        if (!field.isDouble() || ms < 1 || ms > 24.0 * 3600 * 1000) {
            v.fail(QStringLiteral("timeouts.") + kTimeoutKeys[i],
                   QCoreApplication::translate(
                       "Config", "must be a number of milliseconds between 1 and 86400000"));
            continue;
        }
        *fields[i] = static_cast<int>(ms);
    }
}

} // namespace

ConfigFile::ConfigFile(QString path)
    : m_path(std::move(path))
{}

LoadResult ConfigFile::load() const
{
    QFile file(m_path);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly)) {
        LoadResult result;
        result.errors.append(QCoreApplication::translate("Config", "%1: cannot be read: %2")
                                 .arg(m_path, file.errorString()));
        return result;
    }
    return parse(file.readAll(), m_path);
}

LoadResult ConfigFile::parse(const QByteArray& json, const QString& fileLabel)
{
    LoadResult result;
    Validator v(fileLabel);
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        v.fail(QCoreApplication::translate("Config", "offset %1").arg(parseError.offset),
               parseError.errorString());
        result.errors = v.errors();
        return result;
    }
    if (!document.isObject()) {
        v.fail(QStringLiteral("(top level)"),
               QCoreApplication::translate("Config", "must be a JSON object"));
        result.errors = v.errors();
        return result;
    }
    QJsonObject root = document.object();
    const QJsonValue version = root.value(QLatin1String("version"));
    if (!version.isUndefined()) {
        if (!version.isDouble() || version.toInt() < 1) {
            v.fail(QStringLiteral("version"),
                   QCoreApplication::translate("Config", "must be a positive whole number"));
        } else if (version.toInt() > AppConfig::SchemaVersion) {
            v.fail(QStringLiteral("version"),
                   QCoreApplication::translate(
                       "Config",
                       "written by a newer Switchboard (schema %1; this build reads up to %2); "
                       "update Switchboard")
                       .arg(version.toInt())
                       .arg(AppConfig::SchemaVersion));
        }
    }
    const QJsonValue providers = root.value(QLatin1String("providers"));
    if (!providers.isUndefined() && !providers.isArray()) {
        v.fail(QStringLiteral("providers"),
               QCoreApplication::translate("Config", "must be an array"));
    } else {
        const QJsonArray list = providers.toArray();
        for (qsizetype i = 0; i < list.size(); ++i)
            readProvider(list.at(i), QStringLiteral("providers[%1]").arg(i), result, v);
    }
    readTimeouts(root.value(QLatin1String("timeouts")), result, v);

    for (const char* key : {"version", "providers", "timeouts"})
        root.remove(QLatin1String(key));
    result.config.otherKeys = root;
    result.errors = v.errors();
    return result;
}

QByteArray ConfigFile::serialize(const AppConfig& config)
{
    QJsonObject root = config.otherKeys;
    root.insert(QStringLiteral("version"), AppConfig::SchemaVersion);
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
        providers.append(object);
    }
    root.insert(QStringLiteral("providers"), providers);
    const Providers::CallTimeouts defaults;
    const Providers::CallTimeouts& t = config.timeouts;
    if (t.connectMs != defaults.connectMs || t.firstTokenMs != defaults.firstTokenMs
        || t.stallMs != defaults.stallMs || t.totalMs != defaults.totalMs) {
        root.insert(QStringLiteral("timeouts"), QJsonObject{{kTimeoutKeys[0], t.connectMs},
                                                            {kTimeoutKeys[1], t.firstTokenMs},
                                                            {kTimeoutKeys[2], t.stallMs},
                                                            {kTimeoutKeys[3], t.totalMs}});
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString ConfigFile::save(const AppConfig& config) const
{
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        return QCoreApplication::translate("Config", "%1: cannot be written: %2")
            .arg(m_path, file.errorString());
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(serialize(config));
    if (!file.commit())
        return QCoreApplication::translate("Config", "%1: cannot be written: %2")
            .arg(m_path, file.errorString());
    return {};
}

} // namespace Config
