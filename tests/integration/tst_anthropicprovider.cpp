// An Anthropic provider end to end: switchboard-cli's code (in-process) against the mock provider
// speaking the Messages API byte for byte. Answers stream with their usage; every fault ends in
// its outcome, one clear stderr line, exit code 1 and a ledger row.
#include "AnthropicReplies.h"
#include "CliRunner.h"
#include "MockProviderServer.h"
#include "MockReply.h"
#include "providers/AnthropicAdapter.h"
#include "providers/ModelListCall.h"
#include "storage/Database.h"
#include "storage/UsageLedger.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using TestSupport::MockProviderServer;
using TestSupport::MockReply;
Q_DECLARE_METATYPE(TestSupport::MockReply)

namespace {

const QByteArray kKeyVariable = "SWITCHBOARD_TEST_ANTHROPIC_KEY";
const QString kCanaryKey = QStringLiteral("sk-ant-api03-canary-4c1d9e2f7a3b5c6d8e9f0a1b2c3d4e5f");
const QString kModel = QStringLiteral("claude-test");

QJsonObject parseJsonLine(const QString& text)
{
    return QJsonDocument::fromJson(text.trimmed().toUtf8()).object();
}

QJsonObject firstAttempt(const QJsonObject& result)
{
    return result.value(QLatin1String("attempts")).toArray().first().toObject();
}

} // namespace

