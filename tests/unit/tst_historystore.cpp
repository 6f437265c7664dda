// The chat history: conversations and messages, deletion that really deletes (search index too),
// literal full-text search over any text, Markdown and JSON export, all-or-nothing JSON import,
// and the migration that adds it to an existing ledger.
#include "storage/Database.h"
#include "storage/HistoryStore.h"
#include "storage/Migrations.h"
#include "storage/UsageLedger.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

/// A clock that moves one second per reading, so "most recently updated" is never a tie.
Storage::HistoryStore::Clock steppingClock()
{
    auto t = std::make_shared<qint64>(1'700'000'000'000);
    return [t] { return *t += 1000; };
}

Storage::ConversationMessage message(Chat::Role role, const QString& text,
                                     const QString& requestId = {})
{
    Storage::ConversationMessage m;
    m.role = role;
    m.text = text;
    m.requestId = requestId;
    return m;
}

qint64 countOf(Storage::Database& db, const QString& sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next()) {
        qWarning() << sql << query.lastError().text();
        return -1;
    }
    return query.value(0).toLongLong();
}

QList<qint64> idsOf(const QList<Storage::Conversation>& list)
{
    QList<qint64> ids;
    for (const Storage::Conversation& c : list)
        ids.append(c.id);
    return ids;
}

QList<qint64> messageIdsOf(const QList<Storage::HistorySearchHit>& hits)
{
    QList<qint64> ids;
    for (const Storage::HistorySearchHit& hit : hits)
        ids.append(hit.messageId);
    std::sort(ids.begin(), ids.end());
    return ids;
}

QByteArray jsonOf(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject validDocument()
{
    return QJsonObject{
        {QStringLiteral("format"), QStringLiteral("switchboard-conversation")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("title"), QStringLiteral("Imported")},
        {QStringLiteral("messages"),
         QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                {QStringLiteral("text"), QStringLiteral("hello")}},
                    QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")},
                                {QStringLiteral("text"), QStringLiteral("hi there")}}}},
    };
}

} // namespace

