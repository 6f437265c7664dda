#include "providers/OpenAiAdapter.h"

#include "providers/OpenAiStreamDecoder.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace Providers {
namespace {

QString roleName(Chat::Role role)
{
    switch (role) {
    case Chat::Role::System:
        return QStringLiteral("system");
    case Chat::Role::User:
        return QStringLiteral("user");
    case Chat::Role::Assistant:
        return QStringLiteral("assistant");
    }
    return QStringLiteral("user");
}

QNetworkRequest jsonRequest(const QUrl& url, const QString& apiKey)
{
    QNetworkRequest request = baseRequest(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!apiKey.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + apiKey.toUtf8());
    return request;
}

} // namespace

QNetworkRequest OpenAiAdapter::chatRequest(const ProviderConfig& provider,
                                           const Chat::ChatRequest& /*request*/,
                                           const QString& apiKey) const
{
    QNetworkRequest request =
        jsonRequest(endpointUrl(provider.baseUrl, u"chat/completions"), apiKey);
    // OpenRouter attributes requests to the app that sent them (its public app rankings). The
    // title is enough; there is no public site to give as HTTP-Referer yet.
    if (provider.baseUrl.host().endsWith(QLatin1String("openrouter.ai"), Qt::CaseInsensitive))
        request.setRawHeader("X-Title", "Switchboard");
    return request;
}

QByteArray OpenAiAdapter::chatBody(const Chat::ChatRequest& request) const
{
    QJsonArray messages;
    if (!request.system.isEmpty()) {
        messages.append(QJsonObject{{QStringLiteral("role"), QStringLiteral("system")},
                                    {QStringLiteral("content"), request.system}});
    }
    for (const Chat::Message& message : request.messages) {
        messages.append(QJsonObject{{QStringLiteral("role"), roleName(message.role)},
                                    {QStringLiteral("content"), message.text}});
    }
    QJsonObject body{{QStringLiteral("model"), request.model},
                     {QStringLiteral("messages"), messages}};
    if (request.temperature)
        body.insert(QStringLiteral("temperature"), *request.temperature);
    if (request.maxTokens)
        body.insert(QStringLiteral("max_tokens"), *request.maxTokens);
    if (!request.reasoningEffort.isEmpty())
        body.insert(QStringLiteral("reasoning_effort"), request.reasoningEffort);
    if (request.stream) {
        body.insert(QStringLiteral("stream"), true);
        body.insert(QStringLiteral("stream_options"),
                    QJsonObject{{QStringLiteral("include_usage"), true}});
    }
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

std::unique_ptr<StreamDecoder> OpenAiAdapter::streamDecoder() const
{
    return std::make_unique<OpenAiStreamDecoder>();
}

QList<Chat::StreamEvent> OpenAiAdapter::parseCompletion(const QByteArray& body) const
{
    QJsonParseError jsonError{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &jsonError);
    if (jsonError.error != QJsonParseError::NoError || !document.isObject()) {
        return {Chat::StreamEvent::malformed(
            QCoreApplication::translate("Providers", "the provider's answer is not JSON: %1")
                .arg(describeBody(body)))};
    }
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("error")).isObject()) {
        const ProviderError error = parseError(200, body);
        return {Chat::StreamEvent::error(error.message, error.type, error.code)};
    }
    const QJsonArray choices = root.value(QLatin1String("choices")).toArray();
    if (choices.isEmpty() || !choices.first().isObject()) {
        return {Chat::StreamEvent::malformed(
            QCoreApplication::translate("Providers", "the provider's answer has no choices: %1")
                .arg(describeBody(body)))};
    }
    QList<Chat::StreamEvent> events;
    const QString generation = root.value(QLatin1String("id")).toString();
    if (!generation.isEmpty())
        events.append(Chat::StreamEvent::generationId(generation));
    const QJsonObject choice = choices.first().toObject();
    const QJsonObject message = choice.value(QLatin1String("message")).toObject();
    for (const char* key : {"reasoning_content", "reasoning"}) {
        const QString reasoning = message.value(QLatin1String(key)).toString();
        if (!reasoning.isEmpty())
            events.append(Chat::StreamEvent::reasoningDelta(reasoning));
    }
    for (const char* key : {"content", "refusal"}) {
        const QString text = message.value(QLatin1String(key)).toString();
        if (!text.isEmpty())
            events.append(Chat::StreamEvent::textDelta(text));
    }
    const QJsonValue usage = root.value(QLatin1String("usage"));
    if (usage.isObject())
        events.append(Chat::StreamEvent::usageReport(usageFromOpenAi(usage.toObject())));
    QString finishReason = choice.value(QLatin1String("finish_reason")).toString();
    if (finishReason.isEmpty())
        finishReason = QStringLiteral("stop");
    events.append(Chat::StreamEvent::finish(finishReason));
    return events;
}