class TestAnthropicProvider : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_profile;
    MockProviderServer m_mock;

    /// A profile with one Anthropic provider "claude" at the mock server, keyed through the
    /// environment, with short timeouts.
    void writeConfig()
    {
        QFile file(m_profile.filePath(QStringLiteral("config.json")));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        const QJsonObject config{
            {QStringLiteral("version"), 1},
            {QStringLiteral("providers"),
             QJsonArray{
                 QJsonObject{{QStringLiteral("name"), QStringLiteral("claude")},
                             {QStringLiteral("kind"), QStringLiteral("anthropic")},
                             {QStringLiteral("base_url"), m_mock.baseUrl().toString()},
                             {QStringLiteral("api_key_env"), QString::fromLatin1(kKeyVariable)}}}},
            {QStringLiteral("timeouts"), QJsonObject{{QStringLiteral("connect_ms"), 3000},
                                                     {QStringLiteral("first_token_ms"), 3000},
                                                     {QStringLiteral("stall_ms"), 1000},
                                                     {QStringLiteral("total_ms"), 20000}}}};
        file.write(QJsonDocument(config).toJson());
    }

    QList<Storage::LedgerEntry> ledger() { return ledgerRows(m_profile.path()); }

    CliRun chat(const QStringList& extra = {})
    {
        QStringList words{QStringLiteral("chat"), QStringLiteral("--model"),
                          QStringLiteral("claude/") + kModel};
        words += extra;
        words.append(QStringLiteral("Say hello"));
        return runCli(m_profile.path(), words);
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
        for (const char* suffix : {"", "-wal", "-shm"})
            QFile::remove(m_profile.filePath(QStringLiteral("switchboard.db") + suffix));
        writeConfig();
    }

    void mockStreamIsByteForByteTheRecordedWireFormat()
    {
        // The same deltas, model and counts as the recording: only the message id differs.
        const QByteArray recorded =
            MockReply::fixtureBytes(QStringLiteral("anthropic-vercel-text-ping.sse"));
        TestSupport::AnthropicUsage usage;
        usage.outputTokens = 30;
        QByteArray mock =
            TestSupport::anthropicStream(
                {QStringLiteral("Hello"), QStringLiteral("! I"),
                 QStringLiteral("'m doing well, thank you for asking"),
                 QStringLiteral(". How are you doing today?"), QStringLiteral(" Is"),
                 QStringLiteral(" there anything I can help you with?")},
                QStringLiteral("claude-sonnet-4-5-20250929"), {}, QStringLiteral("end_turn"), usage)
                .body;
        const QByteArray recordedId = "msg_01QC4g3HwBThD4BaNtBckFDJ";
        const qsizetype at = mock.indexOf("\"id\":\"msg_01") + 6;
        QCOMPARE(mock.mid(at, recordedId.size()).size(), recordedId.size());
        mock.replace(at, recordedId.size(), recordedId);
        QCOMPARE(mock, recorded);
    }

    void chatStreamsTheAnswerAndReportsUsage()
    {
        TestSupport::AnthropicUsage usage;
        usage.inputTokens = 25;
        usage.cacheReadTokens = 7;
        usage.cacheWriteTokens = 3;
        m_mock.enqueue(TestSupport::anthropicStream(
            {QStringLiteral("Hello"), QStringLiteral(" from"), QStringLiteral(" Claude.")}, kModel,
            {}, QStringLiteral("end_turn"), usage));
        const CliRun run = chat({QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject result = parseJsonLine(run.out);
        QCOMPARE(result.value(QLatin1String("text")).toString(),
                 QStringLiteral("Hello from Claude."));
        QCOMPARE(result.value(QLatin1String("provider")).toString(), QStringLiteral("claude"));
        const QJsonObject attempt = firstAttempt(result);
        QCOMPARE(attempt.value(QLatin1String("outcome")).toString(), QStringLiteral("ok"));
        QCOMPARE(attempt.value(QLatin1String("finish_reason")).toString(), QStringLiteral("stop"));
        const QJsonObject reported = attempt.value(QLatin1String("usage")).toObject();
        QCOMPARE(reported.value(QLatin1String("input_tokens")).toInt(), 25);
        QCOMPARE(reported.value(QLatin1String("output_tokens")).toInt(), 3);
        QCOMPARE(reported.value(QLatin1String("cached_tokens")).toInt(), 7);

        const QList<Storage::LedgerEntry> rows = ledger();
        QCOMPARE(rows.size(), 1);
        const Chat::Attempt& a = rows.first().attempt;
        QCOMPARE(a.provider, QStringLiteral("claude"));
        QCOMPARE(a.outcome, Chat::Outcome::Ok);
        QCOMPARE(a.usage.inputTokens, std::optional<qint64>(25));
        QCOMPARE(a.usage.outputTokens, std::optional<qint64>(3));
        QVERIFY(a.ttftMs.has_value());
    }

    void plainChatPrintsTheText()
    {
        m_mock.enqueue(TestSupport::anthropicStream(
            {QStringLiteral("известни "), QStringLiteral("🙂 done")}, kModel));
        const CliRun run = chat();
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QStringLiteral("известни 🙂 done\n"));
        QCOMPARE(run.err, QString());
    }

    void requestGoesToMessagesWithTheKeyInXApiKey()
    {
        m_mock.enqueue(TestSupport::anthropicStream({QStringLiteral("ok")}, kModel));
        const CliRun run = chat({QStringLiteral("--system"), QStringLiteral("Be brief."),
                                 QStringLiteral("--temperature"), QStringLiteral("0.5")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(m_mock.requests().size(), 1);
        const TestSupport::RecordedRequest request = m_mock.requests().first();
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path, QByteArray("/v1/messages"));
        QCOMPARE(request.header("x-api-key"), kCanaryKey.toUtf8());
        QCOMPARE(request.header("anthropic-version"), QByteArray("2023-06-01"));
        QVERIFY(request.header("Authorization").isEmpty());
        for (const auto& [name, value] : request.headers) {
            if (name.compare("x-api-key", Qt::CaseInsensitive) != 0)
                QVERIFY2(!value.contains(kCanaryKey.toUtf8()), name.constData());
        }
        QVERIFY(!request.body.contains(kCanaryKey.toUtf8()));
        const QJsonObject body = request.json();
        QCOMPARE(body.value(QLatin1String("model")).toString(), kModel);
        QCOMPARE(body.value(QLatin1String("max_tokens")).toInt(), 4096);
        QCOMPARE(body.value(QLatin1String("system")).toString(), QStringLiteral("Be brief."));
        QCOMPARE(body.value(QLatin1String("temperature")).toDouble(), 0.5);
        QCOMPARE(body.value(QLatin1String("stream")).toBool(), true);
        const QJsonArray messages = body.value(QLatin1String("messages")).toArray();
        QCOMPARE(messages.size(), 1);
        QCOMPARE(messages.first().toObject().value(QLatin1String("role")).toString(),
                 QStringLiteral("user"));
        QCOMPARE(messages.first().toObject().value(QLatin1String("content")).toString(),
                 QStringLiteral("Say hello"));
    }

    void thinkingIsKeptApartFromTheAnswer()
    {
        m_mock.enqueue(
            TestSupport::anthropicStream({QStringLiteral("The answer is 4.")}, kModel,
                                         {QStringLiteral("2+2 "), QStringLiteral("is 4")}));
        const CliRun run = chat({QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject result = parseJsonLine(run.out);
        QCOMPARE(result.value(QLatin1String("text")).toString(),
                 QStringLiteral("The answer is 4."));
        QCOMPARE(result.value(QLatin1String("reasoning")).toString(), QStringLiteral("2+2 is 4"));
    }

    void messageIdIsTheGenerationId()
    {
        const MockReply reply = TestSupport::anthropicStream({QStringLiteral("ok")}, kModel);
        m_mock.enqueue(reply);
        QCOMPARE(chat().exitCode, 0);
        const QByteArray start = reply.body.mid(reply.body.indexOf("\"id\":\"") + 6);
        const QString id = QString::fromLatin1(start.left(start.indexOf('"')));
        QVERIFY(id.startsWith(QLatin1String("msg_01")));
        QCOMPARE(ledger().first().attempt.generationId, id);
    }

    void recordedFixturesReplayToTheirText_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<int>("splitEvery");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("inputTokens");
        QTest::newRow("text with pings") << "anthropic-vercel-text-ping.sse" << 0
                                         << "Hello! I'm doing well, thank you for asking. How are "
                                            "you doing today? Is there anything I can help you "
                                            "with?"
                                         << 12;
        QTest::newRow("text with pings, 7-byte reads")
            << "anthropic-vercel-text-ping.sse" << 7
            << "Hello! I'm doing well, thank you for asking. How are you doing today? Is there "
               "anything I can help you with?"
            << 12;
        QTest::newRow("no final blank line") << "anthropic-basic.sse" << 0 << "Hello there!" << 11;
        QTest::newRow("later input tokens win")
            << "anthropic-vercel-message-delta-input-tokens.sse" << 3 << "pong" << 61;
        QTest::newRow("duplicate message_start")
            << "anthropic-vercel-duplicate-message-start.sse" << 0 << "Hello, World!" << 17;
    }

    void recordedFixturesReplayToTheirText()
    {
        QFETCH(QString, fixture);
        QFETCH(int, splitEvery);
        QFETCH(QString, text);
        QFETCH(int, inputTokens);
        MockReply reply = MockReply::fixture(fixture);
        if (splitEvery > 0)
            reply.splitEvery(splitEvery);
        m_mock.enqueue(reply);
        const CliRun run = chat({QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject result = parseJsonLine(run.out);
        QCOMPARE(result.value(QLatin1String("text")).toString(), text);
        const QJsonObject attempt = firstAttempt(result);
        QCOMPARE(attempt.value(QLatin1String("outcome")).toString(), QStringLiteral("ok"));
        QCOMPARE(attempt.value(QLatin1String("usage"))
                     .toObject()
                     .value(QLatin1String("input_tokens"))
                     .toInt(),
                 inputTokens);
    }

    void nonStreamedAnswerIsAccepted()
    {
        m_mock.enqueue(TestSupport::anthropicMessage(QStringLiteral("Whole answer."), kModel));
        const CliRun run = chat({QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject result = parseJsonLine(run.out);
        QCOMPARE(result.value(QLatin1String("text")).toString(), QStringLiteral("Whole answer."));
        QCOMPARE(firstAttempt(result)
                     .value(QLatin1String("usage"))
                     .toObject()
                     .value(QLatin1String("input_tokens"))
                     .toInt(),
                 12);
    }

    void faultsGiveTheirOutcomeAClearErrorAndALedgerRow_data()
    {
        QTest::addColumn<MockReply>("reply");
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<int>("httpStatus");
        QTest::addColumn<QString>("errorContains");
        QTest::addColumn<int>("attempts");

        QTest::newRow("401 authentication_error") << TestSupport::anthropicError(
            401, QStringLiteral("authentication_error"), QStringLiteral("invalid x-api-key"))
                                                  << "auth" << 401 << "invalid x-api-key" << 1;
        QTest::newRow("403 permission_error") << TestSupport::anthropicError(
            403, QStringLiteral("permission_error"),
            QStringLiteral("Your API key does not have permission to use the specified "
                           "resource.")) << "auth"
                                              << 403 << "permission" << 1;
        QTest::newRow("429 rate_limit_error, retried") << [] {
            MockReply r = TestSupport::anthropicError(
                429, QStringLiteral("rate_limit_error"),
                QStringLiteral("Number of request tokens has exceeded your per-minute rate limit"));
            r.withHeader("retry-after", "0");
            r.times = 2;
            return r;
        }() << "rate_limited" << 429 << "rate limit" << 2;
        QTest::newRow("529 overloaded_error, retried") << [] {
            MockReply r = TestSupport::anthropicError(529, QStringLiteral("overloaded_error"),
                                                      QStringLiteral("Overloaded"));
            r.times = 2;
            return r;
        }() << "overloaded" << 529 << "Overloaded" << 2;
        QTest::newRow("500 api_error, retried") <<
            [] {
                MockReply r = TestSupport::anthropicError(500, QStringLiteral("api_error"),
                                                          QStringLiteral("Internal server error"));
                r.times = 2;
                return r;
            }() << "server_error" << 500 << "Internal server error"
                                                << 2;
        QTest::newRow("400 prompt is too long")
            << TestSupport::anthropicError(
                   400, QStringLiteral("invalid_request_error"),
                   QStringLiteral("prompt is too long: 201234 tokens > 200000 maximum"))
            << "context_length" << 400 << "prompt is too long" << 1;
        QTest::newRow("400 other invalid request")
            << TestSupport::anthropicError(400, QStringLiteral("invalid_request_error"),
                                           QStringLiteral("temperature: range: 0..1"))
            << "bad_request" << 400 << "temperature: range: 0..1" << 1;
        QTest::newRow("404 not_found_error") << TestSupport::anthropicError(
            404, QStringLiteral("not_found_error"), QStringLiteral("model: claude-test"))
                                             << "not_found" << 404 << "model: claude-test" << 1;
        QTest::newRow("HTML 502 from a proxy, retried") << [] {
            MockReply r;
            r.status = 502;
            r.body = "<html><head><title>502 Bad Gateway</title></head></html>";
            r.withHeader("Content-Type", "text/html");
            r.times = 2;
            return r;
        }() << "server_error" << 502 << "Bad Gateway" << 2;
        QTest::newRow("overloaded before any text, retried") << [] {
            MockReply r = MockReply::fixture(
                QStringLiteral("anthropic-vercel-error-first-event-overloaded.sse"));
            r.times = 2;
            return r;
        }() << "overloaded" << 200 << "Overloaded" << 2;
        QTest::newRow("overloaded mid-stream after text")
            << MockReply::fixture(
                   QStringLiteral("anthropic-vercel-error-mid-stream-overloaded.sse"))
            << "overloaded" << 200 << "Overloaded" << 1;
        QTest::newRow("stream cut before message_stop") <<
            [] {
                MockReply r = TestSupport::anthropicStream(
                    {QStringLiteral("Partial "), QStringLiteral("answer")}, kModel);
                r.body.truncate(r.body.indexOf("event: message_delta"));
                return r;
            }() << "network" << 200 << "before the answer was complete"
                                                        << 1;
        QTest::newRow("connection dropped mid-stream") << [] {
            MockReply r = TestSupport::anthropicStream(
                {QStringLiteral("Partial "), QStringLiteral("answer")}, kModel);
            r.dropAfterBytes = r.body.indexOf("answer");
            r.splitEvery(64);
            return r;
        }() << "network" << 200 << "" << 1;
        QTest::newRow("garbage chunk") <<
            [] {
                MockReply r = TestSupport::anthropicStream({QStringLiteral("ok ")}, kModel);
                r.body.insert(r.body.indexOf("event: content_block_stop"),
                              "event: content_block_delta\ndata: {unparsable}\n\n");
                return r;
            }() << "malformed" << 200 << "not JSON"
                                       << 1;
        QTest::newRow("spliced second message")
            << MockReply::fixture(QStringLiteral("anthropic-vercel-spliced-message-start.sse"))
            << "malformed" << 200 << "msg_second" << 1;
        QTest::newRow("refusal") << MockReply::fixture(QStringLiteral("anthropic-refusal.sse"))
                                 << "content_filter" << 200 << "content filter" << 1;
    }

    void faultsGiveTheirOutcomeAClearErrorAndALedgerRow()
    {
        QFETCH(MockReply, reply);
        QFETCH(QString, outcome);
        QFETCH(int, httpStatus);
        QFETCH(QString, errorContains);
        QFETCH(int, attempts);
        m_mock.enqueue(reply);

        const CliRun run = chat({QStringLiteral("--json")});
        // One line on stderr that names the target and the outcome; the key never appears.
        const QString problem = oneLineFailureProblem(run, QStringLiteral("claude/claude-test"),
                                                      outcome, errorContains, kCanaryKey);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        const QJsonObject result = parseJsonLine(run.out);
        QCOMPARE(result.value(QLatin1String("answered")).toBool(), false);
        const QJsonArray tried = result.value(QLatin1String("attempts")).toArray();
        QCOMPARE(tried.size(), attempts);
        const QJsonObject last = tried.last().toObject();
        QCOMPARE(last.value(QLatin1String("outcome")).toString(), outcome);
        QCOMPARE(last.value(QLatin1String("http_status")).toInt(), httpStatus);
        QCOMPARE(m_mock.requests().size(), attempts);

        const QList<Storage::LedgerEntry> rows = ledger();
        QCOMPARE(rows.size(), attempts);
        for (const Storage::LedgerEntry& row : rows) {
            QCOMPARE(Chat::outcomeName(row.attempt.outcome), outcome);
            QCOMPARE(row.attempt.provider, QStringLiteral("claude"));
            QCOMPARE(row.attempt.model, kModel);
            QVERIFY(!row.attempt.error.isEmpty());
            QVERIFY(!row.attempt.error.contains(kCanaryKey));
        }
    }

    void overloadedMidStreamKeepsThePartialTextInTheLedger()
    {
        m_mock.enqueue(
            MockReply::fixture(QStringLiteral("anthropic-vercel-error-mid-stream-overloaded.sse")));
        const CliRun run = chat({QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(parseJsonLine(run.out).value(QLatin1String("text")).toString(), QString());
        const QList<Storage::LedgerEntry> rows = ledger();
        QCOMPARE(rows.size(), 1); // text reached the user: no retry that would repeat it
        QCOMPARE(rows.first().attempt.outcome, Chat::Outcome::Overloaded);
        QCOMPARE(rows.first().attempt.text, QStringLiteral("Hello"));
        QCOMPARE(rows.first().attempt.usage.inputTokens, std::optional<qint64>(17));
        QCOMPARE(rows.first().attempt.generationId, QStringLiteral("msg_01KfpJoAEabmH2iHRRFjQMAG"));
    }

    void retryAfterOverloadSucceeds()
    {
        m_mock.enqueue(TestSupport::anthropicError(529, QStringLiteral("overloaded_error"),
                                                   QStringLiteral("Overloaded")));
        m_mock.enqueue(TestSupport::anthropicStream({QStringLiteral("Second try.")}, kModel));
        const CliRun run = chat({QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject result = parseJsonLine(run.out);
        QCOMPARE(result.value(QLatin1String("text")).toString(), QStringLiteral("Second try."));
        QCOMPARE(result.value(QLatin1String("attempts")).toArray().size(), 2);
        QCOMPARE(ledger().size(), 2);
    }

    void modelListIsReadPageByPage()
    {
        m_mock.enqueue(TestSupport::anthropicModels(
            {QStringLiteral("claude-opus-4-1"), QStringLiteral("claude-sonnet-4-5")}, true));
        m_mock.enqueue(TestSupport::anthropicModels({QStringLiteral("claude-3-haiku")}, false));
        QNetworkAccessManager network;
        network.setProxy(QNetworkProxy::NoProxy);
        Providers::ProviderConfig provider{QStringLiteral("claude"),
                                           Providers::Kind::Anthropic,
                                           m_mock.baseUrl(),
                                           QString::fromLatin1(kKeyVariable),
                                           {}};
        const Providers::AnthropicAdapter adapter;
        Providers::ModelListCall call(network, adapter, provider, kCanaryKey, 5000);
        QSignalSpy finished(&call, &Providers::ModelListCall::finished);
        call.start();
        QVERIFY(finished.wait(10000));
        const auto result = finished.first().first().value<Providers::ModelListResult>();
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.outcome, Chat::Outcome::Ok);
        QCOMPARE(result.models.size(), 3);
        QCOMPARE(result.models.first().id, QStringLiteral("claude-3-haiku"));
        QCOMPARE(result.models.first().displayName, QStringLiteral("CLAUDE 3 HAIKU"));

        const QList<TestSupport::RecordedRequest> requests = m_mock.requests();
        QCOMPARE(requests.size(), 2);
        QCOMPARE(requests.at(0).method, QByteArray("GET"));
        QCOMPARE(requests.at(0).path, QByteArray("/v1/models?limit=1000"));
        QCOMPARE(requests.at(1).path,
                 QByteArray("/v1/models?limit=1000&after_id=claude-sonnet-4-5"));
        QCOMPARE(requests.at(1).header("x-api-key"), kCanaryKey.toUtf8());
        QCOMPARE(requests.at(1).header("anthropic-version"), QByteArray("2023-06-01"));
    }
};

QTEST_GUILESS_MAIN(TestAnthropicProvider)
#include "tst_anthropicprovider.moc"
