#pragma once

#include "LedgerGenerator.h"
#include "storage/Database.h"
#include "storage/StatsRollup.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

/// Fills a ledger fast for the benchmarks: generated attempts inserted as finished rows (as
/// begin + finish would leave them) in one transaction, then the rollup rebuilt in one pass and
/// the tables analysed. Returns an error text, empty on success.
inline QString fillLedger(Storage::Database& db, LedgerGenerator& generator, qint64 rows,
                          qint64 total)
{
    const auto opt = [](const std::optional<qint64>& v) {
        return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::LongLong));
    };
    QString error;
    db.connection().transaction();
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO attempts (request_id, attempt_index, origin, route, provider, model, "
        "outcome, started_at_ms, ttft_ms, total_ms, input_tokens, output_tokens, "
        "cached_tokens, reasoning_tokens, cost_micro_usd, cost_source, day) VALUES (?, ?, ?, "
        "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    while (rows < total && error.isEmpty()) {
        generator.nextRequest([&](const Storage::LedgerEntry& e) {
            const Chat::Attempt& a = e.attempt;
            q.addBindValue(a.requestId);
            q.addBindValue(a.index);
            q.addBindValue(Chat::originName(e.origin));
            q.addBindValue(e.route.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : e.route);
            q.addBindValue(a.provider);
            q.addBindValue(a.model);
            q.addBindValue(Chat::outcomeName(a.outcome));
            q.addBindValue(a.startedAt.toMSecsSinceEpoch());
            q.addBindValue(opt(a.ttftMs));
            q.addBindValue(a.totalMs);
            q.addBindValue(opt(a.usage.inputTokens));
            q.addBindValue(opt(a.usage.outputTokens));
            q.addBindValue(opt(a.usage.cachedTokens));
            q.addBindValue(opt(a.usage.reasoningTokens));
            q.addBindValue(opt(a.costMicroUsd));
            q.addBindValue(a.costSource);
            q.addBindValue(a.startedAt.toLocalTime().date().toString(Qt::ISODate));
            if (!q.exec() && error.isEmpty())
                error = q.lastError().text();
            ++rows;
        });
    }
    if (error.isEmpty())
        error = Storage::StatsRollup(db.connection()).rebuild();
    db.connection().commit();
    QSqlQuery(db.connection()).exec(QStringLiteral("ANALYZE"));
    return error;
}
