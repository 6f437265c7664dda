#pragma once

// What the GUI benchmarks read of a process from /proc.
#include <QByteArray>
#include <QFile>
#include <QString>

namespace Bench {

/// VmRSS of process `pid` (0: this one) in KiB; 0 where /proc has no answer.
inline qint64 residentKiB(qint64 pid = 0)
{
    QFile status(pid == 0 ? QStringLiteral("/proc/self/status")
                          : QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

} // namespace Bench
