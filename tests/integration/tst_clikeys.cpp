// `switchboard-cli keys …` and the key rules around it, in-process against the mock provider and
// the Secret Service of packaging/with-test-session.sh: keys come from stdin into the keychain,
// chats send the keychain key first, keys travel only over https or to loopback, a base URL that
// moves to another host needs the user's word while a key exists, a redirect never carries the key
// on, and without a keychain the user is told so plainly — nothing is written elsewhere.
#include "CliRunner.h"
#include "KeychainTestSession.h"
#include "MockProviderServer.h"
#include "MockReply.h"
#include "providers/ModelListCall.h"
#include "providers/ProviderAdapter.h"
#include "providers/ProviderCall.h"
#include "providers/UpstreamClient.h"
#include "secrets/KeyStore.h"
#include "session/LedgerLocation.h"
#include "storage/Database.h"
#include "storage/UsageLedger.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using TestSupport::MockProviderServer;
using TestSupport::MockReply;

namespace {

// Names of this file only: other test executables run at the same time on the same keyring.
const QString kProvider = QStringLiteral("kt-mock");
const QByteArray kEnvVariable = "SWITCHBOARD_KT_ENV_KEY";
const QString kKeychainKey = QStringLiteral("sk-kt-keychain-5d1e9a7c3b2f4e6d8a0c1b3e");
const QString kEnvKey = QStringLiteral("sk-kt-environment-0f2e4d6c8b1a3e5d7c9b");
const QString kFarUrl = QStringLiteral("http://192.0.2.1/v1"); // TEST-NET-1: never contacted

QJsonObject provider(const QString& name, const QString& url, const QByteArray& keyVariable = {})
{
    QJsonObject object{{QStringLiteral("name"), name},
                       {QStringLiteral("kind"), QStringLiteral("openai")},
                       {QStringLiteral("base_url"), url}};
    if (!keyVariable.isEmpty())
        object.insert(QStringLiteral("api_key_env"), QString::fromLatin1(keyVariable));
    return object;
}

/// Counts what would go on the wire.
class CountingNetwork : public QNetworkAccessManager {
public:
    int requests = 0;

protected:
    QNetworkReply* createRequest(Operation op, const QNetworkRequest& request,
                                 QIODevice* data) override
    {
        ++requests;
        return QNetworkAccessManager::createRequest(op, request, data);
    }
};

} // namespace

/// The keychain tests write to the Secret Service: only inside the test session.
#define REQUIRE_KEYCHAIN()                                                                         \
    do {                                                                                           \
        if (!m_noKeychainReason.isEmpty())                                                         \
            QSKIP(qPrintable(m_noKeychainReason));                                                 \
    } while (false)

