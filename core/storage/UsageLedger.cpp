#include "storage/UsageLedger.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Storage {
namespace {

QVariant nullable(const std::optional<qint64>& value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::LongLong));
}

std::optional<qint64> optionalInt(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

QVariant nullableText(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

} // namespace

UsageLedger::UsageLedger(Database& database)
    : m_database(database)
{}

QString UsageLedger::record(const LedgerEntry& entry)
{
    if (m_database.isReadOnly()) {
        return QCoreApplication::translate("Storage",
                                           "the ledger is read-only: %1 was written by a "
                                           "newer Switchboard")
            .arg(m_database.path());
    }
    const Chat::Attempt& a = entry.attempt;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO attempts (request_id, attempt_index, origin, route, provider, model, outcome, "
        "http_status, error, finish_reason, started_at_ms, ttft_ms, total_ms, input_tokens, "
        "output_tokens, cached_tokens, reasoning_tokens, cost_micro_usd, cost_source, "
        "generation_id, partial_text, order_reason, cache_write_tokens) VALUES (?, ?, ?, ?, ?, ?, "
        "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(a.requestId);
    query.addBindValue(a.index);
    query.addBindValue(Chat::originName(entry.origin));
    query.addBindValue(nullableText(entry.route));
    query.addBindValue(a.provider);
    query.addBindValue(a.model);
    query.addBindValue(Chat::outcomeName(a.outcome));
    query.addBindValue(a.httpStatus > 0 ? QVariant(a.httpStatus)
                                        : QVariant(QMetaType(QMetaType::Int)));
    query.addBindValue(nullableText(a.error));
    query.addBindValue(nullableText(a.finishReason));
    query.addBindValue(a.startedAt.toMSecsSinceEpoch());
    query.addBindValue(nullable(a.ttftMs));
    query.addBindValue(a.totalMs);
    query.addBindValue(nullable(a.usage.inputTokens));
    query.addBindValue(nullable(a.usage.outputTokens));
    query.addBindValue(nullable(a.usage.cachedTokens));
    query.addBindValue(nullable(a.usage.reasoningTokens));
    query.addBindValue(nullable(a.costMicroUsd));
    query.addBindValue(nullableText(a.costSource));
    query.addBindValue(nullableText(a.generationId));
    // A successful answer lives in the history; a failed one keeps its partial text here.
    query.addBindValue(a.outcome == Chat::Outcome::Ok ? QVariant(QMetaType(QMetaType::QString))
                                                      : nullableText(a.text));
    query.addBindValue(nullableText(a.orderReason));
    query.addBindValue(nullable(a.usage.cacheWriteTokens));
    if (!query.exec()) {
        return QCoreApplication::translate("Storage", "cannot record the attempt in %1: %2")
            .arg(m_database.path(), query.lastError().text());
    }
    return {};
}

QList<LedgerEntry> UsageLedger::recent(int limit) const
{
    QList<LedgerEntry> entries;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT request_id, attempt_index, origin, route, provider, model, outcome, http_status, "
        "error, finish_reason, started_at_ms, ttft_ms, total_ms, input_tokens, output_tokens, "
        "cached_tokens, reasoning_tokens, cost_micro_usd, cost_source, generation_id, "
        "partial_text, "
        "order_reason, cache_write_tokens FROM attempts ORDER BY id DESC LIMIT ?"));
    query.addBindValue(limit);
    if (!query.exec())
        return entries;
    while (query.next()) {
        LedgerEntry entry;
        Chat::Attempt& a = entry.attempt;
        a.requestId = query.value(0).toString();
        a.index = query.value(1).toInt();
        const QString origin = query.value(2).toString();
        for (Chat::Origin o : {Chat::Origin::Chat, Chat::Origin::Compare, Chat::Origin::Gateway,
                               Chat::Origin::Cli}) {
            if (Chat::originName(o) == origin)
                entry.origin = o;
        }
        entry.route = query.value(3).toString();
        a.provider = query.value(4).toString();
        a.model = query.value(5).toString();
        a.outcome =
            Chat::outcomeFromName(query.value(6).toString()).value_or(Chat::Outcome::Network);
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
        entries.append(entry);
    }
    return entries;
}

} // namespace Storage
