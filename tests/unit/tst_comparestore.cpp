// The saved compares: a compare reopens exactly as it was saved, a retried column replaces its
// result and clears the verdict, verdicts mark a winner or a tie and refuse what cannot be judged,
// deleting cascades, a column continues as a normal conversation, a newer database refuses writes,
// and the migration adds the tables to an existing profile without touching what was there.
#include "storage/CompareStore.h"
#include "storage/Database.h"
#include "storage/HistoryStore.h"
#include "storage/Migrations.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Storage;

namespace {

/// A clock that moves one second per reading.
CompareStore::Clock steppingClock(std::shared_ptr<qint64> t)
{
    return [t] { return *t += 1000; };
}

CompareColumnRecord answeredColumn(const QString& target, const QString& text,
                                   const QString& requestId)
{
    CompareColumnRecord c;
    c.target = target;
    c.answered = true;
    c.outcome = Chat::Outcome::Ok;
    c.text = text;
    c.requestId = requestId;
    const qsizetype slash = target.indexOf(u'/');
    c.provider = target.left(slash);
    c.model = target.mid(slash + 1);
    c.ttftMs = 250;
    c.totalMs = 1250;
    c.inputTokens = 12;
    c.outputTokens = 50;
    c.costMicroUsd = 420;
    c.costSource = QStringLiteral("catalog");
    c.attempts = 1;
    return c;
}

CompareSession threeColumns()
{
    CompareSession s;
    s.prompt = QStringLiteral("Explain monads\nin one paragraph");
    s.systemPrompt = QStringLiteral("Be brief.");
    s.temperature = 0.5;
    s.maxTokens = 200;
    s.columns.append(answeredColumn(QStringLiteral("openai/gpt-4o"), QStringLiteral("A monad is…"),
                                    QStringLiteral("req-1")));
    CompareColumnRecord failed;
    failed.target = QStringLiteral("groq/llama");
    failed.outcome = Chat::Outcome::RateLimited;
    failed.error = QStringLiteral("groq/llama: rate_limited (slow down)");
    failed.requestId = QStringLiteral("req-2");
    failed.provider = QStringLiteral("groq");
    failed.model = QStringLiteral("llama");
    failed.totalMs = 80;
    failed.costSource = QStringLiteral("unknown");
    failed.attempts = 2;
    s.columns.append(failed);
    CompareColumnRecord routed =
        answeredColumn(QStringLiteral("fast"), QStringLiteral("Monads…"), QStringLiteral("req-3"));
    routed.targetKind = CompareTargetKind::Route;
    routed.provider = QStringLiteral("anthropic");
    routed.model = QStringLiteral("haiku");
    routed.reasoning = QStringLiteral("Think of a box.");
    routed.costSource = QStringLiteral("estimate");
    routed.attempts = 2;
    s.columns.append(routed);
    return s;
}

qint64 countOf(Database& db, const QString& sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next()) {
        qWarning() << sql << query.lastError().text();
        return -1;
    }
    return query.value(0).toLongLong();
}

} // namespace

class TestCompareStore : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::shared_ptr<qint64> m_time;
    std::unique_ptr<CompareStore> m_store;

    qint64 saveThree()
    {
        QString error;
        const std::optional<qint64> id = m_store->save(threeColumns(), &error);
        if (!id)
            qWarning() << error;
        return id.value_or(0);
    }

