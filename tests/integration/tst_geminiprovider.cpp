// A Gemini provider end to end: switchboard-cli's code (in-process) against the mock provider
// speaking the Generative Language API byte for byte. Every fault must end in one clear line, a
// non-zero exit and a ledger row; the key travels in x-goog-api-key and nowhere else.
#include "CliRunner.h"
#include "GeminiReplies.h"
#include "MockProviderServer.h"
#include "MockReply.h"
#include "providers/GeminiAdapter.h"
#include "storage/Database.h"
#include "storage/UsageLedger.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using TestSupport::MockProviderServer;
using TestSupport::MockReply;
Q_DECLARE_METATYPE(TestSupport::MockReply)

namespace {

const QByteArray kKeyVariable = "SWITCHBOARD_TEST_GEMINI_KEY";
// Shaped like a real Gemini key (AIza + 35 characters), so the pattern redaction applies too.
const QString kCanaryKey = QStringLiteral("AIzaSyC4n4ry-7f3a9b2c4d5e6f708192a3b4c5");
const QString kModel = QStringLiteral("gemini-test");

QJsonObject parseJsonLine(const QString& text)
{
    return QJsonDocument::fromJson(text.trimmed().toUtf8()).object();
}

QJsonObject firstAttempt(const QJsonObject& result)
{
    return result.value(QLatin1String("attempts")).toArray().first().toObject();
}

} // namespace

