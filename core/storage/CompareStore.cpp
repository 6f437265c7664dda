#include "storage/CompareStore.h"

#include "storage/Database.h"
#include "storage/HistoryStore.h"
#include "storage/WriteTransaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace Storage {
namespace {

const QString kSessionColumns =
    QStringLiteral("id, title, prompt, system_prompt, temperature, max_tokens, created_at_ms, "
                   "updated_at_ms, judged_at_ms");
const QString kColumnColumns = QStringLiteral(
    "id, compare_id, position, target_kind, target, answered, outcome, text, reasoning, error, "
    "request_id, provider, model, ttft_ms, total_ms, input_tokens, output_tokens, "
    "cost_micro_usd, cost_source, attempts, best, conversation_id");
/// What a column's result is: all but its place, target, verdict mark and conversation. A retried
/// column replaces these.
const QString kResultColumns = QStringLiteral(
    "answered, outcome, text, reasoning, error, request_id, provider, model, ttft_ms, total_ms, "
    "input_tokens, output_tokens, cost_micro_usd, cost_source, attempts");

void setError(QString* error, const QString& message)
{
    if (error)
        *error = message;
}

QVariant nullableText(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

QVariant nullableInt(const std::optional<qint64>& value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::LongLong));
}

std::optional<qint64> optionalInt(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

/// Binds the result fields of a column in the order of kResultColumns.
void bindResult(QSqlQuery& query, const CompareColumnRecord& c)
{
    query.addBindValue(c.answered ? 1 : 0);
    query.addBindValue(c.outcome ? QVariant(Chat::outcomeName(*c.outcome))
                                 : QVariant(QMetaType(QMetaType::QString)));
    query.addBindValue(c.text.isNull() ? QStringLiteral("") : c.text);
    query.addBindValue(nullableText(c.reasoning));
    query.addBindValue(nullableText(c.error));
    query.addBindValue(nullableText(c.requestId));
    query.addBindValue(nullableText(c.provider));
    query.addBindValue(nullableText(c.model));
    query.addBindValue(nullableInt(c.ttftMs));
    query.addBindValue(c.totalMs);
    query.addBindValue(nullableInt(c.inputTokens));
    query.addBindValue(nullableInt(c.outputTokens));
    query.addBindValue(nullableInt(c.costMicroUsd));
    query.addBindValue(nullableText(c.costSource));
    query.addBindValue(c.attempts);
}

/// Runs a prepared statement that must change exactly one row; returns why it did not (the
/// database's error, or `missing`).
QString execOne(QSqlQuery& query, const QString& missing)
{
    if (!query.exec())
        return query.lastError().text();
    return query.numRowsAffected() == 1 ? QString() : missing;
}

CompareSession readSession(const QSqlQuery& q)
{
    CompareSession s;
    s.id = q.value(0).toLongLong();
    s.title = q.value(1).toString();
    s.prompt = q.value(2).toString();
    s.systemPrompt = q.value(3).toString();
    if (!q.value(4).isNull())
        s.temperature = q.value(4).toDouble();
    if (!q.value(5).isNull())
        s.maxTokens = q.value(5).toInt();
    s.createdAtMs = q.value(6).toLongLong();
    s.updatedAtMs = q.value(7).toLongLong();
    s.judgedAtMs = optionalInt(q.value(8));
    return s;
}

CompareColumnRecord readColumn(const QSqlQuery& q)
{
    CompareColumnRecord c;
    c.id = q.value(0).toLongLong();
    c.compareId = q.value(1).toLongLong();
    c.position = q.value(2).toInt();
    c.targetKind =
        compareTargetKindFromName(q.value(3).toString()).value_or(CompareTargetKind::Model);
    c.target = q.value(4).toString();
    c.answered = q.value(5).toInt() != 0;
    if (!q.value(6).isNull())
        c.outcome = Chat::outcomeFromName(q.value(6).toString());
    c.text = q.value(7).toString();
    c.reasoning = q.value(8).toString();
    c.error = q.value(9).toString();
    c.requestId = q.value(10).toString();
    c.provider = q.value(11).toString();
    c.model = q.value(12).toString();
    c.ttftMs = optionalInt(q.value(13));
    c.totalMs = q.value(14).toLongLong();
    c.inputTokens = optionalInt(q.value(15));
    c.outputTokens = optionalInt(q.value(16));
    c.costMicroUsd = optionalInt(q.value(17));
    c.costSource = q.value(18).toString();
    c.attempts = q.value(19).toInt();
    c.best = q.value(20).toInt() != 0;
    c.conversationId = q.value(21).toLongLong();
    return c;
}

} // namespace

