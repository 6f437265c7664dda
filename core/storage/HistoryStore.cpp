#include "storage/HistoryStore.h"

#include "storage/Database.h"
#include "storage/WriteTransaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace Storage {

namespace {

const QString kConversationColumns =
    QStringLiteral("id, title, created_at_ms, updated_at_ms, pinned, route, system_prompt");
const QString kMessageColumns = QStringLiteral("id, conversation_id, position, role, text, "
                                               "request_id, interrupted, incomplete, "
                                               "created_at_ms");

QVariant nullableText(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

void setError(QString* error, const QString& message)
{
    if (error)
        *error = message;
}

Conversation readConversation(const QSqlQuery& query)
{
    Conversation c;
    c.id = query.value(0).toLongLong();
    c.title = query.value(1).toString();
    c.createdAtMs = query.value(2).toLongLong();
    c.updatedAtMs = query.value(3).toLongLong();
    c.pinned = query.value(4).toInt() != 0;
    c.route = query.value(5).toString();
    c.systemPrompt = query.value(6).toString();
    return c;
}

ConversationMessage readMessage(const QSqlQuery& query)
{
    ConversationMessage m;
    m.id = query.value(0).toLongLong();
    m.conversationId = query.value(1).toLongLong();
    m.position = query.value(2).toInt();
    historyRoleFromName(query.value(3).toString(), &m.role);
    m.text = query.value(4).toString();
    m.requestId = query.value(5).toString();
    m.interrupted = query.value(6).toInt() != 0;
    m.incomplete = query.value(7).toInt() != 0;
    m.createdAtMs = query.value(8).toLongLong();
    return m;
}

/// The user's words as an FTS5 query that means them literally: each whitespace-separated word
/// becomes a quoted string (quotes inside doubled), and the strings are ANDed. Nothing the user
/// types is FTS5 syntax, so no input is a syntax error.
QString literalFtsQuery(const QString& text)
{
    QStringList terms;
    for (const QString& word :
         text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        QString quoted = word;
        quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
        terms.append(QLatin1Char('"') + quoted + QLatin1Char('"'));
    }
    return terms.join(QLatin1Char(' '));
}

} // namespace

HistoryStore::HistoryStore(Database& database, Clock clock)
    : m_database(database)
    , m_clock(std::move(clock))
{}

qint64 HistoryStore::now() const
{
    return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
}

bool HistoryStore::refuseReadOnly(QString* error) const
{
    if (!m_database.isReadOnly())
        return false;
    setError(error, QCoreApplication::translate("Storage", "the chat history is read-only: %1 "
                                                           "was written by a newer Switchboard")
                        .arg(m_database.path()));
    return true;
}

std::optional<qint64> HistoryStore::createConversation(const QString& title, const QString& route,
                                                       const QString& systemPrompt, QString* error)
{
    if (refuseReadOnly(error))
        return std::nullopt;
    const auto failed = [&](const QString& why) -> std::optional<qint64> {
        setError(error, QCoreApplication::translate("Storage", "cannot create a conversation in "
                                                               "%1: %2")
                            .arg(m_database.path(), why));
        return std::nullopt;
    };
    WriteTransaction transaction(m_database.connection());
    if (const QString why = transaction.begin(); !why.isEmpty())
        return failed(why);
    const qint64 at = now();
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO conversations (title, created_at_ms, updated_at_ms, "
                                 "pinned, route, system_prompt) VALUES (?, ?, ?, 0, ?, ?)"));
    query.addBindValue(title);
    query.addBindValue(at);
    query.addBindValue(at);
    query.addBindValue(nullableText(route));
    query.addBindValue(nullableText(systemPrompt));
    if (!query.exec())
        return failed(query.lastError().text());
    const qint64 id = query.lastInsertId().toLongLong();
    if (const QString why = transaction.commit(); !why.isEmpty())
        return failed(why);
    return id;
}

