#include "storage/WriterIdentity.h"

#include <QCoreApplication>
#include <QSysInfo>
#include <QtGlobal>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#endif

namespace Storage {

WriterIdentity WriterIdentity::current()
{
    WriterIdentity writer;
    writer.host = QSysInfo::machineHostName();
    writer.user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    writer.pid = QCoreApplication::applicationPid();
    return writer;
}

bool WriterIdentity::processIsAlive(qint64 pid)
{
    if (pid <= 0)
        return false;
    if (pid == QCoreApplication::applicationPid())
        return true;
#ifdef Q_OS_UNIX
    // Signal 0 checks existence; EPERM means it exists but belongs to someone else.
    return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;
#else
    return true; // cannot tell here: only the age rule applies
#endif
}

} // namespace Storage
