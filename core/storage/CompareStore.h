#pragma once

#include "storage/CompareSession.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

class QSqlQuery;

namespace Storage {

class Database;

/// The saved compares: one prompt, its columns and the user's verdict (docs/COMPARE.md, schema in
/// docs/STORAGE.md). A column can be continued as a normal conversation of the HistoryStore.
/// Synchronous; like its Database, one instance per thread (the GUI calls it from a worker).
/// Every write is one transaction. Failures come back as readable text through `error` (left
/// untouched on success), never as exceptions.
class CompareStore {
public:
    /// The current time in milliseconds since the epoch; tests inject their own.
    using Clock = std::function<qint64()>;

    explicit CompareStore(Database& database, Clock clock = {});

    /// Saves a whole compare as a new one and returns its id. Ids, compare ids and the verdict in
    /// `session` are ignored; columns keep their order and get positions 0, 1, 2…; an empty title
    /// becomes the prompt's first line; times of 0 mean now.
    std::optional<qint64> save(const CompareSession& session, QString* error = nullptr);
    /// Replaces what column `column.position` of compare `compareId` holds with a new result (a
    /// column retried alone). Its target and its conversation link stay. A verdict given before
    /// is cleared: it judged answers that are no longer all there.
    bool updateColumn(qint64 compareId, const CompareColumnRecord& column,
                      QString* error = nullptr);

    std::optional<CompareSession> session(qint64 id, QString* error = nullptr) const;
    /// Every compare, the most recently updated first, without their columns (session() has them).
    QList<CompareSession> sessions(QString* error = nullptr) const;

    bool rename(qint64 id, const QString& title, QString* error = nullptr);
    /// Deletes the compare and its columns. Conversations continued from it stay.
    bool remove(qint64 id, QString* error = nullptr);

    /// Stores the user's verdict (CompareVerdict), replacing an earlier one; an empty verdict
    /// clears it. Only answered columns can be marked best.
    bool setVerdict(qint64 id, const CompareVerdict& verdict, QString* error = nullptr);

    /// Turns one answered column into a normal conversation to continue with its model: the
    /// compare's title and system prompt, the prompt as the user's message and the column's answer
    /// (with its ledger request id) as the assistant's. A route column's conversation names the
    /// route. Returns the conversation's id and remembers it on the column.
    std::optional<qint64> continueAsConversation(qint64 compareId, int position,
                                                 QString* error = nullptr);

    /// The title a compare of `prompt` gets when it has none: its first line, shortened.
    static QString titleFor(const QString& prompt);

private:
    qint64 now() const;
    /// One write: refuses a read-only database, runs `body` in one transaction and commits.
    /// Returns why it failed (body's reason or the database's), empty on success.
    QString write(const std::function<QString(QSqlQuery&)>& body);
    /// With a reason: sets `error` to "what: why" and returns true.
    bool failed(const QString& why, const QString& what, QString* error) const;
    /// Column `position` of compare `compareId`, and the whole compare into `session`.
    std::optional<CompareColumnRecord> column(qint64 compareId, int position,
                                              CompareSession* session, QString* error) const;

    Database& m_database;
    Clock m_clock;
};

} // namespace Storage