CompareStore::CompareStore(Database& database, Clock clock)
    : m_database(database)
    , m_clock(std::move(clock))
{}

qint64 CompareStore::now() const
{
    return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
}

QString CompareStore::titleFor(const QString& prompt)
{
    constexpr qsizetype kLongest = 80;
    const QString line = prompt.trimmed().section(QLatin1Char('\n'), 0, 0).simplified();
    return line.size() <= kLongest ? line : line.first(kLongest - 1) + QChar(0x2026);
}

QString CompareStore::write(const std::function<QString(QSqlQuery&)>& body)
{
    if (m_database.isReadOnly())
        return QCoreApplication::translate("Storage", "the database was written by a newer "
                                                      "Switchboard and is read-only here");
    WriteTransaction transaction(m_database.connection());
    if (const QString why = transaction.begin(); !why.isEmpty())
        return why;
    QSqlQuery query(m_database.connection());
    if (const QString why = body(query); !why.isEmpty())
        return why;
    return transaction.commit();
}

bool CompareStore::failed(const QString& why, const QString& what, QString* error) const
{
    if (why.isEmpty())
        return false;
    setError(error, QStringLiteral("%1: %2").arg(what, why));
    return true;
}

std::optional<qint64> CompareStore::save(const CompareSession& session, QString* error)
{
    qint64 id = 0;
    const QString why = write([&](QSqlQuery& query) -> QString {
        const qint64 at = now();
        const qint64 created = session.createdAtMs != 0 ? session.createdAtMs : at;
        query.prepare(QStringLiteral("INSERT INTO compares (title, prompt, system_prompt, "
                                     "temperature, max_tokens, created_at_ms, updated_at_ms) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?)"));
        query.addBindValue(session.title.isEmpty() ? titleFor(session.prompt) : session.title);
        query.addBindValue(session.prompt);
        query.addBindValue(nullableText(session.systemPrompt));
        query.addBindValue(session.temperature ? QVariant(*session.temperature)
                                               : QVariant(QMetaType(QMetaType::Double)));
        query.addBindValue(session.maxTokens ? QVariant(*session.maxTokens)
                                             : QVariant(QMetaType(QMetaType::Int)));
        query.addBindValue(created);
        query.addBindValue(session.updatedAtMs != 0 ? session.updatedAtMs : std::max(at, created));
        if (!query.exec())
            return query.lastError().text();
        id = query.lastInsertId().toLongLong();
        query.prepare(
            QStringLiteral("INSERT INTO compare_columns (compare_id, position, target_kind, "
                           "target, %1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                           "?, ?, ?)")
                .arg(kResultColumns));
        for (qsizetype i = 0; i < session.columns.size(); ++i) {
            const CompareColumnRecord& column = session.columns.at(i);
            query.addBindValue(id);
            query.addBindValue(static_cast<int>(i));
            query.addBindValue(compareTargetKindName(column.targetKind));
            query.addBindValue(column.target);
            bindResult(query, column);
            if (!query.exec())
                return query.lastError().text();
        }
        return {};
    });
    if (failed(why,
               QCoreApplication::translate("Storage", "cannot save the compare in %1")
                   .arg(m_database.path()),
               error))
        return std::nullopt;
    return id;
}

