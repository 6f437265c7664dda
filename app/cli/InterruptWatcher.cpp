#include "InterruptWatcher.h"

#include <QtGlobal>

#include <csignal>

#if defined(Q_OS_UNIX)
#include <QSocketNotifier>

#include <sys/socket.h>
#include <unistd.h>

namespace {
int g_pipe[2] = {-1, -1};

extern "C" void onSignal(int number)
{
    const char byte = static_cast<char>(number);
    [[maybe_unused]] const auto written = ::write(g_pipe[1], &byte, 1);
}
} // namespace
#elif defined(Q_OS_WIN)
#include <QMetaObject>

#include <atomic>
#include <windows.h>

namespace {
std::atomic<InterruptWatcher*> g_watcher{nullptr};

// Windows calls console control handlers on a thread of its own: hand the event to the watcher's
// thread through its event queue.
BOOL WINAPI onConsoleControl(DWORD event)
{
    if (event != CTRL_C_EVENT && event != CTRL_BREAK_EVENT)
        return FALSE; // closing the console, logging off: the default handling ends the process
    InterruptWatcher* watcher = g_watcher.load();
    if (!watcher)
        return FALSE;
    QMetaObject::invokeMethod(
        watcher, [watcher] { Q_EMIT watcher->interrupted(SIGINT); }, Qt::QueuedConnection);
    return TRUE;
}
} // namespace
#endif

InterruptWatcher::InterruptWatcher(QObject* parent)
    : QObject(parent)
{
#if defined(Q_OS_UNIX)
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_pipe) != 0)
        return;
    m_notifier = new QSocketNotifier(g_pipe[0], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, [this] {
        char byte = 0;
        if (::read(g_pipe[0], &byte, 1) == 1)
            Q_EMIT interrupted(byte);
    });
    struct sigaction action {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
#elif defined(Q_OS_WIN)
    g_watcher.store(this);
    ::SetConsoleCtrlHandler(onConsoleControl, TRUE);
#endif
}

InterruptWatcher::~InterruptWatcher()
{
#if defined(Q_OS_UNIX)
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
#elif defined(Q_OS_WIN)
    ::SetConsoleCtrlHandler(onConsoleControl, FALSE);
    g_watcher.store(nullptr);
#endif
}
