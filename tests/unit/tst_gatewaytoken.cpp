// The gateway's token: made once and kept in the keychain (the real Secret Service of
// packaging/with-test-session.sh, under a service of this test's own), the same on every later
// start, replaced by regenerate; SWITCHBOARD_GATEWAY_TOKEN wins over the keychain and must be
// long enough; without a keychain a token held in memory, said plainly.
#include "KeychainTestSession.h"
#include "gateway/GatewayToken.h"
#include "secrets/KeyStore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using Gateway::TokenResult;
using Gateway::TokenSource;

namespace {

const QString kService = QStringLiteral("SwitchboardTest-gatewaytoken");

std::optional<TokenResult>
await(const std::function<void(QObject*, Gateway::GatewayToken::Callback)>& call)
{
    QObject context;
    std::optional<TokenResult> result;
    call(&context, [&result](const TokenResult& r) { result = r; });
    [[maybe_unused]] const bool done =
        QTest::qWaitFor([&result] { return result.has_value(); }, 20'000);
    return result;
}

} // namespace

class TestGatewayToken : public QObject {
    Q_OBJECT

private slots:
    void init() { qunsetenv(Gateway::GatewayToken::environmentVariable()); }

    void keychainKeepsOneTokenUntilRegenerated()
    {
        if (!TestSupport::insideTestSession())
            QSKIP("writes to the keychain: only inside packaging/with-test-session.sh");
        Secrets::KeyStore store(kService, 0);
        std::optional<Secrets::KeyStoreResult> removed;
        QObject context;
        store.remove(Gateway::GatewayToken::keychainAccount(), &context,
                     [&removed](const Secrets::KeyStoreResult& r) { removed = r; });
        QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 20'000);

        const auto obtain = [&store](QObject* c, Gateway::GatewayToken::Callback d) {
            Gateway::GatewayToken::obtain(store, c, std::move(d));
        };
        const std::optional<TokenResult> first = await(obtain);
        QVERIFY(first);
        QCOMPARE(first->source, TokenSource::Keychain);
        QVERIFY(first->created);
        QVERIFY(first->token.startsWith(QLatin1String("sb-gw-")));
        QVERIFY(first->message.isEmpty());

        const std::optional<TokenResult> again = await(obtain);
        QCOMPARE(again->token, first->token);
        QVERIFY(!again->created);

        const std::optional<TokenResult> fresh =
            await([&store](QObject* c, Gateway::GatewayToken::Callback d) {
                Gateway::GatewayToken::regenerate(store, c, std::move(d));
            });
        QVERIFY(fresh->token != first->token);
        QCOMPARE(fresh->source, TokenSource::Keychain);
        QCOMPARE(await(obtain)->token, fresh->token);

        // The account is the gateway's own: no provider name has a ':'.
        QVERIFY(Gateway::GatewayToken::keychainAccount().contains(u':'));
        removed.reset();
        store.remove(Gateway::GatewayToken::keychainAccount(), &context,
                     [&removed](const Secrets::KeyStoreResult& r) { removed = r; });
        QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 20'000);
    }

    void environmentVariableWinsAndMustBeLongEnough()
    {
        Secrets::KeyStore store(kService, 0);
        const auto obtain = [&store](QObject* c, Gateway::GatewayToken::Callback d) {
            Gateway::GatewayToken::obtain(store, c, std::move(d));
        };
        qputenv(Gateway::GatewayToken::environmentVariable(), "chosen-by-the-script-0123");
        const std::optional<TokenResult> chosen = await(obtain);
        QCOMPARE(chosen->source, TokenSource::Environment);
        QCOMPARE(chosen->token, QStringLiteral("chosen-by-the-script-0123"));

        qputenv(Gateway::GatewayToken::environmentVariable(), "short");
        const std::optional<TokenResult> refused = await(obtain);
        QVERIFY(refused->token.isEmpty());
        QVERIFY(refused->error.contains(QLatin1String("SWITCHBOARD_GATEWAY_TOKEN")));
        QVERIFY(!refused->error.contains(QLatin1String("short")));
        qunsetenv(Gateway::GatewayToken::environmentVariable());
    }

    void withoutAKeychainTheTokenIsHeldInMemory()
    {
        if (!TestSupport::isNoKeychainChild()) {
            QTemporaryDir scratch;
            const QString problem = TestSupport::runWithoutKeychain(
                QStringLiteral("withoutAKeychainTheTokenIsHeldInMemory"), scratch.path());
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            QCOMPARE(QDir(scratch.path() + QStringLiteral("/home"))
                         .entryList(QDir::NoDotAndDotDot | QDir::AllEntries)
                         .size(),
                     0);
            return;
        }
        Secrets::KeyStore store(kService, 0);
        const std::optional<TokenResult> memory =
            await([&store](QObject* c, Gateway::GatewayToken::Callback d) {
                Gateway::GatewayToken::obtain(store, c, std::move(d));
            });
        QVERIFY(memory);
        QCOMPARE(memory->source, TokenSource::Memory);
        QVERIFY(memory->token.startsWith(QLatin1String("sb-gw-")));
        QVERIFY(memory->message.contains(QLatin1String("held in memory for this run only")));
        QVERIFY(!memory->message.contains(memory->token));
    }
};

QTEST_GUILESS_MAIN(TestGatewayToken)
#include "tst_gatewaytoken.moc"
