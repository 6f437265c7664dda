#pragma once

#include "secrets/KeyCache.h"
#include "secrets/KeyStoreResult.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <deque>
#include <functional>

namespace QKeychain {
class Job;
}

namespace Secrets {

class KeychainProbe;

/// API keys in the OS keychain through QtKeychain: the Secret Service (GNOME Keyring, KWallet,
/// KeePassXC) on Linux, the Keychain on macOS, the Credential Store on Windows. One entry per
/// provider, under one service name for the whole app. Never a plaintext fallback: QtKeychain's
/// insecure fallback is switched off on every job, and with no keychain every operation ends in
/// NoBackend with a message that says so.
///
/// Everything is asynchronous. Each call queues one operation; operations run one at a time in
/// the order they were asked for, and each ends with its callback on the event loop — never
/// inside the call, never inside a QtKeychain `finished` handler (a job started from there is a
/// known QtKeychain trap), and not at all once `context` is gone. A key that was just read or
/// written stays in a small cache for `cacheTtlMs` (KeyCache), so one request's retries do not
/// ask the keychain again; so does the answer that there is none (a local server without a key
/// would otherwise cost a keychain round trip on every request, e.g. through the gateway).
class KeyStore : public QObject {
    Q_OBJECT

public:
    using Callback = std::function<void(const KeyStoreResult&)>;

    static constexpr int kDefaultCacheTtlMs = 60'000;
    /// A keychain waiting for the user to unlock it may take a while; it may not take forever.
    static constexpr int kJobTimeoutMs = 120'000;
    /// After finding no keychain, ask the bus again only after this long.
    static constexpr int kNoBackendRecheckMs = 5'000;

    /// The keychain service every Switchboard key is stored under.
    static QString appServiceName();

    explicit KeyStore(QObject* parent = nullptr);
    /// Another service name (its own namespace in the keychain) and cache lifetime: for tests.
    KeyStore(QString serviceName, int cacheTtlMs, QObject* parent = nullptr);
    ~KeyStore() override;

    /// Reads the key of `provider`: Ok with the key, NotFound, or why the keychain cannot say.
    void get(const QString& provider, QObject* context, Callback done);
    /// Stores `key` for `provider`, replacing any key stored before.
    void set(const QString& provider, const QString& key, QObject* context, Callback done);
    /// Deletes the key of `provider`. Deleting a key that is not there is no error.
    void remove(const QString& provider, QObject* context, Callback done);
    /// Ok when a keychain can answer at all, else NoBackend with the reason.
    void checkBackend(QObject* context, Callback done);

    QString serviceName() const { return m_serviceName; }
    /// Drops every cached key (and every cached "none stored") now.
    void forgetCachedKeys()
    {
        m_cache.clear();
        m_absent.clear();
    }

private:
    enum class Kind { Get, Set, Remove, Check };
    enum class Backend { Unknown, Available, Missing };

    struct Operation {
        Kind kind = Kind::Get;
        QString provider;
        QString key;
        QPointer<QObject> context;
        bool hasContext = false;
        Callback done;
    };

    void enqueue(Operation operation);
    void schedulePump();
    void pump();
    void onProbeFinished(const KeyStoreResult& result);
    void startFront();
    void onJobFinished(QKeychain::Job* job);
    void onJobTimeout();
    void finishFront(KeyStoreResult result);
    KeyStoreResult resultOf(const QKeychain::Job& job, const Operation& operation) const;

    QString m_serviceName;
    KeyCache m_cache;
    QHash<QString, QDeadlineTimer> m_absent; ///< providers the keychain had no key for, until when
    std::deque<Operation> m_queue;
    bool m_running = false;
    bool m_pumpScheduled = false;
    Backend m_backend = Backend::Unknown;
    QString m_noBackendMessage;
    QDeadlineTimer m_recheckBackend;
    QPointer<KeychainProbe> m_probe;
    QPointer<QKeychain::Job> m_job;
    QTimer m_jobTimeout;
};

} // namespace Secrets
