#include "storage/UsageLedger.h"

#include "storage/Database.h"
#include "storage/LedgerRowReader.h"
#include "storage/StatsRollup.h"
#include "storage/WriteTransaction.h"
#include "storage/WriterIdentity.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Storage {
namespace {

const QString kPending = QStringLiteral("pending");

QVariant nullable(const std::optional<qint64>& value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant nullableText(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

QString dayOf(const QDateTime& startedAt)
{
    return startedAt.toLocalTime().date().toString(Qt::ISODate);
}

} // namespace

UsageLedger::UsageLedger(Database& database)
    : m_database(database)
    , m_insert(QStringLiteral(
          "INSERT INTO attempts (request_id, attempt_index, origin, route, provider, model, "
          "outcome, started_at_ms, total_ms, order_reason, day, writer_host, writer_user, "
          "writer_pid, user_agent) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?) "
          "RETURNING id"))
    , m_update(QStringLiteral(
          "UPDATE attempts SET outcome = ?, http_status = ?, error = ?, finish_reason = ?, "
          "started_at_ms = ?, ttft_ms = ?, total_ms = ?, input_tokens = ?, output_tokens = ?, "
          "cached_tokens = ?, reasoning_tokens = ?, cost_micro_usd = ?, cost_source = ?, "
          "generation_id = ?, partial_text = ?, order_reason = ?, cache_write_tokens = ?, "
          "day = ? WHERE id = ? AND outcome = 'pending'"))
    , m_find(QStringLiteral("SELECT id FROM attempts WHERE request_id = ? AND attempt_index = ?"))
{}

QString UsageLedger::readOnlyError() const
{
    return QCoreApplication::translate("Storage", "the ledger is read-only: %1 was written by a "
                                                  "newer Switchboard")
        .arg(m_database.path());
}

QString UsageLedger::cannotRecord(const QString& why) const
{
    return QCoreApplication::translate("Storage", "cannot record the attempt in %1: %2")
        .arg(m_database.path(), why);
}

std::optional<qint64> UsageLedger::begin(const LedgerEntry& entry, QString* error)
{
    const auto failed = [&](const QString& why) -> std::optional<qint64> {
        if (error)
            *error = cannotRecord(why);
        return std::nullopt;
    };
    if (m_database.isReadOnly()) {
        if (error)
            *error = readOnlyError();
        return std::nullopt;
    }
    const Chat::Attempt& a = entry.attempt;
    const WriterIdentity writer = m_writer.value_or(WriterIdentity::current());
    QString prepareError;
    QSqlQuery* const insert = m_insert.on(m_database.connection(), &prepareError);
    if (!insert)
        return failed(prepareError);
    QSqlQuery& query = *insert;
    query.addBindValue(a.requestId);
    query.addBindValue(a.index);
    query.addBindValue(Chat::originName(entry.origin));
    query.addBindValue(nullableText(entry.route));
    query.addBindValue(a.provider);
    query.addBindValue(a.model);
    query.addBindValue(kPending);
    query.addBindValue(a.startedAt.toMSecsSinceEpoch());
    query.addBindValue(nullableText(a.orderReason));
    query.addBindValue(dayOf(a.startedAt));
    query.addBindValue(writer.host);
    query.addBindValue(nullableText(writer.user));
    query.addBindValue(writer.pid);
    query.addBindValue(nullableText(entry.clientAgent));
    // RETURNING (SQLite 3.35+, PostgreSQL): QPSQL has no lastInsertId() without OIDs.
    if (!query.exec() || !query.next()) {
        const QString why = query.lastError().text();
        query.finish();
        return failed(why);
    }
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    return id;
}

QString UsageLedger::finish(qint64 rowId, const LedgerEntry& entry)
{
    if (m_database.isReadOnly())
        return readOnlyError();
    WriteTransaction transaction(m_database.connection());
    if (const QString error = transaction.begin(); !error.isEmpty())
        return cannotRecord(error);
    const Chat::Attempt& a = entry.attempt;
    QString prepareError;
    QSqlQuery* const update = m_update.on(m_database.connection(), &prepareError);
    if (!update)
        return cannotRecord(prepareError);
    QSqlQuery& query = *update;
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
    query.addBindValue(dayOf(a.startedAt));
    query.addBindValue(rowId);
    if (!query.exec())
        return cannotRecord(query.lastError().text());
    if (query.numRowsAffected() != 1)
        return cannotRecord(
            QCoreApplication::translate("Storage", "row %1 is not a running attempt").arg(rowId));
    if (!m_rollup)
        m_rollup.emplace(m_database.connection());
    if (const QString error = m_rollup->addFinished(rowId); !error.isEmpty())
        return cannotRecord(error);
    if (const QString error = transaction.commit(); !error.isEmpty())
        return cannotRecord(error);
    return {};
}

std::optional<qint64> UsageLedger::rowOf(const QString& requestId, int attemptIndex, QString* error)
{
    QString prepareError;
    QSqlQuery* const find = m_find.on(m_database.connection(), &prepareError);
    if (!find) {
        if (error)
            *error = cannotRecord(prepareError);
        return std::nullopt;
    }
    QSqlQuery& query = *find;
    query.addBindValue(requestId);
    query.addBindValue(attemptIndex);
    if (!query.exec()) {
        if (error)
            *error = cannotRecord(query.lastError().text());
        query.finish();
        return std::nullopt;
    }
    const std::optional<qint64> id =
        query.next() ? std::optional<qint64>(query.value(0).toLongLong()) : std::nullopt;
    query.finish();
    return id;
}

QString UsageLedger::complete(const LedgerEntry& entry)
{
    if (m_database.isReadOnly())
        return readOnlyError();
    QString error;
    const std::optional<qint64> rowId = rowOf(entry.attempt.requestId, entry.attempt.index, &error);
    if (!error.isEmpty())
        return error;
    return rowId ? finish(*rowId, entry) : record(entry);
}

QString UsageLedger::record(const LedgerEntry& entry)
{
    if (m_database.isReadOnly())
        return readOnlyError();
    WriteTransaction transaction(m_database.connection());
    if (const QString error = transaction.begin(); !error.isEmpty())
        return error;
    QString error;
    const std::optional<qint64> row = begin(entry, &error);
    if (!row)
        return error;
    error = finish(*row, entry);
    if (!error.isEmpty())
        return error;
    return transaction.commit();
}

QList<LedgerEntry> UsageLedger::recent(int limit) const
{
    QList<LedgerEntry> entries;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM attempts ORDER BY id DESC LIMIT ?")
                      .arg(LedgerRowReader::columns()));
    query.addBindValue(limit);
    if (!query.exec())
        return entries;
    while (query.next())
        entries.append(LedgerRowReader::read(query));
    return entries;
}

QList<LedgerEntry> UsageLedger::requestAttempts(const QStringList& requestIds, QString* error) const
{
    QList<LedgerEntry> entries;
    // In slices, well below SQLite's limit on bound parameters.
    constexpr qsizetype kSlice = 200;
    for (qsizetype from = 0; from < requestIds.size(); from += kSlice) {
        const QStringList slice = requestIds.mid(from, kSlice);
        QStringList marks;
        marks.fill(QStringLiteral("?"), slice.size());
        QSqlQuery query(m_database.connection());
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT %1 FROM attempts WHERE request_id IN (%2) "
                                     "ORDER BY request_id, attempt_index")
                          .arg(LedgerRowReader::columns(), marks.join(u',')));
        for (const QString& id : slice)
            query.addBindValue(id);
        if (!query.exec()) {
            if (error) {
                *error = QCoreApplication::translate("Storage", "cannot read the attempts of "
                                                                "stored answers from %1: %2")
                             .arg(m_database.path(), query.lastError().text());
            }
            return entries;
        }
        while (query.next())
            entries.append(LedgerRowReader::read(query));
    }
    return entries;
}

} // namespace Storage
