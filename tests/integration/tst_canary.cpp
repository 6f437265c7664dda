// The canary: a key that must never be found anywhere but in the keychain and the request's
// Authorization header. It is given once through `keys set` (keychain) and once through the
// environment, then used for everything a user does — chats that succeed, a chat that fails with
// no fallback, a provider that echoes the key back in its error (as a whole body and inside a
// stream), `providers test`, `providers models`, `keys status`, `providers list`, `stats` and
// `export --csv` — and afterwards
// every byte the app could have left behind is searched: the profile folder (config.json,
// switchboard.db and its -wal/-shm, cache/), QSettings files (XDG_CONFIG_HOME), the test session's
// throwaway HOME, everything printed to stdout and stderr, and every log message.
#include "CliRunner.h"
#include "KeychainTestSession.h"
#include "MockProviderServer.h"
#include "MockReply.h"
#include "secrets/KeyStore.h"
#include "storage/Database.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using TestSupport::MockProviderServer;
using TestSupport::MockReply;

namespace {

const QString kKeychainCanary = QStringLiteral("sk-canary-kc-7b3e9f1a2c4d6e8f0a1b3c5d7e9f");
const QString kEnvCanary = QStringLiteral("sk-canary-env-1a2b3c4d5e6f7a8b9c0d1e2f3a4b");
const QByteArray kEnvVariable = "SWITCHBOARD_CANARY_ENV_KEY";

/// Every log message of the process, to be searched too.
QStringList& logMessages()
{
    static QStringList messages;
    return messages;
}

QtMessageHandler g_previousHandler = nullptr;

void recordMessage(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    logMessages().append(message);
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

/// The canary, and its tail alone (a key cut short still leaks).
QList<QByteArray> needles(const QString& canary)
{
    return {canary.toUtf8(), canary.right(20).toUtf8()};
}

} // namespace

class TestCanary : public QObject {
    Q_OBJECT

private:
    MockProviderServer m_mock;
    QTemporaryDir m_configHome; ///< XDG_CONFIG_HOME of this process: where QSettings would write
    QString m_originalConfigHome;
    QStringList m_printed; ///< stdout and stderr of every run

    CliRun run(const QString& profile, const QStringList& words, const QByteArray& input = {})
    {
        CliRun result = runCli(profile, words, input);
        m_printed.append(result.out);
        m_printed.append(result.err);
        return result;
    }

    static void writeConfig(const QString& profile, const QString& name, const QUrl& url,
                            const QByteArray& keyVariable)
    {
        QJsonObject provider{{QStringLiteral("name"), name},
                             {QStringLiteral("kind"), QStringLiteral("openai")},
                             {QStringLiteral("base_url"), url.toString()}};
        if (!keyVariable.isEmpty())
            provider.insert(QStringLiteral("api_key_env"), QString::fromLatin1(keyVariable));
        QFile file(profile + QStringLiteral("/config.json"));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(QJsonObject{{QStringLiteral("version"), 1},
                                             {QStringLiteral("providers"), QJsonArray{provider}}})
                       .toJson());
    }

