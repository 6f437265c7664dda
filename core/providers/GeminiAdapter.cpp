#include "providers/GeminiAdapter.h"

#include "providers/GeminiStreamDecoder.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace Providers {
namespace {

QNetworkRequest jsonRequest(const QUrl& url, const QString& apiKey)
{
    QNetworkRequest request = baseRequest(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    // Google also accepts `?key=`, but a URL ends up in logs and proxies: the header only.
    if (!apiKey.isEmpty())
        request.setRawHeader("x-goog-api-key", apiKey.toUtf8());
    return request;
}

/// "gemini-2.0-flash" and "models/gemini-2.0-flash" name the same model; a full resource name
/// ("tunedModels/…") is used as given.
QString modelResource(const QString& model)
{
    return model.contains(u'/') ? model : QStringLiteral("models/") + model;
}

/// Google's own HTML error pages open with a screenful of CSS; their title says it all.
QString describeErrorBody(const QByteArray& body)
{
    const QByteArray head = body.left(64 * 1024).toLower();
    const qsizetype open = head.indexOf("<title>");
    const qsizetype close = open < 0 ? -1 : head.indexOf("</title>", open);
    if (close > open) {
        const QString title = QString::fromUtf8(body.mid(open + 7, close - open - 7)).simplified();
        if (!title.isEmpty() && title.size() <= 200)
            return QCoreApplication::translate("Providers", "an HTML page: %1").arg(title);
    }
    return describeBody(body);
}

} // namespace

QNetworkRequest GeminiAdapter::chatRequest(const ProviderConfig& provider,
                                           const Chat::ChatRequest& request,
                                           const QString& apiKey) const
{
    const QString method = request.stream ? QStringLiteral(":streamGenerateContent")
                                          : QStringLiteral(":generateContent");
    QUrl url = endpointUrl(provider.baseUrl, QString(modelResource(request.model) + method));
    // The query is exactly ours: whatever the base URL carried (a `key=` above all) is dropped.
    url.setQuery(request.stream ? QStringLiteral("alt=sse") : QString());
    return jsonRequest(url, apiKey);
}

QByteArray GeminiAdapter::chatBody(const Chat::ChatRequest& request) const
{
    const auto textParts = [](const QString& text) {
        return QJsonArray{QJsonObject{{QStringLiteral("text"), text}}};
    };
    QJsonArray systemParts;
    if (!request.system.isEmpty())
        systemParts.append(QJsonObject{{QStringLiteral("text"), request.system}});
    QJsonArray contents;
    for (const Chat::Message& message : request.messages) {
        if (message.role == Chat::Role::System) {
            systemParts.append(QJsonObject{{QStringLiteral("text"), message.text}});
            continue;
        }
        const QString role = message.role == Chat::Role::Assistant ? QStringLiteral("model")
                                                                   : QStringLiteral("user");
        contents.append(QJsonObject{{QStringLiteral("role"), role},
                                    {QStringLiteral("parts"), textParts(message.text)}});
    }
    QJsonObject body{{QStringLiteral("contents"), contents}};
    if (!systemParts.isEmpty())
        body.insert(QStringLiteral("systemInstruction"),
                    QJsonObject{{QStringLiteral("parts"), systemParts}});
    QJsonObject config;
    if (request.temperature)
        config.insert(QStringLiteral("temperature"), *request.temperature);
    if (request.maxTokens)
        config.insert(QStringLiteral("maxOutputTokens"), *request.maxTokens);
    if (!config.isEmpty())
        body.insert(QStringLiteral("generationConfig"), config);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

std::unique_ptr<StreamDecoder> GeminiAdapter::streamDecoder() const
{
    return std::make_unique<GeminiStreamDecoder>();
}

QList<Chat::StreamEvent> GeminiAdapter::parseCompletion(const QByteArray& body) const
{
    QJsonParseError jsonError{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &jsonError);
    if (jsonError.error != QJsonParseError::NoError || document.isNull()) {
        return {Chat::StreamEvent::malformed(
            QCoreApplication::translate("Providers", "the provider's answer is not JSON: %1")
                .arg(describeBody(body)))};
    }
    // streamGenerateContent without alt=sse answers a JSON array of responses: read those too.
    const QJsonArray responses =
        document.isArray() ? document.array() : QJsonArray{document.object()};
    GeminiStreamDecoder reader;
    QList<Chat::StreamEvent> events;
    for (const QJsonValue& response : responses)
        events += reader.readResponse(response.toObject());
    if (!events.isEmpty()
        && (events.last().kind == Chat::StreamEvent::Kind::Error
            || events.last().kind == Chat::StreamEvent::Kind::Malformed))
        return events;
    if (!reader.sawAnswer()) {
        return {Chat::StreamEvent::malformed(
            QCoreApplication::translate("Providers", "the provider's answer has no candidates: %1")
                .arg(describeBody(body)))};
    }
    if (!reader.reachedEnd())
        events.append(Chat::StreamEvent::finish(QStringLiteral("stop")));
    return events;
}

ProviderError GeminiAdapter::parseError(int /*httpStatus*/, const QByteArray& body) const
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    const QJsonObject root =
        document.isArray() ? document.array().at(0).toObject() : document.object();
    const QJsonValue error = root.value(QLatin1String("error"));
    if (error.isObject())
        return errorFromGemini(error.toObject());
    if (error.isString()) // proxies in front of the API
        return {error.toString(), {}, {}};
    return {describeErrorBody(body), {}, {}};
}

QNetworkRequest GeminiAdapter::modelsRequest(const ProviderConfig& provider, const QString& apiKey,
                                             const QString& pageToken) const
{
    QUrl url = endpointUrl(provider.baseUrl, u"models");
    QByteArray query = "pageSize=1000";
    // Percent-encoded by hand: QUrlQuery would leave a '+' of the token to be read as a space.
    if (!pageToken.isEmpty())
        query += "&pageToken=" + QUrl::toPercentEncoding(pageToken);
    url.setQuery(QString::fromLatin1(query));
    QNetworkRequest request = jsonRequest(url, apiKey);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QVariant());
    return request;
}

