// What the chat window keeps its history with, off the GUI thread: the history worker runs jobs
// on a thread of its own, in order, and hands each result back on the caller's thread (not at all
// when the caller is gone); quitting runs what was posted. The store cuts a conversation short
// (regenerate, edit and resend) and keeps a conversation's system prompt and route; the ledger
// gives back the attempts of stored answers by request id; the profile session reloads
// config.json and rebuilds its services.
#include "config/ConfigFile.h"
#include "config/Profile.h"
#include "routing/Router.h"
#include "secrets/KeyResolver.h"
#include "session/ProfileServices.h"
#include "session/ProfileSession.h"
#include "storage/Database.h"
#include "storage/HistoryStore.h"
#include "storage/HistoryWorker.h"
#include "storage/UsageLedger.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

namespace {

Storage::ConversationMessage message(Chat::Role role, const QString& text,
                                     const QString& requestId = {})
{
    Storage::ConversationMessage m;
    m.role = role;
    m.text = text;
    m.requestId = requestId;
    return m;
}

Storage::LedgerEntry attemptRow(const QString& requestId, int index, Chat::Outcome outcome)
{
    Storage::LedgerEntry entry;
    entry.attempt.requestId = requestId;
    entry.attempt.index = index;
    entry.attempt.provider = QStringLiteral("p%1").arg(index);
    entry.attempt.model = QStringLiteral("m");
    entry.attempt.outcome = outcome;
    entry.attempt.httpStatus = outcome == Chat::Outcome::Ok ? 200 : 503;
    entry.attempt.startedAt = QDateTime::currentDateTimeUtc();
    entry.attempt.totalMs = 10;
    entry.origin = Chat::Origin::Chat;
    return entry;
}

} // namespace