    /// Everything a user does with a provider whose key is `canary`.
    void useEverything(const QString& profile, const QString& name, const QString& canary)
    {
        const QString model = name + QStringLiteral("/gpt-test");
        const auto chat = [&](const QStringList& extra = {}) {
            return run(profile,
                       QStringList{QStringLiteral("chat"), QStringLiteral("--model"), model} + extra
                           + QStringList{QStringLiteral("Say hello")});
        };

        // Answers.
        QCOMPARE(chat().exitCode, 0);
        QCOMPARE(chat({QStringLiteral("--json")}).exitCode, 0);
        QVERIFY(!m_mock.requests().isEmpty());
        QCOMPARE(m_mock.requests().constLast().header("Authorization"),
                 "Bearer " + canary.toUtf8());

        // A failure with nothing to fall back to.
        m_mock.enqueue(MockReply::openAiError(400, QStringLiteral("temperature is out of range")));
        QCOMPARE(chat().exitCode, 1);

        // A provider that echoes the key: in an error body ...
        const QString echoed = QStringLiteral("Incorrect API key provided: %1. You can find your "
                                              "API key at https://platform.openai.com/account.")
                                   .arg(canary);
        m_mock.enqueue(MockReply::openAiError(401, echoed, QStringLiteral("invalid_request_error"),
                                              QStringLiteral("invalid_api_key")));
        CliRun failed = chat();
        QCOMPARE(failed.exitCode, 1);
        QVERIFY2(failed.err.contains(QLatin1String("[redacted]")), qPrintable(failed.err));
        m_mock.enqueue(MockReply::openAiError(401, echoed, QStringLiteral("invalid_request_error"),
                                              QStringLiteral("invalid_api_key")));
        QCOMPARE(chat({QStringLiteral("--json")}).exitCode, 1);

        // ... and inside a stream that had begun.
        MockReply inBand;
        inBand.stream = true;
        inBand.body = "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Hi \"}}]}\n\n"
                      "data: {\"error\":{\"message\":\"key "
                      + canary.toUtf8()
                      + " was revoked\",\"type\":\"invalid_request_error\","
                        "\"code\":\"invalid_api_key\"}}\n\n";
        m_mock.enqueue(inBand);
        QCOMPARE(chat().exitCode, 1);

        // Provider checks, with and without an echoing error.
        QCOMPARE(run(profile, {QStringLiteral("providers"), QStringLiteral("test"), name}).exitCode,
                 0);
        QCOMPARE(run(profile, {QStringLiteral("providers"), QStringLiteral("test"), name,
                               QStringLiteral("--json")})
                     .exitCode,
                 0);
        QCOMPARE(
            run(profile, {QStringLiteral("providers"), QStringLiteral("models"), name}).exitCode,
            0);
        m_mock.enqueue(MockReply::openAiError(401, echoed, QStringLiteral("invalid_request_error"),
                                              QStringLiteral("invalid_api_key")));
        QCOMPARE(run(profile, {QStringLiteral("providers"), QStringLiteral("models"), name,
                               QStringLiteral("--json")})
                     .exitCode,
                 1);
        m_mock.enqueue(MockReply::openAiError(401, echoed, QStringLiteral("invalid_request_error"),
                                              QStringLiteral("invalid_api_key")));
        QCOMPARE(run(profile, {QStringLiteral("providers"), QStringLiteral("test"), name}).exitCode,
                 1);

        // Where keys come from.
        for (const QStringList& words :
             {QStringList{QStringLiteral("keys"), QStringLiteral("status")},
              QStringList{QStringLiteral("keys"), QStringLiteral("status"),
                          QStringLiteral("--json")},
              QStringList{QStringLiteral("providers"), QStringLiteral("list")},
              QStringList{QStringLiteral("providers"), QStringLiteral("list"),
                          QStringLiteral("--json")},
              // What was spent, and the ledger exported: the errors above are in there.
              QStringList{QStringLiteral("stats"), QStringLiteral("--json")},
              QStringList{QStringLiteral("stats"), QStringLiteral("--csv"), QStringLiteral("--by"),
                          QStringLiteral("provider")},
              QStringList{QStringLiteral("export"), QStringLiteral("--csv")}})
            QCOMPARE(run(profile, words).exitCode, 0);
    }

    /// Every file under `root`, by path; fails the test on any that holds a needle.
    void searchFiles(const QString& root, const QList<QByteArray>& searched, QStringList* seen)
    {
        QDirIterator files(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString path = files.next();
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue; // a socket or a file of another user: nothing of ours
            const QByteArray bytes = file.readAll();
            for (const QByteArray& needle : searched)
                QVERIFY2(!bytes.contains(needle), qPrintable(QStringLiteral("found in ") + path));
            seen->append(path);
        }
    }