std::optional<qint64> HistoryStore::appendMessage(qint64 conversationId,
                                                  const ConversationMessage& message,
                                                  QString* error)
{
    if (refuseReadOnly(error))
        return std::nullopt;
    const auto failed = [&](const QString& why) -> std::optional<qint64> {
        setError(error, QCoreApplication::translate("Storage", "cannot add the message to "
                                                               "conversation %1 in %2: %3")
                            .arg(conversationId)
                            .arg(m_database.path(), why));
        return std::nullopt;
    };
    WriteTransaction transaction(m_database.connection());
    if (const QString why = transaction.begin(); !why.isEmpty())
        return failed(why);
    const qint64 at = now();
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE conversations SET updated_at_ms = ? WHERE id = ?"));
    query.addBindValue(at);
    query.addBindValue(conversationId);
    if (!query.exec())
        return failed(query.lastError().text());
    if (query.numRowsAffected() != 1)
        return failed(QCoreApplication::translate("Storage", "no such conversation"));

    query.prepare(QStringLiteral(
        "INSERT INTO messages (conversation_id, position, role, text, request_id, interrupted, "
        "incomplete, created_at_ms) VALUES (?, (SELECT coalesce(max(position) + 1, 0) FROM "
        "messages WHERE conversation_id = ?), ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(conversationId);
    query.addBindValue(conversationId);
    query.addBindValue(historyRoleName(message.role));
    query.addBindValue(message.text.isNull() ? QStringLiteral("") : message.text);
    query.addBindValue(nullableText(message.requestId));
    query.addBindValue(message.interrupted ? 1 : 0);
    query.addBindValue(message.incomplete ? 1 : 0);
    query.addBindValue(message.createdAtMs != 0 ? message.createdAtMs : at);
    if (!query.exec())
        return failed(query.lastError().text());
    const qint64 id = query.lastInsertId().toLongLong();
    if (const QString why = transaction.commit(); !why.isEmpty())
        return failed(why);
    return id;
}

std::optional<Conversation> HistoryStore::conversation(qint64 id, QString* error) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT %1 FROM conversations WHERE id = ?").arg(kConversationColumns));
    query.addBindValue(id);
    if (!query.exec()) {
        setError(error, QCoreApplication::translate("Storage", "cannot read conversation %1 from "
                                                               "%2: %3")
                            .arg(id)
                            .arg(m_database.path(), query.lastError().text()));
        return std::nullopt;
    }
    if (!query.next()) {
        setError(error,
                 QCoreApplication::translate("Storage", "there is no conversation %1").arg(id));
        return std::nullopt;
    }
    return readConversation(query);
}

QList<Conversation> HistoryStore::conversations(QString* error) const
{
    QList<Conversation> result;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM conversations "
                                   "ORDER BY pinned DESC, updated_at_ms DESC, id DESC")
                        .arg(kConversationColumns))) {
        setError(error, QCoreApplication::translate("Storage", "cannot list the conversations in "
                                                               "%1: %2")
                            .arg(m_database.path(), query.lastError().text()));
        return result;
    }
    while (query.next())
        result.append(readConversation(query));
    return result;
}

QList<ConversationMessage> HistoryStore::messages(qint64 conversationId, QString* error) const
{
    QList<ConversationMessage> result;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM messages WHERE conversation_id = ? "
                                 "ORDER BY position")
                      .arg(kMessageColumns));
    query.addBindValue(conversationId);
    if (!query.exec()) {
        setError(error, QCoreApplication::translate("Storage", "cannot read the messages of "
                                                               "conversation %1 from %2: %3")
                            .arg(conversationId)
                            .arg(m_database.path(), query.lastError().text()));
        return result;
    }
    while (query.next())
        result.append(readMessage(query));
    return result;
}

