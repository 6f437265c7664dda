// Crash safety: the real switchboard-cli, killed with SIGKILL over and over — in the middle of
// streaming, or as soon as its request reached the server — with the ledger in the profile's
// SQLite file or on a shared PostgreSQL server. The database stays intact, every prompt sent is in
// the chat history, every request that went out has its ledger row, and the next open turns the
// rows of the killed processes into `interrupted`.
#include "MockProviderServer.h"
#include "MockReply.h"
#include "ScratchLedger.h"
#include "storage/Database.h"
#include "storage/UsageLedger.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using TestSupport::MockProviderServer;
using TestSupport::MockReply;

namespace {

constexpr int kKills = 24;
const QString kKeyVariable = QStringLiteral("SWITCHBOARD_TEST_MOCK_KEY");

} // namespace

class TestCrashSafety : public QObject {
    Q_OBJECT

private:
    MockProviderServer m_mock;

    void writeConfig(const QTemporaryDir& profile, const Storage::ConnectionSettings& ledger)
    {
        QFile file(profile.filePath(QStringLiteral("config.json")));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QJsonObject config{
            {QStringLiteral("version"), 1},
            {QStringLiteral("providers"),
             QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("mock")},
                                    {QStringLiteral("kind"), QStringLiteral("openai")},
                                    {QStringLiteral("base_url"), m_mock.baseUrl().toString()},
                                    {QStringLiteral("api_key_env"), kKeyVariable}}}}};
        if (ledger.driver == Storage::SqlDriver::Postgresql) {
            config.insert(QStringLiteral("ledger"),
                          QJsonObject{{QStringLiteral("driver"), QStringLiteral("postgresql")},
                                      {QStringLiteral("host"), ledger.host},
                                      {QStringLiteral("port"), ledger.port},
                                      {QStringLiteral("database"), ledger.database},
                                      {QStringLiteral("user"), ledger.user}});
        }
        file.write(QJsonDocument(config).toJson());
    }

    static void checkIntegrity(const QString& path)
    {
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("integrity"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        q.finish();
        raw.close();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_mock.listen());
        // A long answer, one small piece every 40 ms: the kill always lands mid-stream.
        QStringList deltas;
        for (int i = 0; i < 200; ++i)
            deltas.append(QStringLiteral("word%1 ").arg(i));
        MockReply slow = MockReply::openAiStream(deltas, QStringLiteral("gpt-test"), true);
        slow.splitEvery(60);
        slow.chunkDelayMs = 40;
        m_mock.setDefaultReply(slow);
    }

    void killedManyTimesLosesNoPromptAndNoAttempt_data() { TestSupport::addDriverRows(); }
    void killedManyTimesLosesNoPromptAndNoAttempt()
    {
        SCRATCH_LEDGER(scratch);
        QTemporaryDir profile;
        QVERIFY(profile.isValid());
        const QString local = profile.filePath(QStringLiteral("switchboard.db"));
        const Storage::ConnectionSettings ledgerSettings =
            scratch.settings().driver == Storage::SqlDriver::Sqlite
                ? Storage::ConnectionSettings::sqlite(local)
                : scratch.settings();
        writeConfig(profile, ledgerSettings);
        m_mock.reset();

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(kKeyVariable, QStringLiteral("sk-crash-test-key"));
        env.remove(QStringLiteral("SWITCHBOARD_PROFILE"));
        for (int i = 0; i < kKills; ++i) {
            QProcess cli;
            cli.setProcessEnvironment(env);
            cli.start(QStringLiteral(SWITCHBOARD_CLI_PATH),
                      {QStringLiteral("--profile"), profile.path(), QStringLiteral("chat"),
                       QStringLiteral("--model"), QStringLiteral("mock/gpt-test"),
                       QStringLiteral("crash prompt %1").arg(i)});
            QVERIFY(cli.waitForStarted());
            if (i % 2 == 0) {
                // Mid-stream: the answer has begun to arrive on stdout.
                QTRY_VERIFY_WITH_TIMEOUT(
                    cli.bytesAvailable() > 0 || cli.state() == QProcess::NotRunning, 15000);
            } else {
                // The moment its request reached the server, before any answer.
                QTRY_VERIFY_WITH_TIMEOUT(
                    m_mock.requests().size() > i || cli.state() == QProcess::NotRunning, 15000);
            }
            QVERIFY2(cli.state() == QProcess::Running, cli.readAllStandardError().constData());
            cli.kill(); // SIGKILL: no handler, no cleanup
            QVERIFY(cli.waitForFinished(5000));
            QCOMPARE(cli.exitStatus(), QProcess::CrashExit);
        }
        QCOMPARE(m_mock.requests().size(), kKills);

        // As the killed processes left it, before any recovery: the local file is intact and
        // holds every prompt sent (each written before its request went out).
        checkIntegrity(local);
        QSqlDatabase::removeDatabase(QStringLiteral("integrity"));
        {
            // Every request that went out has its row. Each CLI start already closed the rows of
            // the run killed before it; only the last one is still pending.
            Storage::ConnectionSettings raw = ledgerSettings;
            QSqlDatabase db = QSqlDatabase::addDatabase(raw.driver == Storage::SqlDriver::Sqlite
                                                            ? QStringLiteral("QSQLITE")
                                                            : QStringLiteral("QPSQL"),
                                                        QStringLiteral("raw"));
            db.setDatabaseName(raw.driver == Storage::SqlDriver::Sqlite ? raw.path : raw.database);
            db.setHostName(raw.host);
            db.setPort(raw.port);
            db.setUserName(raw.user);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral(
                "SELECT count(*), count(DISTINCT request_id), sum(CASE WHEN outcome = 'pending' "
                "THEN 1 ELSE 0 END), sum(CASE WHEN outcome = 'interrupted' THEN 1 ELSE 0 END) "
                "FROM attempts")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), kKills);
            QCOMPARE(q.value(1).toInt(), kKills);
            QCOMPARE(q.value(2).toInt(), 1);
            QCOMPARE(q.value(3).toInt(), kKills - 1);
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        Storage::Database db(ledgerSettings);
        QCOMPARE(db.open(), QString());
        QCOMPARE(db.interruptedOnOpen(), 1);
        const QList<Storage::LedgerEntry> rows = Storage::UsageLedger(db).recent(100);
        QCOMPARE(rows.size(), kKills);
        QSet<QString> requests;
        for (const Storage::LedgerEntry& row : rows) {
            QCOMPARE(row.attempt.outcome, Chat::Outcome::Interrupted);
            QVERIFY(!row.pending);
            QCOMPARE(row.attempt.provider, QStringLiteral("mock"));
            requests.insert(row.attempt.requestId);
        }
        QCOMPARE(requests.size(), kKills);
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT sum(attempts), sum(failed) FROM stats_daily")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), kKills);
        QCOMPARE(q.value(1).toInt(), kKills);
        q.finish();
        {
            Storage::Database history(local);
            QCOMPARE(history.open(), QString());
            QSqlQuery messages(history.connection());
            QVERIFY(messages.exec(QStringLiteral("SELECT m.text FROM messages m JOIN "
                                                 "conversations c ON c.id = m.conversation_id "
                                                 "WHERE m.role = 'user'")));
            QSet<QString> prompts;
            while (messages.next())
                prompts.insert(messages.value(0).toString());
            QCOMPARE(prompts.size(), kKills);
            for (int i = 0; i < kKills; ++i)
                QVERIFY(prompts.contains(QStringLiteral("crash prompt %1").arg(i)));
        }

        checkIntegrity(local);
        QSqlDatabase::removeDatabase(QStringLiteral("integrity"));
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
