#include "storage/AttemptJournalRecovery.h"

#include "storage/AttemptJournal.h"
#include "storage/Database.h"
#include "storage/InterruptedAttempts.h"
#include "storage/UsageLedger.h"
#include "storage/WriteTransaction.h"

#include <QDir>
#include <QFile>
#include <QLockFile>

namespace Storage {
namespace {

const QString kSuffix = QStringLiteral(".jsonl");

} // namespace

AttemptJournalRecovery::AttemptJournalRecovery(Database& database, QString directory)
    : m_database(database)
    , m_directory(std::move(directory))
{}

int AttemptJournalRecovery::recover(QString* error)
{
    if (m_directory.isEmpty() || m_database.isReadOnly())
        return 0;
    const QDir dir(m_directory);
    if (!dir.exists())
        return 0;
    int restored = 0;
    const QStringList journals =
        dir.entryList({QStringLiteral("attempts-*") + kSuffix}, QDir::Files, QDir::Name);
    for (const QString& name : journals) {
        const QString path = dir.filePath(name);
        QLockFile lock(path.chopped(kSuffix.size()) + QStringLiteral(".lock"));
        lock.setStaleLockTime(0);
        // Taken only when its process ended (or another open is recovering it right now).
        if (!lock.tryLock(0))
            continue;
        const int rows = recoverFile(path, error);
        if (rows < 0)
            return -1;
        restored += rows;
    }
    return restored;
}

int AttemptJournalRecovery::recoverFile(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0; // left for an open that can read it
    const QByteArray journal = file.readAll();
    file.close();
    const QList<QByteArray> lines = journal.split('\n');
    const std::optional<AttemptJournalHeader> header =
        lines.isEmpty() ? std::nullopt : AttemptJournal::readHeader(lines.first());
    if (!header) {
        // Torn while it was being created, before it held any attempt.
        QFile::remove(path);
        return 0;
    }
    // A newer build's journal, or one of another ledger (the profile's ledger was switched
    // since): left for the build and the ledger it belongs to.
    if (header->version > AttemptJournal::kVersion
        || header->ledger != AttemptJournal::ledgerName(m_database.settings()))
        return 0;

    const auto failed = [error](const QString& why) {
        if (error)
            *error = why;
        return -1;
    };
    UsageLedger ledger(m_database);
    ledger.setWriter(header->writer);
    WriteTransaction transaction(m_database.connection());
    if (const QString why = transaction.begin(); !why.isEmpty())
        return failed(why);
    int restored = 0;
    for (qsizetype n = 1; n < lines.size(); ++n) {
        // The last line may be torn by the kill; a garbled one says nothing either.
        std::optional<LedgerEntry> entry = AttemptJournal::readEntry(lines.at(n));
        if (!entry)
            continue;
        QString why;
        if (ledger.rowOf(entry->attempt.requestId, entry->attempt.index, &why))
            continue; // committed before the process ended
        if (!why.isEmpty())
            return failed(why);
        Chat::Attempt& a = entry->attempt;
        a.outcome = Chat::Outcome::Interrupted;
        a.error = InterruptedAttempts::reason();
        a.costSource = QStringLiteral("unknown");
        if (why = ledger.record(*entry); !why.isEmpty()) {
            // On a shared server, the ended process's own insert may have been waiting for a
            // lock and committed just now: then its row is there, and that is all we want.
            QString again;
            if (ledger.rowOf(a.requestId, a.index, &again))
                continue;
            return failed(why);
        }
        ++restored;
    }
    if (const QString why = transaction.commit(); !why.isEmpty())
        return failed(why);
    QFile::remove(path);
    return restored;
}

} // namespace Storage
