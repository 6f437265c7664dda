#include "secrets/KeychainProbe.h"

#include <QCoreApplication>
#include <QTimer>

#if defined(SWITCHBOARD_KEYCHAIN_OVER_DBUS)
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#endif

namespace Secrets {
#if defined(SWITCHBOARD_KEYCHAIN_OVER_DBUS)
namespace {

constexpr int kBusTimeoutMs = 5000;

QString noServiceMessage()
{
    return QCoreApplication::translate(
        "Secrets", "no keychain is available: no Secret Service (GNOME Keyring, KWallet, "
                   "KeePassXC) answers on the D-Bus session bus");
}

} // namespace
#endif

KeychainProbe::KeychainProbe(QObject* parent)
    : QObject(parent)
{}

QStringList KeychainProbe::backendNames()
{
    return {QStringLiteral("org.freedesktop.secrets"), QStringLiteral("org.kde.kwalletd6"),
            QStringLiteral("org.kde.kwalletd5"), QStringLiteral("org.kde.kwalletd")};
}

void KeychainProbe::start()
{
#if defined(SWITCHBOARD_KEYCHAIN_OVER_DBUS)
    if (!QDBusConnection::sessionBus().isConnected()) {
        const QString why = QDBusConnection::sessionBus().lastError().message();
        QTimer::singleShot(0, this, [this, why] {
            finishWith(KeyStoreStatus::NoBackend,
                       QCoreApplication::translate("Secrets",
                                                   "no keychain is available: the D-Bus session "
                                                   "bus cannot be reached (%1)")
                           .arg(why.isEmpty() ? QCoreApplication::translate(
                                    "Secrets", "DBUS_SESSION_BUS_ADDRESS is not set")
                                              : why));
        });
        return;
    }
    askBus(QStringLiteral("ListNames"));
#else
    QTimer::singleShot(0, this, [this] { finishWith(KeyStoreStatus::Ok); });
#endif
}

void KeychainProbe::askBus(const QString& method)
{
#if defined(SWITCHBOARD_KEYCHAIN_OVER_DBUS)
    const QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
        QStringLiteral("org.freedesktop.DBus"), method);
    auto* watcher = new QDBusPendingCallWatcher(
        QDBusConnection::sessionBus().asyncCall(call, kBusTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, method](QDBusPendingCallWatcher* finishedCall) {
                finishedCall->deleteLater();
                const QDBusPendingReply<QStringList> reply = *finishedCall;
                if (reply.isError()) {
                    finishWith(KeyStoreStatus::NoBackend, noServiceMessage() + QStringLiteral(" (")
                                                              + reply.error().message() + u')');
                    return;
                }
                const QStringList names = reply.value();
                for (const QString& name : backendNames()) {
                    if (names.contains(name)) {
                        finishWith(KeyStoreStatus::Ok);
                        return;
                    }
                }
                // Not running: the bus may still start one on first use (D-Bus activation).
                if (method == QLatin1String("ListNames"))
                    askBus(QStringLiteral("ListActivatableNames"));
                else
                    finishWith(KeyStoreStatus::NoBackend, noServiceMessage());
            });
#else
    Q_UNUSED(method)
#endif
}

void KeychainProbe::finishWith(KeyStoreStatus status, const QString& message)
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT finished({status, {}, message});
}

} // namespace Secrets
