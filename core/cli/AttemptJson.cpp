#include "cli/AttemptJson.h"

#include <QJsonArray>

namespace Cli {
namespace {

QJsonValue orNull(const std::optional<qint64>& value)
{
    return value ? QJsonValue(static_cast<double>(*value)) : QJsonValue(QJsonValue::Null);
}

QJsonValue textOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

QJsonObject attemptToJson(const Chat::Attempt& attempt)
{
    const Chat::Usage& u = attempt.usage;
    return QJsonObject{
        {QStringLiteral("provider"), attempt.provider},
        {QStringLiteral("model"), attempt.model},
        {QStringLiteral("outcome"), Chat::outcomeName(attempt.outcome)},
        {QStringLiteral("http_status"),
         attempt.httpStatus > 0 ? QJsonValue(attempt.httpStatus) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("error"), textOrNull(attempt.error)},
        {QStringLiteral("ttft_ms"), orNull(attempt.ttftMs)},
        {QStringLiteral("total_ms"), static_cast<double>(attempt.totalMs)},
        {QStringLiteral("usage"),
         QJsonObject{{QStringLiteral("input_tokens"), orNull(u.inputTokens)},
                     {QStringLiteral("output_tokens"), orNull(u.outputTokens)},
                     {QStringLiteral("cached_tokens"), orNull(u.cachedTokens)},
                     {QStringLiteral("reasoning_tokens"), orNull(u.reasoningTokens)}}},
        // Unknown is not 0: a cost nobody knows stays null.
        {QStringLiteral("cost_usd"),
         attempt.costMicroUsd ? QJsonValue(static_cast<double>(*attempt.costMicroUsd) / 1e6)
                              : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("cost_source"),
         attempt.costSource.isEmpty() ? QStringLiteral("unknown") : attempt.costSource},
        {QStringLiteral("finish_reason"), textOrNull(attempt.finishReason)},
        {QStringLiteral("order_reason"), textOrNull(attempt.orderReason)},
    };
}

QJsonObject routeResultToJson(const Routing::RouteResult& result)
{
    QJsonArray attempts;
    for (const Chat::Attempt& attempt : result.attempts)
        attempts.append(attemptToJson(attempt));
    return QJsonObject{
        {QStringLiteral("text"), result.answered ? result.text : QString()},
        {QStringLiteral("route"), textOrNull(result.routeName)},
        {QStringLiteral("provider"),
         result.answered ? QJsonValue(result.winner.provider) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("model"),
         result.answered ? QJsonValue(result.winner.model) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("attempts"), attempts},
        {QStringLiteral("answered"), result.answered},
        {QStringLiteral("request_id"), result.requestId},
        {QStringLiteral("reasoning"), textOrNull(result.reasoning)},
        {QStringLiteral("error"), textOrNull(result.error)},
        {QStringLiteral("incomplete"), result.incomplete},
        {QStringLiteral("partial_text"), textOrNull(result.partialText)},
    };
}

} // namespace Cli