bool CompareStore::updateColumn(qint64 compareId, const CompareColumnRecord& column, QString* error)
{
    const QString why = write([&](QSqlQuery& query) -> QString {
        query.prepare(QStringLiteral("UPDATE compare_columns SET (%1) = (?, ?, ?, ?, ?, ?, ?, ?, "
                                     "?, ?, ?, ?, ?, ?, ?) WHERE compare_id = ? AND position = ?")
                          .arg(kResultColumns));
        bindResult(query, column);
        query.addBindValue(compareId);
        query.addBindValue(column.position);
        if (const QString missing =
                execOne(query, QCoreApplication::translate("Storage", "no such column"));
            !missing.isEmpty())
            return missing;
        // The verdict judged answers that are no longer all there.
        query.prepare(QStringLiteral("UPDATE compare_columns SET best = 0 WHERE compare_id = ?"));
        query.addBindValue(compareId);
        if (!query.exec())
            return query.lastError().text();
        query.prepare(QStringLiteral("UPDATE compares SET judged_at_ms = NULL, updated_at_ms = ? "
                                     "WHERE id = ?"));
        query.addBindValue(now());
        query.addBindValue(compareId);
        return query.exec() ? QString() : query.lastError().text();
    });
    return !failed(
        why,
        QCoreApplication::translate("Storage", "cannot update column %1 of compare %2 in %3")
            .arg(column.position + 1)
            .arg(compareId)
            .arg(m_database.path()),
        error);
}

std::optional<CompareSession> CompareStore::session(qint64 id, QString* error) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM compares WHERE id = ?").arg(kSessionColumns));
    query.addBindValue(id);
    if (!query.exec()) {
        setError(error, QCoreApplication::translate("Storage", "cannot read compare %1 from %2: %3")
                            .arg(id)
                            .arg(m_database.path(), query.lastError().text()));
        return std::nullopt;
    }
    if (!query.next()) {
        setError(error, QCoreApplication::translate("Storage", "there is no compare %1").arg(id));
        return std::nullopt;
    }
    CompareSession session = readSession(query);
    query.prepare(QStringLiteral("SELECT %1 FROM compare_columns WHERE compare_id = ? "
                                 "ORDER BY position")
                      .arg(kColumnColumns));
    query.addBindValue(id);
    if (!query.exec()) {
        setError(error, QCoreApplication::translate("Storage", "cannot read the columns of "
                                                               "compare %1 from %2: %3")
                            .arg(id)
                            .arg(m_database.path(), query.lastError().text()));
        return std::nullopt;
    }
    while (query.next())
        session.columns.append(readColumn(query));
    return session;
}

QList<CompareSession> CompareStore::sessions(QString* error) const
{
    QList<CompareSession> result;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM compares ORDER BY updated_at_ms DESC, id DESC")
                        .arg(kSessionColumns))) {
        setError(error, QCoreApplication::translate("Storage", "cannot list the compares in %1: %2")
                            .arg(m_database.path(), query.lastError().text()));
        return result;
    }
    while (query.next())
        result.append(readSession(query));
    return result;
}

bool CompareStore::rename(qint64 id, const QString& title, QString* error)
{
    const QString why = write([&](QSqlQuery& query) -> QString {
        query.prepare(
            QStringLiteral("UPDATE compares SET title = ?, updated_at_ms = ? WHERE id = ?"));
        query.addBindValue(title);
        query.addBindValue(now());
        query.addBindValue(id);
        return execOne(query, QCoreApplication::translate("Storage", "no such compare"));
    });
    return !failed(why,
                   QCoreApplication::translate("Storage", "cannot rename compare %1 in %2")
                       .arg(id)
                       .arg(m_database.path()),
                   error);
}

bool CompareStore::remove(qint64 id, QString* error)
{
    const QString why = write([&](QSqlQuery& query) -> QString {
        // The columns go explicitly rather than by the cascade alone, so that a connection
        // without foreign_keys leaves no orphans either.
        query.prepare(QStringLiteral("DELETE FROM compare_columns WHERE compare_id = ?"));
        query.addBindValue(id);
        if (!query.exec())
            return query.lastError().text();
        query.prepare(QStringLiteral("DELETE FROM compares WHERE id = ?"));
        query.addBindValue(id);
        return execOne(query, QCoreApplication::translate("Storage", "no such compare"));
    });
    return !failed(why,
                   QCoreApplication::translate("Storage", "cannot delete compare %1 from %2")
                       .arg(id)
                       .arg(m_database.path()),
                   error);
}

