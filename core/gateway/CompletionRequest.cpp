#include "gateway/CompletionRequest.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <limits>

namespace Gateway {
namespace {

QString translate(const char* text)
{
    return QCoreApplication::translate("Gateway", text);
}

/// Accepted and not forwarded: they tune sampling or bookkeeping and the answer keeps its shape.
bool isIgnoredField(QStringView name)
{
    static const QStringList fields{
        QStringLiteral("frequency_penalty"),
        QStringLiteral("logit_bias"),
        QStringLiteral("metadata"),
        QStringLiteral("parallel_tool_calls"),
        QStringLiteral("presence_penalty"),
        QStringLiteral("prompt_cache_key"),
        QStringLiteral("safety_identifier"),
        QStringLiteral("seed"),
        QStringLiteral("service_tier"),
        QStringLiteral("stop"),
        QStringLiteral("store"),
        QStringLiteral("top_p"),
        QStringLiteral("user"),
    };
    return fields.contains(name);
}

/// Known to OpenAI, but this gateway cannot give what they ask for.
bool isUnsupportedField(QStringView name)
{
    static const QStringList fields{
        QStringLiteral("tools"),        QStringLiteral("tool_choice"),
        QStringLiteral("functions"),    QStringLiteral("function_call"),
        QStringLiteral("audio"),        QStringLiteral("prediction"),
        QStringLiteral("top_logprobs"), QStringLiteral("web_search_options"),
    };
    return fields.contains(name);
}

bool isReasoningEffort(const QString& value)
{
    static const QStringList values{QStringLiteral("none"), QStringLiteral("minimal"),
                                    QStringLiteral("low"),  QStringLiteral("medium"),
                                    QStringLiteral("high"), QStringLiteral("xhigh")};
    return values.contains(value);
}

/// Reads one request; the first problem found is kept and everything after it is skipped.
class Reader {
public:
    explicit Reader(const RequestLimits& limits)
        : m_limits(limits)
    {}

    ParsedCompletion read(QByteArrayView body)
    {
        ParsedCompletion parsed;
        if (body.size() > m_limits.maxBodyBytes) {
            parsed.error = ApiError::tooLarge(
                translate("The request body is %1 bytes; this gateway accepts at most %2.")
                    .arg(body.size())
                    .arg(m_limits.maxBodyBytes));
            return parsed;
        }
        QJsonParseError jsonError{};
        const QJsonDocument document =
            QJsonDocument::fromJson(QByteArray::fromRawData(body.data(), body.size()), &jsonError);
        if (jsonError.error != QJsonParseError::NoError) {
            parsed.error = ApiError::invalidRequest(
                translate("We could not parse the JSON body of your request: %1 at byte %2.")
                    .arg(jsonError.errorString())
                    .arg(jsonError.offset),
                {}, QStringLiteral("invalid_json"));
            return parsed;
        }
        if (!document.isObject()) {
            parsed.error =
                ApiError::invalidRequest(translate("The request body must be a JSON object."), {},
                                         QStringLiteral("invalid_json"));
            return parsed;
        }
        CompletionRequest request;
        if (readObject(document.object(), request))
            parsed.request = std::move(request);
        else
            parsed.error = m_error;
        return parsed;
    }

private:
    bool fail(const QString& message, const QString& param, const QString& code = {})
    {
        m_error = ApiError::invalidRequest(message, param, code);
        return false;
    }
    bool wrongType(const QString& param, const char* expected)
    {
        return fail(translate("'%1' must be %2.").arg(param, translate(expected)), param,
                    QStringLiteral("invalid_type"));
    }
    bool unsupported(const QString& param, const QString& what)
    {
        return fail(
            translate("'%1' is not supported by the Switchboard gateway: %2.").arg(param, what),
            param, QStringLiteral("unsupported_parameter"));
    }

    static bool isNull(const QJsonValue& value) { return value.isNull() || value.isUndefined(); }

    bool readObject(const QJsonObject& body, CompletionRequest& request)
    {
        for (auto it = body.begin(); it != body.end(); ++it) {
            if (!readField(it.key(), it.value(), request))
                return false;
        }
        if (request.model.isEmpty())
            return fail(translate("You must provide a model parameter."), QStringLiteral("model"),
                        QStringLiteral("missing_required_parameter"));
        if (!body.contains(QLatin1String("messages")))
            return fail(translate("'messages' is a required property."), QStringLiteral("messages"),
                        QStringLiteral("missing_required_parameter"));
        if (m_streamOptionsSet && !request.stream)
            return fail(translate("The 'stream_options' parameter is only allowed when 'stream' "
                                  "is enabled."),
                        QStringLiteral("stream_options"));
        if (m_maxCompletionTokens)
            request.chat.maxTokens = m_maxCompletionTokens;
        else if (m_maxTokens)
            request.chat.maxTokens = m_maxTokens;
        request.chat.stream = true; // upstream always streams; the gateway answers either way
        return true;
    }