class TestGeminiProvider : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_profile;
    MockProviderServer m_mock;

    QString profile() const { return m_profile.path(); }

    /// One provider "gem" of kind gemini at the mock's /v1beta, keyed through the environment,
    /// with short timeouts.
    void writeConfig(int firstTokenMs = 3000, int stallMs = 1000)
    {
        QFile file(m_profile.filePath(QStringLiteral("config.json")));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        const QJsonObject config{
            {QStringLiteral("version"), 1},
            {QStringLiteral("providers"),
             QJsonArray{QJsonObject{
                 {QStringLiteral("name"), QStringLiteral("gem")},
                 {QStringLiteral("kind"), QStringLiteral("gemini")},
                 {QStringLiteral("base_url"), m_mock.url(QStringLiteral("/v1beta")).toString()},
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
                          QStringLiteral("gem/") + kModel};
        words += extra;
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
        for (const char* file : {"switchboard.db", "switchboard.db-wal", "switchboard.db-shm"})
            QFile::remove(m_profile.filePath(QString::fromLatin1(file)));
        writeConfig();
    }

    void mockStreamLooksLikeGooglesBytes()
    {
        // Same framing and spacing as tests/fixtures/gemini-stream-success-basic-reply-short.sse.
        const QByteArray body = TestSupport::geminiStream({QStringLiteral("Hi")}, kModel).body;
        QVERIFY(body.startsWith(
            "data: {\"candidates\": [{\"content\": {\"parts\": [{\"text\": \"Hi\"}],\"role\": "
            "\"model\"},\"finishReason\": \"STOP\",\"index\": 0}],\"usageMetadata\": "
            "{\"promptTokenCount\": 12,\"candidatesTokenCount\": 1,\"totalTokenCount\": 13,"));
        QVERIFY(body.endsWith("\"}\r\n\r\n"));
        QCOMPARE(body.count("\r\n\r\n"), 1);
        const QByteArray error =
            TestSupport::geminiError(
                400, QStringLiteral("INVALID_ARGUMENT"),
                QStringLiteral("API key not valid. Please pass a valid API key."),
                QStringLiteral("API_KEY_INVALID"))
                .body;
        QVERIFY(error.startsWith("{\n  \"error\": {\n    \"code\": 400,\n    \"message\": "));
        QVERIFY(error.endsWith("}\n"));
        QCOMPARE(Providers::GeminiAdapter().parseError(400, error).code,
                 QStringLiteral("invalid_api_key"));
    }

    void chatStreamsTheAnswerAndReportsUsage()
    {
        m_mock.enqueue(TestSupport::geminiStream(
            {QStringLiteral("Hello"), QStringLiteral(" from"), QStringLiteral(" Gemini.")},
            kModel));
        const CliRun run = chat({QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.err, QString());
        const QJsonObject result = parseJsonLine(run.out);
        QCOMPARE(result.value(QLatin1String("text")).toString(),
                 QStringLiteral("Hello from Gemini."));
        QCOMPARE(result.value(QLatin1String("provider")).toString(), QStringLiteral("gem"));
        QCOMPARE(result.value(QLatin1String("model")).toString(), kModel);
        const QJsonObject attempt = firstAttempt(result);
        QCOMPARE(attempt.value(QLatin1String("outcome")).toString(), QStringLiteral("ok"));
        QCOMPARE(attempt.value(QLatin1String("http_status")).toInt(), 200);
        QCOMPARE(attempt.value(QLatin1String("finish_reason")).toString(), QStringLiteral("stop"));
        const QJsonObject usage = attempt.value(QLatin1String("usage")).toObject();
        QCOMPARE(usage.value(QLatin1String("input_tokens")).toInt(), 12);
        QCOMPARE(usage.value(QLatin1String("output_tokens")).toInt(), 3);
        QVERIFY(usage.value(QLatin1String("cached_tokens")).isNull());
        QVERIFY(usage.value(QLatin1String("reasoning_tokens")).isNull());

        const QList<Storage::LedgerEntry> rows = ledger();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().attempt.provider, QStringLiteral("gem"));
        QCOMPARE(rows.first().attempt.outcome, Chat::Outcome::Ok);
        QCOMPARE(rows.first().attempt.usage.outputTokens, std::optional<qint64>(3));
        QVERIFY(!rows.first().attempt.generationId.isEmpty());
    }

    void chatStreamsTextToStdout()
    {
        m_mock.enqueue(
            TestSupport::geminiStream({QStringLiteral("Hel"), QStringLiteral("lo")}, kModel));
        const CliRun run = chat();
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QStringLiteral("Hello\n"));
    }

    void requestIsStreamGenerateContentWithTheKeyInTheHeaderOnly()
    {
        m_mock.enqueue(TestSupport::geminiStream({QStringLiteral("ok")}, kModel));
        const CliRun run = chat({QStringLiteral("--system"), QStringLiteral("Be brief."),
                                 QStringLiteral("--temperature"), QStringLiteral("0.5"),
                                 QStringLiteral("--max-tokens"), QStringLiteral("64")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(m_mock.requests().size(), 1);
        const TestSupport::RecordedRequest request = m_mock.requests().first();
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path,
                 QByteArray("/v1beta/models/gemini-test:streamGenerateContent?alt=sse"));
        QCOMPARE(request.header("x-goog-api-key"), kCanaryKey.toUtf8());
        QVERIFY(!request.path.contains(kCanaryKey.toUtf8()));
        QVERIFY(!request.path.contains("key="));
        QVERIFY(request.header("Authorization").isEmpty());
        QVERIFY(!request.body.contains(kCanaryKey.toUtf8()));
        QVERIFY(request.header("Content-Type").startsWith("application/json"));

        const QJsonObject body = request.json();
        const QJsonArray contents = body.value(QLatin1String("contents")).toArray();
        QCOMPARE(contents.size(), 1);
        QCOMPARE(contents.first().toObject().value(QLatin1String("role")).toString(),
                 QStringLiteral("user"));
        QCOMPARE(contents.first()
                     .toObject()
                     .value(QLatin1String("parts"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("text"))
                     .toString(),
                 QStringLiteral("Say hello"));
        QCOMPARE(body.value(QLatin1String("systemInstruction"))
                     .toObject()
                     .value(QLatin1String("parts"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("text"))
                     .toString(),
                 QStringLiteral("Be brief."));
        const QJsonObject config = body.value(QLatin1String("generationConfig")).toObject();
        QCOMPARE(config.value(QLatin1String("temperature")).toDouble(), 0.5);
        QCOMPARE(config.value(QLatin1String("maxOutputTokens")).toInt(), 64);
    }

    void recordedGoogleStreamsReplayToTheirText_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("textStart");
        QTest::addColumn<int>("inputTokens");
        QTest::newRow("basic short") << "gemini-stream-success-basic-reply-short.sse"
                                     << "The capital of Wyoming is **Cheyenne**." << 7;
        QTest::newRow("basic long") << "gemini-stream-success-basic-reply-long.sse"
                                    << "" << 10;
        QTest::newRow("ends with one newline") << "gemini-stream-success-finish-message.sse"
                                               << "Hello world!" << -1;
        QTest::newRow("code execution") << "gemini-stream-success-code-execution.sse"
                                        << "To find the sum" << 21 + 243;
        QTest::newRow("citations") << "gemini-stream-success-citations.sse"
                                   << "" << 15;
        QTest::newRow("thinking") << "gemini-stream-success-thinking-reply-thought-summary.sse"
                                  << "The sky is blue" << 10;
        QTest::newRow("vertex utf8")
            << "vertexai-stream-success-utf8.sse" << QString::fromUtf8("秋风瑟瑟") << -1;
        QTest::newRow("vertex LF framing") << "vertexai-stream-success-basic-reply-parts.sse"
                                           << "" << 6;
    }

    void recordedGoogleStreamsReplayToTheirText()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, textStart);
        QFETCH(int, inputTokens);
        MockReply reply = MockReply::fixture(fixture);
        reply.splitEvery(97);
        reply.chunkDelayMs = 0;
        m_mock.enqueue(reply);
        const CliRun run = chat({QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject result = parseJsonLine(run.out);
        QCOMPARE(firstAttempt(result).value(QLatin1String("outcome")).toString(),
                 QStringLiteral("ok"));
        const QString text = result.value(QLatin1String("text")).toString();
        QVERIFY(!text.isEmpty());
        QVERIFY2(text.startsWith(textStart), qPrintable(text));
        if (inputTokens >= 0)
            QCOMPARE(firstAttempt(result)
                         .value(QLatin1String("usage"))
                         .toObject()
                         .value(QLatin1String("input_tokens"))
                         .toInt(),
                     inputTokens);
    }

    void thoughtsAreKeptApartFromTheAnswer()
    {
        m_mock.enqueue(TestSupport::geminiStream({QStringLiteral("The answer is 4.")}, kModel,
                                                 {QStringLiteral("2+2 "), QStringLiteral("is 4")}));
        const CliRun run = chat({QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject result = parseJsonLine(run.out);
        QCOMPARE(result.value(QLatin1String("text")).toString(),
                 QStringLiteral("The answer is 4."));
        QCOMPARE(result.value(QLatin1String("reasoning")).toString(), QStringLiteral("2+2 is 4"));
        const QJsonObject usage = firstAttempt(result).value(QLatin1String("usage")).toObject();
        QCOMPARE(usage.value(QLatin1String("reasoning_tokens")).toInt(), 2);
        QCOMPARE(usage.value(QLatin1String("output_tokens")).toInt(), 1 + 2);
    }

    void wholeJsonAnswerIsAccepted()
    {
        // A proxy that ignores alt=sse answers one generateContent object.
        m_mock.enqueue(TestSupport::geminiResponse(QStringLiteral("Whole answer."), kModel));
        const CliRun run = chat({QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(parseJsonLine(run.out).value(QLatin1String("text")).toString(),
                 QStringLiteral("Whole answer."));
    }

    void blockedPromptIsExplainedOnStderr()
    {
        m_mock.enqueue(
            MockReply::fixture(QStringLiteral("gemini-stream-failure-prompt-blocked-safety.sse")));
        const CliRun run = chat();
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("blocked the prompt (SAFETY)")),
                 qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("content_filter")), qPrintable(run.err));
    }

    void modelListingPagesAndKeepsChatModels()
    {
        m_mock.enqueue(TestSupport::geminiModels(
            {QStringLiteral("gemini-2.0-flash"), QStringLiteral("text-embedding-004")},
            QStringLiteral("page+2/=")));
        m_mock.enqueue(TestSupport::geminiModels({QStringLiteral("models/gemini-1.5-pro")}));
        const CliRun run = runCli(profile(), {QStringLiteral("providers"), QStringLiteral("models"),
                                              QStringLiteral("gem"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(m_mock.requests().size(), 2);
        QCOMPARE(m_mock.requests().at(0).method, QByteArray("GET"));
        QCOMPARE(m_mock.requests().at(0).path, QByteArray("/v1beta/models?pageSize=1000"));
        QCOMPARE(m_mock.requests().at(1).path,
                 QByteArray("/v1beta/models?pageSize=1000&pageToken=page%2B2%2F%3D"));
        for (const TestSupport::RecordedRequest& request : m_mock.requests()) {
            QCOMPARE(request.header("x-goog-api-key"), kCanaryKey.toUtf8());
            QVERIFY(!request.path.contains(kCanaryKey.toUtf8()));
        }
        const QJsonArray models = parseJsonLine(run.out).value(QLatin1String("models")).toArray();
        QCOMPARE(models.size(), 2);
        QCOMPARE(models.at(0).toObject().value(QLatin1String("id")).toString(),
                 QStringLiteral("gemini-1.5-pro"));
        QCOMPARE(models.at(1).toObject().value(QLatin1String("id")).toString(),
                 QStringLiteral("gemini-2.0-flash"));
        QCOMPARE(models.at(1).toObject().value(QLatin1String("context_window")).toInt(), 1048576);
    }

    void faultsGiveAClearErrorAndALedgerRow_data()
    {
        QTest::addColumn<MockReply>("reply");
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<int>("httpStatus");
        QTest::addColumn<QString>("errorContains");
        using TestSupport::geminiError;
        const auto twice = [](MockReply r) {
            r.times = 2; // transient: the router retries once
            return r;
        };

        QTest::newRow("400 API_KEY_INVALID")
            << geminiError(400, QStringLiteral("INVALID_ARGUMENT"),
                           QStringLiteral("API key not valid. Please pass a valid API key."),
                           QStringLiteral("API_KEY_INVALID"))
            << "auth" << 400 << "API key not valid";
        QTest::newRow("403 PERMISSION_DENIED")
            << geminiError(403, QStringLiteral("PERMISSION_DENIED"),
                           QStringLiteral("Method doesn't allow unregistered callers (callers "
                                          "without established identity)."))
            << "auth" << 403 << "unregistered callers";
        QTest::newRow("404 NOT_FOUND")
            << geminiError(404, QStringLiteral("NOT_FOUND"),
                           QStringLiteral("models/gemini-test is not found for API version "
                                          "v1beta, or is not supported for generateContent."))
            << "not_found" << 404 << "is not found";
        QTest::newRow("429 RESOURCE_EXHAUSTED, retried")
            << twice(geminiError(429, QStringLiteral("RESOURCE_EXHAUSTED"),
                                 QStringLiteral("You exceeded your current quota, please check "
                                                "your plan and billing details.")))
            << "rate_limited" << 429 << "exceeded your current quota";
        QTest::newRow("503 UNAVAILABLE, retried") << twice(
            geminiError(503, QStringLiteral("UNAVAILABLE"),
                        QStringLiteral("The model is overloaded. Please try again later.")))
                                                  << "overloaded" << 503 << "overloaded";
        QTest::newRow("400 input token count")
            << geminiError(400, QStringLiteral("INVALID_ARGUMENT"),
                           QStringLiteral("The input token count (1200000) exceeds the maximum "
                                          "number of tokens allowed (1048576)."))
            << "context_length" << 400 << "exceeds the maximum";
        QTest::newRow("SAFETY finish") << TestSupport::geminiStream(
            {QStringLiteral("Some text")}, kModel, {}, QStringLiteral("SAFETY"))
                                       << "content_filter" << 200 << "content filter";
        QTest::newRow("SAFETY finish fixture") << MockReply::fixture(
            QStringLiteral("vertexai-stream-failure-finish-reason-safety.sse"))
                                               << "content_filter" << 200 << "content filter";
        QTest::newRow("blocked prompt")
            << MockReply::fixture(QStringLiteral("gemini-stream-failure-prompt-blocked-safety.sse"))
            << "content_filter" << 200 << "content filter";
        QTest::newRow("stream ends before a finishReason") << [] {
            MockReply r = TestSupport::geminiStream(
                {QStringLiteral("cut"), QStringLiteral(" short")}, kModel);
            r.body.truncate(r.body.indexOf("data: ", 1));
            return r;
        }() << "network" << 200 << "before the answer was complete";
        QTest::newRow("connection dropped mid-stream") << [] {
            MockReply r = TestSupport::geminiStream(
                {QStringLiteral("Partial "), QStringLiteral("answer")}, kModel);
            r.dropAfterBytes = r.body.indexOf("answer");
            return r;
        }() << "network" << 200 << "connection";
        QTest::newRow("garbage chunk") << [] {
            MockReply r;
            r.stream = true;
            r.body = TestSupport::geminiEvent(
                         "{\"candidates\": [{\"content\": {\"parts\": [{\"text\": \"ok \"}],"
                         "\"role\": \"model\"},\"index\": 0}]}")
                     + TestSupport::geminiEvent("{garbage");
            return r;
        }() << "malformed" << 200 << "not JSON";
        QTest::newRow("in-band error chunk") << twice([] {
            MockReply r;
            r.stream = true;
            r.body = TestSupport::geminiEvent(
                "{\"error\": {\"code\": 500,\"message\": \"An internal error has "
                "occurred.\",\"status\": \"INTERNAL\"}}");
            return r;
        }()) << "server_error" << 200 << "internal error";
        // Google's CANCELLED (499) is the server giving up: a server error. Text had already
        // arrived, so it is not retried (a retry would repeat it): no further target, it fails.
        QTest::newRow("JSON error body after the events")
            << MockReply::fixture(QStringLiteral("vertexai-stream-failure-error-mid-stream.sse"))
            << "server_error" << 200 << "The operation was cancelled.";
        QTest::newRow("HTML 502, retried") << twice([] {
            MockReply r;
            r.status = 502;
            r.body = "<html>Bad Gateway</html>";
            r.withHeader("Content-Type", "text/html");
            return r;
        }()) << "server_error" << 502 << "Bad Gateway";
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
        const QString problem = oneLineFailureProblem(run, QStringLiteral("gem/gemini-test"),
                                                      outcome, errorContains, kCanaryKey);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        const QJsonObject result = parseJsonLine(run.out);
        QCOMPARE(result.value(QLatin1String("answered")).toBool(), false);
        const QJsonArray attempts = result.value(QLatin1String("attempts")).toArray();
        QCOMPARE(int(attempts.size()), reply.times);
        const QJsonObject last = attempts.last().toObject();
        QCOMPARE(last.value(QLatin1String("outcome")).toString(), outcome);
        QCOMPARE(last.value(QLatin1String("http_status")).toInt(), httpStatus);

        const QList<Storage::LedgerEntry> rows = ledger();
        QCOMPARE(rows.size(), attempts.size());
        for (const Storage::LedgerEntry& row : rows) {
            QCOMPARE(row.attempt.provider, QStringLiteral("gem"));
            QCOMPARE(row.attempt.model, kModel);
            QCOMPARE(Chat::outcomeName(row.attempt.outcome), outcome);
            QVERIFY(!row.attempt.error.isEmpty());
            QVERIFY(!row.attempt.error.contains(kCanaryKey));
        }
        // Every request went to the right endpoint with the key in its header only.
        QCOMPARE(int(m_mock.requests().size()), reply.times);
        for (const TestSupport::RecordedRequest& request : m_mock.requests()) {
            QCOMPARE(request.path,
                     QByteArray("/v1beta/models/gemini-test:streamGenerateContent?alt=sse"));
            QVERIFY(!request.path.contains(kCanaryKey.toUtf8()));
        }
    }

    void keyEchoedInAnErrorIsRedacted()
    {
        m_mock.enqueue(TestSupport::geminiError(
            400, QStringLiteral("INVALID_ARGUMENT"),
            QStringLiteral("API key not valid: %1. Please pass a valid API key.").arg(kCanaryKey),
            QStringLiteral("API_KEY_INVALID")));
        const CliRun run = chat({QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(!run.err.contains(kCanaryKey));
        QVERIFY(!run.out.contains(kCanaryKey));
        QVERIFY(run.err.contains(QLatin1String("[redacted]")));
        QVERIFY(!ledger().first().attempt.error.contains(kCanaryKey));
    }
};

QTEST_GUILESS_MAIN(TestGeminiProvider)
#include "tst_geminiprovider.moc"