std::optional<CompareColumnRecord>
CompareStore::column(qint64 compareId, int position, CompareSession* session, QString* error) const
{
    std::optional<CompareSession> stored = this->session(compareId, error);
    if (!stored)
        return std::nullopt;
    for (const CompareColumnRecord& c : stored->columns) {
        if (c.position == position) {
            if (session)
                *session = *stored;
            return c;
        }
    }
    setError(error,
             QCoreApplication::translate("Storage", "it has no column %1").arg(position + 1));
    return std::nullopt;
}

bool CompareStore::setVerdict(qint64 id, const CompareVerdict& verdict, QString* error)
{
    const QString what =
        QCoreApplication::translate("Storage", "cannot store the verdict of compare %1").arg(id);
    QString why;
    CompareSession stored;
    QSet<int> best;
    for (int position : verdict.best) {
        const std::optional<CompareColumnRecord> c = column(id, position, &stored, &why);
        if (!c)
            return !failed(why, what, error);
        if (!c->answered)
            return !failed(
                QCoreApplication::translate("Storage", "column %1 (%2) has no answer to judge")
                    .arg(position + 1)
                    .arg(c->targetLabel()),
                what, error);
        if (best.contains(position))
            return !failed(QCoreApplication::translate("Storage", "column %1 is named twice")
                               .arg(position + 1),
                           what, error);
        best.insert(position);
    }
    why = write([&](QSqlQuery& query) -> QString {
        query.prepare(QStringLiteral("UPDATE compare_columns SET best = 0 WHERE compare_id = ?"));
        query.addBindValue(id);
        if (!query.exec())
            return query.lastError().text();
        query.prepare(QStringLiteral("UPDATE compare_columns SET best = 1 WHERE compare_id = ? "
                                     "AND position = ?"));
        for (int position : std::as_const(best)) {
            query.addBindValue(id);
            query.addBindValue(position);
            if (!query.exec())
                return query.lastError().text();
        }
        const qint64 at = now();
        query.prepare(QStringLiteral("UPDATE compares SET judged_at_ms = ?, updated_at_ms = ? "
                                     "WHERE id = ?"));
        query.addBindValue(best.isEmpty() ? QVariant(QMetaType(QMetaType::LongLong))
                                          : QVariant(at));
        query.addBindValue(at);
        query.addBindValue(id);
        return execOne(query,
                       QCoreApplication::translate("Storage", "there is no compare %1").arg(id));
    });
    return !failed(why, what, error);
}

std::optional<qint64> CompareStore::continueAsConversation(qint64 compareId, int position,
                                                           QString* error)
{
    const QString what = QCoreApplication::translate(
                             "Storage", "cannot continue column %1 of compare %2 as a conversation")
                             .arg(position + 1)
                             .arg(compareId);
    QString why;
    CompareSession stored;
    const std::optional<CompareColumnRecord> c = column(compareId, position, &stored, &why);
    if (c && !c->answered)
        why = QCoreApplication::translate("Storage", "%1 gave no answer to continue from")
                  .arg(c->targetLabel());
    if (failed(why, what, error))
        return std::nullopt;

    // One transaction over both stores: the conversation exists whole, with its link, or not.
    std::optional<qint64> conversation;
    why = write([&](QSqlQuery& query) -> QString {
        HistoryStore history(m_database, m_clock);
        QString historyError;
        conversation = history.createConversation(
            stored.title, c->targetKind == CompareTargetKind::Route ? c->target : QString(),
            stored.systemPrompt, &historyError);
        if (!conversation)
            return historyError;
        ConversationMessage user;
        user.role = Chat::Role::User;
        user.text = stored.prompt;
        user.createdAtMs = stored.createdAtMs;
        ConversationMessage answer;
        answer.role = Chat::Role::Assistant;
        answer.text = c->text;
        answer.requestId = c->requestId;
        if (!history.appendMessage(*conversation, user, &historyError)
            || !history.appendMessage(*conversation, answer, &historyError))
            return historyError;
        query.prepare(
            QStringLiteral("UPDATE compare_columns SET conversation_id = ? WHERE id = ?"));
        query.addBindValue(*conversation);
        query.addBindValue(c->id);
        return query.exec() ? QString() : query.lastError().text();
    });
    if (failed(why, what, error))
        return std::nullopt;
    return conversation;
}

} // namespace Storage