bool HistoryStore::updateConversation(qint64 id, const QString& assignment, const QVariant& value,
                                      QString* error)
{
    if (refuseReadOnly(error))
        return false;
    const auto failed = [&](const QString& why) {
        setError(error, QCoreApplication::translate("Storage", "cannot change conversation %1 in "
                                                               "%2: %3")
                            .arg(id)
                            .arg(m_database.path(), why));
        return false;
    };
    WriteTransaction transaction(m_database.connection());
    if (const QString why = transaction.begin(); !why.isEmpty())
        return failed(why);
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE conversations SET %1, updated_at_ms = ? WHERE id = ?")
                      .arg(assignment));
    query.addBindValue(value);
    query.addBindValue(now());
    query.addBindValue(id);
    if (!query.exec())
        return failed(query.lastError().text());
    if (query.numRowsAffected() != 1)
        return failed(QCoreApplication::translate("Storage", "no such conversation"));
    if (const QString why = transaction.commit(); !why.isEmpty())
        return failed(why);
    return true;
}

bool HistoryStore::rename(qint64 id, const QString& title, QString* error)
{
    return updateConversation(id, QStringLiteral("title = ?"), title, error);
}

bool HistoryStore::setPinned(qint64 id, bool pinned, QString* error)
{
    return updateConversation(id, QStringLiteral("pinned = ?"), pinned ? 1 : 0, error);
}

bool HistoryStore::setSystemPrompt(qint64 id, const QString& systemPrompt, QString* error)
{
    return updateConversation(id, QStringLiteral("system_prompt = ?"), nullableText(systemPrompt),
                              error);
}

bool HistoryStore::setRoute(qint64 id, const QString& route, QString* error)
{
    return updateConversation(id, QStringLiteral("route = ?"), nullableText(route), error);
}

bool HistoryStore::removeMessagesFrom(qint64 conversationId, int position, QString* error)
{
    if (refuseReadOnly(error))
        return false;
    const auto failed = [&](const QString& why) {
        setError(error, QCoreApplication::translate("Storage", "cannot remove messages of "
                                                               "conversation %1 from %2: %3")
                            .arg(conversationId)
                            .arg(m_database.path(), why));
        return false;
    };
    WriteTransaction transaction(m_database.connection());
    if (const QString why = transaction.begin(); !why.isEmpty())
        return failed(why);
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE conversations SET updated_at_ms = ? WHERE id = ?"));
    query.addBindValue(now());
    query.addBindValue(conversationId);
    if (!query.exec())
        return failed(query.lastError().text());
    if (query.numRowsAffected() != 1)
        return failed(QCoreApplication::translate("Storage", "no such conversation"));
    query.prepare(
        QStringLiteral("DELETE FROM messages WHERE conversation_id = ? AND position >= ?"));
    query.addBindValue(conversationId);
    query.addBindValue(position);
    if (!query.exec())
        return failed(query.lastError().text());
    if (const QString why = transaction.commit(); !why.isEmpty())
        return failed(why);
    return true;
}