class TestHistoryWorker : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void jobsRunInOrderOffThisThreadAndAnswerHere()
    {
        QTemporaryDir dir;
        Storage::HistoryWorker worker(dir.filePath(QStringLiteral("switchboard.db")));
        QList<int> order;
        QList<bool> offThread;
        QList<bool> answeredHere;
        QThread* here = QThread::currentThread();
        for (int i = 0; i < 5; ++i) {
            worker.post<int>(
                [i, &offThread, here](Storage::HistoryAccess& access) {
                    offThread.append(QThread::currentThread() != here && access.history != nullptr);
                    return i;
                },
                this,
                [&order, &answeredHere, here](int result) {
                    order.append(result);
                    answeredHere.append(QThread::currentThread() == here);
                });
        }
        QTRY_COMPARE(order, QList<int>({0, 1, 2, 3, 4}));
        QCOMPARE(offThread, QList<bool>(5, true));
        QCOMPARE(answeredHere, QList<bool>(5, true));
    }

    void aResultForAContextThatIsGoneIsDropped()
    {
        QTemporaryDir dir;
        Storage::HistoryWorker worker(dir.filePath(QStringLiteral("switchboard.db")));
        bool delivered = false;
        auto* context = new QObject;
        worker.post<int>([](Storage::HistoryAccess&) { return 1; }, context,
                         [&delivered](int) { delivered = true; });
        delete context;
        bool after = false;
        worker.post<int>([](Storage::HistoryAccess&) { return 2; }, this,
                         [&after](int) { after = true; });
        QTRY_VERIFY(after);
        QVERIFY(!delivered);
    }

    void quittingRunsWhatWasPosted()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("switchboard.db"));
        {
            Storage::HistoryWorker worker(path);
            for (int i = 0; i < 20; ++i) {
                worker.post([i](Storage::HistoryAccess& access) {
                    access.history->createConversation(QStringLiteral("c%1").arg(i));
                });
            }
        } // destroyed at once, before any job had a chance to run
        Storage::Database database(path);
        QVERIFY(database.open().isEmpty());
        QCOMPARE(Storage::HistoryStore(database).conversations().size(), 20);
    }

    void aDatabaseThatCannotOpenSaysWhy()
    {
        QTemporaryDir dir;
        Storage::HistoryWorker worker(dir.filePath(QStringLiteral("no/such/folder/x.db")));
        QString problem;
        bool hasHistory = true;
        worker.post<QString>(
            [&hasHistory](Storage::HistoryAccess& access) {
                hasHistory = access.history != nullptr;
                return access.problem;
            },
            this, [&problem](const QString& p) { problem = p; });
        QTRY_VERIFY(!problem.isEmpty());
        QVERIFY(!hasHistory);
        QVERIFY(problem.contains(QLatin1String("x.db")));
    }

    void aConversationIsCutShortAndKeepsItsPromptAndRoute()
    {
        QTemporaryDir dir;
        Storage::Database database(dir.filePath(QStringLiteral("switchboard.db")));
        QVERIFY(database.open().isEmpty());
        Storage::HistoryStore store(database);
        const qint64 id = *store.createConversation(QStringLiteral("t"));
        for (const char* text : {"q1", "a1", "q2", "a2"})
            QVERIFY(store.appendMessage(id, message(Chat::Role::User, QString::fromLatin1(text))));
        QVERIFY(store.removeMessagesFrom(id, 2));
        QList<Storage::ConversationMessage> left = store.messages(id);
        QCOMPARE(left.size(), 2);
        QCOMPARE(left.at(1).text, QStringLiteral("a1"));
        QCOMPARE(store.search(QStringLiteral("q2")).size(), 0); // gone from the index too
        QVERIFY(store.appendMessage(id, message(Chat::Role::User, QStringLiteral("q2 again"))));
        QCOMPARE(store.messages(id).constLast().position, 2);
        QVERIFY(store.removeMessagesFrom(id, 10)); // nothing there: no error
        QString error;
        QVERIFY(!store.removeMessagesFrom(id + 99, 0, &error));
        QVERIFY(error.contains(QLatin1String("no such conversation")));

        QVERIFY(store.setSystemPrompt(id, QStringLiteral("Be brief.")));
        QVERIFY(store.setRoute(id, QStringLiteral("openai/gpt-4o-mini")));
        QCOMPARE(store.conversation(id)->systemPrompt, QStringLiteral("Be brief."));
        QCOMPARE(store.conversation(id)->route, QStringLiteral("openai/gpt-4o-mini"));
        QVERIFY(store.setSystemPrompt(id, {}));
        QVERIFY(store.conversation(id)->systemPrompt.isEmpty());
    }

    void theAttemptsOfStoredAnswersComeBackByRequest()
    {
        QTemporaryDir dir;
        Storage::Database database(dir.filePath(QStringLiteral("switchboard.db")));
        QVERIFY(database.open().isEmpty());
        Storage::UsageLedger ledger(database);
        QVERIFY(ledger.record(attemptRow(QStringLiteral("r1"), 1, Chat::Outcome::Ok)).isEmpty());
        QVERIFY(ledger.record(attemptRow(QStringLiteral("r1"), 0, Chat::Outcome::Overloaded))
                    .isEmpty());
        QVERIFY(ledger.record(attemptRow(QStringLiteral("r2"), 0, Chat::Outcome::Ok)).isEmpty());
        QVERIFY(ledger.record(attemptRow(QStringLiteral("other"), 0, Chat::Outcome::Ok)).isEmpty());
        QStringList many{QStringLiteral("r1")};
        for (int i = 0; i < 450; ++i) // more than one slice of bound values
            many.append(QStringLiteral("missing-%1").arg(i));
        many.append(QStringLiteral("r2"));
        const QList<Storage::LedgerEntry> rows = ledger.requestAttempts(many);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0).attempt.requestId, QStringLiteral("r1"));
        QCOMPARE(rows.at(0).attempt.index, 0);
        QCOMPARE(rows.at(0).attempt.outcome, Chat::Outcome::Overloaded);
        QCOMPARE(rows.at(1).attempt.index, 1);
        QCOMPARE(rows.at(2).attempt.requestId, QStringLiteral("r2"));
        QVERIFY(ledger.requestAttempts({}).isEmpty());
    }

    void aProfileSessionReloadsItsConfigurationAndServices()
    {
        QTemporaryDir dir;
        const Config::Profile profile(dir.path());
        Config::AppConfig config;
        Providers::ProviderConfig provider;
        provider.name = QStringLiteral("a");
        provider.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9/v1"));
        config.providers.append(provider);
        QVERIFY(Config::ConfigFile(profile.configPath()).save(config).isEmpty());
        QNetworkAccessManager network;
        const Secrets::KeyResolver keys;
        Session::ProfileSession session(profile, network, keys);
        QCOMPARE(session.config().providers.size(), 1);
        QVERIFY(session.configErrors().isEmpty());
        Routing::Router* before = &session.services().router();
        QCOMPARE(&before->config(), &session.config());

        QSignalSpy about(&session, &Session::ProfileSession::aboutToReload);
        QSignalSpy reloaded(&session, &Session::ProfileSession::reloaded);
        config.providers.append(provider);
        config.providers.last().name = QStringLiteral("b");
        QVERIFY(Config::ConfigFile(profile.configPath()).save(config).isEmpty());
        session.reload();
        QCOMPARE(about.size(), 1);
        QCOMPARE(reloaded.size(), 1);
        QCOMPARE(session.config().providers.size(), 2);
        QVERIFY(session.services().router().config().findProvider(u"b"));

        QFile broken(profile.configPath());
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{ not json");
        broken.close();
        session.reload();
        QCOMPARE(session.configErrors().size(), 1);
        QVERIFY(session.configErrors().first().contains(profile.configPath()));
    }
};

QTEST_GUILESS_MAIN(TestHistoryWorker)
#include "tst_historyworker.moc"