    bool readField(const QString& key, const QJsonValue& value, CompletionRequest& request)
    {
        if (key == u"model") {
            if (!value.isString())
                return wrongType(key, QT_TRANSLATE_NOOP("Gateway", "a string"));
            request.model = value.toString().trimmed();
            return true;
        }
        if (key == u"messages")
            return readMessages(value, request.chat);
        if (key == u"stream") {
            if (isNull(value))
                return true;
            if (!value.isBool())
                return wrongType(key, QT_TRANSLATE_NOOP("Gateway", "a boolean"));
            request.stream = value.toBool();
            return true;
        }
        if (key == u"stream_options")
            return readStreamOptions(value, request);
        if (key == u"temperature") {
            if (isNull(value))
                return true;
            if (!value.isDouble())
                return wrongType(key, QT_TRANSLATE_NOOP("Gateway", "a number"));
            const double t = value.toDouble();
            if (!(t >= 0 && t <= 2))
                return fail(translate("'temperature' must be between 0 and 2."), key,
                            QStringLiteral("invalid_value"));
            request.chat.temperature = t;
            return true;
        }
        if (key == u"max_tokens")
            return readTokenLimit(key, value, &m_maxTokens);
        if (key == u"max_completion_tokens")
            return readTokenLimit(key, value, &m_maxCompletionTokens);
        if (key == u"reasoning_effort") {
            if (isNull(value))
                return true;
            if (!value.isString())
                return wrongType(key, QT_TRANSLATE_NOOP("Gateway", "a string"));
            if (!isReasoningEffort(value.toString()))
                return fail(translate("'reasoning_effort' must be one of none, minimal, low, "
                                      "medium, high, xhigh."),
                            key, QStringLiteral("invalid_value"));
            request.chat.reasoningEffort = value.toString();
            return true;
        }
        if (key == u"n") {
            if (isNull(value))
                return true;
            if (!value.isDouble())
                return wrongType(key, QT_TRANSLATE_NOOP("Gateway", "an integer"));
            if (value.toDouble() != 1)
                return unsupported(key, translate("it answers with one choice (n = 1)"));
            return true;
        }
        if (key == u"logprobs") {
            if (isNull(value))
                return true;
            if (!value.isBool())
                return wrongType(key, QT_TRANSLATE_NOOP("Gateway", "a boolean"));
            return !value.toBool() || unsupported(key, translate("no log probabilities"));
        }
        if (key == u"response_format") {
            if (isNull(value))
                return true;
            const QString type = value.toObject().value(QLatin1String("type")).toString();
            return type == u"text"
                   || unsupported(key, translate("only {\"type\": \"text\"} answers"));
        }
        if (key == u"modalities") {
            if (isNull(value))
                return true;
            return value.toArray() == QJsonArray{QStringLiteral("text")}
                   || unsupported(key, translate("only [\"text\"]"));
        }
        if (isUnsupportedField(key))
            return unsupported(key, translate("text chat only (no tools, audio or predictions)"));
        if (isIgnoredField(key))
            return true;
        return fail(translate("Unrecognized request argument supplied: %1").arg(key), key,
                    QStringLiteral("unknown_parameter"));
    }

    bool readStreamOptions(const QJsonValue& value, CompletionRequest& request)
    {
        const QString param = QStringLiteral("stream_options");
        if (isNull(value))
            return true;
        if (!value.isObject())
            return wrongType(param, QT_TRANSLATE_NOOP("Gateway", "an object"));
        m_streamOptionsSet = true;
        const QJsonObject options = value.toObject();
        for (auto it = options.begin(); it != options.end(); ++it) {
            const QString name = param + u'.' + it.key();
            if (it.key() == u"include_usage") {
                if (isNull(it.value()))
                    continue;
                if (!it.value().isBool())
                    return wrongType(name, QT_TRANSLATE_NOOP("Gateway", "a boolean"));
                request.includeUsage = it.value().toBool();
            } else if (it.key() != u"include_obfuscation") {
                return fail(translate("Unrecognized request argument supplied: %1").arg(name), name,
                            QStringLiteral("unknown_parameter"));
            }
        }
        return true;
    }

    bool readTokenLimit(const QString& key, const QJsonValue& value, std::optional<int>* out)
    {
        if (isNull(value))
            return true;
        const double n = value.toDouble(std::numeric_limits<double>::quiet_NaN());
        if (!value.isDouble() || std::trunc(n) != n)
            return wrongType(key, QT_TRANSLATE_NOOP("Gateway", "an integer"));
        if (n < 1 || n > std::numeric_limits<int>::max())
            return fail(translate("'%1' must be a positive integer.").arg(key), key,
                        QStringLiteral("invalid_value"));
        *out = static_cast<int>(n);
        return true;
    }

