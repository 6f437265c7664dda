#include "storage/AttemptJournal.h"

#include "storage/ConnectionSettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <atomic>
#include <limits>

namespace Storage {
namespace {

const QString kVersionKey = QStringLiteral("switchboard_attempt_journal");

QByteArray lineOf(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

std::optional<QJsonObject> objectOf(QByteArrayView line)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(line.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

} // namespace

AttemptJournal::AttemptJournal(const QString& directory, const QString& ledger)
{
    if (!QDir().mkpath(directory)) {
        m_error =
            QCoreApplication::translate("Storage", "cannot create the attempt journal directory %1")
                .arg(directory);
        return;
    }
    // Several journals may live in one process (a profile opened twice, tests): a serial tells
    // them apart.
    static std::atomic<int> serial{0};
    const WriterIdentity me = WriterIdentity::current();
    for (int tries = 0; tries < 16; ++tries) {
        const QString base = QDir(directory).filePath(
            QStringLiteral("attempts-%1-%2").arg(me.pid).arg(serial.fetch_add(1)));
        auto lock = std::make_unique<QLockFile>(base + QStringLiteral(".lock"));
        // Never stale by age: only a lock whose process ended can be taken.
        lock->setStaleLockTime(0);
        if (!lock->tryLock(0)) {
            if (lock->error() == QLockFile::LockFailedError)
                continue;
            m_error =
                QCoreApplication::translate(
                    "Storage", "cannot lock the attempt journal %1.lock (check the directory's "
                               "permissions)")
                    .arg(base);
            return;
        }
        if (QFile::exists(base + QStringLiteral(".jsonl"))) {
            // An ended process with this process id left it: unlocked, the next open recovers it.
            lock->unlock();
            continue;
        }
        m_file.setFileName(base + QStringLiteral(".jsonl"));
        // Unbuffered: each line is one write(2), in the kernel before the request goes out.
        if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered)) {
            m_error =
                QCoreApplication::translate("Storage", "cannot open the attempt journal %1: %2")
                    .arg(m_file.fileName(), m_file.errorString());
            return;
        }
        m_lock = std::move(lock);
        m_header = headerLine(ledger, me);
        if (m_file.write(m_header) != m_header.size()) {
            fail(QCoreApplication::translate("Storage", "cannot write the attempt journal %1: %2")
                     .arg(m_file.fileName(), m_file.errorString()));
            return;
        }
        m_size = m_header.size();
        return;
    }
    m_error = QCoreApplication::translate(
                  "Storage", "cannot lock an attempt journal in %1: every name is taken")
                  .arg(directory);
}

AttemptJournal::~AttemptJournal()
{
    if (!m_lock)
        return;
    m_file.close();
    QFile::remove(m_file.fileName());
    m_lock->unlock();
}

void AttemptJournal::fail(const QString& why)
{
    // The lines already written stay, locked, until this object is destroyed: a crash before
    // then still leaves them to the next open.
    m_error = why;
    m_file.close();
}

bool AttemptJournal::append(const LedgerEntry& entry)
{
    if (!m_file.isOpen())
        return false;
    QByteArray line = entryLine(entry);
    if (m_file.write(line) != line.size()) {
        fail(QCoreApplication::translate("Storage", "cannot write the attempt journal %1: %2")
                 .arg(m_file.fileName(), m_file.errorString()));
        return false;
    }
    m_size += line.size();
    m_unsettledBytes += line.size();
    m_unsettled.insert(keyOf(entry.attempt.requestId, entry.attempt.index), std::move(line));
    return true;
}

void AttemptJournal::settle(const QString& requestId, int attemptIndex)
{
    if (const auto line = m_unsettled.constFind(keyOf(requestId, attemptIndex));
        line != m_unsettled.cend()) {
        m_unsettledBytes -= line.value().size();
        m_unsettled.erase(line);
    }
    if (!m_file.isOpen())
        return;
    if (m_unsettled.isEmpty()) {
        if (m_size < kTruncateBytes)
            return;
        if (!m_file.resize(m_header.size())) {
            fail(QCoreApplication::translate("Storage", "cannot shorten the attempt journal %1: %2")
                     .arg(m_file.fileName(), m_file.errorString()));
            return;
        }
        m_size = m_header.size();
        return;
    }
    // Rewritten once the lines still needed are under a quarter of it, so that a rewrite
    // always shrinks it to a fraction.
    if (m_size >= kRewriteBytes && m_unsettledBytes * 4 < m_size)
        rewrite();
}

void AttemptJournal::rewrite()
{
    // Replaced whole (write a new file, rename it over): a crash leaves the old journal or the
    // new one, each with every line still needed.
    QSaveFile next(m_file.fileName());
    next.setDirectWriteFallback(false);
    qint64 size = m_header.size();
    bool written = next.open(QIODevice::WriteOnly) && next.write(m_header) == m_header.size();
    for (auto line = m_unsettled.cbegin(); written && line != m_unsettled.cend(); ++line) {
        written = next.write(line.value()) == line.value().size();
        size += line.value().size();
    }
    if (!written || !next.commit())
        return; // the old journal is untouched and still has every line: keep appending to it
    m_file.close();
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered)) {
        m_error = QCoreApplication::translate("Storage", "cannot open the attempt journal %1: %2")
                      .arg(m_file.fileName(), m_file.errorString());
        return;
    }
    m_size = size;
}

