#include "config/ConfigFile.h"

#include "config/ConfigSection.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace Config {

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
    ConfigErrors errors(fileLabel);
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        errors.fail(QCoreApplication::translate("Config", "offset %1").arg(parseError.offset),
                    parseError.errorString());
    } else if (!document.isObject()) {
        errors.fail(QStringLiteral("(top level)"),
                    QCoreApplication::translate("Config", "must be a JSON object"));
    }
    if (!errors.isEmpty()) {
        result.errors = errors.messages();
        return result;
    }
    QJsonObject root = document.object();
    const QJsonValue version = root.value(QLatin1String("version"));
    if (!version.isUndefined()) {
        if (!version.isDouble() || version.toInt() < 1) {
            errors.fail(QStringLiteral("version"),
                        QCoreApplication::translate("Config", "must be a positive whole number"));
        } else if (version.toInt() > AppConfig::SchemaVersion) {
            errors.fail(QStringLiteral("version"),
                        QCoreApplication::translate(
                            "Config", "written by a newer Switchboard (schema %1; this build reads "
                                      "up to %2); update Switchboard")
                            .arg(version.toInt())
                            .arg(AppConfig::SchemaVersion));
        }
    }
    root.remove(QStringLiteral("version"));
    for (const ConfigSection& section : configSections()) {
        section.read(root.value(section.key), result.config, errors);
        root.remove(section.key);
    }
    result.config.otherKeys = root;
    result.errors = errors.messages();
    return result;
}

QByteArray ConfigFile::serialize(const AppConfig& config)
{
    QJsonObject root = config.otherKeys;
    root.insert(QStringLiteral("version"), AppConfig::SchemaVersion);
    for (const ConfigSection& section : configSections()) {
        const QJsonValue value = section.write(config);
        if (value.isUndefined())
            root.remove(section.key);
        else
            root.insert(section.key, value);
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