class TestHistoryStore : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Storage::Database> m_db;
    std::unique_ptr<Storage::HistoryStore> m_store;

    Storage::HistoryStore& store() { return *m_store; }

    qint64 newConversation(const QString& title)
    {
        QString error;
        const std::optional<qint64> id = store().createConversation(title, {}, {}, &error);
        if (!id)
            qWarning() << error;
        return id.value_or(0);
    }

    qint64 append(qint64 conversation, Chat::Role role, const QString& text)
    {
        QString error;
        const std::optional<qint64> id =
            store().appendMessage(conversation, message(role, text), &error);
        if (!id)
            qWarning() << error;
        return id.value_or(0);
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_store.reset();
        m_db = std::make_unique<Storage::Database>(
            m_dir.filePath(QStringLiteral("%1.db").arg(QTest::currentTestFunction())
                           + QString::fromLatin1(QTest::currentDataTag())));
        QCOMPARE(m_db->open(), QString());
        m_store = std::make_unique<Storage::HistoryStore>(*m_db, steppingClock());
    }

    void cleanup()
    {
        m_store.reset();
        m_db.reset();
    }

    void linkedSqliteHasFts5AndTheIndexIsAnExternalContentTable()
    {
        QSqlQuery query(m_db->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT sqlite_version()")));
        QVERIFY(query.next());
        qInfo() << "SQLite" << query.value(0).toString();
        QVERIFY2(query.exec(QStringLiteral("CREATE VIRTUAL TABLE temp.probe USING fts5(x)")),
                 qPrintable(query.lastError().text()));
        QCOMPARE(countOf(*m_db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = "
                                               "'messages_fts' AND sql LIKE '%fts5%content%'")),
                 1);
        QCOMPARE(countOf(*m_db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = "
                                               "'trigger' AND tbl_name = 'messages'")),
                 3);
    }

    void conversationsListPinnedFirstThenMostRecentlyUpdated()
    {
        const qint64 a = newConversation(QStringLiteral("A"));
        const qint64 b = newConversation(QStringLiteral("B"));
        const qint64 c = newConversation(QStringLiteral("C"));
        QCOMPARE(idsOf(store().conversations()), (QList<qint64>{c, b, a}));

        append(a, Chat::Role::User, QStringLiteral("bump"));
        QCOMPARE(idsOf(store().conversations()), (QList<qint64>{a, c, b}));

        QVERIFY(store().setPinned(b, true));
        QCOMPARE(idsOf(store().conversations()), (QList<qint64>{b, a, c}));
        QVERIFY(store().conversation(b)->pinned);

        // A newer update does not beat a pin.
        append(c, Chat::Role::User, QStringLiteral("bump"));
        QCOMPARE(idsOf(store().conversations()), (QList<qint64>{b, c, a}));

        QVERIFY(store().setPinned(b, false));
        QVERIFY(!store().conversation(b)->pinned);
        QCOMPARE(idsOf(store().conversations()).first(), b); // unpinning is an update too
    }

    void createdConversationAndAppendedMessagesReadBackWhole()
    {
        const std::optional<qint64> id = store().createConversation(
            QStringLiteral("Trip"), QStringLiteral("fast"), QStringLiteral("Be brief."));
        QVERIFY(id);
        const std::optional<Storage::Conversation> created = store().conversation(*id);
        QVERIFY(created);
        QCOMPARE(created->title, QStringLiteral("Trip"));
        QCOMPARE(created->route, QStringLiteral("fast"));
        QCOMPARE(created->systemPrompt, QStringLiteral("Be brief."));
        QCOMPARE(created->createdAtMs, created->updatedAtMs);

        Storage::ConversationMessage answer =
            message(Chat::Role::Assistant, QStringLiteral("Go by train"), QStringLiteral("req-7"));
        answer.interrupted = true;
        answer.createdAtMs = 1234;
        const qint64 first = append(*id, Chat::Role::User, QStringLiteral("How to get there?"));
        const std::optional<qint64> second = store().appendMessage(*id, answer);
        QVERIFY(first > 0);
        QVERIFY(second);

        const QList<Storage::ConversationMessage> list = store().messages(*id);
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).id, first);
        QCOMPARE(list.at(0).position, 0);
        QCOMPARE(list.at(0).role, Chat::Role::User);
        QVERIFY(list.at(0).requestId.isEmpty());
        QVERIFY(list.at(0).createdAtMs > created->createdAtMs);
        QCOMPARE(list.at(1).id, *second);
        QCOMPARE(list.at(1).conversationId, *id);
        QCOMPARE(list.at(1).position, 1);
        QCOMPARE(list.at(1).role, Chat::Role::Assistant);
        QCOMPARE(list.at(1).text, QStringLiteral("Go by train"));
        QCOMPARE(list.at(1).requestId, QStringLiteral("req-7"));
        QVERIFY(list.at(1).interrupted);
        QVERIFY(!list.at(1).incomplete);
        QCOMPARE(list.at(1).createdAtMs, 1234);
        QVERIFY(store().conversation(*id)->updatedAtMs > created->updatedAtMs);
        // The ledger's request id stays NULL, not '', for messages without one.
        QCOMPARE(countOf(*m_db, QStringLiteral("SELECT count(*) FROM messages WHERE request_id "
                                               "IS NULL")),
                 1);
    }

    void missingConversationIsAReadableError()
    {
        QString error;
        QVERIFY(!store().appendMessage(42, message(Chat::Role::User, QStringLiteral("x")), &error));
        QVERIFY2(error.contains(QLatin1String("no such conversation")), qPrintable(error));
        error.clear();
        QVERIFY(!store().conversation(42, &error));
        QVERIFY2(error.contains(QLatin1String("42")), qPrintable(error));
        error.clear();
        QVERIFY(!store().rename(42, QStringLiteral("t"), &error));
        QVERIFY(!error.isEmpty());
        error.clear();
        QVERIFY(!store().remove(42, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(countOf(*m_db, QStringLiteral("SELECT count(*) FROM messages")), 0);
    }

    void renameChangesTheTitleAndTheOrder()
    {
        const qint64 a = newConversation(QStringLiteral("Old"));
        const qint64 b = newConversation(QStringLiteral("Other"));
        QCOMPARE(idsOf(store().conversations()).first(), b);
        QVERIFY(store().rename(a, QStringLiteral("New title")));
        QCOMPARE(store().conversation(a)->title, QStringLiteral("New title"));
        QCOMPARE(idsOf(store().conversations()).first(), a);
    }

    void removeDeletesRowsAndSearchIndexEntries()
    {
        const qint64 gone = newConversation(QStringLiteral("Secret plans"));
        append(gone, Chat::Role::User, QStringLiteral("the zebra password is hunter2"));
        append(gone, Chat::Role::Assistant, QStringLiteral("noted, zebra"));
        const qint64 kept = newConversation(QStringLiteral("Zoo"));
        const qint64 keptMessage = append(kept, Chat::Role::User, QStringLiteral("a zebra"));
        QCOMPARE(store().search(QStringLiteral("zebra")).size(), 3);

        QString error;
        QVERIFY2(store().remove(gone, &error), qPrintable(error));
        QVERIFY(!store().conversation(gone));
        QVERIFY(store().messages(gone).isEmpty());
        QCOMPARE(countOf(*m_db, QStringLiteral("SELECT count(*) FROM messages")), 1);
        QCOMPARE(messageIdsOf(store().search(QStringLiteral("zebra"))), QList<qint64>{keptMessage});
        QVERIFY(store().search(QStringLiteral("hunter2")).isEmpty());
        // The index itself: no entries left for the deleted rows (an external-content index would
        // still answer MATCH with their row ids), one document per remaining message, consistent.
        QCOMPARE(countOf(*m_db, QStringLiteral("SELECT count(*) FROM messages_fts WHERE "
                                               "messages_fts MATCH 'hunter2'")),
                 0);
        QCOMPARE(countOf(*m_db, QStringLiteral("SELECT count(*) FROM messages_fts WHERE "
                                               "messages_fts MATCH 'zebra'")),
                 1);
        QCOMPARE(countOf(*m_db, QStringLiteral("SELECT count(*) FROM messages_fts_docsize")), 1);
        QSqlQuery query(m_db->connection());
        QVERIFY2(query.exec(QStringLiteral(
                     "INSERT INTO messages_fts (messages_fts) VALUES ('integrity-check')")),
                 qPrintable(query.lastError().text()));
    }

    void deletingThroughTheForeignKeyCascadeAlsoCleansTheIndex()
    {
        const qint64 id = newConversation(QStringLiteral("Cascade"));
        append(id, Chat::Role::User, QStringLiteral("ephemeral words"));
        QSqlQuery query(m_db->connection());
        QVERIFY(query.exec(QStringLiteral("DELETE FROM conversations WHERE id = %1").arg(id)));
        QCOMPARE(countOf(*m_db, QStringLiteral("SELECT count(*) FROM messages")), 0);
        QCOMPARE(countOf(*m_db, QStringLiteral("SELECT count(*) FROM messages_fts WHERE "
                                               "messages_fts MATCH 'ephemeral'")),
                 0);
        QCOMPARE(countOf(*m_db, QStringLiteral("SELECT count(*) FROM messages_fts_docsize")), 0);
    }

    void searchFindsWordsAcrossConversationsWithMarkedSnippets()
    {
        const qint64 rust = newConversation(QStringLiteral("Rust questions"));
        const qint64 m1 = append(rust, Chat::Role::User,
                                 QStringLiteral("How does the borrow checker treat closures?"));
        append(rust, Chat::Role::Assistant, QStringLiteral("Lifetimes are inferred."));
        const qint64 cpp = newConversation(QStringLiteral("C++ questions"));
        const qint64 m2 =
            append(cpp, Chat::Role::User, QStringLiteral("Closures in C++ are called lambdas."));

        const QList<Storage::HistorySearchHit> hits = store().search(QStringLiteral("closures"));
        QCOMPARE(messageIdsOf(hits), (QList<qint64>{m1, m2}));
        for (const Storage::HistorySearchHit& hit : hits) {
            QVERIFY2(hit.snippet.contains(QStringLiteral("\u00ABclosures\u00BB"))
                         || hit.snippet.contains(QStringLiteral("\u00ABClosures\u00BB")),
                     qPrintable(hit.snippet));
            QCOMPARE(hit.title, hit.conversationId == rust ? QStringLiteral("Rust questions")
                                                           : QStringLiteral("C++ questions"));
        }

        // Every word must occur, anywhere in the message.
        const QList<Storage::HistorySearchHit> both = store().search(
            QStringLiteral("lambdas closures"), 10, QStringLiteral("<b>"), QStringLiteral("</b>"));
        QCOMPARE(messageIdsOf(both), QList<qint64>{m2});
        QCOMPARE(both.first().snippet,
                 QStringLiteral("<b>Closures</b> in C++ are called <b>lambdas</b>."));
    }

    void searchUsesTheCallersMarkersAndLimit()
    {
        const qint64 id = newConversation(QStringLiteral("t"));
        for (int i = 0; i < 5; ++i)
            append(id, Chat::Role::User, QStringLiteral("apple number %1").arg(i));
        const QList<Storage::HistorySearchHit> hits = store().search(
            QStringLiteral("APPLE"), 3, QStringLiteral("<b>"), QStringLiteral("</b>"));
        QCOMPARE(hits.size(), 3);
        QVERIFY2(hits.first().snippet.startsWith(QStringLiteral("<b>apple</b> number")),
                 qPrintable(hits.first().snippet));
        QVERIFY(store().search(QStringLiteral("apple"), 0).isEmpty());
        QVERIFY(store().search(QStringLiteral("   ")).isEmpty());
        QVERIFY(store().search(QString()).isEmpty());
    }

    void awkwardQueriesAreSearchedLiterallyWithoutError_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<bool>("found");
        QTest::newRow("lone quote") << QStringLiteral("\"") << false;
        QTest::newRow("unbalanced quote") << QStringLiteral("\"foo") << true;
        QTest::newRow("operator AND") << QStringLiteral("AND") << true;
        QTest::newRow("operators") << QStringLiteral("foo AND OR NOT") << false;
        QTest::newRow("star and bracket") << QStringLiteral("foo*bar(") << true;
        QTest::newRow("NEAR") << QStringLiteral("NEAR(the end)") << true;
        QTest::newRow("NEAR, other words") << QStringLiteral("NEAR(foo bar)") << false;
        QTest::newRow("column filter") << QStringLiteral("text:foo") << false;
        QTest::newRow("caret and minus") << QStringLiteral("^foo -bar") << true;
        QTest::newRow("brackets only") << QStringLiteral(")(}{][") << false;
        QTest::newRow("single quotes") << QStringLiteral("'foo'") << true;
        QTest::newRow("double double quote") << QStringLiteral("\"\"foo\"\"") << true;
        QTest::newRow("backslashes") << QStringLiteral("\\foo\\") << true;
        QTest::newRow("inline code") << QStringLiteral("`foo`") << true;
        QTest::newRow("nul and control") << QStringLiteral("foo\u0001") << true;
    }

    void awkwardQueriesAreSearchedLiterallyWithoutError()
    {
        QFETCH(QString, query);
        QFETCH(bool, found);
        const qint64 id = newConversation(QStringLiteral("syntax"));
        append(id, Chat::Role::User, QStringLiteral("call foo*bar( and then NEAR the end"));
        QString error;
        const QList<Storage::HistorySearchHit> hits =
            store().search(query, 10, QStringLiteral("["), QStringLiteral("]"), &error);
        QCOMPARE(error, QString());
        QCOMPARE(!hits.isEmpty(), found);
    }

    void unicodeTextIsSearchable_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("marked");
        QTest::newRow("cyrillic, other case")
            << QStringLiteral("привет") << QStringLiteral("\u00ABПривет\u00BB");
        QTest::newRow("cyrillic phrase")
            << QStringLiteral("МИР вам") << QStringLiteral("\u00ABмир\u00BB \u00ABвам\u00BB");
        QTest::newRow("emoji") << QStringLiteral("\U0001F680")
                               << QStringLiteral("\u00AB\U0001F680\u00BB");
        QTest::newRow("zwj emoji sequence")
            << QStringLiteral("\U0001F468\u200D\U0001F469\u200D\U0001F467")
            << QStringLiteral("\u00AB\U0001F468\u200D\U0001F469\u200D\U0001F467\u00BB");
        QTest::newRow("accent-insensitive")
            << QStringLiteral("cafe") << QStringLiteral("\u00ABcaf\u00E9\u00BB");
        QTest::newRow("cjk") << QStringLiteral("\u6F22\u5B57")
                             << QStringLiteral("\u00AB\u6F22\u5B57\u00BB");
    }

    void unicodeTextIsSearchable()
    {
        QFETCH(QString, query);
        QFETCH(QString, marked);
        const qint64 id = newConversation(QStringLiteral("\u041F\u0440\u043E\u0431\u0430"));
        const qint64 target = append(
            id, Chat::Role::User,
            QStringLiteral("Привет, мир вам! Launch \U0001F680 now, family "
                           "\U0001F468\u200D\U0001F469\u200D\U0001F467, caf\u00E9, \u6F22\u5B57"));
        append(id, Chat::Role::Assistant, QStringLiteral("unrelated answer"));
        QString error;
        const QList<Storage::HistorySearchHit> hits =
            store().search(query, 10, QStringLiteral("\u00AB"), QStringLiteral("\u00BB"), &error);
        QCOMPARE(error, QString());
        QCOMPARE(messageIdsOf(hits), QList<qint64>{target});
        QVERIFY2(hits.first().snippet.contains(marked), qPrintable(hits.first().snippet));
        QCOMPARE(hits.first().title, QStringLiteral("\u041F\u0440\u043E\u0431\u0430"));
    }

    void markdownExportHasTitleRoleHeadingsAndIntactCodeFences()
    {
        const std::optional<qint64> id = store().createConversation(
            QStringLiteral("Sorting\nin C"), {}, QStringLiteral("You are terse."));
        QVERIFY(id);
        append(*id, Chat::Role::User, QStringLiteral("Show qsort"));
        append(*id, Chat::Role::Assistant,
               QStringLiteral("Here:\n\n```c\n# include <stdlib.h>\n\nqsort(a, n, sizeof *a, "
                              "cmp);\n```\nDone."));
        Storage::ConversationMessage cut =
            message(Chat::Role::Assistant,
                    QStringLiteral("Also:\n~~~~python\nsorted(xs)\n~~~\nstill code"));
        cut.interrupted = true;
        QVERIFY(store().appendMessage(*id, cut));
        append(*id, Chat::Role::User, QStringLiteral("Thanks"));

        QString error;
        const std::optional<QString> markdown = store().exportMarkdown(*id, &error);
        QVERIFY2(markdown, qPrintable(error));
        const QString expected = QStringLiteral(
            "# Sorting in C\n"
            "\n## System\n\nYou are terse.\n"
            "\n## User\n\nShow qsort\n"
            "\n## Assistant\n\nHere:\n\n```c\n# include <stdlib.h>\n\nqsort(a, n, sizeof *a, "
            "cmp);\n```\nDone.\n"
            // The cut-off block (a ~~~ shorter than its ~~~~ opener does not close it) is closed,
            // so the next heading is still a heading.
            "\n## Assistant\n\nAlso:\n~~~~python\nsorted(xs)\n~~~\nstill code\n~~~~\n"
            "\n*(interrupted)*\n"
            "\n## User\n\nThanks\n");
        QCOMPARE(*markdown, expected);
        QVERIFY(!store().exportMarkdown(999, &error));
    }

    void jsonExportImportRoundTripIsEqual()
    {
        const std::optional<qint64> id = store().createConversation(
            QStringLiteral("Round \U0001F501 trip"), QStringLiteral("cheap"),
            QStringLiteral("Answer in Russian."));
        QVERIFY(id);
        append(*id, Chat::Role::User, QStringLiteral("Как дела?\n```\ncode \"quoted\"\n```"));
        Storage::ConversationMessage answer = message(
            Chat::Role::Assistant, QStringLiteral("Хорошо \U0001F642"), QStringLiteral("req-1"));
        answer.incomplete = true;
        QVERIFY(store().appendMessage(*id, answer));
        append(*id, Chat::Role::System, QString());
        QVERIFY(store().setPinned(*id, true));

        QString error;
        const std::optional<QByteArray> json = store().exportJson(*id, &error);
        QVERIFY2(json, qPrintable(error));
        const QJsonObject root = QJsonDocument::fromJson(*json).object();
        QCOMPARE(root.value(QStringLiteral("format")).toString(),
                 QStringLiteral("switchboard-conversation"));
        QCOMPARE(root.value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(root.value(QStringLiteral("messages")).toArray().size(), 3);
        QVERIFY(root.value(QStringLiteral("messages"))
                    .toArray()
                    .at(0)
                    .toObject()
                    .value(QStringLiteral("request_id"))
                    .isNull());

        const std::optional<qint64> copy = store().importJson(*json, &error);
        QVERIFY2(copy, qPrintable(error));
        QVERIFY(*copy != *id);
        Storage::Conversation original = *store().conversation(*id);
        Storage::Conversation imported = *store().conversation(*copy);
        QCOMPARE(imported.id, *copy);
        imported.id = original.id;
        QVERIFY(imported == original);

        QList<Storage::ConversationMessage> before = store().messages(*id);
        QList<Storage::ConversationMessage> after = store().messages(*copy);
        QCOMPARE(after.size(), before.size());
        for (qsizetype i = 0; i < before.size(); ++i) {
            QCOMPARE(after.at(i).conversationId, *copy);
            after[i].id = before.at(i).id;
            after[i].conversationId = before.at(i).conversationId;
            QVERIFY2(after.at(i) == before.at(i), qPrintable(QString::number(i)));
        }
        // And the copy exports to the very same document.
        QCOMPARE(store().exportJson(*copy), json);
        // Imported messages are searchable like any other.
        QCOMPARE(store().search(QStringLiteral("хорошо")).size(), 2);
    }

    void importRejectsBadDocumentsWithoutWritingAnything_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("says");
        const auto with = [](const QString& key, const QJsonValue& value) {
            QJsonObject document = validDocument();
            document.insert(key, value);
            return jsonOf(document);
        };
        const auto withMessage = [](const QString& key, const QJsonValue& value) {
            QJsonObject document = validDocument();
            QJsonArray list = document.value(QStringLiteral("messages")).toArray();
            QJsonObject second = list.at(1).toObject();
            if (value.isUndefined())
                second.remove(key);
            else
                second.insert(key, value);
            list.replace(1, second);
            document.insert(QStringLiteral("messages"), list);
            return jsonOf(document);
        };
        QTest::newRow("garbage") << QByteArray("\x89PNG\r\n\x1a\n garbage") << "not valid JSON";
        QTest::newRow("empty") << QByteArray() << "not valid JSON";
        QTest::newRow("truncated") << jsonOf(validDocument()).chopped(5) << "not valid JSON";
        QTest::newRow("array") << QByteArray("[1, 2]") << "not a JSON object";
        QTest::newRow("other format")
            << with(QStringLiteral("format"), QStringLiteral("chatgpt-export"))
            << "not a Switchboard conversation";
        QTest::newRow("no format")
            << QByteArray("{\"version\": 1}") << "not a Switchboard conversation";
        QTest::newRow("newer version") << with(QStringLiteral("version"), 2) << "newer Switchboard";
        QTest::newRow("version as text")
            << with(QStringLiteral("version"), QStringLiteral("1")) << "\"version\"";
        QTest::newRow("version zero") << with(QStringLiteral("version"), 0) << "\"version\"";
        QTest::newRow("version huge") << with(QStringLiteral("version"), 1e300) << "\"version\"";
        QTest::newRow("title missing")
            << with(QStringLiteral("title"), QJsonValue()) << "$.title: should be a string";
        QTest::newRow("messages not array")
            << with(QStringLiteral("messages"), QStringLiteral("hi")) << "$.messages";
        QTest::newRow("message not object")
            << with(QStringLiteral("messages"), QJsonArray{1}) << "$.messages[0]";
        QTest::newRow("unknown role")
            << withMessage(QStringLiteral("role"), QStringLiteral("bot")) << "$.messages[1].role";
        QTest::newRow("text missing")
            << withMessage(QStringLiteral("text"), QJsonValue::Undefined) << "$.messages[1].text";
        QTest::newRow("flag as text")
            << withMessage(QStringLiteral("interrupted"), QStringLiteral("yes"))
            << "$.messages[1].interrupted";
        QTest::newRow("fractional time")
            << withMessage(QStringLiteral("created_at_ms"), 1.5) << "$.messages[1].created_at_ms";
        QTest::newRow("negative time")
            << with(QStringLiteral("created_at_ms"), -5) << "$.created_at_ms";
        QTest::newRow("absurd time")
            << with(QStringLiteral("updated_at_ms"), 1e30) << "$.updated_at_ms";
    }

    void importRejectsBadDocumentsWithoutWritingAnything()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, says);
        QString error;
        QVERIFY(!store().importJson(json, &error));
        QVERIFY2(error.startsWith(QLatin1String("cannot import the conversation: ")),
                 qPrintable(error));
        QVERIFY2(error.contains(says), qPrintable(error));
        QCOMPARE(countOf(*m_db, QStringLiteral("SELECT count(*) FROM conversations")), 0);
        QCOMPARE(countOf(*m_db, QStringLiteral("SELECT count(*) FROM messages")), 0);
    }

    void importFailingPartWayLeavesNothingBehind()
    {
        // The second message's insert fails inside the database: the conversation and the first
        // message, already written in the same transaction, must go too.
        QSqlQuery query(m_db->connection());
        QVERIFY(query.exec(QStringLiteral(
            "CREATE TEMP TRIGGER refuse_second BEFORE INSERT ON messages WHEN new.position = 1 "
            "BEGIN SELECT RAISE(ABORT, 'disk on fire'); END")));
        QString error;
        QVERIFY(!store().importJson(jsonOf(validDocument()), &error));
        QVERIFY2(error.contains(QLatin1String("disk on fire")), qPrintable(error));
        QCOMPARE(countOf(*m_db, QStringLiteral("SELECT count(*) FROM conversations")), 0);
        QCOMPARE(countOf(*m_db, QStringLiteral("SELECT count(*) FROM messages")), 0);
        QCOMPARE(countOf(*m_db, QStringLiteral("SELECT count(*) FROM messages_fts_docsize")), 0);
        QVERIFY(query.exec(QStringLiteral("DROP TRIGGER temp.refuse_second")));
        QVERIFY2(store().importJson(jsonOf(validDocument()), &error), qPrintable(error));
        QCOMPARE(countOf(*m_db, QStringLiteral("SELECT count(*) FROM messages")), 2);
    }

    void minimalImportFillsDefaults()
    {
        QString error;
        const std::optional<qint64> id = store().importJson(jsonOf(validDocument()), &error);
        QVERIFY2(id, qPrintable(error));
        const Storage::Conversation c = *store().conversation(*id);
        QCOMPARE(c.title, QStringLiteral("Imported"));
        QVERIFY(!c.pinned);
        QVERIFY(c.route.isEmpty());
        QVERIFY(c.createdAtMs > 0);
        QCOMPARE(c.updatedAtMs, c.createdAtMs);
        const QList<Storage::ConversationMessage> list = store().messages(*id);
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(1).role, Chat::Role::Assistant);
        QCOMPARE(list.at(1).position, 1);
    }

    void previousSchemaMigratesKeepingTheLedger()
    {
        const QString path = m_dir.filePath(QStringLiteral("previous.db"));
        const int latest = Storage::Database::latestSchemaVersion();
        {
            QSqlDatabase raw =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery query(raw);
            // Every step before the one that adds the history (later steps may follow it).
            for (const Storage::Migration& step : Storage::migrations()) {
                if (step.statements.join(u' ').contains(
                        QLatin1String("CREATE TABLE conversations")))
                    break;
                for (const QString& statement : step.statements)
                    QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
                QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = %1").arg(step.version)));
            }
            QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = "
                                              "'conversations'")));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toInt(), 0);
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        {
            Storage::Database db(path);
            QCOMPARE(db.open(), QString());
            Storage::UsageLedger ledger(db);
            Storage::LedgerEntry entry;
            entry.attempt.requestId = QStringLiteral("req-before");
            entry.attempt.provider = QStringLiteral("p");
            entry.attempt.model = QStringLiteral("m");
            entry.attempt.startedAt = QDateTime::currentDateTimeUtc();
            QCOMPARE(ledger.record(entry), QString());
        }
        // Reopen after the ledger row exists at the latest version, and use the new tables.
        Storage::Database db(path);
        QCOMPARE(db.open(), QString());
        QCOMPARE(db.schemaVersion(), latest);
        QCOMPARE(countOf(db, QStringLiteral("SELECT count(*) FROM attempts")), 1);
        Storage::HistoryStore history(db);
        const std::optional<qint64> id = history.createConversation(QStringLiteral("After"));
        QVERIFY(id);
        QVERIFY(history.appendMessage(*id, message(Chat::Role::Assistant,
                                                   QStringLiteral("migrated fine"),
                                                   QStringLiteral("req-before"))));
        QCOMPARE(history.search(QStringLiteral("migrated")).size(), 1);
        QCOMPARE(countOf(db, QStringLiteral("SELECT count(*) FROM messages m JOIN attempts a ON "
                                            "a.request_id = m.request_id")),
                 1);
    }

    void newerDatabaseRefusesHistoryWrites()
    {
        QSqlQuery query(m_db->connection());
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 999")));
        const QString path = m_db->path();
        cleanup();
        Storage::Database db(path);
        QVERIFY(!db.open().isEmpty());
        QVERIFY(db.isReadOnly());
        Storage::HistoryStore history(db);
        QString error;
        QVERIFY(!history.createConversation(QStringLiteral("x"), {}, {}, &error));
        QVERIFY2(error.contains(QLatin1String("newer Switchboard")), qPrintable(error));
        error.clear();
        QVERIFY(!history.importJson(jsonOf(validDocument()), &error));
        QVERIFY2(error.contains(QLatin1String("newer Switchboard")), qPrintable(error));
        QCOMPARE(countOf(db, QStringLiteral("SELECT count(*) FROM conversations")), 0);
    }
};

QTEST_GUILESS_MAIN(TestHistoryStore)
#include "tst_historystore.moc"
