// KeyResolver: the order of the sources (keychain, environment, session), local servers that need
// no key, the base URL rule (a key travels over https or to loopback only, unless the provider
// allows plain http), answers always from the event loop, and what it says when nothing answers —
// including, in a child process without any D-Bus, that no keychain is available.
#include "KeychainTestSession.h"
#include "secrets/KeyResolver.h"
#include "secrets/KeyStore.h"
#include "secrets/KeyTransportPolicy.h"

#include <QTemporaryDir>
#include <QTest>

#include <optional>

using Secrets::KeyLookup;
using Secrets::KeyResolver;
using Secrets::KeySource;

namespace {

const QByteArray kVariable = "SWITCHBOARD_TST_RESOLVER_KEY";
const QString kEnvKey = QStringLiteral("sk-resolver-env-8c7b6a5f4e3d2c1b0a9f");
const QString kSessionKey = QStringLiteral("sk-resolver-session-1f2e3d4c5b6a7980");
const QString kKeychainKey = QStringLiteral("sk-resolver-keychain-0a1b2c3d4e5f6a7b");

Providers::ProviderConfig provider(const QString& url, const QByteArray& variable = kVariable)
{
    Providers::ProviderConfig config;
    config.name = QStringLiteral("tst-resolver-%1").arg(QCoreApplication::applicationPid());
    config.baseUrl = QUrl(url);
    config.apiKeyEnv = QString::fromLatin1(variable);
    return config;
}

std::optional<KeyLookup> resolveNow(const KeyResolver& keys,
                                    const Providers::ProviderConfig& config)
{
    QObject context;
    std::optional<KeyLookup> found;
    keys.resolve(config, &context, [&found](const KeyLookup& k) { found = k; });
    (void)QTest::qWaitFor([&found] { return found.has_value(); }, 20'000);
    return found;
}

} // namespace

class TestKeyResolver : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() { qunsetenv(kVariable.constData()); }

    void theEnvironmentComesBeforeTheSession()
    {
        KeyResolver keys;
        const auto config = provider(QStringLiteral("https://api.example/v1"));
        keys.setSessionKey(config.name, kSessionKey);
        KeyLookup found = keys.lookup(config);
        QCOMPARE(found.source, KeySource::Session);
        QCOMPARE(found.key, kSessionKey);

        qputenv(kVariable.constData(), (u' ' + kEnvKey + u'\n').toUtf8());
        found = keys.lookup(config);
        QCOMPARE(found.source, KeySource::Environment);
        QCOMPARE(found.key, kEnvKey); // trimmed
        QVERIFY(found.problem.isEmpty());
        QVERIFY(!found.keychain.has_value()); // lookup() never asks the keychain

        keys.setSessionKey(config.name, {});
        qunsetenv(kVariable.constData());
        found = keys.lookup(config);
        QCOMPARE(found.source, KeySource::None);
        QVERIFY(found.key.isEmpty());
        QVERIFY2(found.problem.contains(QString::fromLatin1(kVariable)), qPrintable(found.problem));
    }

    void localServersWithoutAVariableNeedNoKey()
    {
        KeyResolver keys;
        KeyLookup found = keys.lookup(provider(QStringLiteral("http://127.0.0.1:11434/v1"), {}));
        QCOMPARE(found.source, KeySource::None);
        QVERIFY(found.problem.isEmpty());
        // Naming a variable says the local server wants a key.
        found = keys.lookup(provider(QStringLiteral("http://localhost:1234/v1")));
        QVERIFY(!found.problem.isEmpty());
        // A remote one without any source is told how to give one.
        found = keys.lookup(provider(QStringLiteral("https://api.example/v1"), {}));
        QVERIFY2(found.problem.contains(QLatin1String("--api-key-env")), qPrintable(found.problem));
    }

