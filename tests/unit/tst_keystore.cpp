// KeyStore against the real Secret Service of packaging/with-test-session.sh (a throwaway
// gnome-keyring on a private D-Bus session): set/get/delete round trips, the order of operations,
// callbacks always from the event loop, a job started from another job's callback (the QtKeychain
// trap), the short-lived cache, and — in a child process without any D-Bus — the plain NoBackend
// answer with nothing written anywhere instead.
#include "KeychainTestSession.h"
#include "secrets/KeyCache.h"
#include "secrets/KeyStore.h"

#include <QDir>
#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using Secrets::KeyCache;
using Secrets::KeyStore;
using Secrets::KeyStoreResult;
using Secrets::KeyStoreStatus;

namespace {

/// Its own namespace in the keychain, apart from the app's "Switchboard".
const QString kService = QStringLiteral("Switchboard-tests");
const QString kKey = QStringLiteral("sk-keystore-test-4f1c2a9e8b7d6c5f4e3d2c1b");

using Operation = std::function<void(QObject* context, KeyStore::Callback done)>;

/// Runs one store operation and waits for its callback.
std::optional<KeyStoreResult> await(const Operation& operation, int timeoutMs = 20'000)
{
    QObject context;
    std::optional<KeyStoreResult> result;
    operation(&context, [&result](const KeyStoreResult& r) { result = r; });
    (void)QTest::qWaitFor([&result] { return result.has_value(); }, timeoutMs);
    return result;
}

/// Empty when the keychain may be written here, else why not (for QSKIP).
QString whyNoKeychain()
{
    if (!TestSupport::insideTestSession()) {
        return QStringLiteral("writes to the Secret Service: run it under "
                              "packaging/with-test-session.sh (a throwaway keyring), never "
                              "against your own");
    }
    KeyStore store(kService, 0);
    const std::optional<KeyStoreResult> backend =
        await([&store](QObject* c, KeyStore::Callback d) { store.checkBackend(c, d); });
    if (!backend)
        return QStringLiteral("the keychain probe did not answer");
    if (!backend->ok())
        return QStringLiteral("no Secret Service on the session bus: ") + backend->message;
    return {};
}

QString uniqueProvider(const char* what)
{
    return QStringLiteral("tst-keystore-%1-%2")
        .arg(QLatin1String(what))
        .arg(QCoreApplication::applicationPid());
}

} // namespace

class TestKeyStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void setGetDeleteRoundTripThroughTheSecretService()
    {
        const QString reason = whyNoKeychain();
        if (!reason.isEmpty())
            QSKIP(qPrintable(reason));
        const QString provider = uniqueProvider("roundtrip");
        KeyStore store(kService, KeyStore::kDefaultCacheTtlMs);

        auto result =
            await([&](QObject* c, KeyStore::Callback d) { store.set(provider, kKey, c, d); });
        QVERIFY(result);
        QVERIFY2(result->ok(), qPrintable(result->message));
        QVERIFY(result->key.isEmpty()); // only reads carry a key

        // A second store has no cache: this read comes from the keychain itself.
        KeyStore fresh(kService, 0);
        result = await([&](QObject* c, KeyStore::Callback d) { fresh.get(provider, c, d); });
        QVERIFY(result);
        QCOMPARE(result->status, KeyStoreStatus::Ok);
        QCOMPARE(result->key, kKey);

        result = await([&](QObject* c, KeyStore::Callback d) { store.remove(provider, c, d); });
        QVERIFY(result);
        QVERIFY2(result->ok(), qPrintable(result->message));

        result = await([&](QObject* c, KeyStore::Callback d) { fresh.get(provider, c, d); });
        QVERIFY(result);
        QCOMPARE(result->status, KeyStoreStatus::NotFound);
        QVERIFY(result->key.isEmpty());
        QVERIFY2(result->message.contains(provider), qPrintable(result->message));
        // ... and the first store's cache forgot it with the delete.
        result = await([&](QObject* c, KeyStore::Callback d) { store.get(provider, c, d); });
        QCOMPARE(result->status, KeyStoreStatus::NotFound);
    }

