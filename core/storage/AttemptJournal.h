#pragma once

#include "storage/UsageLedger.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QFile>
#include <QHash>
#include <QLockFile>
#include <QString>

#include <memory>
#include <optional>

namespace Storage {

struct ConnectionSettings;

/// What one ended process's journal says about itself (its first line).
struct AttemptJournalHeader {
    int version = 0;
    QString ledger; ///< AttemptJournal::ledgerName() of the ledger its rows belong to
    WriterIdentity writer;
};

/// This process's record of the attempts it has begun whose ledger rows may not be committed
/// yet (docs/STORAGE.md, "The attempt journal"). An attempt's line is appended with one write(2)
/// on the caller's thread, before its request goes out; the row itself is committed on the
/// ledger's thread meanwhile. A process killed in between leaves the line, and the next open of
/// the ledger writes the row from it (AttemptJournalRecovery): so a request never waits for a
/// commit, and still every request that went out has its row.
///
/// One file per journal, `attempts-<pid>-<n>.jsonl` in the profile's journal directory, held with
/// a QLockFile beside it for as long as it is open: a journal whose lock can be taken belongs to a
/// process that ended. No fsync: like the ledger's own commits, what is written survives the
/// process, not a power cut.
///
/// Not thread-safe: one thread (the LedgerWriter's) uses it.
class AttemptJournal {
public:
    /// Opens a journal of its own in `directory` (created if missing) for the ledger named
    /// `ledger` (ledgerName()). On failure isOpen() is false and error() says why.
    AttemptJournal(const QString& directory, const QString& ledger);
    /// Removes the journal and its lock: call it only once every appended attempt's row is
    /// committed (LedgerWriter destroys it after joining its thread).
    ~AttemptJournal();
    AttemptJournal(const AttemptJournal&) = delete;
    AttemptJournal& operator=(const AttemptJournal&) = delete;

    bool isOpen() const { return m_file.isOpen(); }
    QString error() const { return m_error; }
    QString path() const { return m_file.fileName(); }

    /// Appends the attempt's line. False when it could not be written whole: the journal closes
    /// then (error() says why) and every later append is false too, so a torn line is never
    /// followed by another.
    bool append(const LedgerEntry& entry);
    /// The attempt's row is committed, or its write has failed for good: its line is no longer
    /// needed. Once no line is, the file is cut back to its header (when it has grown past
    /// 64 KiB); past 1 MiB with lines still needed (a gateway that is never idle), it is
    /// rewritten with only those, once they are under a quarter of it.
    void settle(const QString& requestId, int attemptIndex);
    /// Attempts appended and not settled yet.
    qsizetype unsettled() const { return m_unsettled.size(); }
    /// The journal's size in bytes as this object wrote it.
    qint64 size() const { return m_size; }

    /// The name a journal gives its ledger: "sqlite" for the profile's own file (the journal
    /// lives beside it, wherever the profile is moved), the server's describe() for PostgreSQL.
    static QString ledgerName(const ConnectionSettings& settings);
    /// How the journal (and LedgerWriter) name one attempt: request id, U+001F, attempt index.
    static QString keyOf(const QString& requestId, int attemptIndex);
    /// The journal's lines, each one JSON object and a newline.
    static QByteArray headerLine(const QString& ledger, const WriterIdentity& writer);
    static QByteArray entryLine(const LedgerEntry& entry);
    /// Read back; empty for a line that is not one (torn, garbage, another version).
    static std::optional<AttemptJournalHeader> readHeader(QByteArrayView line);
    static std::optional<LedgerEntry> readEntry(QByteArrayView line);

    /// The newest journal format this build writes and reads.
    static constexpr int kVersion = 1;
    static constexpr qint64 kTruncateBytes = 64 * 1024;
    static constexpr qint64 kRewriteBytes = 1024 * 1024;

private:
    void rewrite();
    void fail(const QString& why);

    std::unique_ptr<QLockFile> m_lock;
    QFile m_file;
    QByteArray m_header;
    qint64 m_size = 0;
    QHash<QString, QByteArray> m_unsettled; ///< by keyOf()
    qint64 m_unsettledBytes = 0;
    QString m_error;
};

} // namespace Storage
