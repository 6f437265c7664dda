#include "chat/Outcome.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace Chat {
namespace {

constexpr std::array<std::pair<Outcome, const char*>, 16> kNames{{
    {Outcome::Ok, "ok"},
    {Outcome::Network, "network"},
    {Outcome::TimeoutConnect, "timeout_connect"},
    {Outcome::TimeoutFirstToken, "timeout_first_token"},
    {Outcome::Stalled, "stalled"},
    {Outcome::RateLimited, "rate_limited"},
    {Outcome::Overloaded, "overloaded"},
    {Outcome::ServerError, "server_error"},
    {Outcome::Auth, "auth"},
    {Outcome::NotFound, "not_found"},
    {Outcome::BadRequest, "bad_request"},
    {Outcome::ContextLength, "context_length"},
    {Outcome::ContentFilter, "content_filter"},
    {Outcome::Malformed, "malformed"},
    {Outcome::Cancelled, "cancelled"},
    {Outcome::Interrupted, "interrupted"},
}};

bool mentions(QStringView haystack, const char* needle)
{
    return haystack.contains(QLatin1String(needle), Qt::CaseInsensitive);
}

} // namespace

QString outcomeName(Outcome outcome)
{
    for (const auto& [value, name] : kNames) {
        if (value == outcome)
            return QString::fromLatin1(name);
    }
    return QStringLiteral("network");
}

std::optional<Outcome> outcomeFromName(QStringView name)
{
    for (const auto& [value, text] : kNames) {
        if (name == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}

QString outcomeAdvice(Outcome outcome)
{
    const char* advice = "";
    switch (outcome) {
    case Outcome::Ok:
    case Outcome::Cancelled:
    case Outcome::Interrupted:
        return {};
    case Outcome::Network:
        advice = QT_TRANSLATE_NOOP("Chat",
                                   "check the provider's base URL and that the server is running");
        break;
    case Outcome::TimeoutConnect:
    case Outcome::TimeoutFirstToken:
    case Outcome::Stalled:
        advice = QT_TRANSLATE_NOOP(
            "Chat", "the server is slow or unreachable; try again, add a fallback target, or raise "
                    "the timeout in config.json");
        break;
    case Outcome::RateLimited:
        advice = QT_TRANSLATE_NOOP("Chat", "wait and try again, or add a fallback target");
        break;
    case Outcome::Overloaded:
    case Outcome::ServerError:
        advice = QT_TRANSLATE_NOOP(
            "Chat", "the provider is having trouble; try again later or add a fallback target");
        break;
    case Outcome::Auth:
        advice = QT_TRANSLATE_NOOP("Chat", "check the provider's API key");
        break;
    case Outcome::NotFound:
        advice = QT_TRANSLATE_NOOP(
            "Chat",
            "check the model name (switchboard-cli providers models NAME lists them) and the "
            "base URL");
        break;
    case Outcome::BadRequest:
        advice = QT_TRANSLATE_NOOP(
            "Chat", "the provider refused the request as sent; check the model's parameters");
        break;
    case Outcome::ContextLength:
        advice = QT_TRANSLATE_NOOP(
            "Chat", "shorten the conversation or use a model with a larger context window");
        break;
    case Outcome::ContentFilter:
        advice = QT_TRANSLATE_NOOP("Chat", "rephrase the prompt or use another model");
        break;
    case Outcome::Malformed:
        advice = QT_TRANSLATE_NOOP(
            "Chat", "the server does not speak the provider's API as expected; check the base URL "
                    "and kind");
        break;
    }
    return QCoreApplication::translate("Chat", advice);
}

Outcome outcomeForHttpError(int httpStatus, QStringView errorType, QStringView errorCode)
{
    // The provider's own words beat the status code: OpenAI says context_length_exceeded with a
    // 400, Anthropic says overloaded_error with a 529, OpenRouter wraps everything in 200 streams.
    for (QStringView word : {errorCode, errorType}) {
        if (mentions(word, "context_length") || mentions(word, "context_window")
            || mentions(word, "too_many_tokens"))
            return Outcome::ContextLength;
        if (mentions(word, "content_filter") || mentions(word, "content_policy")
            || mentions(word, "safety"))
            return Outcome::ContentFilter;
        if (mentions(word, "overloaded") || word == u"UNAVAILABLE")
            return Outcome::Overloaded;
        if (mentions(word, "rate_limit") || word == u"RESOURCE_EXHAUSTED"
            || mentions(word, "insufficient_quota"))
            return Outcome::RateLimited;
        if (mentions(word, "authentication") || mentions(word, "invalid_api_key")
            || mentions(word, "permission") || word == u"UNAUTHENTICATED")
            return Outcome::Auth;
        if (mentions(word, "model_not_found") || word == u"NOT_FOUND")
            return Outcome::NotFound;
        // Google's CANCELLED (499) inside a stream: the server gave up, not the user.
        if (word == u"CANCELLED" || word == u"DEADLINE_EXCEEDED" || word == u"INTERNAL")
            return Outcome::ServerError;
    }
    switch (httpStatus) {
    case 499: // client closed request, as proxies and Google report a server-side cancel
        return Outcome::ServerError;
    case 401:
    case 402: // payment required: the key works but cannot pay; the user must act, like auth
    case 403:
        return Outcome::Auth;
    case 404:
        return Outcome::NotFound;
    case 408:
        return Outcome::TimeoutFirstToken;
    case 413:
        return Outcome::ContextLength;
    case 429:
        return Outcome::RateLimited;
    case 503:
    case 529:
        return Outcome::Overloaded;
    default:
        break;
    }
    if (httpStatus >= 500)
        return Outcome::ServerError;
    if (httpStatus >= 400)
        return Outcome::BadRequest;
    return Outcome::Malformed; // a non-error status that still carried an error: broken answer
}

} // namespace Chat
