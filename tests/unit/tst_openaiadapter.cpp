// The OpenAI Chat Completions adapter on its own: the request it builds and the events it reads
// from recorded provider streams, however the bytes are cut.
#include "providers/OpenAiAdapter.h"
#include "providers/OpenAiStreamDecoder.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>

using Chat::StreamEvent;
using Kind = Chat::StreamEvent::Kind;

namespace {

QByteArray fixture(const QString& name)
{
    QFile file(QStringLiteral(SWITCHBOARD_FIXTURES_DIR "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

QList<StreamEvent> decode(const QByteArray& body, qsizetype chunk)
{
    Providers::OpenAiStreamDecoder decoder;
    QList<StreamEvent> events;
    for (qsizetype i = 0; i < body.size(); i += chunk)
        events += decoder.feed(QByteArrayView(body).sliced(i, std::min(chunk, body.size() - i)));
    events += decoder.finish();
    return events;
}

QString joined(const QList<StreamEvent>& events, Kind kind)
{
    QString text;
    for (const StreamEvent& e : events) {
        if (e.kind == kind)
            text += e.text;
    }
    return text;
}

const StreamEvent* lastOf(const QList<StreamEvent>& events, Kind kind)
{
    for (qsizetype i = events.size() - 1; i >= 0; --i) {
        if (events.at(i).kind == kind)
            return &events.at(i);
    }
    return nullptr;
}

} // namespace

class TestOpenAiAdapter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void requestCarriesModelMessagesOptionsAndBearerKey()
    {
        Providers::OpenAiAdapter adapter;
        Providers::ProviderConfig provider{QStringLiteral("p"),
                                           Providers::Kind::OpenAi,
                                           QUrl(QStringLiteral("https://api.example.com/v1/")),
                                           {},
                                           {}};
        Chat::ChatRequest request;
        request.model = QStringLiteral("gpt-4o");
        request.system = QStringLiteral("sys");
        request.messages = {{Chat::Role::User, QStringLiteral("hi")},
                            {Chat::Role::Assistant, QStringLiteral("hello")},
                            {Chat::Role::User, QStringLiteral("again")}};
        request.temperature = 0.2;
        request.maxTokens = 100;
        const QNetworkRequest http =
            adapter.chatRequest(provider, request, QStringLiteral("sk-test"));
        QCOMPARE(http.url(), QUrl(QStringLiteral("https://api.example.com/v1/chat/completions")));
        QCOMPARE(http.rawHeader("Authorization"), QByteArray("Bearer sk-test"));
        QCOMPARE(http.header(QNetworkRequest::ContentTypeHeader).toString(),
                 QStringLiteral("application/json"));

        const QJsonObject body = QJsonDocument::fromJson(adapter.chatBody(request)).object();
        QCOMPARE(body.value(QLatin1String("model")).toString(), QStringLiteral("gpt-4o"));
        QCOMPARE(body.value(QLatin1String("stream")).toBool(), true);
        QVERIFY(body.value(QLatin1String("stream_options"))
                    .toObject()
                    .value(QLatin1String("include_usage"))
                    .toBool());
        QCOMPARE(body.value(QLatin1String("temperature")).toDouble(), 0.2);
        QCOMPARE(body.value(QLatin1String("max_tokens")).toInt(), 100);
        QVERIFY(!body.contains(QLatin1String("reasoning_effort")));
        request.reasoningEffort = QStringLiteral("low");
        QCOMPARE(QJsonDocument::fromJson(adapter.chatBody(request))
                     .object()
                     .value(QLatin1String("reasoning_effort"))
                     .toString(),
                 QStringLiteral("low"));
        QVERIFY(!http.hasRawHeader("X-Title"));
        const QJsonArray messages = body.value(QLatin1String("messages")).toArray();
        QCOMPARE(messages.size(), 4);
        QCOMPARE(messages.at(0).toObject().value(QLatin1String("role")).toString(),
                 QStringLiteral("system"));
        QCOMPARE(messages.at(2).toObject().value(QLatin1String("role")).toString(),
                 QStringLiteral("assistant"));
    }

    void openRouterRequestsCarryTheAppTitle()
    {
        Providers::OpenAiAdapter adapter;
        Providers::ProviderConfig provider{QStringLiteral("or"),
                                           Providers::Kind::OpenAi,
                                           QUrl(QStringLiteral("https://openrouter.ai/api/v1")),
                                           {},
                                           {}};
        const QNetworkRequest http = adapter.chatRequest(provider, {}, QStringLiteral("sk-or-x"));
        QCOMPARE(http.url(), QUrl(QStringLiteral("https://openrouter.ai/api/v1/chat/completions")));
        QCOMPARE(http.rawHeader("X-Title"), QByteArray("Switchboard"));
    }

    void localServerGetsNoAuthorizationHeader()
    {
        Providers::OpenAiAdapter adapter;
        Providers::ProviderConfig provider{QStringLiteral("local"),
                                           Providers::Kind::OpenAi,
                                           QUrl(QStringLiteral("http://127.0.0.1:11434/v1")),
                                           {},
                                           {}};
        const QNetworkRequest http = adapter.chatRequest(provider, {}, QString());
        QVERIFY(!http.hasRawHeader("Authorization"));
    }

    void nonStreamingRequestOmitsStreamOptions()
    {
        Providers::OpenAiAdapter adapter;
        Chat::ChatRequest request;
        request.stream = false;
        const QJsonObject body = QJsonDocument::fromJson(adapter.chatBody(request)).object();
        QVERIFY(!body.contains(QLatin1String("stream")));
        QVERIFY(!body.contains(QLatin1String("stream_options")));
    }

    void everyOpenAiFixtureDecodesTheSameWholeOrByteByByte_data()
    {
        QTest::addColumn<QString>("name");
        for (const char* name : {"openai-chat-text-usage.sse",
                                 "openai-chat-json-schema-usage.sse",
                                 "openai-chat-n3-multiple-choices.sse",
                                 "openai-chat-finish-length.sse",
                                 "openai-chat-refusal.sse",
                                 "openai-chat-content-logprobs.sse",
                                 "openai-chat-refusal-logprobs.sse",
                                 "openai-chat-tool-call.sse",
                                 "openai-chat-parallel-tool-calls.sse",
                                 "openai-chat-strict-tool-call.sse",
                                 "openai-chat-nonstrict-tool-call.sse",
                                 "openai-chat-json-object-long.sse",
                                 "openai-chat-vercel-text-usage-obfuscation.sse",
                                 "azure-openai-chat-vercel-model-router-prompt-filter.sse",
                                 "deepseek-chat-vercel-reasoning-content.sse",
                                 "deepseek-chat-vercel-tool-call.sse",
                                 "openrouter-sdktest-tool-call-deltas.sse",
                                 "openrouter-sdktest-three-parallel-tool-calls.sse",
                                 "openrouter-sdktest-tool-calls-missing-finish-reason.sse",
                                 "openrouter-sdktest-usage-cached-reasoning-tokens.sse",
                                 "openrouter-sdktest-usage-in-multiple-chunks.sse",
                                 "openrouter-sdktest-no-usage-chunk.sse",
                                 "openrouter-sdktest-reasoning-details.sse",
                                 "openrouter-sdktest-reasoning-details-signature.sse"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void everyOpenAiFixtureDecodesTheSameWholeOrByteByByte()
    {
        QFETCH(QString, name);
        const QByteArray body = fixture(name);
        const QList<StreamEvent> whole = decode(body, body.size());
        const QList<StreamEvent> bytes = decode(body, 1);
        QCOMPARE(bytes.size(), whole.size());
        QCOMPARE(joined(bytes, Kind::TextDelta), joined(whole, Kind::TextDelta));
        QCOMPARE(joined(bytes, Kind::ReasoningDelta), joined(whole, Kind::ReasoningDelta));
        QVERIFY(!lastOf(whole, Kind::Malformed));
        QVERIFY(!lastOf(whole, Kind::Error));
    }

    void textAndUsageOfARecordedStream()
    {
        Providers::OpenAiStreamDecoder decoder;
        QList<StreamEvent> events =
            decoder.feed(fixture(QStringLiteral("openai-chat-text-usage.sse")));
        events += decoder.finish();
        QVERIFY(decoder.reachedEnd());
        QVERIFY(joined(events, Kind::TextDelta)
                    .startsWith(QLatin1String("I'm unable to provide real-time weather updates.")));
        const StreamEvent* usage = lastOf(events, Kind::Usage);
        QVERIFY(usage);
        QCOMPARE(usage->usage.inputTokens, std::optional<qint64>(14));
        QVERIFY(usage->usage.outputTokens.value_or(0) > 0);
        QCOMPARE(lastOf(events, Kind::Finish)->text, QStringLiteral("stop"));
    }

    void lengthFinishIsReported()
    {
        const QList<StreamEvent> events =
            decode(fixture(QStringLiteral("openai-chat-finish-length.sse")), 64);
        QCOMPARE(lastOf(events, Kind::Finish)->text, QStringLiteral("length"));
    }

    void refusalTextIsShown()
    {
        const QList<StreamEvent> events =
            decode(fixture(QStringLiteral("openai-chat-refusal.sse")), 64);
        QVERIFY(!joined(events, Kind::TextDelta).isEmpty());
    }

    void onlyTheFirstOfSeveralChoicesIsTakenAndNoticed()
    {
        const QList<StreamEvent> events =
            decode(fixture(QStringLiteral("openai-chat-n3-multiple-choices.sse")), 64);
        int notices = 0;
        for (const StreamEvent& e : events)
            notices += e.kind == Kind::Notice ? 1 : 0;
        QCOMPARE(notices, 1);
        QCOMPARE(lastOf(events, Kind::Finish)->text, QStringLiteral("stop"));
    }

    void reasoningContentIsSeparateFromText()
    {
        const QList<StreamEvent> events =
            decode(fixture(QStringLiteral("deepseek-chat-vercel-reasoning-content.sse")), 50);
        QVERIFY(!joined(events, Kind::ReasoningDelta).isEmpty());
        QVERIFY(!joined(events, Kind::TextDelta).isEmpty());
    }

    void cachedAndReasoningTokensAreRead()
    {
        const QList<StreamEvent> events = decode(
            fixture(QStringLiteral("openrouter-sdktest-usage-cached-reasoning-tokens.sse")), 50);
        const StreamEvent* usage = lastOf(events, Kind::Usage);
        QVERIFY(usage);
        QVERIFY(usage->usage.cachedTokens.has_value());
        QVERIFY(usage->usage.reasoningTokens.has_value());
    }

    void absurdCountsAreDroppedNotConverted()
    {
        // Found by fuzz_openaidecoder: a count beyond any integer must not be cast (UB).
        const QByteArray body = "data: {\"choices\":[],\"usage\":{\"prompt_tokens\":4.4e40,"
                                "\"completion_tokens\":-3,\"total_tokens\":12}}\n\n";
        const QList<StreamEvent> events = decode(body, body.size());
        const StreamEvent* usage = lastOf(events, Kind::Usage);
        QVERIFY(usage);
        QVERIFY(!usage->usage.inputTokens.has_value());
        QVERIFY(!usage->usage.outputTokens.has_value());
        QCOMPARE(Providers::jsonCount(QJsonValue(7.0)), std::optional<qint64>(7));
        QVERIFY(!Providers::jsonCount(QJsonValue(std::nan(""))).has_value());
        QVERIFY(!Providers::jsonCount(QJsonValue(QStringLiteral("7"))).has_value());
    }

    void missingUsageStaysUnknownNotZero()
    {
        const QList<StreamEvent> events =
            decode(fixture(QStringLiteral("openrouter-sdktest-no-usage-chunk.sse")), 50);
        QVERIFY(!lastOf(events, Kind::Usage));
    }

    void inBandErrorEndsTheStream()
    {
        const QList<StreamEvent> events =
            decode(fixture(QStringLiteral("openrouter-sdktest-error-chunk.sse")), 7);
        const StreamEvent* error = lastOf(events, Kind::Error);
        QVERIFY(error);
        QCOMPARE(error->errorType, QStringLiteral("server_error"));
        QVERIFY(!error->text.isEmpty());
    }

    void midStreamErrorAfterTextIsReported()
    {
        const QList<StreamEvent> events =
            decode(fixture(QStringLiteral("openrouter-docs-midstream-error.sse")), 5);
        QVERIFY(lastOf(events, Kind::Error));
    }

    void unparsableChunkIsMalformed()
    {
        const QList<StreamEvent> events =
            decode(fixture(QStringLiteral("openrouter-sdktest-unparsable-chunk.sse")), 3);
        QVERIFY(lastOf(events, Kind::Malformed));
    }

    void streamCutBeforeDoneHasNotReachedItsEnd()
    {
        Providers::OpenAiStreamDecoder decoder;
        QByteArray body = fixture(QStringLiteral("openai-chat-text-usage.sse"));
        body.truncate(body.size() / 2);
        decoder.feed(body);
        decoder.finish();
        QVERIFY(!decoder.reachedEnd());
    }

    void errorBodiesAreReadInEveryShape_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("code");
        QTest::newRow("openai") << QByteArray(
            R"({"error":{"message":"Bad key","type":"invalid_request_error","param":null,"code":"invalid_api_key"}})")
                                << "Bad key"
                                << "invalid_api_key";
        QTest::newRow("numeric code")
            << QByteArray(R"({"error":{"message":"Busy","code":503}})") << "Busy"
            << "503";
        QTest::newRow("ollama string")
            << QByteArray(R"({"error":"model 'x' not found"})") << "model 'x' not found"
            << "";
        QTest::newRow("html") << QByteArray("<html><body>502 Bad Gateway</body></html>")
                              << "<html><body>502 Bad Gateway</body></html>"
                              << "";
        QTest::newRow("empty") << QByteArray() << "empty response body"
                               << "";
    }

    void errorBodiesAreReadInEveryShape()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        QFETCH(QString, code);
        const Providers::ProviderError error = Providers::OpenAiAdapter().parseError(400, body);
        QCOMPARE(error.message, message);
        QCOMPARE(error.code, code);
    }

    void wholeCompletionBecomesEvents()
    {
        const QByteArray body = R"({"id":"x","object":"chat.completion","choices":[{"index":0,
            "message":{"role":"assistant","content":"Hi!"},"finish_reason":"stop"}],
            "usage":{"prompt_tokens":3,"completion_tokens":2,"total_tokens":5}})";
        const QList<StreamEvent> events = Providers::OpenAiAdapter().parseCompletion(body);
        QCOMPARE(joined(events, Kind::TextDelta), QStringLiteral("Hi!"));
        QCOMPARE(lastOf(events, Kind::Usage)->usage.outputTokens, std::optional<qint64>(2));
        QCOMPARE(lastOf(events, Kind::Finish)->text, QStringLiteral("stop"));
        QVERIFY(lastOf(Providers::OpenAiAdapter().parseCompletion("nope"), Kind::Malformed));
        QVERIFY(lastOf(Providers::OpenAiAdapter().parseCompletion(R"({"choices":[]})"),
                       Kind::Malformed));
    }

    void modelListIsSortedAndShapeChecked()
    {
        const Providers::ModelList list = Providers::OpenAiAdapter().parseModels(
            R"({"object":"list","data":[{"id":"b"},{"id":"a"}]})");
        QCOMPARE(list.models.size(), 2);
        QCOMPARE(list.models.at(0).id, QStringLiteral("a"));
        QCOMPARE(list.models.at(1).id, QStringLiteral("b"));
        QVERIFY(list.nextPageToken.isEmpty());
        QVERIFY(!Providers::OpenAiAdapter().parseModels("[]").error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOpenAiAdapter)
#include "tst_openaiadapter.moc"