    bool readMessages(const QJsonValue& value, Chat::ChatRequest& chat)
    {
        const QString param = QStringLiteral("messages");
        if (!value.isArray())
            return wrongType(param, QT_TRANSLATE_NOOP("Gateway", "an array"));
        const QJsonArray messages = value.toArray();
        if (messages.isEmpty())
            return fail(translate("'messages' must contain at least one message."), param,
                        QStringLiteral("invalid_value"));
        if (messages.size() > m_limits.maxMessages)
            return fail(translate("'messages' has %1 entries; this gateway accepts at most %2.")
                            .arg(messages.size())
                            .arg(m_limits.maxMessages),
                        param, QStringLiteral("too_many_messages"));
        for (qsizetype i = 0; i < messages.size(); ++i) {
            Chat::Message message;
            if (!readMessage(messages.at(i), QStringLiteral("messages[%1]").arg(i), message))
                return false;
            chat.messages.append(std::move(message));
        }
        return true;
    }

    bool readMessage(const QJsonValue& value, const QString& param, Chat::Message& message)
    {
        if (!value.isObject())
            return wrongType(param, QT_TRANSLATE_NOOP("Gateway", "an object"));
        const QJsonObject object = value.toObject();
        const QJsonValue role = object.value(QLatin1String("role"));
        if (role.isUndefined())
            return fail(translate("'%1.role' is a required property.").arg(param),
                        param + QStringLiteral(".role"),
                        QStringLiteral("missing_required_parameter"));
        if (!role.isString())
            return wrongType(param + QStringLiteral(".role"),
                             QT_TRANSLATE_NOOP("Gateway", "a string"));
        const QString roleName = role.toString();
        if (roleName == u"system" || roleName == u"developer")
            message.role = Chat::Role::System;
        else if (roleName == u"user")
            message.role = Chat::Role::User;
        else if (roleName == u"assistant")
            message.role = Chat::Role::Assistant;
        else if (roleName == u"tool" || roleName == u"function")
            return unsupported(param + QStringLiteral(".role"),
                               translate("text chat only (no tool results)"));
        else
            return fail(translate("'%1.role' must be one of system, developer, user, assistant.")
                            .arg(param),
                        param + QStringLiteral(".role"), QStringLiteral("invalid_value"));

        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString name = param + u'.' + it.key();
            if (it.key() == u"role" || it.key() == u"name")
                continue;
            if (it.key() == u"content") {
                if (!readContent(it.value(), name, message))
                    return false;
            } else if (it.key() == u"refusal" && message.role == Chat::Role::Assistant) {
                continue;
            } else if (it.key() == u"tool_calls" || it.key() == u"function_call"
                       || it.key() == u"tool_call_id" || it.key() == u"audio") {
                if (!isNull(it.value()))
                    return unsupported(name, translate("text chat only (no tools or audio)"));
            } else {
                return fail(translate("Unrecognized request argument supplied: %1").arg(name), name,
                            QStringLiteral("unknown_parameter"));
            }
        }
        if (!object.contains(QLatin1String("content")))
            return fail(translate("'%1.content' is a required property.").arg(param),
                        param + QStringLiteral(".content"),
                        QStringLiteral("missing_required_parameter"));
        return true;
    }

    bool readContent(const QJsonValue& value, const QString& param, Chat::Message& message)
    {
        if (value.isString()) {
            message.text = value.toString();
            return true;
        }
        if (!value.isArray())
            return wrongType(param,
                             QT_TRANSLATE_NOOP("Gateway", "a string or an array of text parts"));
        const QJsonArray parts = value.toArray();
        QString text;
        for (qsizetype i = 0; i < parts.size(); ++i) {
            const QString partParam = param + QStringLiteral("[%1]").arg(i);
            const QJsonObject part = parts.at(i).toObject();
            if (!parts.at(i).isObject())
                return wrongType(partParam, QT_TRANSLATE_NOOP("Gateway", "an object"));
            const QJsonValue type = part.value(QLatin1String("type"));
            if (!type.isString())
                return wrongType(partParam + QStringLiteral(".type"),
                                 QT_TRANSLATE_NOOP("Gateway", "a string"));
            if (type.toString() != u"text")
                return unsupported(partParam + QStringLiteral(".type"),
                                   translate("text parts only (no '%1')").arg(type.toString()));
            const QJsonValue partText = part.value(QLatin1String("text"));
            if (!partText.isString())
                return wrongType(partParam + QStringLiteral(".text"),
                                 QT_TRANSLATE_NOOP("Gateway", "a string"));
            if (i > 0)
                text += QStringLiteral("\n\n"); // parts stay apart, as separate paragraphs
            text += partText.toString();
        }
        message.text = text;
        return true;
    }

    const RequestLimits& m_limits;
    ApiError m_error;
    std::optional<int> m_maxTokens;
    std::optional<int> m_maxCompletionTokens;
    bool m_streamOptionsSet = false;
};

} // namespace

ParsedCompletion parseCompletionRequest(QByteArrayView body, const RequestLimits& limits)
{
    return Reader(limits).read(body);
}

} // namespace Gateway
