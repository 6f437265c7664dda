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

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QSqlError>
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

    /// A connection of the test's own to the ledger, not through Database: no migration, no
    /// recovery.
    static QSqlDatabase openRaw(const Storage::ConnectionSettings& raw)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(raw.driver == Storage::SqlDriver::Sqlite
                                                        ? QStringLiteral("QSQLITE")
                                                        : QStringLiteral("QPSQL"),
                                                    QStringLiteral("raw"));
        db.setDatabaseName(raw.driver == Storage::SqlDriver::Sqlite ? raw.path : raw.database);
        db.setHostName(raw.host);
        db.setPort(raw.port);
        db.setUserName(raw.user);
        db.open();
        return db;
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
        const QString journal = profile.filePath(QStringLiteral("journal"));

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
            // Every request that went out has its row. Each CLI start already wrote and closed
            // the rows of the run killed before it; only the last one's is still pending — or
            // only in its attempt journal, when the kill came before its row was committed.
            QSqlDatabase db = openRaw(ledgerSettings);
            QVERIFY(db.isOpen());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral(
                "SELECT count(*), count(DISTINCT request_id), sum(CASE WHEN outcome = 'pending' "
                "THEN 1 ELSE 0 END), sum(CASE WHEN outcome = 'interrupted' THEN 1 ELSE 0 END) "
                "FROM attempts")));
            QVERIFY(q.next());
            const int rowsNow = q.value(0).toInt();
            QVERIFY2(rowsNow == kKills || rowsNow == kKills - 1,
                     qPrintable(QString::number(rowsNow)));
            QCOMPARE(q.value(1).toInt(), rowsNow);
            QCOMPARE(q.value(2).toInt(), rowsNow - (kKills - 1));
            QCOMPARE(q.value(3).toInt(), kKills - 1);
            // The last process's journal is the only one left: the others were recovered.
            QCOMPARE(QDir(journal).entryList({QStringLiteral("*.jsonl")}).size(), 1);
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        Storage::ConnectionSettings withJournal = ledgerSettings;
        withJournal.attemptJournal = journal;
        Storage::Database db(withJournal);
        QCOMPARE(db.open(), QString());
        QCOMPARE(db.interruptedOnOpen(), 1);
        QCOMPARE(QDir(journal).entryList(QDir::Files), QStringList());
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

    void aRequestSentBeforeItsRowWasWrittenGetsItFromTheJournal()
    {
        // Deterministic: the shared ledger's table is locked, so the CLI's row cannot be
        // written; the request goes out anyway (its line is in the attempt journal), and the
        // process is killed before the row ever reaches the server.
        TestSupport::ScratchLedger scratch(Storage::SqlDriver::Postgresql);
        REQUIRE_SCRATCH_LEDGER(scratch);
        QTemporaryDir profile;
        QVERIFY(profile.isValid());
        writeConfig(profile, scratch.settings());
        {
            Storage::Database migrated(scratch.settings());
            QCOMPARE(migrated.open(), QString());
        }
        m_mock.reset();
        QSqlDatabase locker = openRaw(scratch.settings());
        QVERIFY2(locker.isOpen(), qPrintable(locker.lastError().text()));
        QSqlQuery lock(locker);
        QVERIFY(lock.exec(QStringLiteral("BEGIN")));
        // Readers go on (the CLI's open reads the table); every write waits.
        QVERIFY(lock.exec(QStringLiteral("LOCK TABLE attempts IN EXCLUSIVE MODE")));

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(kKeyVariable, QStringLiteral("sk-crash-test-key"));
        env.remove(QStringLiteral("SWITCHBOARD_PROFILE"));
        QProcess cli;
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(SWITCHBOARD_CLI_PATH),
                  {QStringLiteral("--profile"), profile.path(), QStringLiteral("chat"),
                   QStringLiteral("--model"), QStringLiteral("mock/gpt-test"),
                   QStringLiteral("sent before its row")});
        QVERIFY(cli.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(
            m_mock.requests().size() == 1 || cli.state() == QProcess::NotRunning, 15000);
        QVERIFY2(cli.state() == QProcess::Running, cli.readAllStandardError().constData());
        const qint64 pid = cli.processId();
        cli.kill();
        QVERIFY(cli.waitForFinished(5000));
        // Its server-side insert still waits for the lock: end it, as a server does once it
        // notices the client is gone, so it can never commit.
        QVERIFY(lock.exec(
            QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = "
                           "current_database() AND pid <> pg_backend_pid()")));
        QVERIFY(lock.exec(QStringLiteral("COMMIT")));
        QVERIFY(lock.exec(QStringLiteral("SELECT count(*) FROM attempts")));
        QVERIFY(lock.next());
        QCOMPARE(lock.value(0).toInt(), 0); // the request went out; its row never arrived
        lock.finish();
        locker.close();
        locker = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));

        const QString journal = profile.filePath(QStringLiteral("journal"));
        QCOMPARE(QDir(journal).entryList({QStringLiteral("*.jsonl")}).size(), 1);
        Storage::ConnectionSettings withJournal = scratch.settings();
        withJournal.attemptJournal = journal;
        Storage::Database db(withJournal);
        QCOMPARE(db.open(), QString());
        QCOMPARE(db.interruptedOnOpen(), 1);
        const QList<Storage::LedgerEntry> rows = Storage::UsageLedger(db).recent(10);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().attempt.outcome, Chat::Outcome::Interrupted);
        QCOMPARE(rows.first().attempt.provider, QStringLiteral("mock"));
        QCOMPARE(rows.first().attempt.model, QStringLiteral("gpt-test"));
        QCOMPARE(rows.first().origin, Chat::Origin::Cli);
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT writer_pid FROM attempts")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), pid);
        q.finish();
        QVERIFY(q.exec(QStringLiteral("SELECT sum(attempts), sum(failed) FROM stats_daily")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QCOMPARE(q.value(1).toInt(), 1);
        q.finish();
        QCOMPARE(QDir(journal).entryList(QDir::Files), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
