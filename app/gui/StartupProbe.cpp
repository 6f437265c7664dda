#include "StartupProbe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace {

/// VmRSS of this process in KiB, from /proc (0 where there is none).
qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

} // namespace

StartupProbe::StartupProbe(QWidget& window, const QElapsedTimer& sinceMain, bool quitAfter,
                           QObject* parent)
    : QObject(parent)
    , m_sinceMain(sinceMain)
    , m_quitAfter(quitAfter)
{
    window.installEventFilter(this);
}

bool StartupProbe::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        watched->removeEventFilter(this);
        // After this paint, once the events queued behind it have run: interactive.
        QTimer::singleShot(0, this, &StartupProbe::report);
    }
    return false;
}

void StartupProbe::report()
{
    std::printf("first-paint-ms %lld rss-kib %lld\n", static_cast<long long>(m_sinceMain.elapsed()),
                static_cast<long long>(residentKiB()));
    std::fflush(stdout);
    if (m_quitAfter)
        QCoreApplication::quit();
}