    void absenceIsCachedLikeAKey()
    {
        const QString reason = whyNoKeychain();
        if (!reason.isEmpty())
            QSKIP(qPrintable(reason));
        const QString provider = uniqueProvider("absent");
        KeyStore store(kService, KeyStore::kDefaultCacheTtlMs);
        auto result = await([&](QObject* c, KeyStore::Callback d) { store.get(provider, c, d); });
        QCOMPARE(result->status, KeyStoreStatus::NotFound);
        // Another process (here: another store) stores a key: within the TTL this store still
        // answers from what the keychain said, without asking it again ...
        KeyStore other(kService, 0);
        result = await([&](QObject* c, KeyStore::Callback d) { other.set(provider, kKey, c, d); });
        QVERIFY2(result->ok(), qPrintable(result->message));
        result = await([&](QObject* c, KeyStore::Callback d) { store.get(provider, c, d); });
        QCOMPARE(result->status, KeyStoreStatus::NotFound);
        QVERIFY(result->message.contains(provider));
        // ... until its cache is dropped; a set through the store itself is seen at once.
        store.forgetCachedKeys();
        result = await([&](QObject* c, KeyStore::Callback d) { store.get(provider, c, d); });
        QCOMPARE(result->key, kKey);
        result = await([&](QObject* c, KeyStore::Callback d) { store.remove(provider, c, d); });
        QVERIFY(result->ok());
        result = await([&](QObject* c, KeyStore::Callback d) { store.get(provider, c, d); });
        QCOMPARE(result->status, KeyStoreStatus::NotFound);
        result = await([&](QObject* c, KeyStore::Callback d) { store.set(provider, kKey, c, d); });
        result = await([&](QObject* c, KeyStore::Callback d) { store.get(provider, c, d); });
        QCOMPARE(result->key, kKey);
        await([&](QObject* c, KeyStore::Callback d) { store.remove(provider, c, d); });
    }

    void setReplacesTheStoredKey()
    {
        const QString reason = whyNoKeychain();
        if (!reason.isEmpty())
            QSKIP(qPrintable(reason));
        const QString provider = uniqueProvider("replace");
        KeyStore store(kService, 0);
        QVERIFY(await([&](QObject* c, KeyStore::Callback d) {
                    store.set(provider, kKey, c, d);
                })->ok());
        QVERIFY(await([&](QObject* c, KeyStore::Callback d) {
                    store.set(provider, kKey + QStringLiteral("-second"), c, d);
                })->ok());
        QCOMPARE(await([&](QObject* c, KeyStore::Callback d) { store.get(provider, c, d); })->key,
                 kKey + QStringLiteral("-second"));
        QVERIFY(
            await([&](QObject* c, KeyStore::Callback d) { store.remove(provider, c, d); })->ok());
    }

