// Crash safety: the real switchboard-cli, killed with SIGKILL in the middle of streaming, over
// and over. The database stays intact, every attempt begun has its row, and the next open turns
// the rows of the killed processes into `interrupted`.
#include "MockProviderServer.h"
#include "MockReply.h"
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

constexpr int kKills = 25;
const QString kKeyVariable = QStringLiteral("SWITCHBOARD_TEST_MOCK_KEY");

} // namespace

class TestCrashSafety : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_profile;
    MockProviderServer m_mock;

    void writeConfig()
    {
        QFile file(m_profile.filePath(QStringLiteral("config.json")));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        const QJsonObject config{
            {QStringLiteral("version"), 1},
            {QStringLiteral("providers"),
             QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("mock")},
                                    {QStringLiteral("kind"), QStringLiteral("openai")},
                                    {QStringLiteral("base_url"), m_mock.baseUrl().toString()},
                                    {QStringLiteral("api_key_env"), kKeyVariable}}}}};
        file.write(QJsonDocument(config).toJson());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_profile.isValid());
        QVERIFY(m_mock.listen());
        writeConfig();
        // A long answer, one small piece every 40 ms: the kill always lands mid-stream.
        QStringList deltas;
        for (int i = 0; i < 200; ++i)
            deltas.append(QStringLiteral("word%1 ").arg(i));
        MockReply slow = MockReply::openAiStream(deltas, QStringLiteral("gpt-test"), true);
        slow.splitEvery(60);
        slow.chunkDelayMs = 40;
        m_mock.setDefaultReply(slow);
    }

    void killedMidStreamManyTimesLeavesAnIntactLedger()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(kKeyVariable, QStringLiteral("sk-crash-test-key"));
        env.remove(QStringLiteral("SWITCHBOARD_PROFILE"));
        for (int i = 0; i < kKills; ++i) {
            QProcess cli;
            cli.setProcessEnvironment(env);
            cli.start(QStringLiteral(SWITCHBOARD_CLI_PATH),
                      {QStringLiteral("--profile"), m_profile.path(), QStringLiteral("chat"),
                       QStringLiteral("--model"), QStringLiteral("mock/gpt-test"),
                       QStringLiteral("crash prompt %1").arg(i)});
            QVERIFY(cli.waitForStarted());
            // Mid-stream: the answer has begun to arrive on stdout.
            QTRY_VERIFY_WITH_TIMEOUT(
                cli.bytesAvailable() > 0 || cli.state() == QProcess::NotRunning, 15000);
            QVERIFY2(cli.state() == QProcess::Running, cli.readAllStandardError().constData());
            cli.kill(); // SIGKILL: no handler, no cleanup
            QVERIFY(cli.waitForFinished(5000));
            QCOMPARE(cli.exitStatus(), QProcess::CrashExit);
        }
        QCOMPARE(m_mock.requests().size(), kKills);

        const QString path = m_profile.filePath(QStringLiteral("switchboard.db"));
        {
            // As the killed processes left it, before any recovery.
            QSqlDatabase raw =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
            // Every attempt begun has its row. Each CLI start already closed the rows of the
            // run killed before it; only the last one is still pending.
            QVERIFY(q.exec(QStringLiteral(
                "SELECT count(*), count(DISTINCT request_id), sum(CASE WHEN outcome = 'pending' "
                "THEN 1 ELSE 0 END), sum(CASE WHEN outcome = 'interrupted' THEN 1 ELSE 0 END) "
                "FROM attempts")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), kKills);
            QCOMPARE(q.value(1).toInt(), kKills);
            QCOMPARE(q.value(2).toInt(), 1);
            QCOMPARE(q.value(3).toInt(), kKills - 1);
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));

        Storage::Database db(path);
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
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        QVERIFY(q.exec(QStringLiteral("SELECT sum(attempts), sum(failed) FROM stats_daily")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), kKills);
        QCOMPARE(q.value(1).toInt(), kKills);
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
