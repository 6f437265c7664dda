#include "gateway/ApiError.h"

#include "routing/RouteRun.h"
#include "secrets/Redactor.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace Gateway {
namespace {

QString translate(const char* text)
{
    return QCoreApplication::translate("Gateway", text);
}

QJsonValue nullable(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

const QString kInvalidRequest = QStringLiteral("invalid_request_error");
const QString kUpstream = QStringLiteral("upstream_error");

struct Mapping {
    int status;
    QString type;
    QString code;
};

/// What a routed request that ended with `outcome` answers. OpenAI's own codes where it has one
/// (clients look for context_length_exceeded and rate_limit_exceeded), else the outcome's name.
Mapping mappingFor(Chat::Outcome outcome)
{
    const QString name = Chat::outcomeName(outcome);
    switch (outcome) {
    case Chat::Outcome::RateLimited:
        return {429, QStringLiteral("rate_limit_error"), QStringLiteral("rate_limit_exceeded")};
    case Chat::Outcome::Overloaded:
        return {503, kUpstream, name};
    case Chat::Outcome::TimeoutConnect:
    case Chat::Outcome::TimeoutFirstToken:
    case Chat::Outcome::Stalled:
        return {504, kUpstream, name};
    case Chat::Outcome::BadRequest:
        return {400, kInvalidRequest, name};
    case Chat::Outcome::ContextLength:
        return {400, kInvalidRequest, QStringLiteral("context_length_exceeded")};
    case Chat::Outcome::ContentFilter:
        return {400, kInvalidRequest, QStringLiteral("content_filter")};
    case Chat::Outcome::NotFound:
        return {404, kInvalidRequest, QStringLiteral("model_not_found")};
    case Chat::Outcome::Cancelled:
        return {503, kUpstream, name};
    case Chat::Outcome::Ok:
    case Chat::Outcome::Network:
    case Chat::Outcome::ServerError:
    case Chat::Outcome::Auth:
    case Chat::Outcome::Malformed:
    case Chat::Outcome::Interrupted:
        break;
    }
    return {502, kUpstream, name};
}

} // namespace

QByteArray ApiError::body() const
{
    const QJsonObject error{{QStringLiteral("message"), message},
                            {QStringLiteral("type"), type},
                            {QStringLiteral("param"), nullable(param)},
                            {QStringLiteral("code"), nullable(code)}};
    return QJsonDocument(QJsonObject{{QStringLiteral("error"), error}})
        .toJson(QJsonDocument::Compact);
}

QByteArray ApiError::sseEvent() const
{
    return "data: " + body() + "\n\n";
}

ApiError ApiError::invalidRequest(const QString& message, const QString& param, const QString& code)
{
    return {400, message, kInvalidRequest, param, code, std::nullopt};
}

ApiError ApiError::unauthorized(const QString& message)
{
    return {401, message, kInvalidRequest, {}, QStringLiteral("invalid_api_key"), std::nullopt};
}

ApiError ApiError::modelNotFound(const QString& model)
{
    return {404,
            translate("The model '%1' does not exist here. Use route/NAME for a route, "
                      "PROVIDER/MODEL for a configured provider, or a route's name; GET /v1/models "
                      "lists them.")
                .arg(model),
            kInvalidRequest,
            QStringLiteral("model"),
            QStringLiteral("model_not_found"),
            std::nullopt};
}

ApiError ApiError::notFound(const QString& message)
{
    return {404, message, kInvalidRequest, {}, QStringLiteral("unknown_url"), std::nullopt};
}

ApiError ApiError::methodNotAllowed(const QString& message)
{
    return {405, message, kInvalidRequest, {}, QStringLiteral("method_not_allowed"), std::nullopt};
}

ApiError ApiError::tooLarge(const QString& message)
{
    return {413, message, kInvalidRequest, {}, QStringLiteral("request_too_large"), std::nullopt};
}

ApiError ApiError::shuttingDown()
{
    return {503,
            translate("The Switchboard gateway is shutting down; the request was cancelled."),
            kUpstream,
            {},
            QStringLiteral("cancelled"),
            std::nullopt};
}

ApiError ApiError::fromFailedRoute(const Routing::RouteResult& result)
{
    const QString message = Secrets::Redactor::redactPatterns(result.error);
    if (result.attempts.isEmpty())
        return {503, message, kUpstream, {}, QStringLiteral("no_target"), std::nullopt};
    const Chat::Attempt& last = result.attempts.constLast();
    const Mapping mapping = mappingFor(last.outcome);
    return {mapping.status, message, mapping.type, {}, mapping.code, last.retryAfterMs};
}

} // namespace Gateway