class TestCliKeys : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_profile;
    MockProviderServer m_mock;
    QString m_noKeychainReason; ///< empty when the keychain may be used

    QString profile() const { return m_profile.path(); }

    void writeConfig(const QJsonArray& providers)
    {
        QFile file(m_profile.filePath(QStringLiteral("config.json")));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(QJsonObject{{QStringLiteral("version"), 1},
                                             {QStringLiteral("providers"), providers},
                                             {QStringLiteral("timeouts"),
                                              QJsonObject{{QStringLiteral("connect_ms"), 3000},
                                                          {QStringLiteral("total_ms"), 10000}}}})
                       .toJson());
    }

    QJsonObject readConfig() const
    {
        QFile file(m_profile.filePath(QStringLiteral("config.json")));
        return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object()
                                              : QJsonObject();
    }

    QList<Storage::LedgerEntry> ledger() const { return ledgerRows(m_profile.path()); }

    CliRun keys(const QStringList& words, const QByteArray& stdinBytes = {})
    {
        return runCli(profile(), QStringList{QStringLiteral("keys")} + words, stdinBytes);
    }

    CliRun chat(const QString& providerName, bool json = false)
    {
        QStringList words{QStringLiteral("chat"), QStringLiteral("--model"),
                          providerName + QStringLiteral("/gpt-test")};
        if (json)
            words.append(QStringLiteral("--json"));
        words.append(QStringLiteral("Say hello"));
        return runCli(profile(), words);
    }

    /// What the app's keychain holds for `name` (read directly, not through the CLI).
    Secrets::KeyStoreResult keychainEntry(const QString& name)
    {
        Secrets::KeyStore store(Secrets::KeyStore::appServiceName(), 0);
        std::optional<Secrets::KeyStoreResult> result;
        store.get(name, this, [&result](const Secrets::KeyStoreResult& r) { result = r; });
        [[maybe_unused]] const bool answered =
            QTest::qWaitFor([&result] { return result.has_value(); }, 20'000);
        return result.value_or(Secrets::KeyStoreResult{});
    }

    void forgetKeychainEntry(const QString& name)
    {
        Secrets::KeyStore store(Secrets::KeyStore::appServiceName(), 0);
        bool done = false;
        store.remove(name, this, [&done](const Secrets::KeyStoreResult&) { done = true; });
        [[maybe_unused]] const bool answered = QTest::qWaitFor([&done] { return done; }, 20'000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_profile.isValid());
        QVERIFY(m_mock.listen());
        if (TestSupport::isNoKeychainChild())
            return;
        if (!TestSupport::insideTestSession()) {
            m_noKeychainReason = QStringLiteral(
                "writes to the Secret Service: run under packaging/with-test-session.sh");
            return;
        }
        Secrets::KeyStore store;
        std::optional<Secrets::KeyStoreResult> backend;
        store.checkBackend(this, [&backend](const Secrets::KeyStoreResult& r) { backend = r; });
        QTRY_VERIFY_WITH_TIMEOUT(backend.has_value(), 20'000);
        if (!backend->ok())
            m_noKeychainReason = QStringLiteral("no Secret Service: ") + backend->message;
    }

    void init()
    {
        m_mock.reset();
        qunsetenv(kEnvVariable.constData());
        for (const char* suffix : {"", "-wal", "-shm"})
            QFile::remove(
                m_profile.filePath(QStringLiteral("switchboard.db") + QLatin1String(suffix)));
        writeConfig({provider(kProvider, m_mock.baseUrl().toString(), kEnvVariable)});
    }

    void cleanup()
    {
        qunsetenv(kEnvVariable.constData());
        if (m_noKeychainReason.isEmpty() && !TestSupport::isNoKeychainChild())
            forgetKeychainEntry(kProvider);
    }

    void keysSetReadsTheKeyFromStdinAndNeverEchoesIt()
    {
        REQUIRE_KEYCHAIN();
        const CliRun run = keys({QStringLiteral("set"), kProvider}, kKeychainKey.toUtf8() + '\n');
        QVERIFY(run.finished);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QLatin1String("Stored the key of provider 'kt-mock'")),
                 qPrintable(run.out));
        QVERIFY(!run.out.contains(kKeychainKey) && !run.err.contains(kKeychainKey));
        const Secrets::KeyStoreResult stored = keychainEntry(kProvider);
        QCOMPARE(stored.status, Secrets::KeyStoreStatus::Ok);
        QCOMPARE(stored.key, kKeychainKey); // exactly one trailing newline trimmed

        // CRLF from a Windows-edited file counts as one newline too.
        QCOMPARE(keys({QStringLiteral("set"), kProvider}, kEnvKey.toUtf8() + "\r\n").exitCode, 0);
        QCOMPARE(keychainEntry(kProvider).key, kEnvKey);
        QVERIFY(!readConfig().contains(QLatin1String("key")));
    }

    void keysSetLedgerKeepsTheSharedLedgersPasswordInTheKeychain()
    {
        REQUIRE_KEYCHAIN();
        const QString account = Session::LedgerLocation::keychainAccount();
        const CliRun run = keys({QStringLiteral("set"), QStringLiteral("--ledger")},
                                QByteArrayLiteral("pg-secret-password\n"));
        QVERIFY(run.finished);
        QCOMPARE(run.exitCode, 0);
        QVERIFY(!run.out.contains(QLatin1String("pg-secret-password")));
        QCOMPARE(keychainEntry(account).key, QStringLiteral("pg-secret-password"));
        QVERIFY(!readConfig().contains(QLatin1String("pg-secret-password")));
        QCOMPARE(keys({QStringLiteral("delete"), QStringLiteral("--ledger")}).exitCode, 0);
        QCOMPARE(keychainEntry(account).status, Secrets::KeyStoreStatus::NotFound);
    }

    void keysSetRefusesWhatIsNotOneKey_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty stdin")
            << QStringList{QStringLiteral("set"), kProvider} << QByteArray() << "no key on stdin";
        QTest::newRow("only a newline") << QStringList{QStringLiteral("set"), kProvider}
                                        << QByteArray("\n") << "no key on stdin";
        QTest::newRow("two lines")
            << QStringList{QStringLiteral("set"), kProvider}
            << QByteArray("sk-line-one-abcdef\nsk-line-two-abcdef\n") << "one line";
        QTest::newRow("two newlines") << QStringList{QStringLiteral("set"), kProvider}
                                      << QByteArray("sk-one-line-abcdefgh\n\n") << "one line";
        QTest::newRow("spaces") << QStringList{QStringLiteral("set"), kProvider}
                                << QByteArray("Bearer sk-abcdefghijklmnop") << "one line";
        QTest::newRow("unknown provider")
            << QStringList{QStringLiteral("set"), QStringLiteral("kt-nobody")}
            << kKeychainKey.toUtf8() << "no provider named 'kt-nobody'";
        QTest::newRow("key as an argument")
            << QStringList{QStringLiteral("set"), kProvider, kKeychainKey} << QByteArray()
            << "never from the command line";
        QTest::newRow("no name") << QStringList{QStringLiteral("set")} << kKeychainKey.toUtf8()
                                 << "never from the command line";
        QTest::newRow("bad name") << QStringList{QStringLiteral("delete"), QStringLiteral("a/b")}
                                  << QByteArray() << "not a valid provider name";
        QTest::newRow("no action") << QStringList{} << QByteArray() << "set, delete or status";
        QTest::newRow("unknown action") << QStringList{QStringLiteral("show"), kProvider}
                                        << QByteArray() << "unknown keys action";
    }

    void keysSetRefusesWhatIsNotOneKey()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, input);
        QFETCH(QString, message);
        const CliRun run = keys(arguments, input);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY2(!run.err.contains(QLatin1String("sk-")), qPrintable(run.err));
        if (m_noKeychainReason.isEmpty())
            QCOMPARE(keychainEntry(kProvider).status, Secrets::KeyStoreStatus::NotFound);
    }

    void keysStatusShowsWhereEveryKeyComesFrom()
    {
        REQUIRE_KEYCHAIN();
        writeConfig({provider(kProvider, m_mock.baseUrl().toString(), kEnvVariable),
                     provider(QStringLiteral("kt-env"), QStringLiteral("https://a.example/v1"),
                              kEnvVariable),
                     provider(QStringLiteral("kt-local"), m_mock.baseUrl().toString()),
                     provider(QStringLiteral("kt-missing"), QStringLiteral("https://b.example/v1"),
                              "SWITCHBOARD_KT_NEVER_SET"),
                     provider(QStringLiteral("kt-far"), kFarUrl, kEnvVariable)});
        qputenv(kEnvVariable.constData(), kEnvKey.toUtf8());
        QCOMPARE(keys({QStringLiteral("set"), kProvider}, kKeychainKey.toUtf8()).exitCode, 0);

        CliRun run = keys({QStringLiteral("status")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(QLatin1String("Keychain: available")), qPrintable(run.out));
        const QStringList lines = run.out.split(u'\n');
        const auto row = [&lines](const QString& name) {
            const QStringList found = lines.filter(QRegularExpression(u'^' + name + u' '));
            return found.isEmpty() ? QString() : found.constFirst().mid(name.size()).trimmed();
        };
        QCOMPARE(row(kProvider), QStringLiteral("keychain"));
        QCOMPARE(row(QStringLiteral("kt-env")), QStringLiteral("env SWITCHBOARD_KT_ENV_KEY"));
        QCOMPARE(row(QStringLiteral("kt-local")), QStringLiteral("none needed (local)"));
        QCOMPARE(row(QStringLiteral("kt-missing")),
                 QStringLiteral("missing (env SWITCHBOARD_KT_NEVER_SET not set)"));
        QCOMPARE(row(QStringLiteral("kt-far")),
                 QStringLiteral("env SWITCHBOARD_KT_ENV_KEY (not sent over plain http)"));
        QVERIFY2(run.out.contains(QLatin1String("keys set kt-missing")), qPrintable(run.out));
        QVERIFY(!run.out.contains(kKeychainKey) && !run.out.contains(kEnvKey));

        run = keys({QStringLiteral("status"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject status = QJsonDocument::fromJson(run.out.toUtf8()).object();
        const QJsonObject keychain = status.value(QLatin1String("keychain")).toObject();
        QCOMPARE(keychain.value(QLatin1String("available")).toBool(), true);
        QCOMPARE(keychain.value(QLatin1String("service")).toString(),
                 QStringLiteral("Switchboard"));
        QStringList sources;
        for (const QJsonValue& p : status.value(QLatin1String("providers")).toArray())
            sources.append(p.toObject().value(QLatin1String("source")).toString());
        QCOMPARE(sources, (QStringList{QStringLiteral("keychain"), QStringLiteral("env"),
                                       QStringLiteral("none_needed"), QStringLiteral("missing"),
                                       QStringLiteral("env")}));
        const QJsonObject far = status.value(QLatin1String("providers")).toArray().at(4).toObject();
        QVERIFY(far.value(QLatin1String("problem")).toString().contains(QLatin1String("https")));
    }

    void providersListShowsTheKeychainSource()
    {
        REQUIRE_KEYCHAIN();
        QCOMPARE(keys({QStringLiteral("set"), kProvider}, kKeychainKey.toUtf8()).exitCode, 0);
        CliRun run = runCli(profile(), {QStringLiteral("providers"), QStringLiteral("list")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.split(u'\n').value(1).endsWith(QLatin1String("keychain")),
                 qPrintable(run.out));
        run = runCli(profile(), {QStringLiteral("providers"), QStringLiteral("list"),
                                 QStringLiteral("--json")});
        const QJsonObject entry =
            QJsonDocument::fromJson(run.out.toUtf8()).array().at(0).toObject();
        QCOMPARE(entry.value(QLatin1String("key")).toString(), QStringLiteral("keychain"));
        QCOMPARE(entry.value(QLatin1String("key_source")).toString(), QStringLiteral("keychain"));
    }

    void keysDeleteRemovesTheKeyAndSaysWhenThereWasNone()
    {
        REQUIRE_KEYCHAIN();
        QCOMPARE(keys({QStringLiteral("set"), kProvider}, kKeychainKey.toUtf8()).exitCode, 0);
        CliRun run = keys({QStringLiteral("delete"), kProvider});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QLatin1String("Deleted the key of provider 'kt-mock'")),
                 qPrintable(run.out));
        QCOMPARE(keychainEntry(kProvider).status, Secrets::KeyStoreStatus::NotFound);
        run = keys({QStringLiteral("delete"), kProvider});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QLatin1String("nothing to delete")), qPrintable(run.out));
        run = keys({QStringLiteral("status")});
        QVERIFY2(run.out.contains(QLatin1String("missing (env SWITCHBOARD_KT_ENV_KEY not set)")),
                 qPrintable(run.out));
    }

    void providersRemoveTakesTheKeyAlong()
    {
        REQUIRE_KEYCHAIN();
        QCOMPARE(keys({QStringLiteral("set"), kProvider}, kKeychainKey.toUtf8()).exitCode, 0);
        const CliRun run =
            runCli(profile(), {QStringLiteral("providers"), QStringLiteral("remove"), kProvider});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QLatin1String("Deleted its key from the keychain")),
                 qPrintable(run.out));
        QCOMPARE(keychainEntry(kProvider).status, Secrets::KeyStoreStatus::NotFound);
    }

    void chatSendsTheKeychainKeyBeforeTheEnvironmentsKey()
    {
        REQUIRE_KEYCHAIN();
        qputenv(kEnvVariable.constData(), kEnvKey.toUtf8());
        QCOMPARE(keys({QStringLiteral("set"), kProvider}, kKeychainKey.toUtf8()).exitCode, 0);
        CliRun run = chat(kProvider);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QStringLiteral("Hello from the mock provider.\n"));
        QCOMPARE(m_mock.requests().size(), 1);
        QCOMPARE(m_mock.requests().first().header("Authorization"),
                 "Bearer " + kKeychainKey.toUtf8());

        // Without the keychain entry the environment's key answers.
        QCOMPARE(keys({QStringLiteral("delete"), kProvider}).exitCode, 0);
        m_mock.reset();
        run = chat(kProvider);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(m_mock.requests().first().header("Authorization"), "Bearer " + kEnvKey.toUtf8());
    }

    void providersTestAndModelsUseTheKeychainKey()
    {
        REQUIRE_KEYCHAIN();
        QCOMPARE(keys({QStringLiteral("set"), kProvider}, kKeychainKey.toUtf8()).exitCode, 0);
        const CliRun run =
            runCli(profile(), {QStringLiteral("providers"), QStringLiteral("models"), kProvider});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(m_mock.requests().first().header("Authorization"),
                 "Bearer " + kKeychainKey.toUtf8());
    }

    void plainHttpToAnotherHostIsRefusedBeforeAnyTraffic()
    {
        writeConfig({provider(QStringLiteral("kt-far"), kFarUrl, kEnvVariable)});
        qputenv(kEnvVariable.constData(), kEnvKey.toUtf8());
        QElapsedTimer clock;
        clock.start();
        CliRun run = chat(QStringLiteral("kt-far"), /*json=*/true);
        // Connecting to TEST-NET would take the whole 3 s connect timeout; this never tried.
        QVERIFY2(clock.elapsed() < 2500, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(run.exitCode, 1);
        const QJsonObject result = QJsonDocument::fromJson(run.out.toUtf8()).object();
        const QJsonObject attempt =
            result.value(QLatin1String("attempts")).toArray().first().toObject();
        QCOMPARE(attempt.value(QLatin1String("outcome")).toString(), QStringLiteral("auth"));
        QVERIFY(attempt.value(QLatin1String("http_status")).toInt() == 0);
        const QString error = attempt.value(QLatin1String("error")).toString();
        QVERIFY2(error.contains(QLatin1String("plain http")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("--allow-insecure-http")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("https")), qPrintable(error));
        QVERIFY(!run.out.contains(kEnvKey) && !run.err.contains(kEnvKey));
        QCOMPARE(ledger().size(), 1);
        QCOMPARE(ledger().first().attempt.outcome, Chat::Outcome::Auth);

        for (const char* action : {"test", "models"}) {
            run = runCli(profile(), {QStringLiteral("providers"), QLatin1String(action),
                                     QStringLiteral("kt-far")});
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.err.contains(QLatin1String("kt-far: auth (")), qPrintable(run.err));
            QVERIFY2(run.err.contains(QLatin1String("--allow-insecure-http")), qPrintable(run.err));
        }
        QVERIFY(m_mock.requests().isEmpty());
    }

    void providerCallItselfWillNotPutAKeyOnPlainHttp()
    {
        // The last line behind the resolver: even handed a key, the calls refuse before the wire.
        Providers::ProviderConfig far;
        far.name = QStringLiteral("kt-far");
        far.baseUrl = QUrl(kFarUrl);
        CountingNetwork network;
        Chat::ChatRequest request;
        request.model = QStringLiteral("gpt-test");
        request.messages.append({Chat::Role::User, QStringLiteral("hi")});
        const Providers::ProviderAdapter& adapter = *Providers::adapterFor(Providers::Kind::OpenAi);
        Providers::UpstreamClient upstream(network);
        Providers::ProviderCall call(upstream, adapter, far, kEnvKey, request, {});
        QSignalSpy finished(&call, &Providers::ProviderCall::finished);
        call.start();
        QVERIFY(finished.wait(5000));
        const auto attempt = finished.first().first().value<Chat::Attempt>();
        QCOMPARE(attempt.outcome, Chat::Outcome::Auth);
        QVERIFY(attempt.error.contains(QLatin1String("--allow-insecure-http")));

        Providers::ModelListCall models(network, adapter, far, kEnvKey, 5000);
        QSignalSpy listed(&models, &Providers::ModelListCall::finished);
        models.start();
        QVERIFY(listed.wait(5000));
        QCOMPARE(listed.first().first().value<Providers::ModelListResult>().outcome,
                 Chat::Outcome::Auth);
        QCOMPARE(network.requests, 0);
    }

    void allowInsecureHttpIsSavedAndLetsTheKeyGo()
    {
        writeConfig({});
        qputenv(kEnvVariable.constData(), kEnvKey.toUtf8());
        CliRun run =
            runCli(profile(),
                   {QStringLiteral("providers"), QStringLiteral("add"), QStringLiteral("kt-lan"),
                    QStringLiteral("--kind"), QStringLiteral("openai"),
                    QStringLiteral("--base-url"), kFarUrl, QStringLiteral("--api-key-env"),
                    QString::fromLatin1(kEnvVariable), QStringLiteral("--allow-insecure-http")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(!run.out.contains(QLatin1String("not sent over plain http")), qPrintable(run.out));
        QJsonObject saved =
            readConfig().value(QLatin1String("providers")).toArray().first().toObject();
        QCOMPARE(saved.value(QLatin1String("allow_insecure_http")), QJsonValue(true));
        run = keys({QStringLiteral("status"), QStringLiteral("--json")});
        QJsonObject entry = QJsonDocument::fromJson(run.out.toUtf8())
                                .object()
                                .value(QLatin1String("providers"))
                                .toArray()
                                .first()
                                .toObject();
        QCOMPARE(entry.value(QLatin1String("source")).toString(), QStringLiteral("env"));
        QVERIFY(entry.value(QLatin1String("problem")).isNull());

        run = runCli(profile(),
                     {QStringLiteral("providers"), QStringLiteral("set"), QStringLiteral("kt-lan"),
                      QStringLiteral("--no-allow-insecure-http")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QLatin1String("not sent over plain http")), qPrintable(run.out));
        saved = readConfig().value(QLatin1String("providers")).toArray().first().toObject();
        QVERIFY(!saved.contains(QLatin1String("allow_insecure_http")));
    }

    void aNewHostNeedsConfirmationWhileAKeyExists()
    {
        writeConfig(
            {provider(kProvider, QStringLiteral("https://api.one.example/v1"), kEnvVariable)});
        const QJsonObject before = readConfig();
        const QStringList moveHost{QStringLiteral("providers"), QStringLiteral("set"), kProvider,
                                   QStringLiteral("--base-url"),
                                   QStringLiteral("https://api.two.example/v1")};

        // No key anywhere: nothing to protect.
        CliRun run = runCli(profile(), moveHost);
        QCOMPARE(run.exitCode, 0);
        writeConfig(
            {provider(kProvider, QStringLiteral("https://api.one.example/v1"), kEnvVariable)});

        qputenv(kEnvVariable.constData(), kEnvKey.toUtf8());
        run = runCli(profile(), moveHost);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("api.two.example")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("in SWITCHBOARD_KT_ENV_KEY")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("--confirm-new-host")), qPrintable(run.err));
        QVERIFY(!run.err.contains(kEnvKey));
        QCOMPARE(readConfig(), before);

        // The same host on another path is no new recipient.
        run = runCli(profile(),
                     {QStringLiteral("providers"), QStringLiteral("set"), kProvider,
                      QStringLiteral("--base-url"), QStringLiteral("https://API.one.example/v2")});
        QCOMPARE(run.exitCode, 0);

        run = runCli(profile(), moveHost + QStringList{QStringLiteral("--confirm-new-host")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QLatin1String("now goes to api.two.example")),
                 qPrintable(run.out));
        QCOMPARE(readConfig()
                     .value(QLatin1String("providers"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("base_url"))
                     .toString(),
                 QStringLiteral("https://api.two.example/v1"));
    }

    void aNewHostNeedsConfirmationForAKeychainKeyToo()
    {
        REQUIRE_KEYCHAIN();
        writeConfig({provider(kProvider, QStringLiteral("https://api.one.example/v1"))});
        QCOMPARE(keys({QStringLiteral("set"), kProvider}, kKeychainKey.toUtf8()).exitCode, 0);
        const CliRun run = runCli(profile(), {QStringLiteral("providers"), QStringLiteral("set"),
                                              kProvider, QStringLiteral("--base-url"),
                                              QStringLiteral("https://elsewhere.example/v1")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("in the keychain")), qPrintable(run.err));
    }

    void providersSetMistakesExitWithTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("nothing to change") << QStringList{kProvider} << "nothing to change";
        QTest::newRow("unknown provider")
            << QStringList{QStringLiteral("kt-ghost"), QStringLiteral("--allow-insecure-http")}
            << "no provider named 'kt-ghost'";
        QTest::newRow("bad url") << QStringList{kProvider, QStringLiteral("--base-url"),
                                                QStringLiteral("ftp://x.example")}
                                 << "not an http(s) URL";
        QTest::newRow("both switches")
            << QStringList{kProvider, QStringLiteral("--allow-insecure-http"),
                           QStringLiteral("--no-allow-insecure-http")}
            << "either";
    }

    void providersSetMistakesExitWithTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const QJsonObject before = readConfig();
        const CliRun run = runCli(
            profile(), QStringList{QStringLiteral("providers"), QStringLiteral("set")} + arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QCOMPARE(readConfig(), before);
    }

    void aRedirectToAnotherHostDoesNotCarryTheKey()
    {
        MockProviderServer elsewhere;
        QVERIFY(elsewhere.listen());
        qputenv(kEnvVariable.constData(), kEnvKey.toUtf8());
        MockReply moved;
        moved.status = 307;
        moved.withHeader(
            "Location",
            elsewhere.url(QStringLiteral("/v1/chat/completions")).toString().toLatin1());
        m_mock.enqueue(moved);
        CliRun run = chat(kProvider, /*json=*/true);
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(m_mock.requests().size(), 1);
        QCOMPARE(m_mock.requests().first().header("Authorization"), "Bearer " + kEnvKey.toUtf8());
        QVERIFY(elsewhere.requests().isEmpty());
        const QJsonObject attempt = QJsonDocument::fromJson(run.out.toUtf8())
                                        .object()
                                        .value(QLatin1String("attempts"))
                                        .toArray()
                                        .first()
                                        .toObject();
        QCOMPARE(attempt.value(QLatin1String("http_status")).toInt(), 307);
        QVERIFY2(
            attempt.value(QLatin1String("error")).toString().contains(QLatin1String("base URL")),
            qPrintable(run.out));

        // The models endpoint (providers models / test) follows no redirect either.
        m_mock.reset();
        moved.headers.clear();
        moved.withHeader("Location",
                         elsewhere.url(QStringLiteral("/v1/models")).toString().toLatin1());
        m_mock.enqueue(moved);
        run = runCli(profile(), {QStringLiteral("providers"), QStringLiteral("models"), kProvider});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(m_mock.requests().size(), 1);
        QVERIFY(elsewhere.requests().isEmpty());
    }

    void withoutAKeychainTheUserIsToldAndNothingIsWritten()
    {
        QTemporaryDir scratch;
        QVERIFY(scratch.isValid());
        const QString failure = TestSupport::runWithoutKeychain(
            QStringLiteral("noKeychainInAChildProcess"), scratch.path());
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QDirIterator files(scratch.path(), QDir::Files | QDir::Hidden,
                           QDirIterator::Subdirectories);
        QStringList written;
        while (files.hasNext())
            written.append(files.next());
        QVERIFY2(written.isEmpty(), qPrintable(written.join(u' ')));
    }

    /// Runs only as the child of withoutAKeychainTheUserIsToldAndNothingIsWritten.
    void noKeychainInAChildProcess()
    {
        if (!TestSupport::isNoKeychainChild())
            QSKIP("runs in the child that withoutAKeychainTheUserIsToldAndNothingIsWritten starts "
                  "with no D-Bus session bus");
        CliRun run = keys({QStringLiteral("set"), kProvider}, kKeychainKey.toUtf8() + '\n');
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("no keychain is available")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("never keeps keys in a file")),
                 qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("export SWITCHBOARD_KT_ENV_KEY=")),
                 qPrintable(run.err));
        QVERIFY(!run.err.contains(kKeychainKey) && !run.out.contains(kKeychainKey));

        // A provider without a variable is told how to name one.
        writeConfig({provider(QStringLiteral("kt-novar"), QStringLiteral("https://c.example/v1"))});
        run = keys({QStringLiteral("set"), QStringLiteral("kt-novar")}, kKeychainKey.toUtf8());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("providers set kt-novar --api-key-env VAR")),
                 qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("providers add kt-novar … --api-key-env VAR")),
                 qPrintable(run.err));

        run = keys({QStringLiteral("delete"), QStringLiteral("kt-novar")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("no keychain is available")), qPrintable(run.err));

        run = keys({QStringLiteral("status")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(QLatin1String("Keychain: no keychain is available")),
                 qPrintable(run.out));
        run = keys({QStringLiteral("status"), QStringLiteral("--json")});
        const QJsonObject keychain = QJsonDocument::fromJson(run.out.toUtf8())
                                         .object()
                                         .value(QLatin1String("keychain"))
                                         .toObject();
        QCOMPARE(keychain.value(QLatin1String("available")).toBool(true), false);
        QCOMPARE(keychain.value(QLatin1String("status")).toString(), QStringLiteral("no_backend"));

        // Chats fall through to the environment, and say so when it has nothing either.
        writeConfig({provider(kProvider, m_mock.baseUrl().toString(), kEnvVariable)});
        run = chat(kProvider);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("no keychain is available")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("export SWITCHBOARD_KT_ENV_KEY=")),
                 qPrintable(run.err));
        QVERIFY(m_mock.requests().isEmpty());
        qputenv(kEnvVariable.constData(), kEnvKey.toUtf8());
        run = chat(kProvider);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(m_mock.requests().first().header("Authorization"), "Bearer " + kEnvKey.toUtf8());
    }
};

QTEST_GUILESS_MAIN(TestCliKeys)
#include "tst_clikeys.moc"