private Q_SLOTS:
    void init()
    {
        QFile::remove(m_dir.filePath(QStringLiteral("c.db")));
        m_db = std::make_unique<Database>(m_dir.filePath(QStringLiteral("c.db")));
        QCOMPARE(m_db->open(), QString());
        m_time = std::make_shared<qint64>(1'700'000'000'000);
        m_store = std::make_unique<CompareStore>(*m_db, steppingClock(m_time));
    }

    void cleanup()
    {
        m_store.reset();
        m_db.reset();
    }

    void aSavedCompareReopensAsItWasSaved()
    {
        const qint64 id = saveThree();
        QVERIFY(id > 0);
        const std::optional<CompareSession> reopened = m_store->session(id);
        QVERIFY(reopened);
        CompareSession expected = threeColumns();
        expected.id = id;
        expected.title = QStringLiteral("Explain monads");
        expected.createdAtMs = 1'700'000'001'000;
        expected.updatedAtMs = 1'700'000'001'000;
        for (int i = 0; i < expected.columns.size(); ++i) {
            expected.columns[i].id = reopened->columns.at(i).id;
            expected.columns[i].compareId = id;
            expected.columns[i].position = i;
        }
        QCOMPARE(reopened->columns.size(), 3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(reopened->columns.at(i), expected.columns.at(i));
        QCOMPARE(*reopened, expected);
        QCOMPARE(reopened->columns.at(2).targetLabel(), QStringLiteral("route/fast"));
        QCOMPARE(reopened->columns.at(0).tokensPerSecond(), std::optional<double>(50.0));
        QCOMPARE(reopened->columns.at(1).tokensPerSecond(), std::nullopt);
        QVERIFY(reopened->bestPositions().isEmpty());
        QVERIFY(!reopened->judgedAtMs);
    }

    void comparesAreListedNewestFirstWithoutColumns()
    {
        const qint64 first = saveThree();
        const qint64 second = saveThree();
        QVERIFY(m_store->rename(first, QStringLiteral("Renamed")));
        const QList<CompareSession> list = m_store->sessions();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).id, first); // the rename made it the most recent
        QCOMPARE(list.at(0).title, QStringLiteral("Renamed"));
        QCOMPARE(list.at(1).id, second);
        QVERIFY(list.at(0).columns.isEmpty());
        QString error;
        QVERIFY(!m_store->rename(999, QStringLiteral("x"), &error));
        QVERIFY2(error.contains(QLatin1String("no such compare")), qPrintable(error));
    }

    void aRetriedColumnReplacesItsResultAndClearsTheVerdict()
    {
        const qint64 id = saveThree();
        QVERIFY(m_store->setVerdict(id, CompareVerdict::winner(0)));
        const qint64 conversation = *m_store->continueAsConversation(id, 0);
        CompareColumnRecord retried =
            answeredColumn(QStringLiteral("ignored/target"), QStringLiteral("Now it answers."),
                           QStringLiteral("req-2b"));
        retried.position = 1;
        QVERIFY(m_store->updateColumn(id, retried));
        const CompareSession after = *m_store->session(id);
        const CompareColumnRecord& column = after.columns.at(1);
        QCOMPARE(column.target, QStringLiteral("groq/llama")); // the target stays
        QCOMPARE(column.answered, true);
        QCOMPARE(column.text, QStringLiteral("Now it answers."));
        QCOMPARE(column.requestId, QStringLiteral("req-2b"));
        QCOMPARE(column.outcome, std::optional<Chat::Outcome>(Chat::Outcome::Ok));
        QCOMPARE(column.error, QString());
        QVERIFY(!after.judgedAtMs);
        QVERIFY(after.bestPositions().isEmpty());
        QCOMPARE(after.columns.at(0).conversationId, conversation); // other columns untouched
        retried.position = 9;
        QString error;
        QVERIFY(!m_store->updateColumn(id, retried, &error));
        QVERIFY2(error.contains(QLatin1String("no such column")), qPrintable(error));
    }

    void verdictMarksAWinnerOrATie()
    {
        const qint64 id = saveThree();
        QVERIFY(m_store->setVerdict(id, CompareVerdict::winner(2)));
        CompareSession judged = *m_store->session(id);
        QCOMPARE(judged.bestPositions(), QList<int>{2});
        QCOMPARE(judged.judgedAtMs, std::optional<qint64>(*m_time));

        QVERIFY(m_store->setVerdict(id, CompareVerdict::tie({0, 2})));
        judged = *m_store->session(id);
        QCOMPARE(judged.bestPositions(), (QList<int>{0, 2}));

        QVERIFY(m_store->setVerdict(id, {}));
        judged = *m_store->session(id);
        QVERIFY(judged.bestPositions().isEmpty());
        QVERIFY(!judged.judgedAtMs);
    }

    void verdictRefusesWhatCannotBeJudged_data()
    {
        QTest::addColumn<QList<int>>("best");
        QTest::addColumn<QString>("message");
        QTest::newRow("a column without an answer") << QList<int>{1} << "has no answer to judge";
        QTest::newRow("no such column") << QList<int>{5} << "has no column 6";
        QTest::newRow("named twice") << QList<int>{0, 0} << "named twice";
    }

    void verdictRefusesWhatCannotBeJudged()
    {
        QFETCH(QList<int>, best);
        QFETCH(QString, message);
        const qint64 id = saveThree();
        QVERIFY(m_store->setVerdict(id, CompareVerdict::winner(0)));
        QString error;
        QVERIFY(!m_store->setVerdict(id, CompareVerdict::tie(best), &error));
        QVERIFY2(error.contains(message), qPrintable(error));
        QVERIFY2(error.startsWith(QLatin1String("cannot store the verdict of compare")),
                 qPrintable(error));
        QCOMPARE(m_store->session(id)->bestPositions(), QList<int>{0}); // unchanged
        QVERIFY(!m_store->setVerdict(12345, CompareVerdict::winner(0), &error));
        QVERIFY(!m_store->setVerdict(12345, {}, &error));
        QVERIFY2(error.contains(QLatin1String("no compare 12345")), qPrintable(error));
    }

    void deletingACompareDeletesItsColumns()
    {
        const qint64 kept = saveThree();
        const qint64 gone = saveThree();
        QVERIFY(m_store->remove(gone));
        QVERIFY(!m_store->session(gone));
        QCOMPARE(countOf(*m_db, QStringLiteral("SELECT count(*) FROM compare_columns")), 3);
        // The foreign key cascades for a plain DELETE too.
        QSqlQuery query(m_db->connection());
        QVERIFY(query.exec(QStringLiteral("DELETE FROM compares WHERE id = %1").arg(kept)));
        QCOMPARE(countOf(*m_db, QStringLiteral("SELECT count(*) FROM compare_columns")), 0);
        QString error;
        QVERIFY(!m_store->remove(kept, &error));
        QVERIFY2(error.contains(QLatin1String("no such compare")), qPrintable(error));
    }

    void aColumnContinuesAsAConversation()
    {
        const qint64 id = saveThree();
        HistoryStore history(*m_db);
        const std::optional<qint64> direct = m_store->continueAsConversation(id, 0);
        QVERIFY(direct);
        const Conversation conversation = *history.conversation(*direct);
        QCOMPARE(conversation.title, QStringLiteral("Explain monads"));
        QCOMPARE(conversation.systemPrompt, QStringLiteral("Be brief."));
        QCOMPARE(conversation.route, QString());
        const QList<ConversationMessage> messages = history.messages(*direct);
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages.at(0).role, Chat::Role::User);
        QCOMPARE(messages.at(0).text, QStringLiteral("Explain monads\nin one paragraph"));
        QCOMPARE(messages.at(0).requestId, QString());
        QCOMPARE(messages.at(1).role, Chat::Role::Assistant);
        QCOMPARE(messages.at(1).text, QStringLiteral("A monad is…"));
        QCOMPARE(messages.at(1).requestId, QStringLiteral("req-1"));
        QCOMPARE(m_store->session(id)->columns.at(0).conversationId, *direct);

        // A route column's conversation goes on through its route.
        const std::optional<qint64> routed = m_store->continueAsConversation(id, 2);
        QVERIFY(routed);
        QCOMPARE(history.conversation(*routed)->route, QStringLiteral("fast"));

        QString error;
        QVERIFY(!m_store->continueAsConversation(id, 1, &error));
        QVERIFY2(error.contains(QLatin1String("groq/llama gave no answer")), qPrintable(error));
        QVERIFY(!m_store->continueAsConversation(id, 7, &error));
        QVERIFY2(error.contains(QLatin1String("no column 8")), qPrintable(error));
        QCOMPARE(history.conversations().size(), 2);

        // Deleting the conversation forgets the link, not the compare.
        QVERIFY(history.remove(*direct));
        QCOMPARE(m_store->session(id)->columns.at(0).conversationId, 0);
    }

    void aNewerDatabaseRefusesWrites()
    {
        const qint64 id = saveThree();
        QSqlQuery query(m_db->connection());
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 999")));
        const QString path = m_db->path();
        cleanup();
        Database db(path);
        QVERIFY(!db.open().isEmpty());
        QVERIFY(db.isReadOnly());
        CompareStore store(db);
        QVERIFY(store.session(id)); // reading still works
        QString error;
        QVERIFY(!store.save(threeColumns(), &error));
        QVERIFY2(error.contains(QLatin1String("newer Switchboard")), qPrintable(error));
        for (const bool refused :
             {!store.setVerdict(id, CompareVerdict::winner(0), &error), !store.remove(id, &error),
              !store.continueAsConversation(id, 0, &error).has_value()})
            QVERIFY(refused);
        QCOMPARE(countOf(db, QStringLiteral("SELECT count(*) FROM compares")), 1);
    }

    void theMigrationAddsTheTablesToAnExistingProfile()
    {
        const QString path = m_dir.filePath(QStringLiteral("previous.db"));
        const int latest = Database::latestSchemaVersion();
        {
            QSqlDatabase raw =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery query(raw);
            for (const Migration& step : migrations()) {
                if (step.sqlite.join(u' ').contains(QLatin1String("CREATE TABLE compares")))
                    break;
                for (const QString& statement : step.sqlite)
                    QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
                QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = %1").arg(step.version)));
            }
            QVERIFY(query.exec(QStringLiteral("INSERT INTO conversations (title, created_at_ms, "
                                              "updated_at_ms) VALUES ('Before', 1, 1)")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        Database db(path);
        QCOMPARE(db.open(), QString());
        QCOMPARE(db.schemaVersion(), latest);
        QCOMPARE(countOf(db, QStringLiteral("SELECT count(*) FROM conversations")), 1);
        CompareStore store(db);
        const std::optional<qint64> id = store.save(threeColumns());
        QVERIFY(id);
        QVERIFY(store.continueAsConversation(*id, 0));
        QCOMPARE(countOf(db, QStringLiteral("SELECT count(*) FROM conversations")), 2);
    }

    void aTitleIsThePromptsFirstLineShortened()
    {
        QCOMPARE(CompareStore::titleFor(QStringLiteral("  Hello   world \nsecond")),
                 QStringLiteral("Hello world"));
        const QString longTitle = CompareStore::titleFor(QString(200, u'x'));
        QCOMPARE(longTitle.size(), 80);
        QVERIFY(longTitle.endsWith(QChar(0x2026)));
        CompareSession titled = threeColumns();
        titled.title = QStringLiteral("Mine");
        QCOMPARE(m_store->session(*m_store->save(titled))->title, QStringLiteral("Mine"));
    }
};

QTEST_GUILESS_MAIN(TestCompareStore)
#include "tst_comparestore.moc"