bool HistoryStore::remove(qint64 id, QString* error)
{
    if (refuseReadOnly(error))
        return false;
    const auto failed = [&](const QString& why) {
        setError(error, QCoreApplication::translate("Storage", "cannot delete conversation %1 "
                                                               "from %2: %3")
                            .arg(id)
                            .arg(m_database.path(), why));
        return false;
    };
    WriteTransaction transaction(m_database.connection());
    if (const QString why = transaction.begin(); !why.isEmpty())
        return failed(why);
    QSqlQuery query(m_database.connection());
    // The messages go explicitly (their trigger removes them from the search index) rather than
    // by the foreign key's cascade alone, so that a connection without foreign_keys leaves no
    // orphans either.
    query.prepare(QStringLiteral("DELETE FROM messages WHERE conversation_id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return failed(query.lastError().text());
    query.prepare(QStringLiteral("DELETE FROM conversations WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return failed(query.lastError().text());
    if (query.numRowsAffected() != 1)
        return failed(QCoreApplication::translate("Storage", "no such conversation"));
    if (const QString why = transaction.commit(); !why.isEmpty())
        return failed(why);
    return true;
}

QList<HistorySearchHit> HistoryStore::search(const QString& text, int limit, const QString& open,
                                             const QString& close, QString* error) const
{
    QList<HistorySearchHit> hits;
    const QString match = literalFtsQuery(text);
    if (match.isEmpty() || limit <= 0)
        return hits;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT m.conversation_id, m.id, c.title, "
                                 "snippet(messages_fts, 0, ?, ?, '\u2026', 16) "
                                 "FROM messages_fts JOIN messages m ON m.id = messages_fts.rowid "
                                 "JOIN conversations c ON c.id = m.conversation_id "
                                 "WHERE messages_fts MATCH ? ORDER BY rank, m.id LIMIT ?"));
    query.addBindValue(open);
    query.addBindValue(close);
    query.addBindValue(match);
    query.addBindValue(limit);
    if (!query.exec()) {
        setError(error, QCoreApplication::translate("Storage", "cannot search the chat history in "
                                                               "%1: %2")
                            .arg(m_database.path(), query.lastError().text()));
        return hits;
    }
    while (query.next()) {
        hits.append({query.value(0).toLongLong(), query.value(1).toLongLong(),
                     query.value(2).toString(), query.value(3).toString()});
    }
    return hits;
}

std::optional<ConversationDocument> HistoryStore::document(qint64 id, QString* error) const
{
    std::optional<Conversation> c = conversation(id, error);
    if (!c)
        return std::nullopt;
    QString readError;
    ConversationDocument document{*c, messages(id, &readError)};
    if (!readError.isEmpty()) {
        setError(error, readError);
        return std::nullopt;
    }
    return document;
}

std::optional<QString> HistoryStore::exportMarkdown(qint64 id, QString* error) const
{
    const std::optional<ConversationDocument> d = document(id, error);
    if (!d)
        return std::nullopt;
    return d->toMarkdown();
}

std::optional<QByteArray> HistoryStore::exportJson(qint64 id, QString* error) const
{
    const std::optional<ConversationDocument> d = document(id, error);
    if (!d)
        return std::nullopt;
    return d->toJson();
}

std::optional<qint64> HistoryStore::importJson(const QByteArray& json, QString* error)
{
    const auto refused = [&](const QString& why) -> std::optional<qint64> {
        setError(error, QCoreApplication::translate("Storage", "cannot import the conversation: "
                                                               "%1")
                            .arg(why));
        return std::nullopt;
    };
    QString problem;
    const std::optional<ConversationDocument> parsed =
        ConversationDocument::fromJson(json, now(), &problem);
    if (!parsed)
        return refused(problem);
    const Conversation& c = parsed->conversation;
    const QList<ConversationMessage>& list = parsed->messages;

    if (refuseReadOnly(error))
        return std::nullopt;
    const auto failed = [&](const QString& why) {
        return refused(QCoreApplication::translate("Storage", "cannot write to %1: %2")
                           .arg(m_database.path(), why));
    };
    // One transaction: a failure part-way leaves nothing behind.
    WriteTransaction transaction(m_database.connection());
    if (const QString why = transaction.begin(); !why.isEmpty())
        return failed(why);
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO conversations (title, created_at_ms, updated_at_ms, "
                                 "pinned, route, system_prompt) VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(c.title);
    query.addBindValue(c.createdAtMs);
    query.addBindValue(c.updatedAtMs);
    query.addBindValue(c.pinned ? 1 : 0);
    query.addBindValue(nullableText(c.route));
    query.addBindValue(nullableText(c.systemPrompt));
    if (!query.exec())
        return failed(query.lastError().text());
    const qint64 id = query.lastInsertId().toLongLong();
    query.prepare(QStringLiteral(
        "INSERT INTO messages (conversation_id, position, role, text, request_id, interrupted, "
        "incomplete, created_at_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (qsizetype i = 0; i < list.size(); ++i) {
        const ConversationMessage& m = list.at(i);
        query.addBindValue(id);
        query.addBindValue(static_cast<int>(i));
        query.addBindValue(historyRoleName(m.role));
        query.addBindValue(m.text);
        query.addBindValue(nullableText(m.requestId));
        query.addBindValue(m.interrupted ? 1 : 0);
        query.addBindValue(m.incomplete ? 1 : 0);
        query.addBindValue(m.createdAtMs);
        if (!query.exec())
            return failed(query.lastError().text());
    }
    if (const QString why = transaction.commit(); !why.isEmpty())
        return failed(why);
    return id;
}

} // namespace Storage
