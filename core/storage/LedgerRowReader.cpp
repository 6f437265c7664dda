#include "storage/LedgerRowReader.h"

#include <QVariant>

namespace Storage::LedgerRowReader {
namespace {

std::optional<qint64> optionalInt(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

} // namespace

QString columns()
{
    return QStringLiteral(
        "request_id, attempt_index, origin, route, provider, model, outcome, http_status, "
        "error, finish_reason, started_at_ms, ttft_ms, total_ms, input_tokens, output_tokens, "
        "cached_tokens, reasoning_tokens, cost_micro_usd, cost_source, generation_id, "
        "partial_text, order_reason, cache_write_tokens, id, user_agent");
}

LedgerEntry read(const QSqlQuery& query)
{
    LedgerEntry entry;
    Chat::Attempt& a = entry.attempt;
    a.requestId = query.value(0).toString();
    a.index = query.value(1).toInt();
    entry.origin = Chat::originFromName(query.value(2).toString());
    entry.route = query.value(3).toString();
    a.provider = query.value(4).toString();
    a.model = query.value(5).toString();
    const QString outcome = query.value(6).toString();
    entry.pending = outcome == QLatin1String("pending");
    a.outcome = Chat::outcomeFromName(outcome).value_or(Chat::Outcome::Interrupted);
    a.httpStatus = query.value(7).toInt();
    a.error = query.value(8).toString();
    a.finishReason = query.value(9).toString();
    a.startedAt = QDateTime::fromMSecsSinceEpoch(query.value(10).toLongLong(), Qt::UTC);
    a.ttftMs = optionalInt(query.value(11));
    a.totalMs = query.value(12).toLongLong();
    a.usage.inputTokens = optionalInt(query.value(13));
    a.usage.outputTokens = optionalInt(query.value(14));
    a.usage.cachedTokens = optionalInt(query.value(15));
    a.usage.reasoningTokens = optionalInt(query.value(16));
    a.costMicroUsd = optionalInt(query.value(17));
    a.costSource = query.value(18).toString();
    a.generationId = query.value(19).toString();
    a.text = query.value(20).toString();
    a.orderReason = query.value(21).toString();
    a.usage.cacheWriteTokens = optionalInt(query.value(22));
    entry.rowId = query.value(23).toLongLong();
    entry.clientAgent = query.value(24).toString();
    return entry;
}

} // namespace Storage::LedgerRowReader
