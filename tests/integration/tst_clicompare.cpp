// `switchboard-cli compare` end to end: the command's code in-process against three mock
// providers on loopback. Columns run concurrently, a failing column says why while the others
// answer, a route column falls back inside, every attempt lands in the ledger with origin
// `compare`, the compare is saved and reopens equal, argument mistakes send nothing, Ctrl+C
// cancels every column.
#include "CliRunner.h"
#include "MockProviderServer.h"
#include "MockReply.h"
#include "cli/CliApplication.h"
#include "storage/CompareStore.h"
#include "storage/Database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using TestSupport::MockProviderServer;
using TestSupport::MockReply;

namespace {

QJsonObject parseJson(const QString& text)
{
    return QJsonDocument::fromJson(text.trimmed().toUtf8()).object();
}

MockReply answer(const QString& text, const QString& model)
{
    return MockReply::openAiStream({text}, model, true);
}

MockReply unauthorized()
{
    return MockReply::openAiError(401, QStringLiteral("Incorrect API key provided"),
                                  QStringLiteral("invalid_request_error"),
                                  QStringLiteral("invalid_api_key"));
}

QStringList words(std::initializer_list<const char*> list)
{
    QStringList result;
    for (const char* word : list)
        result.append(QString::fromUtf8(word));
    return result;
}

} // namespace