ProviderError OpenAiAdapter::parseError(int /*httpStatus*/, const QByteArray& body) const
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    const QJsonValue errorValue = document.object().value(QLatin1String("error"));
    if (errorValue.isObject()) {
        const QJsonObject error = errorValue.toObject();
        const QJsonValue code = error.value(QLatin1String("code"));
        ProviderError result{error.value(QLatin1String("message")).toString(),
                             error.value(QLatin1String("type")).toString(),
                             code.isString()   ? code.toString()
                             : code.isDouble() ? QString::number(code.toInt())
                                               : QString()};
        if (result.message.isEmpty())
            result.message = describeBody(body);
        return result;
    }
    // Some compatible servers (Ollama, llama.cpp, proxies) answer {"error": "text"} or plain text.
    if (errorValue.isString())
        return {errorValue.toString(), {}, {}};
    return {describeBody(body), {}, {}};
}

QNetworkRequest OpenAiAdapter::modelsRequest(const ProviderConfig& provider, const QString& apiKey,
                                             const QString& pageToken) const
{
    // OpenRouter pages with a `links.next` path ("/api/v1/models?offset=500&limit=500").
    const QUrl url = pageToken.isEmpty() ? endpointUrl(provider.baseUrl, u"models")
                                         : provider.baseUrl.resolved(QUrl(pageToken));
    QNetworkRequest request = jsonRequest(url, apiKey);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QVariant());
    return request;
}

ModelList OpenAiAdapter::parseModels(const QByteArray& body) const
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    const QJsonValue data = document.object().value(QLatin1String("data"));
    if (!data.isArray()) {
        return {
            {},
            {},
            QCoreApplication::translate("Providers", "the model list is not in OpenAI's shape: %1")
                .arg(describeBody(body))};
    }
    ModelList list;
    for (const QJsonValue& entry : data.toArray()) {
        const QJsonObject object = entry.toObject();
        ModelInfo model;
        model.id = object.value(QLatin1String("id")).toString();
        if (model.id.isEmpty())
            continue;
        model.displayName = object.value(QLatin1String("name")).toString();
        const QJsonValue context = object.value(QLatin1String("context_length"));
        if (const std::optional<qint64> window = jsonCount(context); window && *window > 0)
            model.contextWindow = window;
        const QJsonObject pricing = object.value(QLatin1String("pricing")).toObject();
        model.inputUsdPerToken = pricing.value(QLatin1String("prompt")).toString();
        model.outputUsdPerToken = pricing.value(QLatin1String("completion")).toString();
        list.models.append(model);
    }
    std::sort(list.models.begin(), list.models.end(),
              [](const ModelInfo& a, const ModelInfo& b) { return a.id < b.id; });
    const QString next = document.object()
                             .value(QLatin1String("links"))
                             .toObject()
                             .value(QLatin1String("next"))
                             .toString();
    // Only follow a next page that has models on this one: a server repeating itself stops here.
    if (!list.models.isEmpty())
        list.nextPageToken = next;
    return list;
}

} // namespace Providers