QString AttemptJournal::keyOf(const QString& requestId, int attemptIndex)
{
    return requestId + QChar(0x1f) + QString::number(attemptIndex);
}

QString AttemptJournal::ledgerName(const ConnectionSettings& settings)
{
    return settings.driver == SqlDriver::Sqlite ? QStringLiteral("sqlite") : settings.describe();
}

QByteArray AttemptJournal::headerLine(const QString& ledger, const WriterIdentity& writer)
{
    return lineOf(QJsonObject{{kVersionKey, kVersion},
                              {QStringLiteral("ledger"), ledger},
                              {QStringLiteral("host"), writer.host},
                              {QStringLiteral("user"), writer.user},
                              {QStringLiteral("pid"), writer.pid}});
}

QByteArray AttemptJournal::entryLine(const LedgerEntry& entry)
{
    const Chat::Attempt& a = entry.attempt;
    QJsonObject line{{QStringLiteral("request_id"), a.requestId},
                     {QStringLiteral("attempt_index"), a.index},
                     {QStringLiteral("origin"), Chat::originName(entry.origin)},
                     {QStringLiteral("provider"), a.provider},
                     {QStringLiteral("model"), a.model},
                     {QStringLiteral("started_at_ms"), a.startedAt.toMSecsSinceEpoch()}};
    if (!entry.route.isEmpty())
        line.insert(QStringLiteral("route"), entry.route);
    if (!a.orderReason.isEmpty())
        line.insert(QStringLiteral("order_reason"), a.orderReason);
    if (!entry.clientAgent.isEmpty())
        line.insert(QStringLiteral("user_agent"), entry.clientAgent);
    return lineOf(line);
}

std::optional<AttemptJournalHeader> AttemptJournal::readHeader(QByteArrayView line)
{
    const std::optional<QJsonObject> object = objectOf(line);
    if (!object)
        return std::nullopt;
    AttemptJournalHeader header;
    header.version = object->value(kVersionKey).toInt(0);
    header.ledger = object->value(QStringLiteral("ledger")).toString();
    header.writer.host = object->value(QStringLiteral("host")).toString();
    header.writer.user = object->value(QStringLiteral("user")).toString();
    header.writer.pid = object->value(QStringLiteral("pid")).toInteger(0);
    if (header.version < 1 || header.ledger.isEmpty())
        return std::nullopt;
    return header;
}

std::optional<LedgerEntry> AttemptJournal::readEntry(QByteArrayView line)
{
    const std::optional<QJsonObject> object = objectOf(line);
    if (!object)
        return std::nullopt;
    const QJsonValue index = object->value(QStringLiteral("attempt_index"));
    const QJsonValue started = object->value(QStringLiteral("started_at_ms"));
    LedgerEntry entry;
    Chat::Attempt& a = entry.attempt;
    a.requestId = object->value(QStringLiteral("request_id")).toString();
    a.provider = object->value(QStringLiteral("provider")).toString();
    a.model = object->value(QStringLiteral("model")).toString();
    if (a.requestId.isEmpty() || a.provider.isEmpty() || a.model.isEmpty() || !index.isDouble()
        || index.toInteger(-1) < 0 || index.toInteger(-1) > std::numeric_limits<int>::max()
        || !started.isDouble())
        return std::nullopt;
    a.index = static_cast<int>(index.toInteger());
    a.startedAt = QDateTime::fromMSecsSinceEpoch(started.toInteger(), Qt::UTC);
    a.orderReason = object->value(QStringLiteral("order_reason")).toString();
    entry.origin = Chat::originFromName(object->value(QStringLiteral("origin")).toString());
    entry.route = object->value(QStringLiteral("route")).toString();
    entry.clientAgent = object->value(QStringLiteral("user_agent")).toString();
    return entry;
}

} // namespace Storage
