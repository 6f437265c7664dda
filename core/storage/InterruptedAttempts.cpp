#include "storage/InterruptedAttempts.h"

#include "storage/StatsRollup.h"
#include "storage/WriteTransaction.h"
#include "storage/WriterIdentity.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Storage {
namespace {

constexpr qint64 kForeignWriterMaxAgeMs = 24LL * 3600 * 1000;

} // namespace

InterruptedAttempts::InterruptedAttempts(QSqlDatabase db)
    : m_db(std::move(db))
{}

QString InterruptedAttempts::reason()
{
    return QCoreApplication::translate(
        "Storage", "Switchboard stopped before this attempt finished (the process ended)");
}

int InterruptedAttempts::recover(QString* error)
{
    const auto fail = [error](const QString& why) {
        if (error)
            *error = why;
        return -1;
    };
    const WriterIdentity me = WriterIdentity::current();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<qint64> dead;
    {
        QSqlQuery pending(m_db);
        if (!pending.exec(QStringLiteral("SELECT id, writer_host, writer_pid, started_at_ms FROM "
                                         "attempts WHERE outcome = 'pending'")))
            return fail(pending.lastError().text());
        while (pending.next()) {
            const bool here = pending.value(1).toString() == me.host;
            const bool gone = here ? !WriterIdentity::processIsAlive(pending.value(2).toLongLong())
                                   : now - pending.value(3).toLongLong() > kForeignWriterMaxAgeMs;
            if (gone)
                dead.append(pending.value(0).toLongLong());
        }
    }
    if (dead.isEmpty())
        return 0;
    QSqlQuery update(m_db);
    update.prepare(QStringLiteral(
        "UPDATE attempts SET outcome = 'interrupted', error = ?, cost_source = 'unknown' WHERE "
        "id = ? AND outcome = 'pending'"));
    StatsRollup rollup(m_db);
    const QString message = reason();
    int closed = 0;
    // One transaction per row, like every other finish: concurrent writers of a shared ledger
    // then always update the rollup in the same order.
    for (qint64 id : dead) {
        WriteTransaction transaction(m_db);
        if (const QString why = transaction.begin(); !why.isEmpty())
            return fail(why);
        update.addBindValue(message);
        update.addBindValue(id);
        if (!update.exec())
            return fail(update.lastError().text());
        // Another client of a shared ledger may have closed the row first: count it once.
        if (update.numRowsAffected() != 1)
            continue;
        if (const QString why = rollup.addFinished(id); !why.isEmpty())
            return fail(why);
        if (const QString why = transaction.commit(); !why.isEmpty())
            return fail(why);
        ++closed;
    }
    return closed;
}

} // namespace Storage
