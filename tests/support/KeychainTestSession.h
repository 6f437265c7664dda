#pragma once

// Helpers for tests that use the OS keychain. They write to it only inside the private session of
// packaging/with-test-session.sh (a throwaway D-Bus session and gnome-keyring), never to the
// keyring of the developer who runs ctest directly; and they force "no keychain" in a child
// process (runWithoutKeychain) to check what the user is told then.
#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>

namespace TestSupport {

/// True inside packaging/with-test-session.sh, whose keyring is ours to write to.
inline bool insideTestSession()
{
    return qEnvironmentVariable("SWITCHBOARD_TEST_SESSION") == QLatin1String("inner");
}

inline const char* noKeychainChildVariable()
{
    return "SWITCHBOARD_TEST_NO_KEYCHAIN_CHILD";
}

/// True in the child that runWithoutKeychain() started.
inline bool isNoKeychainChild()
{
    return qEnvironmentVariable(noKeychainChildVariable()) == QLatin1String("1");
}

/// Runs `testFunction` of this test executable again in a child process that has no keychain,
/// and returns what went wrong (empty when the function ran and passed).
///
/// Why this is reliable: QtDBus (our probe) and GDBus (libsecret, under QtKeychain) each read
/// DBUS_SESSION_BUS_ADDRESS once per process, when they first connect. Pointing it at a socket
/// that does not exist, in a fresh process, makes every connection fail at once, whatever runs on
/// the real session bus; DISPLAY is removed so that libdbus cannot autolaunch a bus either. In the
/// test process itself the connection is already made and cached, hence the child. The child's
/// HOME and XDG_CONFIG_HOME point into `scratchDir`, so a plaintext fallback (QSettings) would show
/// up there — the caller checks that it stays empty.
inline QString runWithoutKeychain(const QString& testFunction, const QString& scratchDir)
{
    QDir(scratchDir).mkpath(QStringLiteral("home"));
    QDir(scratchDir).mkpath(QStringLiteral("config"));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                       QStringLiteral("unix:path=") + scratchDir + QStringLiteral("/no-such-bus"));
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.insert(QStringLiteral("HOME"), scratchDir + QStringLiteral("/home"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), scratchDir + QStringLiteral("/config"));
    environment.insert(QString::fromLatin1(noKeychainChildVariable()), QStringLiteral("1"));

    QProcess child;
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QCoreApplication::applicationFilePath(), {testFunction});
    if (!child.waitForFinished(120'000)) {
        child.kill();
        child.waitForFinished();
        return QStringLiteral("the child did not finish within 120 s: ")
               + QString::fromLocal8Bit(child.readAll());
    }
    const QString output = QString::fromLocal8Bit(child.readAll());
    const QString passed = QStringLiteral("PASS   : ");
    const QString ran = QStringLiteral("::") + testFunction + QStringLiteral("()");
    bool ok = child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0;
    ok = ok && output.split(u'\n').filter(passed).filter(ran).size() == 1;
    return ok ? QString() : output;
}

} // namespace TestSupport
