#include "providers/ModelCache.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace Providers {

ModelCache::ModelCache(QString directory)
    : m_directory(std::move(directory))
{}

QString ModelCache::pathFor(const QString& provider) const
{
    // Provider names are validated to [A-Za-z0-9._-], so they are safe file names.
    return m_directory + u'/' + provider + QStringLiteral(".json");
}

std::optional<CachedModels> ModelCache::load(const QString& provider) const
{
    QFile file(pathFor(provider));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    CachedModels cached;
    cached.fetchedAt = QDateTime::fromString(root.value(QLatin1String("fetched_at")).toString(),
                                             Qt::ISODateWithMs);
    if (!cached.fetchedAt.isValid())
        return std::nullopt; // not ours or damaged: treat as absent, the next fetch rewrites it
    for (const QJsonValue& value : root.value(QLatin1String("models")).toArray()) {
        const QJsonObject object = value.toObject();
        ModelInfo model;
        model.id = object.value(QLatin1String("id")).toString();
        if (model.id.isEmpty())
            continue;
        model.displayName = object.value(QLatin1String("name")).toString();
        const QJsonValue context = object.value(QLatin1String("context_window"));
        if (const std::optional<qint64> window = jsonCount(context); window && *window > 0)
            model.contextWindow = window;
        model.inputUsdPerToken = object.value(QLatin1String("input_usd_per_token")).toString();
        model.outputUsdPerToken = object.value(QLatin1String("output_usd_per_token")).toString();
        cached.models.append(model);
    }
    return cached;
}

QString ModelCache::save(const QString& provider, const CachedModels& cached) const
{
    if (!QDir().mkpath(m_directory)) {
        return QCoreApplication::translate("Providers", "cannot create the folder %1")
            .arg(m_directory);
    }
    QJsonArray models;
    for (const ModelInfo& model : cached.models) {
        QJsonObject object{{QStringLiteral("id"), model.id}};
        if (!model.displayName.isEmpty())
            object.insert(QStringLiteral("name"), model.displayName);
        if (model.contextWindow)
            object.insert(QStringLiteral("context_window"),
                          static_cast<double>(*model.contextWindow));
        if (!model.inputUsdPerToken.isEmpty())
            object.insert(QStringLiteral("input_usd_per_token"), model.inputUsdPerToken);
        if (!model.outputUsdPerToken.isEmpty())
            object.insert(QStringLiteral("output_usd_per_token"), model.outputUsdPerToken);
        models.append(object);
    }
    const QJsonObject root{
        {QStringLiteral("provider"), provider},
        {QStringLiteral("fetched_at"), cached.fetchedAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("models"), models}};
    QSaveFile file(pathFor(provider));
    if (!file.open(QIODevice::WriteOnly)) {
        return QCoreApplication::translate("Providers", "cannot write %1: %2")
            .arg(file.fileName(), file.errorString());
    }
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        return QCoreApplication::translate("Providers", "cannot write %1: %2")
            .arg(file.fileName(), file.errorString());
    }
    return {};
}

void ModelCache::remove(const QString& provider) const
{
    QFile::remove(pathFor(provider));
}

} // namespace Providers