    void searchEverything(const QString& profile, const QString& canary)
    {
        const QList<QByteArray> searched = needles(canary);
        QStringList seen;
        searchFiles(profile, searched, &seen);
        if (QTest::currentTestFailed())
            return;
        for (const char* expected :
             {"/config.json", "/switchboard.db", "/switchboard.db-wal", "/cache/models/"}) {
            QVERIFY2(!seen.filter(QLatin1String(expected)).isEmpty(),
                     qPrintable(QStringLiteral("not searched (missing): ") + QLatin1String(expected)
                                + u'\n' + seen.join(u'\n')));
        }
        searchFiles(m_configHome.path(), searched, &seen);
        if (!m_originalConfigHome.isEmpty())
            searchFiles(m_originalConfigHome, searched, &seen);
        if (TestSupport::insideTestSession())
            searchFiles(QDir::homePath(), searched, &seen); // the session's throwaway HOME
        for (const QString& text : std::as_const(m_printed)) {
            for (const QByteArray& needle : searched)
                QVERIFY2(!text.toUtf8().contains(needle), qPrintable(text));
        }
        for (const QString& message : std::as_const(logMessages())) {
            for (const QByteArray& needle : searched)
                QVERIFY2(!message.toUtf8().contains(needle), qPrintable(message));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_mock.listen());
        QVERIFY(m_configHome.isValid());
        if (TestSupport::insideTestSession())
            m_originalConfigHome = qEnvironmentVariable("XDG_CONFIG_HOME");
        // Anything that writes QSettings from here on writes it where this test looks.
        qputenv("XDG_CONFIG_HOME", m_configHome.path().toLocal8Bit());
        g_previousHandler = qInstallMessageHandler(recordMessage);
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(g_previousHandler);
        qunsetenv(kEnvVariable.constData());
    }

    void init()
    {
        m_mock.reset();
        m_printed.clear();
        logMessages().clear();
    }

    void anEnvironmentKeyIsFoundNowhereElse()
    {
        QTemporaryDir profile;
        QVERIFY(profile.isValid());
        writeConfig(profile.path(), QStringLiteral("canary-env"), m_mock.baseUrl(), kEnvVariable);
        // The ledger stays open meanwhile, so that its write-ahead log is there to be searched.
        Storage::Database holder(profile.filePath(QStringLiteral("switchboard.db")));
        QCOMPARE(holder.open(), QString());
        qputenv(kEnvVariable.constData(), kEnvCanary.toUtf8());
        useEverything(profile.path(), QStringLiteral("canary-env"), kEnvCanary);
        qunsetenv(kEnvVariable.constData());
        if (QTest::currentTestFailed())
            return;
        searchEverything(profile.path(), kEnvCanary);
    }

    void aKeychainKeyIsFoundNowhereElse()
    {
        if (!TestSupport::insideTestSession())
            QSKIP("stores the canary in the Secret Service: run under "
                  "packaging/with-test-session.sh");
        QTemporaryDir profile;
        QVERIFY(profile.isValid());
        const QString name = QStringLiteral("canary-kc");
        writeConfig(profile.path(), name, m_mock.baseUrl(), {});
        Storage::Database holder(profile.filePath(QStringLiteral("switchboard.db")));
        QCOMPARE(holder.open(), QString());

        const CliRun stored =
            run(profile.path(), {QStringLiteral("keys"), QStringLiteral("set"), name},
                kKeychainCanary.toUtf8() + '\n');
        if (stored.exitCode == 1 && stored.err.contains(QLatin1String("no keychain")))
            QSKIP(qPrintable(QStringLiteral("no Secret Service: ") + stored.err));
        // Leave the session's keyring as it was, whatever happens below.
        const auto forget = qScopeGuard([&profile, &name] {
            runCli(profile.path(), {QStringLiteral("keys"), QStringLiteral("delete"), name});
        });
        QCOMPARE(stored.exitCode, 0);
        useEverything(profile.path(), name, kKeychainCanary);
        if (!QTest::currentTestFailed())
            searchEverything(profile.path(), kKeychainCanary);
    }
};

QTEST_GUILESS_MAIN(TestCanary)
#include "tst_canary.moc"