class TestCliCompare : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_profile;
    MockProviderServer m_a, m_b, m_c;

    QString profile() const { return m_profile.path(); }
    QList<MockProviderServer*> servers() { return {&m_a, &m_b, &m_c}; }
    int requestCount()
    {
        int n = 0;
        for (MockProviderServer* server : servers())
            n += int(server->requests().size());
        return n;
    }

    /// Providers "a", "b", "c" at the three mock servers (loopback: no key needed); the route
    /// "fallback" tries b/first, then c/second.
    void writeConfig(int firstTokenMs = 3000)
    {
        QJsonArray providers;
        const QStringList names{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
        for (int i = 0; i < 3; ++i) {
            providers.append(
                QJsonObject{{QStringLiteral("name"), names.at(i)},
                            {QStringLiteral("kind"), QStringLiteral("openai")},
                            {QStringLiteral("base_url"), servers().at(i)->baseUrl().toString()}});
        }
        const QJsonObject config{
            {QStringLiteral("version"), 1},
            {QStringLiteral("providers"), providers},
            {QStringLiteral("routes"),
             QJsonArray{
                 QJsonObject{{QStringLiteral("name"), QStringLiteral("fallback")},
                             {QStringLiteral("targets"),
                              QJsonArray{QStringLiteral("b/first"), QStringLiteral("c/second")}}}}},
            {QStringLiteral("timeouts"),
             QJsonObject{{QStringLiteral("connect_ms"), 3000},
                         {QStringLiteral("first_token_ms"), firstTokenMs},
                         {QStringLiteral("stall_ms"), 10000},
                         {QStringLiteral("total_ms"), 20000}}}};
        QFile file(m_profile.filePath(QStringLiteral("config.json")));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(config).toJson());
    }

    CliRun compare(const QStringList& arguments, const QByteArray& stdinBytes = {},
                   const std::function<void(Cli::CliApplication&)>& whileRunning = {})
    {
        return runCli(profile(), QStringList{QStringLiteral("compare")} + arguments, stdinBytes,
                      20'000, whileRunning);
    }

    QList<Storage::LedgerEntry> ledger() { return ledgerRows(profile()); }

    QList<Storage::CompareSession> savedCompares()
    {
        Storage::Database db(m_profile.filePath(QStringLiteral("switchboard.db")));
        if (!db.open().isEmpty())
            return {};
        Storage::CompareStore store(db);
        QList<Storage::CompareSession> result;
        for (const Storage::CompareSession& header : store.sessions())
            result.append(store.session(header.id).value_or(Storage::CompareSession{}));
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_profile.isValid());
        for (MockProviderServer* server : servers())
            QVERIFY(server->listen());
    }

    void init()
    {
        for (MockProviderServer* server : servers())
            server->reset();
        for (const char* file : {"switchboard.db", "switchboard.db-wal", "switchboard.db-shm"})
            QFile::remove(m_profile.filePath(QString::fromLatin1(file)));
        writeConfig();
    }

    void oneFailingColumnSaysWhyWhileTheOthersAnswer()
    {
        m_a.enqueue(answer(QStringLiteral("Answer from a."), QStringLiteral("one")));
        m_b.enqueue(unauthorized());
        m_c.enqueue(answer(QStringLiteral("Answer from c."), QStringLiteral("three")));
        const CliRun run = compare(words({"--model", "a/one", "--model", "b/two", "--model",
                                          "c/three", "--json", "Which is best?"}));
        QVERIFY(run.finished);
        QCOMPARE(run.exitCode, 0);
        // The failing column gets one line that names it and says why; nothing else on stderr.
        const QStringList errLines = run.err.trimmed().split(u'\n');
        QCOMPARE(errLines.size(), 1);
        QVERIFY2(errLines.first().startsWith(QLatin1String("switchboard-cli: b/two: auth")),
                 qPrintable(run.err));
        QVERIFY(run.err.contains(QLatin1String("Incorrect API key provided")));

        const QJsonObject result = parseJson(run.out);
        QCOMPARE(result.value(QLatin1String("prompt")).toString(),
                 QStringLiteral("Which is best?"));
        QVERIFY(result.value(QLatin1String("system")).isNull());
        const QJsonArray columns = result.value(QLatin1String("columns")).toArray();
        QCOMPARE(columns.size(), 3);
        const QJsonObject a = columns.at(0).toObject();
        const QJsonObject b = columns.at(1).toObject();
        const QJsonObject c = columns.at(2).toObject();
        QCOMPARE(a.value(QLatin1String("target")).toString(), QStringLiteral("a/one"));
        QCOMPARE(a.value(QLatin1String("text")).toString(), QStringLiteral("Answer from a."));
        QCOMPARE(a.value(QLatin1String("answered")).toBool(), true);
        QCOMPARE(c.value(QLatin1String("text")).toString(), QStringLiteral("Answer from c."));
        QCOMPARE(b.value(QLatin1String("answered")).toBool(), false);
        QVERIFY(b.value(QLatin1String("error")).toString().contains(QLatin1String("auth")));
        const QJsonObject failed = b.value(QLatin1String("attempts")).toArray().first().toObject();
        QCOMPARE(failed.value(QLatin1String("outcome")).toString(), QStringLiteral("auth"));
        QCOMPARE(failed.value(QLatin1String("http_status")).toInt(), 401);

        // Every attempt of every column is a ledger row with origin compare.
        const QList<Storage::LedgerEntry> rows = ledger();
        QCOMPARE(rows.size(), 3);
        for (const Storage::LedgerEntry& row : rows)
            QCOMPARE(row.origin, Chat::Origin::Compare);

        // The compare is saved and reopens equal to what was printed.
        const QList<Storage::CompareSession> saved = savedCompares();
        QCOMPARE(saved.size(), 1);
        const Storage::CompareSession& session = saved.first();
        QCOMPARE(double(session.id), result.value(QLatin1String("compare_id")).toDouble());
        QCOMPARE(session.prompt, QStringLiteral("Which is best?"));
        QCOMPARE(session.title, QStringLiteral("Which is best?"));
        QCOMPARE(session.columns.size(), 3);
        for (int i = 0; i < 3; ++i) {
            const Storage::CompareColumnRecord& column = session.columns.at(i);
            const QJsonObject printed = columns.at(i).toObject();
            QCOMPARE(column.position, i);
            QCOMPARE(column.targetLabel(), printed.value(QLatin1String("target")).toString());
            QCOMPARE(column.answered, printed.value(QLatin1String("answered")).toBool());
            QCOMPARE(column.text, printed.value(QLatin1String("text")).toString());
            QCOMPARE(column.requestId, printed.value(QLatin1String("request_id")).toString());
            QCOMPARE(column.outcome.has_value(), true);
            QCOMPARE(Chat::outcomeName(*column.outcome), printed.value(QLatin1String("attempts"))
                                                             .toArray()
                                                             .last()
                                                             .toObject()
                                                             .value(QLatin1String("outcome"))
                                                             .toString());
            // The ledger link: the column's request id names its attempts' rows.
            QVERIFY(std::any_of(rows.cbegin(), rows.cend(), [&](const Storage::LedgerEntry& r) {
                return r.attempt.requestId == column.requestId;
            }));
        }
        QCOMPARE(session.columns.at(1).error, b.value(QLatin1String("error")).toString());
    }

    void jsonColumnsCarryTheChatContractPlusTargetAndSpeed()
    {
        const CliRun run =
            compare(words({"--model", "a/one", "--route", "fallback", "--json", "Hello"}));
        QCOMPARE(run.exitCode, 0);
        const QJsonObject result = parseJson(run.out);
        for (const char* key : {"prompt", "system", "compare_id", "columns"})
            QVERIFY2(result.contains(QLatin1String(key)), key);
        const QJsonArray columns = result.value(QLatin1String("columns")).toArray();
        QCOMPARE(columns.size(), 2);
        for (const QJsonValue& value : columns) {
            const QJsonObject column = value.toObject();
            for (const char* key :
                 {"text", "route", "provider", "model", "answered", "request_id", "error",
                  "attempts", "target", "target_kind", "tokens_per_second", "cost_usd",
                  "cost_source", "ttft_ms", "total_ms"})
                QVERIFY2(column.contains(QLatin1String(key)), key);
            const QJsonObject attempt =
                column.value(QLatin1String("attempts")).toArray().first().toObject();
            for (const char* key : {"provider", "model", "outcome", "http_status", "error",
                                    "ttft_ms", "total_ms", "usage", "cost_usd", "cost_source"})
                QVERIFY2(attempt.contains(QLatin1String(key)), key);
        }
        QCOMPARE(columns.at(0).toObject().value(QLatin1String("target_kind")).toString(),
                 QStringLiteral("model"));
        QVERIFY(columns.at(0).toObject().value(QLatin1String("route")).isNull());
        QCOMPARE(columns.at(1).toObject().value(QLatin1String("target")).toString(),
                 QStringLiteral("route/fallback"));
        QCOMPARE(columns.at(1).toObject().value(QLatin1String("target_kind")).toString(),
                 QStringLiteral("route"));
        QCOMPARE(columns.at(1).toObject().value(QLatin1String("route")).toString(),
                 QStringLiteral("fallback"));
    }

    void textOutputPrintsEachAnswerUnderItsHeaderThenATable()
    {
        m_a.enqueue(answer(QStringLiteral("Answer from a."), QStringLiteral("one")));
        m_b.enqueue(MockReply::openAiError(404, QStringLiteral("The model `two` does not exist"),
                                           QStringLiteral("invalid_request_error"),
                                           QStringLiteral("model_not_found")));
        const CliRun run = compare(words({"--model", "a/one", "--model", "b/two", "Hi"}));
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("== a/one \u00b7 ok \u00b7 first token ")),
                 qPrintable(run.out));
        QVERIFY(run.out.contains(QLatin1String("12 in / 1 out")));
        QVERIFY(run.out.contains(QLatin1String("Answer from a.\n")));
        QVERIFY(run.out.contains(QStringLiteral("== b/two \u00b7 not_found \u00b7 no answer")));
        const qsizetype table = run.out.indexOf(QLatin1String("TARGET"));
        QVERIFY(table > run.out.indexOf(QLatin1String("Answer from a.")));
        const QStringList tableLines = run.out.mid(table).trimmed().split(u'\n');
        // A header, one row per column, and the note on the refused column's estimated $0.
        QCOMPARE(tableLines.size(), 4);
        QVERIFY(tableLines.at(2).contains(QLatin1String("~$0.00")));
        QVERIFY(tableLines.at(3).startsWith(QLatin1String("~ estimated")));
        for (const char* header : {"OUTCOME", "TTFT", "TOK/S", "TOTAL", "IN", "OUT", "COST"})
            QVERIFY2(tableLines.at(0).contains(QLatin1String(header)), header);
        QVERIFY(tableLines.at(1).startsWith(QLatin1String("a/one")));
        QVERIFY(tableLines.at(1).contains(QLatin1String(" ok ")));
        QVERIFY(tableLines.at(2).startsWith(QLatin1String("b/two")));
        QVERIFY(tableLines.at(2).contains(QLatin1String("not_found")));
        QCOMPARE(run.err.trimmed().split(u'\n').size(), 1);
        QVERIFY(run.err.contains(QLatin1String("b/two: not_found")));
    }

    void noColumnAnsweringExitsOneWithOneLineListingEachReason()
    {
        m_a.enqueue(unauthorized());
        m_b.enqueue(MockReply::openAiError(404, QStringLiteral("The model `two` does not exist"),
                                           QStringLiteral("invalid_request_error"),
                                           QStringLiteral("model_not_found")));
        const CliRun run = compare(words({"--model", "a/one", "--model", "b/two", "--json", "Hi"}));
        QVERIFY(run.finished);
        QCOMPARE(run.exitCode, 1);
        const QStringList lines = run.err.trimmed().split(u'\n');
        QCOMPARE(lines.size(), 1);
        QVERIFY(lines.first().startsWith(QLatin1String("switchboard-cli: no column answered: ")));
        QVERIFY(lines.first().contains(QLatin1String("a/one: auth")));
        QVERIFY(lines.first().contains(QLatin1String("b/two: not_found")));
        // The JSON still comes, and the compare is saved.
        QCOMPARE(parseJson(run.out).value(QLatin1String("columns")).toArray().size(), 2);
        QCOMPARE(savedCompares().size(), 1);
        QCOMPARE(ledger().size(), 2);
    }

    void routeColumnFallsBackInsideItsRoute()
    {
        m_a.enqueue(answer(QStringLiteral("Direct."), QStringLiteral("one")));
        m_b.enqueue(MockReply::openAiError(404, QStringLiteral("The model `first` does not exist"),
                                           QStringLiteral("invalid_request_error"),
                                           QStringLiteral("model_not_found")));
        m_c.enqueue(answer(QStringLiteral("Fallback answer."), QStringLiteral("second")));
        const CliRun run =
            compare(words({"--model", "a/one", "--route", "fallback", "--json", "Hi"}));
        QCOMPARE(run.exitCode, 0);
        const QJsonObject column =
            parseJson(run.out).value(QLatin1String("columns")).toArray().at(1).toObject();
        QCOMPARE(column.value(QLatin1String("answered")).toBool(), true);
        QCOMPARE(column.value(QLatin1String("text")).toString(),
                 QStringLiteral("Fallback answer."));
        QCOMPARE(column.value(QLatin1String("provider")).toString(), QStringLiteral("c"));
        QCOMPARE(column.value(QLatin1String("model")).toString(), QStringLiteral("second"));
        const QJsonArray attempts = column.value(QLatin1String("attempts")).toArray();
        QCOMPARE(attempts.size(), 2);
        QCOMPARE(attempts.at(0).toObject().value(QLatin1String("outcome")).toString(),
                 QStringLiteral("not_found"));
        QCOMPARE(attempts.at(1).toObject().value(QLatin1String("outcome")).toString(),
                 QStringLiteral("ok"));
        // Three attempts in all, each with origin compare; the route's two carry its name.
        const QList<Storage::LedgerEntry> rows = ledger();
        QCOMPARE(rows.size(), 3);
        int routed = 0;
        for (const Storage::LedgerEntry& row : rows) {
            QCOMPARE(row.origin, Chat::Origin::Compare);
            routed += row.route == QLatin1String("fallback") ? 1 : 0;
        }
        QCOMPARE(routed, 2);
        const Storage::CompareColumnRecord saved = savedCompares().first().columns.at(1);
        QCOMPARE(saved.targetKind, Storage::CompareTargetKind::Route);
        QCOMPARE(saved.target, QStringLiteral("fallback"));
        QCOMPARE(saved.provider, QStringLiteral("c"));
        QCOMPARE(saved.model, QStringLiteral("second"));
        QCOMPARE(saved.attempts, 2);
    }

    void columnsAreInFlightAtTheSameTime()
    {
        // Each provider holds its answer back; if the columns ran one after another, a request
        // would only arrive after the one before it had finished.
        QStringList events;
        for (MockProviderServer* server : servers()) {
            MockReply slow = answer(QStringLiteral("late"), QStringLiteral("m"));
            slow.headerDelayMs = 1500;
            server->enqueue(slow);
            connect(server, &MockProviderServer::requestReceived, this,
                    [&events] { events.append(QStringLiteral("request")); });
            connect(server, &MockProviderServer::replyFinished, this,
                    [&events] { events.append(QStringLiteral("finished")); });
        }
        const CliRun run =
            compare(words({"--model", "a/m", "--model", "b/m", "--model", "c/m", "--json", "Hi"}));
        for (MockProviderServer* server : servers())
            server->disconnect(this);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(events.size(), 6);
        QCOMPARE(events.mid(0, 3), QStringList(3, QStringLiteral("request")));
        QCOMPARE(parseJson(run.out).value(QLatin1String("columns")).toArray().size(), 3);
    }

    void promptSystemAndSamplingReachEveryColumn()
    {
        const CliRun run =
            compare(words({"--model", "a/one", "--model", "b/two", "--system", "Be brief.",
                           "--temperature", "0.25", "--max-tokens", "32", "--json", "-"}),
                    "Prompt from a pipe\n");
        QCOMPARE(run.exitCode, 0);
        for (MockProviderServer* server : {&m_a, &m_b}) {
            QCOMPARE(server->requests().size(), 1);
            const QJsonObject body = server->requests().first().json();
            QCOMPARE(body.value(QLatin1String("temperature")).toDouble(), 0.25);
            QCOMPARE(body.value(QLatin1String("max_tokens")).toInt(), 32);
            const QJsonArray messages = body.value(QLatin1String("messages")).toArray();
            QCOMPARE(messages.size(), 2);
            QCOMPARE(messages.at(0).toObject().value(QLatin1String("content")).toString(),
                     QStringLiteral("Be brief."));
            QCOMPARE(messages.at(1).toObject().value(QLatin1String("content")).toString(),
                     QStringLiteral("Prompt from a pipe\n"));
        }
        const QJsonObject result = parseJson(run.out);
        QCOMPARE(result.value(QLatin1String("system")).toString(), QStringLiteral("Be brief."));
        const Storage::CompareSession saved = savedCompares().first();
        QCOMPARE(saved.systemPrompt, QStringLiteral("Be brief."));
        QCOMPARE(saved.temperature, std::optional<double>(0.25));
        QCOMPARE(saved.maxTokens, std::optional<int>(32));
    }

    void interruptCancelsEveryColumnAndRecordsIt()
    {
        writeConfig(/*firstTokenMs=*/10000);
        for (MockProviderServer* server : servers()) {
            MockReply stuck = answer(QStringLiteral("never"), QStringLiteral("m"));
            stuck.firstByteDelayMs = 15000;
            server->enqueue(stuck);
        }
        int arrived = 0;
        const CliRun run = compare(
            words({"--model", "a/m", "--model", "b/m", "--model", "c/m", "Hi"}), {},
            [this, &arrived](Cli::CliApplication& cli) {
                for (MockProviderServer* server : servers()) {
                    connect(server, &MockProviderServer::requestReceived, &cli, [&cli, &arrived] {
                        if (++arrived == 3)
                            QTimer::singleShot(100, &cli, [&cli] { cli.interrupt(); });
                    });
                }
            });
        QVERIFY(run.finished);
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(arrived, 3);
        QVERIFY2(
            run.err.trimmed().endsWith(QLatin1String("cancelled: 0 of 3 columns had answered")),
            qPrintable(run.err));
        const QList<Storage::LedgerEntry> rows = ledger();
        QCOMPARE(rows.size(), 3);
        for (const Storage::LedgerEntry& row : rows) {
            QCOMPARE(row.attempt.outcome, Chat::Outcome::Cancelled);
            QCOMPARE(row.origin, Chat::Origin::Compare);
        }
        const Storage::CompareSession saved = savedCompares().first();
        for (const Storage::CompareColumnRecord& column : saved.columns)
            QCOMPARE(column.outcome, std::optional<Chat::Outcome>(Chat::Outcome::Cancelled));
    }

    void argumentMistakesExitTwoAndSendNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("one target") << words({"--model", "a/one", "Hi"})
                                    << "needs 2 to 6 targets (--model PROVIDER/MODEL or --route "
                                       "NAME); 1 given";
        QTest::newRow("seven targets")
            << words({"--model", "a/1", "--model", "a/2", "--model", "a/3", "--model", "a/4",
                      "--model", "a/5", "--model", "a/6", "--model", "a/7", "Hi"})
            << "7 given";
        QTest::newRow("no target") << words({"Hi"}) << "0 given";
        QTest::newRow("unknown provider")
            << words({"--model", "a/one", "--model", "nope/two", "Hi"})
            << "no provider named 'nope'; switchboard-cli providers list shows them";
        QTest::newRow("not provider/model")
            << words({"--model", "a/one", "--model", "gpt", "Hi"}) << "'gpt' is not PROVIDER/MODEL";
        QTest::newRow("unknown route")
            << words({"--model", "a/one", "--route", "nope", "Hi"}) << "no route named 'nope'";
        QTest::newRow("empty prompt")
            << words({"--model", "a/one", "--model", "b/two", "  "}) << "the prompt is empty";
        QTest::newRow("two prompts") << words({"--model", "a/one", "--model", "b/two", "x", "y"})
                                     << "give the prompt as one argument";
        QTest::newRow("bad temperature")
            << words({"--model", "a/one", "--model", "b/two", "--temperature", "9", "Hi"})
            << "--temperature takes a number from 0 to 2";
        QTest::newRow("unknown option") << words({"--model", "a/one", "--bogus", "Hi"}) << "bogus";
    }

    void argumentMistakesExitTwoAndSendNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const CliRun run = compare(arguments);
        QVERIFY(run.finished);
        QCOMPARE(run.exitCode, 2);
        const QStringList lines = run.err.trimmed().split(u'\n');
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().contains(message), qPrintable(run.err));
        QCOMPARE(requestCount(), 0);
        QVERIFY(ledger().isEmpty());
        QVERIFY(run.out.isEmpty());
    }

    void targetsKeepTheOrderTheyWereGivenIn()
    {
        const CliRun run = compare(words(
            {"--route", "fallback", "--model", "a/one", "--model", "c/three", "--json", "Hi"}));
        QCOMPARE(run.exitCode, 0);
        const QJsonArray columns = parseJson(run.out).value(QLatin1String("columns")).toArray();
        QStringList targets;
        for (const QJsonValue& column : columns)
            targets.append(column.toObject().value(QLatin1String("target")).toString());
        QCOMPARE(targets, (QStringList{QStringLiteral("route/fallback"), QStringLiteral("a/one"),
                                       QStringLiteral("c/three")}));
    }

    void usageTextNamesCompare()
    {
        const CliRun run = runCli(profile(), {QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QLatin1String("compare (--model PROVIDER/MODEL | --route NAME)")));
    }
};

QTEST_GUILESS_MAIN(TestCliCompare)
#include "tst_clicompare.moc"