    void operationsRunInTheOrderTheyWereAskedFor()
    {
        const QString reason = whyNoKeychain();
        if (!reason.isEmpty())
            QSKIP(qPrintable(reason));
        const QString provider = uniqueProvider("order");
        KeyStore store(kService, 0);
        QStringList seen;
        const auto record = [&seen](const QString& what) {
            return [&seen, what](const KeyStoreResult& r) {
                seen.append(what + u'=' + Secrets::keyStoreStatusName(r.status) + u':' + r.key);
            };
        };
        // All queued at once, before any has run.
        store.set(provider, QStringLiteral("first-key-1234"), this, record(QStringLiteral("set1")));
        store.get(provider, this, record(QStringLiteral("get1")));
        store.set(provider, QStringLiteral("second-key-5678"), this,
                  record(QStringLiteral("set2")));
        store.get(provider, this, record(QStringLiteral("get2")));
        store.remove(provider, this, record(QStringLiteral("remove")));
        store.get(provider, this, record(QStringLiteral("get3")));
        QTRY_COMPARE_WITH_TIMEOUT(seen.size(), 6, 20'000);
        QCOMPARE(seen,
                 (QStringList{QStringLiteral("set1=ok:"), QStringLiteral("get1=ok:first-key-1234"),
                              QStringLiteral("set2=ok:"), QStringLiteral("get2=ok:second-key-5678"),
                              QStringLiteral("remove=ok:"), QStringLiteral("get3=not_found:")}));
    }

    void aJobStartedFromAnotherJobsCallbackCompletes()
    {
        // QtKeychain cannot start a job from inside another job's `finished`; the store answers
        // from the event loop, so callers may chain operations freely.
        const QString reason = whyNoKeychain();
        if (!reason.isEmpty())
            QSKIP(qPrintable(reason));
        const QString provider = uniqueProvider("chain");
        KeyStore store(kService, 0);
        std::optional<KeyStoreResult> read, removed;
        store.set(provider, kKey, this, [&](const KeyStoreResult& written) {
            QVERIFY(written.ok());
            store.get(provider, this, [&](const KeyStoreResult& r) {
                read = r;
                store.remove(provider, this, [&](const KeyStoreResult& d) { removed = d; });
            });
        });
        QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 20'000);
        QCOMPARE(read->status, KeyStoreStatus::Ok);
        QCOMPARE(read->key, kKey);
        QVERIFY(removed->ok());
    }

    void callbacksRunOnTheEventLoopNeverInsideTheCall()
    {
        // Holds with or without a keychain: the probe, a cache hit and NoBackend all answer later.
        KeyStore store(kService, 60'000);
        bool answered = false;
        store.checkBackend(this, [&answered](const KeyStoreResult&) { answered = true; });
        QVERIFY(!answered);
        QTRY_VERIFY_WITH_TIMEOUT(answered, 20'000);
        answered = false;
        store.get(uniqueProvider("loop"), this,
                  [&answered](const KeyStoreResult&) { answered = true; });
        QVERIFY(!answered);
        QTRY_VERIFY_WITH_TIMEOUT(answered, 20'000);
    }

    void aDestroyedContextGetsNoCallback()
    {
        KeyStore store(kService, 0);
        int calls = 0;
        {
            QObject gone;
            store.checkBackend(&gone, [&calls](const KeyStoreResult&) { ++calls; });
        }
        std::optional<KeyStoreResult> later =
            await([&store](QObject* c, KeyStore::Callback d) { store.checkBackend(c, d); });
        QVERIFY(later.has_value()); // the store goes on with the next operation
        QCOMPARE(calls, 0);
    }

    void cachedKeysExpireWithoutBeingLookedAt()
    {
        KeyCache cache(150);
        cache.insert(QStringLiteral("a"), kKey);
        QCOMPARE(cache.find(QStringLiteral("a")), std::optional<QString>(kKey));
        // The purge timer drops it; nobody has to ask for it again.
        QTRY_VERIFY_WITH_TIMEOUT(cache.isEmpty(), 2000);
        QCOMPARE(cache.find(QStringLiteral("a")), std::nullopt);
    }

    void cacheForgetsOnRemoveAndKeepsNothingWithoutATtl()
    {
        KeyCache cache(60'000);
        cache.insert(QStringLiteral("a"), kKey);
        cache.insert(QStringLiteral("b"), kKey);
        cache.remove(QStringLiteral("a"));
        QCOMPARE(cache.find(QStringLiteral("a")), std::nullopt);
        QVERIFY(cache.find(QStringLiteral("b")).has_value());
        cache.clear();
        QVERIFY(cache.isEmpty());

        KeyCache none(0);
        none.insert(QStringLiteral("a"), kKey);
        QVERIFY(none.isEmpty());
    }

    void withoutAnySecretServiceEveryOperationSaysSoPlainly()
    {
        QTemporaryDir scratch;
        QVERIFY(scratch.isValid());
        const QString failure = TestSupport::runWithoutKeychain(
            QStringLiteral("noBackendInAChildProcess"), scratch.path());
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        // Nothing fell back to a file: no QSettings, nothing at all under the child's HOME.
        QDirIterator files(scratch.path(), QDir::Files | QDir::Hidden,
                           QDirIterator::Subdirectories);
        QStringList written;
        while (files.hasNext())
            written.append(files.next());
        QVERIFY2(written.isEmpty(), qPrintable(written.join(u' ')));
    }

    /// Runs only as the child of withoutAnySecretServiceEveryOperationSaysSoPlainly.
    void noBackendInAChildProcess()
    {
        if (!TestSupport::isNoKeychainChild())
            QSKIP(
                "runs in the child process that withoutAnySecretServiceEveryOperationSaysSoPlainly "
                "starts with no D-Bus session bus");
        KeyStore store(kService, KeyStore::kDefaultCacheTtlMs);
        const QString provider = uniqueProvider("child");
        const std::optional<KeyStoreResult> backend =
            await([&](QObject* c, KeyStore::Callback d) { store.checkBackend(c, d); });
        QVERIFY(backend);
        QCOMPARE(backend->status, KeyStoreStatus::NoBackend);
        QVERIFY2(backend->message.startsWith(QLatin1String("no keychain is available")),
                 qPrintable(backend->message));
        QVERIFY2(backend->message.contains(QLatin1String("D-Bus")), qPrintable(backend->message));

        const std::optional<KeyStoreResult> written =
            await([&](QObject* c, KeyStore::Callback d) { store.set(provider, kKey, c, d); });
        QVERIFY(written);
        QCOMPARE(written->status, KeyStoreStatus::NoBackend);
        QVERIFY(!written->message.contains(kKey));
        QCOMPARE(written->message, backend->message);

        const std::optional<KeyStoreResult> read =
            await([&](QObject* c, KeyStore::Callback d) { store.get(provider, c, d); });
        QCOMPARE(read->status, KeyStoreStatus::NoBackend);
        QVERIFY(read->key.isEmpty()); // not even from the cache: nothing was stored
        QCOMPARE(
            await([&](QObject* c, KeyStore::Callback d) { store.remove(provider, c, d); })->status,
            KeyStoreStatus::NoBackend);
    }
};

QTEST_GUILESS_MAIN(TestKeyStore)
#include "tst_keystore.moc"
