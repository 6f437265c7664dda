#pragma once

#include <QString>

namespace Storage {

/// Who writes a ledger row: the machine, the user and the process. The process id tells a row
/// still being written from one whose process died (docs/STORAGE.md); the machine and user say
/// whose spend it is when a team shares one ledger.
struct WriterIdentity {
    QString host;
    QString user;
    qint64 pid = 0;

    static WriterIdentity current();
    /// True when process `pid` on this machine is still running (or cannot be told dead).
    static bool processIsAlive(qint64 pid);
};

} // namespace Storage
