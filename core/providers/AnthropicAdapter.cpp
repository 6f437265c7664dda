#include "providers/AnthropicAdapter.h"

#include "providers/AnthropicStreamDecoder.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace Providers {
namespace {

constexpr QByteArrayView kApiVersion = "2023-06-01";

QNetworkRequest anthropicRequest(const QUrl& url, const QString& apiKey)
{
    QNetworkRequest request = baseRequest(url);
    request.setRawHeader("anthropic-version", kApiVersion.toByteArray());
    if (!apiKey.isEmpty())
        request.setRawHeader("x-api-key", apiKey.toUtf8());
    return request;
}

/// Anthropic's words for a conversation that does not fit the model's context window.
bool saysContextTooLong(const QString& message)
{
    // "prompt is too long: 201234 tokens > 200000 maximum", "input length and `max_tokens`
    // exceed context limit: 187254 + 20000 > 200000, decrease input length or `max_tokens`…"
    for (const char* words : {"prompt is too long", "exceed context limit"}) {
        if (message.contains(QLatin1String(words), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

QNetworkRequest AnthropicAdapter::chatRequest(const ProviderConfig& provider,
                                              const Chat::ChatRequest& /*request*/,
                                              const QString& apiKey) const
{
    QNetworkRequest request = anthropicRequest(endpointUrl(provider.baseUrl, u"messages"), apiKey);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    return request;
}

QByteArray AnthropicAdapter::chatBody(const Chat::ChatRequest& request) const
{
    QStringList system;
    if (!request.system.isEmpty())
        system.append(request.system);
    QJsonArray messages;
    for (const Chat::Message& message : request.messages) {
        // Anthropic has no system role inside messages; such a turn joins the system prompt.
        if (message.role == Chat::Role::System) {
            if (!message.text.isEmpty())
                system.append(message.text);
            continue;
        }
        const bool assistant = message.role == Chat::Role::Assistant;
        messages.append(QJsonObject{{QStringLiteral("role"), assistant ? QStringLiteral("assistant")
                                                                       : QStringLiteral("user")},
                                    {QStringLiteral("content"), message.text}});
    }
    QJsonObject body{{QStringLiteral("model"), request.model},
                     {QStringLiteral("max_tokens"), request.maxTokens.value_or(DefaultMaxTokens)},
                     {QStringLiteral("messages"), messages}};
    if (!system.isEmpty())
        body.insert(QStringLiteral("system"), system.join(QStringLiteral("\n\n")));
    if (request.temperature)
        body.insert(QStringLiteral("temperature"), *request.temperature);
    if (request.stream)
        body.insert(QStringLiteral("stream"), true);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

std::unique_ptr<StreamDecoder> AnthropicAdapter::streamDecoder() const
{
    return std::make_unique<AnthropicStreamDecoder>();
}

QList<Chat::StreamEvent> AnthropicAdapter::parseCompletion(const QByteArray& body) const
{
    QJsonParseError jsonError{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &jsonError);
    if (jsonError.error != QJsonParseError::NoError || !document.isObject()) {
        return {Chat::StreamEvent::malformed(
            QCoreApplication::translate("Providers", "the provider's answer is not JSON: %1")
                .arg(describeBody(body)))};
    }
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("type")).toString() == u"error"
        || root.value(QLatin1String("error")).isObject()) {
        const ProviderError error = parseError(200, body);
        return {Chat::StreamEvent::error(error.message, error.type, error.code,
                                         statusForAnthropicError(error.type))};
    }
    const QJsonValue content = root.value(QLatin1String("content"));
    if (!content.isArray()) {
        return {Chat::StreamEvent::malformed(
            QCoreApplication::translate("Providers", "the provider's answer has no content: %1")
                .arg(describeBody(body)))};
    }
    QList<Chat::StreamEvent> events;
    const QString id = root.value(QLatin1String("id")).toString();
    if (!id.isEmpty())
        events.append(Chat::StreamEvent::generationId(id));
    for (const QJsonValue& value : content.toArray()) {
        const QJsonObject block = value.toObject();
        const QString type = block.value(QLatin1String("type")).toString();
        const QString text = block.value(QLatin1String("text")).toString();
        const QString thinking = block.value(QLatin1String("thinking")).toString();
        if (type == u"text" && !text.isEmpty())
            events.append(Chat::StreamEvent::textDelta(text));
        else if (type == u"thinking" && !thinking.isEmpty())
            events.append(Chat::StreamEvent::reasoningDelta(thinking));
    }
    const Chat::Usage usage = usageFromAnthropic(root.value(QLatin1String("usage")).toObject());
    if (usage != Chat::Usage{})
        events.append(Chat::StreamEvent::usageReport(usage));
    const QString stopReason = root.value(QLatin1String("stop_reason")).toString();
    events.append(Chat::StreamEvent::finish(
        stopReason.isEmpty() ? QStringLiteral("stop") : finishReasonFromAnthropic(stopReason)));
    return events;
}

ProviderError AnthropicAdapter::parseError(int /*httpStatus*/, const QByteArray& body) const
{
    const QJsonValue errorValue =
        QJsonDocument::fromJson(body).object().value(QLatin1String("error"));
    ProviderError result;
    if (errorValue.isObject()) {
        // {"type":"error","error":{"type":"not_found_error","message":"model: x"},"request_id":…}
        const QJsonObject error = errorValue.toObject();
        result.message = error.value(QLatin1String("message")).toString();
        result.type = error.value(QLatin1String("type")).toString();
        result.code = error.value(QLatin1String("code")).toString(); // proxies in OpenAI's shape
    } else if (errorValue.isString()) {
        result.message = errorValue.toString();
    }
    if (result.message.isEmpty())
        result.message = describeBody(body);
    else if (saysContextTooLong(result.message))
        result.code = QStringLiteral("context_length_exceeded");
    return result;
}

QNetworkRequest AnthropicAdapter::modelsRequest(const ProviderConfig& provider,
                                                const QString& apiKey,
                                                const QString& pageToken) const
{
    QUrl url = endpointUrl(provider.baseUrl, u"models");
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1000"));
    if (!pageToken.isEmpty())
        query.addQueryItem(QStringLiteral("after_id"), pageToken);
    url.setQuery(query);
    return anthropicRequest(url, apiKey);
}

ModelList AnthropicAdapter::parseModels(const QByteArray& body) const
{
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    const QJsonValue data = root.value(QLatin1String("data"));
    if (!data.isArray()) {
        return {{},
                {},
                QCoreApplication::translate("Providers",
                                            "the model list is not in Anthropic's shape: %1")
                    .arg(describeBody(body))};
    }
    ModelList list;
    for (const QJsonValue& entry : data.toArray()) {
        const QJsonObject object = entry.toObject();
        ModelInfo model;
        model.id = object.value(QLatin1String("id")).toString();
        if (model.id.isEmpty())
            continue;
        model.displayName = object.value(QLatin1String("display_name")).toString();
        list.models.append(model);
    }
    // Only follow a next page that has models on this one: a server repeating itself stops here.
    if (root.value(QLatin1String("has_more")).toBool() && !list.models.isEmpty())
        list.nextPageToken = root.value(QLatin1String("last_id")).toString();
    return list;
}

} // namespace Providers