ModelList GeminiAdapter::parseModels(const QByteArray& body) const
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    const QJsonObject root = document.object();
    const QJsonValue models = root.value(QLatin1String("models"));
    // proto3 JSON leaves an empty list out: `{}` is a listing without models.
    const bool emptyListing =
        models.isUndefined()
        && (root.isEmpty() || (root.size() == 1 && root.contains(QLatin1String("nextPageToken"))));
    if (!document.isObject() || (!models.isArray() && !emptyListing)) {
        return {
            {},
            {},
            QCoreApplication::translate("Providers", "the model list is not in Gemini's shape: %1")
                .arg(describeBody(body))};
    }
    ModelList list;
    const QJsonArray entries = models.toArray();
    for (const QJsonValue& entry : entries) {
        const QJsonObject object = entry.toObject();
        const QString name = object.value(QLatin1String("name")).toString();
        const QJsonArray methods =
            object.value(QLatin1String("supportedGenerationMethods")).toArray();
        if (name.isEmpty() || !methods.contains(QStringLiteral("generateContent")))
            continue; // embedding, AQA and image models cannot chat
        ModelInfo model;
        model.id = name.startsWith(QLatin1String("models/")) ? name.mid(7) : name;
        model.displayName = object.value(QLatin1String("displayName")).toString();
        const QJsonValue context = object.value(QLatin1String("inputTokenLimit"));
        if (const std::optional<qint64> window = jsonCount(context); window && *window > 0)
            model.contextWindow = window;
        list.models.append(model);
    }
    std::sort(list.models.begin(), list.models.end(),
              [](const ModelInfo& a, const ModelInfo& b) { return a.id < b.id; });
    // Only follow a next page after a page with entries: a server repeating itself stops here.
    if (!entries.isEmpty())
        list.nextPageToken = root.value(QLatin1String("nextPageToken")).toString();
    return list;
}

} // namespace Providers
