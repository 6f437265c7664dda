#pragma once

#include "chat/Attempt.h"
#include "storage/PreparedStatement.h"
#include "storage/StatsRollup.h"
#include "storage/WriterIdentity.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Storage {

class Database;

/// What the ledger keeps of one attempt, beyond the attempt itself.
struct LedgerEntry {
    Chat::Attempt attempt;
    Chat::Origin origin = Chat::Origin::Cli;
    QString route; ///< empty when a model was asked directly
    /// The HTTP client's User-Agent for gateway requests (control characters removed, at most
    /// 200 characters, key-shaped strings redacted); empty otherwise.
    QString clientAgent;
    /// Read back only: the row's id, and whether the attempt is still running ('pending').
    qint64 rowId = 0;
    bool pending = false;
};

/// One row per attempt, won or lost: the honest record of what every request cost and took.
class UsageLedger {
public:
    explicit UsageLedger(Database& database);

    /// Writes the row of an attempt that is starting (outcome 'pending'), before its network
    /// call, so that a process killed mid-stream still leaves its row (docs/STORAGE.md: crash
    /// safety). Returns the row id; on failure, empty and `error` says why.
    std::optional<qint64> begin(const LedgerEntry& entry, QString* error = nullptr);
    /// Completes a row begun with begin() with the attempt as it ended, and adds it to the
    /// statistics rollup, in one transaction. Returns a readable error, empty on success.
    QString finish(qint64 rowId, const LedgerEntry& entry);
    /// finish() for the row begun for the entry's request id and attempt index; when none was
    /// (its begin failed), records the attempt whole instead. For writers that queue the end of
    /// an attempt before they know the row id (LedgerWriter).
    QString complete(const LedgerEntry& entry);
    /// The id of the row of this request's attempt; empty when there is none, or with `error`
    /// set when it cannot be read.
    std::optional<qint64> rowOf(const QString& requestId, int attemptIndex,
                                QString* error = nullptr);
    /// begin() and finish() at once, for an attempt that ended before any network call.
    QString record(const LedgerEntry& entry);
    /// The newest rows first, for checks and small listings.
    QList<LedgerEntry> recent(int limit) const;
    /// Who the rows begun from now on say wrote them; by default this process
    /// (WriterIdentity::current()). For tests of a team's ledger, and tools importing rows.
    void setWriter(WriterIdentity writer) { m_writer = std::move(writer); }
    /// Every row of these requests (the attempt trail of stored answers), by request id and then
    /// attempt index. On failure, what could be read and `error` says why.
    QList<LedgerEntry> requestAttempts(const QStringList& requestIds,
                                       QString* error = nullptr) const;

private:
    QString readOnlyError() const;
    /// "cannot record the attempt in FILE: why".
    QString cannotRecord(const QString& why) const;

    Database& m_database;
    std::optional<WriterIdentity> m_writer;
    // Prepared once per connection (PreparedStatement).
    PreparedStatement m_insert;
    PreparedStatement m_update;
    PreparedStatement m_find;
    std::optional<StatsRollup> m_rollup;
};

} // namespace Storage