    void keysTravelOverHttpsOrToThisMachineOnly_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowInsecureHttp");
        QTest::addColumn<bool>("mayTravel");
        QTest::newRow("https") << "https://api.openai.com/v1" << false << true;
        QTest::newRow("https, IP") << "https://192.0.2.1/v1" << false << true;
        QTest::newRow("http 127.0.0.1") << "http://127.0.0.1:8080/v1" << false << true;
        QTest::newRow("http 127.1.2.3") << "http://127.1.2.3/v1" << false << true;
        QTest::newRow("http localhost") << "http://LOCALHOST:11434/v1" << false << true;
        QTest::newRow("http ::1") << "http://[::1]:8080/v1" << false << true;
        QTest::newRow("http remote") << "http://api.example/v1" << false << false;
        QTest::newRow("http LAN") << "http://192.168.1.20:11434/v1" << false << false;
        QTest::newRow("http TEST-NET") << "http://192.0.2.1/v1" << false << false;
        QTest::newRow("http remote, allowed") << "http://192.0.2.1/v1" << true << true;
        QTest::newRow("other scheme") << "ftp://api.example/v1" << true << false;
    }

    void keysTravelOverHttpsOrToThisMachineOnly()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowInsecureHttp);
        QFETCH(bool, mayTravel);
        auto config = provider(url);
        config.allowInsecureHttp = allowInsecureHttp;
        QCOMPARE(Secrets::keyMayTravelTo(config), mayTravel);
        QCOMPARE(Secrets::keyTransportProblem(config).isEmpty(), mayTravel);

        qputenv(kVariable.constData(), kEnvKey.toUtf8());
        const KeyLookup found = KeyResolver().lookup(config);
        QCOMPARE(found.source, KeySource::Environment); // where it is, even when refused
        QCOMPARE(found.key.isEmpty(), !mayTravel);
        if (!mayTravel && url.startsWith(QLatin1String("http:"))) {
            QVERIFY2(found.problem.contains(QLatin1String("https")), qPrintable(found.problem));
            QVERIFY2(found.problem.contains(QLatin1String("--allow-insecure-http")),
                     qPrintable(found.problem));
            QVERIFY(!found.problem.contains(kEnvKey));
        }
    }

    void resolveAnswersOnTheEventLoopAndNotForADeadContext()
    {
        KeyResolver keys;
        qputenv(kVariable.constData(), kEnvKey.toUtf8());
        bool answered = false;
        keys.resolve(provider(QStringLiteral("https://api.example/v1")), this,
                     [&answered](const KeyLookup& found) {
                         answered = true;
                         QCOMPARE(found.key, kEnvKey);
                     });
        QVERIFY(!answered);
        QTRY_VERIFY(answered);

        int calls = 0;
        {
            QObject gone;
            keys.resolve(provider(QStringLiteral("https://api.example/v1")), &gone,
                         [&calls](const KeyLookup&) { ++calls; });
        }
        QTest::qWait(50);
        QCOMPARE(calls, 0);
    }

    void theKeychainComesFirst()
    {
        if (!TestSupport::insideTestSession())
            QSKIP("writes to the Secret Service: run under packaging/with-test-session.sh");
        Secrets::KeyStore store(QStringLiteral("Switchboard-tests"), 0);
        KeyResolver keys(store);
        const auto config = provider(QStringLiteral("https://api.example/v1"));
        std::optional<Secrets::KeyStoreResult> written;
        store.set(config.name, kKeychainKey, this,
                  [&written](const Secrets::KeyStoreResult& r) { written = r; });
        QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 20'000);
        if (written->status == Secrets::KeyStoreStatus::NoBackend)
            QSKIP(qPrintable(written->message));
        QVERIFY2(written->ok(), qPrintable(written->message));

        qputenv(kVariable.constData(), kEnvKey.toUtf8());
        keys.setSessionKey(config.name, kSessionKey);
        std::optional<KeyLookup> found = resolveNow(keys, config);
        QVERIFY(found);
        QCOMPARE(found->source, KeySource::Keychain);
        QCOMPARE(found->key, kKeychainKey);
        QVERIFY(found->keychain.has_value() && found->keychain->ok());
        QVERIFY(found->keychain->key.isEmpty()); // the key travels in `key` only

        std::optional<Secrets::KeyStoreResult> removed;
        store.remove(config.name, this,
                     [&removed](const Secrets::KeyStoreResult& r) { removed = r; });
        QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 20'000);
        found = resolveNow(keys, config);
        QCOMPARE(found->source, KeySource::Environment);
        QCOMPARE(found->keychain->status, Secrets::KeyStoreStatus::NotFound);
        qunsetenv(kVariable.constData());
        found = resolveNow(keys, config);
        QCOMPARE(found->source, KeySource::Session);

        keys.setSessionKey(config.name, {});
        found = resolveNow(keys, config);
        QCOMPARE(found->source, KeySource::None);
        QVERIFY2(found->problem.contains(QStringLiteral("keys set ") + config.name),
                 qPrintable(found->problem));
        QVERIFY2(
            found->problem.contains(QStringLiteral("export ") + QString::fromLatin1(kVariable)),
            qPrintable(found->problem));
    }

    void withoutAKeychainResolveFallsThroughAndSaysSo()
    {
        QTemporaryDir scratch;
        QVERIFY(scratch.isValid());
        const QString failure = TestSupport::runWithoutKeychain(
            QStringLiteral("noKeychainInAChildProcess"), scratch.path());
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }

    /// Runs only as the child of withoutAKeychainResolveFallsThroughAndSaysSo.
    void noKeychainInAChildProcess()
    {
        if (!TestSupport::isNoKeychainChild())
            QSKIP("runs in the child that withoutAKeychainResolveFallsThroughAndSaysSo starts with "
                  "no D-Bus session bus");
        Secrets::KeyStore store(QStringLiteral("Switchboard-tests"), 0);
        KeyResolver keys(store);
        const auto config = provider(QStringLiteral("https://api.example/v1"));

        qputenv(kVariable.constData(), kEnvKey.toUtf8());
        std::optional<KeyLookup> found = resolveNow(keys, config);
        QVERIFY(found);
        QCOMPARE(found->source, KeySource::Environment);
        QCOMPARE(found->key, kEnvKey);
        QCOMPARE(found->keychain->status, Secrets::KeyStoreStatus::NoBackend);

        qunsetenv(kVariable.constData());
        keys.setSessionKey(config.name, kSessionKey);
        QCOMPARE(resolveNow(keys, config)->source, KeySource::Session);

        keys.setSessionKey(config.name, {});
        found = resolveNow(keys, config);
        QCOMPARE(found->source, KeySource::None);
        QVERIFY2(found->problem.contains(QLatin1String("no keychain is available")),
                 qPrintable(found->problem));
        QVERIFY2(
            found->problem.contains(QStringLiteral("export ") + QString::fromLatin1(kVariable)),
            qPrintable(found->problem));

        found = resolveNow(keys, provider(QStringLiteral("https://api.example/v1"), {}));
        QVERIFY2(found->problem.contains(QLatin1String("no keychain is available")),
                 qPrintable(found->problem));
        QVERIFY2(found->problem.contains(QLatin1String("--api-key-env")),
                 qPrintable(found->problem));

        // A local server still needs nothing.
        found = resolveNow(keys, provider(QStringLiteral("http://127.0.0.1:11434/v1"), {}));
        QCOMPARE(found->source, KeySource::None);
        QVERIFY(found->problem.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestKeyResolver)
#include "tst_keyresolver.moc"
