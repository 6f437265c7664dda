// The first vertical slice end to end: switchboard-cli's code (in-process) against the mock
// provider on loopback. Every fault the mock can inject must end in a clear one-line error, a
// non-zero exit and a ledger row — never a crash or a hang.
#include "CliRunner.h"
#include "MockProviderServer.h"
#include "MockReply.h"
#include "cli/CliApplication.h"
#include "storage/Database.h"
#include "storage/UsageLedger.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using TestSupport::MockProviderServer;
using TestSupport::MockReply;
Q_DECLARE_METATYPE(TestSupport::MockReply)

namespace {

const QByteArray kKeyVariable = "SWITCHBOARD_TEST_MOCK_KEY";
const QString kCanaryKey = QStringLiteral("sk-canary-7f3a9b2c4d5e6f708192a3b4c5d6e7f8");

QJsonObject parseJsonLine(const QString& text)
{
    return QJsonDocument::fromJson(text.trimmed().toUtf8()).object();
}

} // namespace

class TestCliChat : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_profile;
    MockProviderServer m_mock;

    QString profile() const { return m_profile.path(); }

    /// A profile with one provider "mock" at the mock server, keyed through the environment, and
    /// short timeouts so the timeout cases finish quickly.
    void writeConfig(int firstTokenMs = 3000, int stallMs = 1000)
    {
        QFile file(m_profile.filePath(QStringLiteral("config.json")));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        const QJsonObject config{
            {QStringLiteral("version"), 1},
            {QStringLiteral("providers"),
             QJsonArray{
                 QJsonObject{{QStringLiteral("name"), QStringLiteral("mock")},
                             {QStringLiteral("kind"), QStringLiteral("openai")},
                             {QStringLiteral("base_url"), m_mock.baseUrl().toString()},
                             {QStringLiteral("api_key_env"), QString::fromLatin1(kKeyVariable)}}}},
            {QStringLiteral("timeouts"),
             QJsonObject{{QStringLiteral("connect_ms"), 3000},
                         {QStringLiteral("first_token_ms"), firstTokenMs},
                         {QStringLiteral("stall_ms"), stallMs},
                         {QStringLiteral("total_ms"), 20000}}}};
        file.write(QJsonDocument(config).toJson());
    }

    QList<Storage::LedgerEntry> ledger() { return ledgerRows(m_profile.path()); }

    CliRun chat(const QStringList& extra = {})
    {
        QStringList words{QStringLiteral("chat"), QStringLiteral("--model"),
                          QStringLiteral("mock/gpt-test")};
        words += extra;
        if (!extra.contains(QStringLiteral("-")))
            words.append(QStringLiteral("Say hello"));
        return runCli(profile(), words);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_profile.isValid());
        QVERIFY(m_mock.listen());
        qputenv(kKeyVariable.constData(), kCanaryKey.toUtf8());
    }

    void init()
    {
        m_mock.reset();
        QFile::remove(m_profile.filePath(QStringLiteral("switchboard.db")));
        QFile::remove(m_profile.filePath(QStringLiteral("switchboard.db-wal")));
        QFile::remove(m_profile.filePath(QStringLiteral("switchboard.db-shm")));
        writeConfig();
    }

    void chatStreamsTheAnswerToStdout()
    {
        const CliRun run = chat();
        QVERIFY(run.finished);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QStringLiteral("Hello from the mock provider.\n"));
        QCOMPARE(run.err, QString());
    }

    void chatSendsTheOpenAiRequestShape()
    {
        const CliRun run = chat({QStringLiteral("--system"), QStringLiteral("Be brief."),
                                 QStringLiteral("--temperature"), QStringLiteral("0.5"),
                                 QStringLiteral("--max-tokens"), QStringLiteral("64")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(m_mock.requests().size(), 1);
        const TestSupport::RecordedRequest request = m_mock.requests().first();
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path, QByteArray("/v1/chat/completions"));
        QCOMPARE(request.header("Authorization"), "Bearer " + kCanaryKey.toUtf8());
        const QJsonObject body = request.json();
        QCOMPARE(body.value(QLatin1String("model")).toString(), QStringLiteral("gpt-test"));
        QCOMPARE(body.value(QLatin1String("stream")).toBool(), true);
        QCOMPARE(body.value(QLatin1String("stream_options"))
                     .toObject()
                     .value(QLatin1String("include_usage"))
                     .toBool(),
                 true);
        QCOMPARE(body.value(QLatin1String("temperature")).toDouble(), 0.5);
        QCOMPARE(body.value(QLatin1String("max_tokens")).toInt(), 64);
        const QJsonArray messages = body.value(QLatin1String("messages")).toArray();
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages.at(0).toObject().value(QLatin1String("role")).toString(),
                 QStringLiteral("system"));
        QCOMPARE(messages.at(0).toObject().value(QLatin1String("content")).toString(),
                 QStringLiteral("Be brief."));
        QCOMPARE(messages.at(1).toObject().value(QLatin1String("role")).toString(),
                 QStringLiteral("user"));
        QCOMPARE(messages.at(1).toObject().value(QLatin1String("content")).toString(),
                 QStringLiteral("Say hello"));
    }

    void chatReadsThePromptFromStdin()
    {
        const CliRun run = runCli(profile(),
                                  {QStringLiteral("chat"), QStringLiteral("--model"),
                                   QStringLiteral("mock/gpt-test"), QStringLiteral("-")},
                                  "Prompt from a pipe\n");
        QCOMPARE(run.exitCode, 0);
        const QJsonArray messages =
            m_mock.requests().first().json().value(QLatin1String("messages")).toArray();
        QCOMPARE(messages.last().toObject().value(QLatin1String("content")).toString(),
                 QStringLiteral("Prompt from a pipe\n"));
    }

    void chatJsonPrintsTheContractObject()
    {
        const CliRun run = chat({QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject result = parseJsonLine(run.out);
        QCOMPARE(result.value(QLatin1String("text")).toString(),
                 QStringLiteral("Hello from the mock provider."));
        QVERIFY(result.value(QLatin1String("route")).isNull());
        QCOMPARE(result.value(QLatin1String("provider")).toString(), QStringLiteral("mock"));
        QCOMPARE(result.value(QLatin1String("model")).toString(), QStringLiteral("gpt-test"));
        const QJsonArray attempts = result.value(QLatin1String("attempts")).toArray();
        QCOMPARE(attempts.size(), 1);
        const QJsonObject attempt = attempts.first().toObject();
        for (const char* key : {"provider", "model", "outcome", "http_status", "error", "ttft_ms",
                                "total_ms", "usage", "cost_usd", "cost_source"})
            QVERIFY2(attempt.contains(QLatin1String(key)), key);
        QCOMPARE(attempt.value(QLatin1String("outcome")).toString(), QStringLiteral("ok"));
        QCOMPARE(attempt.value(QLatin1String("http_status")).toInt(), 200);
        QVERIFY(attempt.value(QLatin1String("error")).isNull());
        QVERIFY(attempt.value(QLatin1String("ttft_ms")).toDouble() >= 0);
        QVERIFY(attempt.value(QLatin1String("total_ms")).toDouble()
                >= attempt.value(QLatin1String("ttft_ms")).toDouble());
        const QJsonObject usage = attempt.value(QLatin1String("usage")).toObject();
        for (const char* key :
             {"input_tokens", "output_tokens", "cached_tokens", "reasoning_tokens"})
            QVERIFY2(usage.contains(QLatin1String(key)), key);
        QVERIFY(usage.value(QLatin1String("input_tokens")).toInt() > 0);
        QVERIFY(usage.value(QLatin1String("output_tokens")).toInt() > 0);
    }

    void everyRequestLandsInTheLedger()
    {
        QCOMPARE(chat().exitCode, 0);
        const QList<Storage::LedgerEntry> rows = ledger();
        QCOMPARE(rows.size(), 1);
        const Chat::Attempt& a = rows.first().attempt;
        QCOMPARE(a.provider, QStringLiteral("mock"));
        QCOMPARE(a.model, QStringLiteral("gpt-test"));
        QCOMPARE(a.outcome, Chat::Outcome::Ok);
        QCOMPARE(a.httpStatus, 200);
        QVERIFY(a.ttftMs.has_value());
        QVERIFY(a.usage.inputTokens.value_or(0) > 0);
        QVERIFY(a.usage.outputTokens.value_or(0) > 0);
        QCOMPARE(rows.first().origin, Chat::Origin::Cli);
        QCOMPARE(a.finishReason, QStringLiteral("stop"));
        // The attempt was journaled before its request went out; a run that ends normally
        // leaves no journal behind.
        const QDir journal(m_profile.filePath(QStringLiteral("journal")));
        QVERIFY(journal.exists());
        QCOMPARE(journal.entryList(QDir::Files), QStringList());
    }

    void nonStreamingAnswerFromACompatibleServerIsAccepted()
    {
        // Some OpenAI-compatible servers ignore "stream": true and answer one JSON object.
        m_mock.enqueue(MockReply::openAiCompletion(QStringLiteral("Whole answer."),
                                                   QStringLiteral("gpt-test")));
        const CliRun run = chat({QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(parseJsonLine(run.out).value(QLatin1String("text")).toString(),
                 QStringLiteral("Whole answer."));
    }

    void recordedFixturesReplayToTheirText_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("textStart");
        QTest::addColumn<int>("inputTokens");
        QTest::newRow("openai text+usage") << "openai-chat-text-usage.sse"
                                           << "I'm unable to provide real-time" << 14;
        QTest::newRow("openai length finish") << "openai-chat-finish-length.sse"
                                              << "" << -1;
        QTest::newRow("openai refusal") << "openai-chat-refusal.sse"
                                        << "" << -1;
        QTest::newRow("openai logprobs") << "openai-chat-content-logprobs.sse"
                                         << "" << -1;
        QTest::newRow("openai tool call") << "openai-chat-tool-call.sse"
                                          << "" << -1;
        QTest::newRow("openai usage obfuscation") << "openai-chat-vercel-text-usage-obfuscation.sse"
                                                  << "" << -1;
        QTest::newRow("azure prompt filter chunk")
            << "azure-openai-chat-vercel-model-router-prompt-filter.sse"
            << "" << -1;
        QTest::newRow("deepseek reasoning") << "deepseek-chat-vercel-reasoning-content.sse"
                                            << "" << -1;
        QTest::newRow("openrouter no usage") << "openrouter-sdktest-no-usage-chunk.sse"
                                             << "" << -1;
        QTest::newRow("openrouter cached+reasoning usage")
            << "openrouter-sdktest-usage-cached-reasoning-tokens.sse"
            << "" << -1;
    }

    void recordedFixturesReplayToTheirText()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, textStart);
        QFETCH(int, inputTokens);
        m_mock.enqueue(MockReply::fixture(fixture));
        const CliRun run = chat({QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject result = parseJsonLine(run.out);
        const QJsonObject attempt =
            result.value(QLatin1String("attempts")).toArray().first().toObject();
        QCOMPARE(attempt.value(QLatin1String("outcome")).toString(), QStringLiteral("ok"));
        QVERIFY(result.value(QLatin1String("text")).toString().startsWith(textStart));
        if (inputTokens >= 0)
            QCOMPARE(attempt.value(QLatin1String("usage"))
                         .toObject()
                         .value(QLatin1String("input_tokens"))
                         .toInt(),
                     inputTokens);
    }

    void openRouterKeepAlivesBilledCostAndGenerationIdAreHonoured()
    {
        // OpenRouter sends `: OPENROUTER PROCESSING` comments while it waits for the upstream
        // model, names the generation in every chunk's id, and bills in usage.cost (dollars).
        MockReply reply;
        reply.stream = true;
        reply.body = ": OPENROUTER PROCESSING\n\n: OPENROUTER PROCESSING\n\n"
                     "data: {\"id\":\"gen-123-abc\",\"object\":\"chat.completion.chunk\","
                     "\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\","
                     "\"content\":\"Routed.\"},\"finish_reason\":null}]}\n\n"
                     "data: {\"id\":\"gen-123-abc\",\"object\":\"chat.completion.chunk\","
                     "\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}],"
                     "\"usage\":{\"prompt_tokens\":12,\"completion_tokens\":3,"
                     "\"total_tokens\":15,\"cost\":0.000123,\"is_byok\":false}}\n\n"
                     "data: [DONE]\n\n";
        reply.splits = {24, 24};
        reply.chunkDelayMs = 50;
        m_mock.enqueue(reply);
        const CliRun run = chat({QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject result = parseJsonLine(run.out);
        QCOMPARE(result.value(QLatin1String("text")).toString(), QStringLiteral("Routed."));
        const QJsonObject attempt =
            result.value(QLatin1String("attempts")).toArray().first().toObject();
        QCOMPARE(attempt.value(QLatin1String("cost_source")).toString(),
                 QStringLiteral("provider"));
        QCOMPARE(attempt.value(QLatin1String("cost_usd")).toDouble(), 0.000123);
        // Keep-alive comments are not tokens: the first token came after them.
        QVERIFY(attempt.value(QLatin1String("ttft_ms")).toDouble() >= 90);
        const QList<Storage::LedgerEntry> rows = ledger();
        QCOMPARE(rows.first().attempt.generationId, QStringLiteral("gen-123-abc"));
        QCOMPARE(rows.first().attempt.costMicroUsd, std::optional<qint64>(123));
        QCOMPARE(rows.first().attempt.costSource, QStringLiteral("provider"));
    }

    void severalChoicesShowTheFirstAndSaySo()
    {
        m_mock.enqueue(MockReply::fixture(QStringLiteral("openai-chat-n3-multiple-choices.sse")));
        const CliRun run = chat();
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.err.contains(QLatin1String("several answers")));
        QVERIFY(!run.out.isEmpty());
    }

    void reasoningIsKeptApartFromTheAnswer()
    {
        m_mock.enqueue(MockReply::openAiStream(
            {QStringLiteral("The answer is 4.")}, QStringLiteral("gpt-test"), true,
            QStringLiteral("stop"), {QStringLiteral("2+2 "), QStringLiteral("is 4")}));
        const CliRun run = chat({QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject result = parseJsonLine(run.out);
        QCOMPARE(result.value(QLatin1String("text")).toString(),
                 QStringLiteral("The answer is 4."));
        QCOMPARE(result.value(QLatin1String("reasoning")).toString(), QStringLiteral("2+2 is 4"));
    }

    void bytesSplitAnywhereGiveTheSameText_data()
    {
        QTest::addColumn<int>("every");
        QTest::newRow("1 byte") << 1;
        QTest::newRow("2 bytes") << 2;
        QTest::newRow("3 bytes") << 3;
        QTest::newRow("7 bytes") << 7;
    }

    void bytesSplitAnywhereGiveTheSameText()
    {
        // Cyrillic and an emoji: splits land inside multi-byte UTF-8 sequences.
        QFETCH(int, every);
        const QStringList deltas{QStringLiteral("известни "), QStringLiteral("✓ "),
                                 QStringLiteral("🙂 done")};
        MockReply reply = MockReply::openAiStream(deltas, QStringLiteral("gpt-test"), true);
        reply.splitEvery(every);
        reply.chunkDelayMs = 0;
        m_mock.enqueue(reply);
        const CliRun run = chat();
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, deltas.join(QString()) + u'\n');
    }

    void crlfFramingSplitBetweenCrAndLf()
    {
        QByteArray body = MockReply::openAiStream({QStringLiteral("Hi"), QStringLiteral(" there")},
                                                  QStringLiteral("gpt-test"), false)
                              .body;
        body.replace("\n", "\r\n");
        MockReply reply;
        reply.stream = true;
        reply.body = body;
        // Cut right after every '\r', so the CR and its LF arrive in different reads.
        qsizetype last = 0;
        for (qsizetype i = body.indexOf('\r'); i >= 0; i = body.indexOf('\r', i + 1)) {
            reply.splits.append(i + 1 - last);
            last = i + 1;
        }
        m_mock.enqueue(reply);
        const CliRun run = chat();
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QStringLiteral("Hi there\n"));
    }

    void faultsGiveAClearErrorAndALedgerRow_data()
    {
        QTest::addColumn<MockReply>("reply");
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<int>("httpStatus");
        QTest::addColumn<QString>("errorContains");

        QTest::newRow("401 bad key")
            << MockReply::openAiError(401, QStringLiteral("Incorrect API key provided"),
                                      QStringLiteral("invalid_request_error"),
                                      QStringLiteral("invalid_api_key"))
            << "auth" << 401 << "Incorrect API key provided";
        QTest::newRow("404 unknown model")
            << MockReply::openAiError(404, QStringLiteral("The model `gpt-test` does not exist"),
                                      QStringLiteral("invalid_request_error"),
                                      QStringLiteral("model_not_found"))
            << "not_found" << 404 << "does not exist";
        QTest::newRow("400 context length")
            << MockReply::openAiError(400, QStringLiteral("maximum context length is 8192 tokens"),
                                      QStringLiteral("invalid_request_error"),
                                      QStringLiteral("context_length_exceeded"))
            << "context_length" << 400 << "maximum context length";
        QTest::newRow("400 bad request")
            << MockReply::openAiError(400, QStringLiteral("temperature is out of range"))
            << "bad_request" << 400 << "temperature is out of range";
        QTest::newRow("plain-text 502") << [] {
            MockReply r;
            r.status = 502;
            r.body = "<html>Bad Gateway</html>";
            r.withHeader("Content-Type", "text/html");
            r.times = 2;
            return r;
        }() << "server_error" << 502 << "Bad Gateway";
        QTest::newRow("429 rate limited, retried") << [] {
            MockReply r = MockReply::openAiError(429, QStringLiteral("Rate limit reached"),
                                                 QStringLiteral("requests"),
                                                 QStringLiteral("rate_limit_exceeded"));
            r.withHeader("Retry-After", "0");
            r.times = 2;
            return r;
        }() << "rate_limited" << 429 << "Rate limit reached";
        QTest::newRow("503 overloaded") << [] {
            MockReply r =
                MockReply::openAiError(503, QStringLiteral("The engine is currently overloaded"),
                                       QStringLiteral("server_error"));
            r.times = 2;
            return r;
        }() << "overloaded" << 503 << "overloaded";
        QTest::newRow("dropped before headers") << [] {
            MockReply r;
            r.dropBeforeHeaders = true;
            r.times = 0; // Qt resends once on a closed keep-alive connection; every try is dropped
            return r;
        }() << "network" << 0 << "could not reach";
        QTest::newRow("delay before headers") << [] {
            MockReply r =
                MockReply::openAiStream({QStringLiteral("late")}, QStringLiteral("gpt-test"), true);
            r.headerDelayMs = 8000;
            return r;
        }() << "timeout_first_token" << 0 << "no answer within";
        QTest::newRow("delay before first chunk") << [] {
            MockReply r =
                MockReply::openAiStream({QStringLiteral("late")}, QStringLiteral("gpt-test"), true);
            r.firstByteDelayMs = 8000;
            return r;
        }() << "timeout_first_token" << 200 << "no answer within";
        QTest::newRow("stall mid-stream") << [] {
            MockReply r =
                MockReply::openAiStream({QStringLiteral("Partial "), QStringLiteral("answer")},
                                        QStringLiteral("gpt-test"), true);
            r.stallAfterBytes = r.body.indexOf("answer");
            r.stallMs = -1;
            return r;
        }() << "stalled" << 200 << "stopped";
        QTest::newRow("connection dropped mid-stream") << [] {
            MockReply r =
                MockReply::openAiStream({QStringLiteral("Partial "), QStringLiteral("answer")},
                                        QStringLiteral("gpt-test"), true);
            r.dropAfterBytes = r.body.indexOf("answer");
            return r;
        }() << "network" << 200 << "connection";
        QTest::newRow("malformed chunk") << [] {
            MockReply r;
            r.stream = true;
            r.body = "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"ok \"}}]}\n\ndata: "
                     "{unparsable}\n\n";
            return r;
        }() << "malformed" << 200 << "not JSON";
        QTest::newRow("unparsable chunk fixture")
            << MockReply::fixture(QStringLiteral("openrouter-sdktest-unparsable-chunk.sse"))
            << "malformed" << 200 << "not JSON";
        QTest::newRow("in-band error in a 200 stream") << [] {
            MockReply r = MockReply::fixture(QStringLiteral("openrouter-sdktest-error-chunk.sse"));
            r.times = 2; // server_error is retried once
            return r;
        }() << "server_error" << 200 << "";
        QTest::newRow("stream ends without [DONE]") << [] {
            MockReply r =
                MockReply::openAiStream({QStringLiteral("cut")}, QStringLiteral("gpt-test"), false);
            r.body.truncate(r.body.indexOf("\"finish_reason\":\"stop\""));
            r.body.truncate(r.body.lastIndexOf("\n\n") + 2);
            return r;
        }() << "network" << 200 << "before the answer was complete";
        QTest::newRow("non-streamed answer cut short") << [] {
            MockReply r = MockReply::openAiCompletion(QStringLiteral("Whole answer."),
                                                      QStringLiteral("gpt-test"));
            r.dropAfterBytes = 20;
            return r;
        }() << "network" << 200 << "closed after 20 of";
        QTest::newRow("200 with a non-JSON body") << [] {
            MockReply r;
            r.body = "<html>captive portal</html>";
            r.withHeader("Content-Type", "text/html");
            return r;
        }() << "malformed" << 200 << "not JSON";
    }

    void faultsGiveAClearErrorAndALedgerRow()
    {
        QFETCH(MockReply, reply);
        QFETCH(QString, outcome);
        QFETCH(int, httpStatus);
        QFETCH(QString, errorContains);
        writeConfig(/*firstTokenMs=*/1500, /*stallMs=*/700);
        m_mock.enqueue(reply);

        const CliRun run = chat({QStringLiteral("--json")});
        // One line on stderr that names the target and the outcome; the key never appears.
        const QString problem = oneLineFailureProblem(run, QStringLiteral("mock/gpt-test"), outcome,
                                                      errorContains, kCanaryKey);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        const QJsonObject result = parseJsonLine(run.out);
        QCOMPARE(result.value(QLatin1String("answered")).toBool(), false);
        const QJsonArray attempts = result.value(QLatin1String("attempts")).toArray();
        QVERIFY(!attempts.isEmpty());
        const QJsonObject last = attempts.last().toObject();
        QCOMPARE(last.value(QLatin1String("outcome")).toString(), outcome);
        QCOMPARE(last.value(QLatin1String("http_status")).toInt(), httpStatus);

        const QList<Storage::LedgerEntry> rows = ledger();
        QCOMPARE(rows.size(), attempts.size());
        QCOMPARE(Chat::outcomeName(rows.first().attempt.outcome), outcome);
        QVERIFY(!rows.first().attempt.error.isEmpty());
        QVERIFY(!rows.first().attempt.error.contains(kCanaryKey));
    }

    void transientFailureIsRetriedOnceThenSucceeds()
    {
        MockReply busy = MockReply::openAiError(503, QStringLiteral("overloaded"),
                                                QStringLiteral("server_error"));
        m_mock.enqueue(busy);
        const CliRun run = chat({QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray attempts =
            parseJsonLine(run.out).value(QLatin1String("attempts")).toArray();
        QCOMPARE(attempts.size(), 2);
        QCOMPARE(attempts.at(0).toObject().value(QLatin1String("outcome")).toString(),
                 QStringLiteral("overloaded"));
        QCOMPARE(attempts.at(1).toObject().value(QLatin1String("outcome")).toString(),
                 QStringLiteral("ok"));
        QCOMPARE(ledger().size(), 2);
    }

    void partialTextOfABrokenStreamIsKeptInTheLedgerNotTheAnswer()
    {
        MockReply r =
            MockReply::openAiStream({QStringLiteral("Partial "), QStringLiteral("answer")},
                                    QStringLiteral("gpt-test"), true);
        r.dropAfterBytes = r.body.indexOf("answer");
        m_mock.enqueue(r);
        const CliRun run = chat({QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(parseJsonLine(run.out).value(QLatin1String("text")).toString(), QString());
        const QList<Storage::LedgerEntry> rows = ledger();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().attempt.text, QStringLiteral("Partial "));
        QVERIFY(rows.first().attempt.ttftMs.has_value());
    }

    void unreachableHostIsANetworkError()
    {
        // A port that was free a moment ago: nothing listens there.
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        }
        QFile file(m_profile.filePath(QStringLiteral("config.json")));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(
            QStringLiteral("{\"version\":1,\"providers\":[{\"name\":\"mock\",\"kind\":\"openai\","
                           "\n            \"base_url\":\"http://127.0.0.1:%1/v1\"}]}")
                .arg(port)
                .toUtf8());
        file.close();
        const CliRun run = chat();
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("network")), qPrintable(run.err));
        QVERIFY(run.err.contains(QLatin1String("base URL")));
        QCOMPARE(ledger().size(), 1);
    }

    void secretEchoedByTheProviderIsRedacted()
    {
        m_mock.enqueue(MockReply::openAiError(
            401, QStringLiteral("Incorrect API key provided: %1.").arg(kCanaryKey),
            QStringLiteral("invalid_request_error"), QStringLiteral("invalid_api_key")));
        const CliRun run = chat({QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(!run.err.contains(kCanaryKey));
        QVERIFY(!run.out.contains(kCanaryKey));
        QVERIFY(run.err.contains(QLatin1String("[redacted]")));
        QVERIFY(!ledger().first().attempt.error.contains(kCanaryKey));
        QFile config(m_profile.filePath(QStringLiteral("config.json")));
        QVERIFY(config.open(QIODevice::ReadOnly));
        QVERIFY(!config.readAll().contains(kCanaryKey.toUtf8()));
        QFile db(m_profile.filePath(QStringLiteral("switchboard.db")));
        QVERIFY(db.open(QIODevice::ReadOnly));
        QVERIFY(!db.readAll().contains(kCanaryKey.toUtf8()));
    }

    void missingKeyFailsWithoutTouchingTheNetwork()
    {
        qunsetenv(kKeyVariable.constData());
        const CliRun run = chat();
        qputenv(kKeyVariable.constData(), kCanaryKey.toUtf8());
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(QString::fromLatin1(kKeyVariable)));
        QVERIFY(m_mock.requests().isEmpty());
        QCOMPARE(ledger().size(), 1);
        QCOMPARE(ledger().first().attempt.outcome, Chat::Outcome::Auth);
    }

    void interruptCancelsTheRequestAndRecordsIt()
    {
        MockReply r =
            MockReply::openAiStream({QStringLiteral("Partial "), QStringLiteral("answer")},
                                    QStringLiteral("gpt-test"), true);
        r.stallAfterBytes = r.body.indexOf("answer");
        r.stallMs = -1;
        m_mock.enqueue(r);
        writeConfig(5000, 10000);
        const CliRun run =
            runCli(profile(),
                   {QStringLiteral("chat"), QStringLiteral("--model"),
                    QStringLiteral("mock/gpt-test"), QStringLiteral("hello")},
                   {}, 20000, [this](Cli::CliApplication& cli) {
                       connect(&m_mock, &MockProviderServer::requestReceived, &cli, [&cli] {
                           QTimer::singleShot(300, &cli, [&cli] { cli.interrupt(); });
                       });
                   });
        QVERIFY(run.finished);
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.startsWith(QLatin1String("Partial ")));
        QVERIFY(run.err.contains(QLatin1String("cancelled")));
        QCOMPARE(ledger().first().attempt.outcome, Chat::Outcome::Cancelled);
    }

    void usageMistakesExitWithTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no model") << QStringList{QStringLiteral("chat"), QStringLiteral("hi")}
                                  << "--model";
        QTest::newRow("not provider/model")
            << QStringList{QStringLiteral("chat"), QStringLiteral("--model"), QStringLiteral("gpt"),
                           QStringLiteral("hi")}
            << "PROVIDER/MODEL";
        QTest::newRow("unknown provider")
            << QStringList{QStringLiteral("chat"), QStringLiteral("--model"),
                           QStringLiteral("nope/gpt"), QStringLiteral("hi")}
            << "no provider named 'nope'";
        QTest::newRow("empty prompt")
            << QStringList{QStringLiteral("chat"), QStringLiteral("--model"),
                           QStringLiteral("mock/gpt"), QStringLiteral("  ")}
            << "empty";
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("chat"), QStringLiteral("--bogus")} << "bogus";
        QTest::newRow("unknown command")
            << QStringList{QStringLiteral("frobnicate")} << "unknown command";
    }

    void usageMistakesExitWithTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const CliRun run = runCli(profile(), arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(m_mock.requests().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliChat)
#include "tst_clichat.moc"
