// The Gemini (Generative Language API) adapter on its own: the request it builds and the events it
// reads from recorded Google streams, however the bytes are cut.
#include "chat/Outcome.h"
#include "providers/GeminiAdapter.h"
#include "providers/GeminiStreamDecoder.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>

using Chat::StreamEvent;
using Kind = Chat::StreamEvent::Kind;

namespace {

const QString kKey = QStringLiteral("AIzaSyTestKey0123456789abcdefghijklmno");

QByteArray fixture(const QString& name)
{
    QFile file(QStringLiteral(SWITCHBOARD_FIXTURES_DIR "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

QStringList streamFixtures()
{
    return QDir(QStringLiteral(SWITCHBOARD_FIXTURES_DIR))
        .entryList({QStringLiteral("gemini-*.sse"), QStringLiteral("vertexai-*.sse")}, QDir::Files,
                   QDir::Name);
}

QStringList errorFixtures()
{
    return QDir(QStringLiteral(SWITCHBOARD_FIXTURES_DIR))
        .entryList({QStringLiteral("gemini-*.json"), QStringLiteral("vertexai-*.json")},
                   QDir::Files, QDir::Name);
}

struct Decoded {
    QList<StreamEvent> events;
    bool reachedEnd = false;
};

/// Feeds `body` in the given pieces (their lengths; the rest in one piece), then finish().
Decoded decodePieces(QByteArrayView body, const QList<qsizetype>& pieces)
{
    Providers::GeminiStreamDecoder decoder;
    Decoded result;
    qsizetype at = 0;
    for (const qsizetype piece : pieces) {
        result.events += decoder.feed(body.sliced(at, piece));
        at += piece;
    }
    result.events += decoder.feed(body.sliced(at));
    result.events += decoder.finish();
    result.reachedEnd = decoder.reachedEnd();
    return result;
}

Decoded decode(QByteArrayView body, qsizetype chunk = 0)
{
    QList<qsizetype> pieces;
    if (chunk > 0) {
        for (qsizetype at = 0; at + chunk < body.size(); at += chunk)
            pieces.append(chunk);
    }
    return decodePieces(body, pieces);
}

QString count(const std::optional<qint64>& value)
{
    return value ? QString::number(*value) : QStringLiteral("-");
}

/// Every field of every event, one line each: two lists are equal iff their renderings are.
QString render(const Decoded& decoded)
{
    QStringList lines;
    for (const StreamEvent& e : decoded.events) {
        const Chat::Usage& u = e.usage;
        // Concatenated, not arg()-chained: the texts may contain "%1".
        lines.append(QString::number(int(e.kind)) + u'|' + e.text + u'|' + count(u.inputTokens)
                     + u',' + count(u.outputTokens) + u',' + count(u.cachedTokens) + u','
                     + count(u.reasoningTokens) + u'|' + e.errorType + u'|' + e.errorCode + u'|'
                     + QString::number(e.errorStatus));
    }
    lines.append(decoded.reachedEnd ? QStringLiteral("end") : QStringLiteral("cut"));
    return lines.join(u'\n');
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

int countOf(const QList<StreamEvent>& events, Kind kind)
{
    return int(std::count_if(events.begin(), events.end(),
                             [kind](const StreamEvent& e) { return e.kind == kind; }));
}

const StreamEvent* lastOf(const QList<StreamEvent>& events, Kind kind)
{
    for (qsizetype i = events.size() - 1; i >= 0; --i) {
        if (events.at(i).kind == kind)
            return &events.at(i);
    }
    return nullptr;
}

QString lastFinish(const QList<StreamEvent>& events)
{
    const StreamEvent* finish = lastOf(events, Kind::Finish);
    return finish ? finish->text : QString();
}

Providers::ProviderConfig gemini(const QString& baseUrl)
{
    return {QStringLiteral("gem"), Providers::Kind::Gemini, QUrl(baseUrl), {}, {}};
}

Chat::ChatRequest request(const QString& model, bool stream = true)
{
    Chat::ChatRequest r;
    r.model = model;
    r.messages = {{Chat::Role::User, QStringLiteral("hi")}};
    r.stream = stream;
    return r;
}

} // namespace

class TestGeminiAdapter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void adapterIsRegisteredForTheGeminiKind()
    {
        const Providers::ProviderAdapter* adapter = Providers::adapterFor(Providers::Kind::Gemini);
        QVERIFY(adapter);
        QCOMPARE(adapter->kind(), Providers::Kind::Gemini);
    }

    void streamingUrlIsStreamGenerateContentWithAltSse_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("model");
        QTest::addColumn<bool>("stream");
        QTest::addColumn<QString>("url");
        const QString api = QStringLiteral("https://generativelanguage.googleapis.com/v1beta");
        QTest::newRow("stream") << api << "gemini-2.0-flash" << true
                                << api + "/models/gemini-2.0-flash:streamGenerateContent?alt=sse";
        QTest::newRow("models/ prefix")
            << api << "models/gemini-2.0-flash" << true
            << api + "/models/gemini-2.0-flash:streamGenerateContent?alt=sse";
        QTest::newRow("base with slash")
            << api + "/"
            << "gemini-2.5-pro" << true
            << api + "/models/gemini-2.5-pro:streamGenerateContent?alt=sse";
        QTest::newRow("not streamed") << api << "gemini-2.0-flash" << false
                                      << api + "/models/gemini-2.0-flash:generateContent";
        QTest::newRow("key in the base URL is dropped")
            << api + "?key=" + kKey << "gemini-2.0-flash" << true
            << api + "/models/gemini-2.0-flash:streamGenerateContent?alt=sse";
        QTest::newRow("tuned model resource") << api << "tunedModels/my-model" << false
                                              << api + "/tunedModels/my-model:generateContent";
    }

    void streamingUrlIsStreamGenerateContentWithAltSse()
    {
        QFETCH(QString, base);
        QFETCH(QString, model);
        QFETCH(bool, stream);
        QFETCH(QString, url);
        const QNetworkRequest http =
            Providers::GeminiAdapter().chatRequest(gemini(base), request(model, stream), kKey);
        QCOMPARE(http.url().toString(QUrl::FullyEncoded), url);
    }

    void keyGoesOnlyInTheGoogHeader()
    {
        const QNetworkRequest http = Providers::GeminiAdapter().chatRequest(
            gemini(QStringLiteral("https://generativelanguage.googleapis.com/v1beta")),
            request(QStringLiteral("gemini-2.0-flash")), kKey);
        QCOMPARE(http.rawHeader("x-goog-api-key"), kKey.toUtf8());
        QVERIFY(!http.hasRawHeader("Authorization"));
        QVERIFY(!http.url().toEncoded().contains(kKey.toUtf8()));
        QVERIFY(!http.url().query().contains(QLatin1String("key")));
        QCOMPARE(http.header(QNetworkRequest::ContentTypeHeader).toString(),
                 QStringLiteral("application/json"));
        QVERIFY(http.header(QNetworkRequest::UserAgentHeader)
                    .toString()
                    .startsWith(QLatin1String("Switchboard/")));
        QCOMPARE(http.attribute(QNetworkRequest::RedirectPolicyAttribute).toInt(),
                 int(QNetworkRequest::ManualRedirectPolicy));
    }

    void localServerWithoutKeyGetsNoKeyHeader()
    {
        const QNetworkRequest http = Providers::GeminiAdapter().chatRequest(
            gemini(QStringLiteral("http://127.0.0.1:8080/v1beta")),
            request(QStringLiteral("gemini-test")), QString());
        QVERIFY(!http.hasRawHeader("x-goog-api-key"));
    }

    void bodyCarriesContentsSystemInstructionAndGenerationConfig()
    {
        Chat::ChatRequest r;
        r.model = QStringLiteral("gemini-2.0-flash");
        r.system = QStringLiteral("Be brief.");
        r.messages = {{Chat::Role::User, QStringLiteral("hi")},
                      {Chat::Role::Assistant, QStringLiteral("hello")},
                      {Chat::Role::System, QStringLiteral("Answer in French.")},
                      {Chat::Role::User, QStringLiteral("again")}};
        r.temperature = 0.25;
        r.maxTokens = 64;
        const QJsonObject body =
            QJsonDocument::fromJson(Providers::GeminiAdapter().chatBody(r)).object();
        QVERIFY(!body.contains(QLatin1String("model")));
        const QJsonArray contents = body.value(QLatin1String("contents")).toArray();
        QCOMPARE(contents.size(), 3);
        const QStringList roles{QStringLiteral("user"), QStringLiteral("model"),
                                QStringLiteral("user")};
        const QStringList texts{QStringLiteral("hi"), QStringLiteral("hello"),
                                QStringLiteral("again")};
        for (int i = 0; i < 3; ++i) {
            const QJsonObject turn = contents.at(i).toObject();
            QCOMPARE(turn.value(QLatin1String("role")).toString(), roles.at(i));
            const QJsonArray parts = turn.value(QLatin1String("parts")).toArray();
            QCOMPARE(parts.size(), 1);
            QCOMPARE(parts.first().toObject().value(QLatin1String("text")).toString(), texts.at(i));
        }
        const QJsonArray system = body.value(QLatin1String("systemInstruction"))
                                      .toObject()
                                      .value(QLatin1String("parts"))
                                      .toArray();
        QCOMPARE(system.size(), 2);
        QCOMPARE(system.at(0).toObject().value(QLatin1String("text")).toString(),
                 QStringLiteral("Be brief."));
        QCOMPARE(system.at(1).toObject().value(QLatin1String("text")).toString(),
                 QStringLiteral("Answer in French."));
        const QJsonObject config = body.value(QLatin1String("generationConfig")).toObject();
        QCOMPARE(config.size(), 2);
        QCOMPARE(config.value(QLatin1String("temperature")).toDouble(), 0.25);
        QCOMPARE(config.value(QLatin1String("maxOutputTokens")).toInt(), 64);
    }

    void bodyLeavesOutWhatIsNotSet()
    {
        const QJsonObject body = QJsonDocument::fromJson(Providers::GeminiAdapter().chatBody(
                                                             request(QStringLiteral("m"))))
                                     .object();
        QVERIFY(!body.contains(QLatin1String("systemInstruction")));
        QVERIFY(!body.contains(QLatin1String("generationConfig")));
        QCOMPARE(body.value(QLatin1String("contents")).toArray().size(), 1);

        Chat::ChatRequest onlyTokens = request(QStringLiteral("m"));
        onlyTokens.maxTokens = 5;
        const QJsonObject config =
            QJsonDocument::fromJson(Providers::GeminiAdapter().chatBody(onlyTokens))
                .object()
                .value(QLatin1String("generationConfig"))
                .toObject();
        QCOMPARE(config.keys(), QStringList{QStringLiteral("maxOutputTokens")});
    }

    void everyFixtureDecodesTheSameHoweverItIsSplit_data()
    {
        QTest::addColumn<QString>("name");
        const QStringList names = streamFixtures();
        QVERIFY(names.size() >= 40);
        for (const QString& name : names)
            QTest::newRow(qPrintable(name)) << name;
    }

    void everyFixtureDecodesTheSameHoweverItIsSplit()
    {
        QFETCH(QString, name);
        const QByteArray body = fixture(name);
        const QString whole = render(decode(body));
        QCOMPARE(render(decode(body, 1)), whole);
        for (qsizetype cut = 1; cut < body.size(); ++cut) {
            const QString split = render(decodePieces(body, {cut}));
            if (split != whole)
                QFAIL(qPrintable(QStringLiteral("cut at byte %1 gives\n%2\ninstead of\n%3")
                                     .arg(cut)
                                     .arg(split, whole)));
        }
    }

    void noFixtureCrashesOrLeaksRawJsonIntoText_data()
    {
        everyFixtureDecodesTheSameHoweverItIsSplit_data();
    }

    void noFixtureCrashesOrLeaksRawJsonIntoText()
    {
        QFETCH(QString, name);
        const Decoded decoded = decode(fixture(name), 7);
        const QString text = joined(decoded.events, Kind::TextDelta);
        QVERIFY2(!text.contains(QLatin1String("\"candidates\"")), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("functionCall")), qPrintable(text));
        QVERIFY(!text.contains(QChar::ReplacementCharacter));
        QVERIFY(countOf(decoded.events, Kind::GenerationId) <= 1);
        QVERIFY(countOf(decoded.events, Kind::Error) + countOf(decoded.events, Kind::Malformed)
                <= 1);
    }

    void basicReplyGivesTextUsageAndStop()
    {
        const Decoded decoded =
            decode(fixture(QStringLiteral("gemini-stream-success-basic-reply-short.sse")));
        QVERIFY(decoded.reachedEnd);
        QCOMPARE(joined(decoded.events, Kind::TextDelta),
                 QStringLiteral("The capital of Wyoming is **Cheyenne**.\n"));
        const StreamEvent* usage = lastOf(decoded.events, Kind::Usage);
        QVERIFY(usage);
        QCOMPARE(usage->usage.inputTokens, std::optional<qint64>(7));
        QCOMPARE(usage->usage.outputTokens, std::optional<qint64>(10));
        QVERIFY(!usage->usage.reasoningTokens);
        QVERIFY(!usage->usage.cachedTokens);
        QCOMPARE(lastFinish(decoded.events), QStringLiteral("stop"));
        QCOMPARE(countOf(decoded.events, Kind::Finish), 1);
        QCOMPARE(decoded.events.last().kind, Kind::Finish);
    }

    void longReplyKeepsEveryDelta()
    {
        const Decoded decoded =
            decode(fixture(QStringLiteral("gemini-stream-success-basic-reply-long.sse")), 100);
        QVERIFY(decoded.reachedEnd);
        QCOMPARE(countOf(decoded.events, Kind::TextDelta), 36);
        QCOMPARE(lastOf(decoded.events, Kind::Usage)->usage.outputTokens,
                 std::optional<qint64>(1996));
    }

    void thinkingGivesReasoningApartFromTextAndBillsThoughtsAsOutput()
    {
        const Decoded decoded = decode(
            fixture(QStringLiteral("gemini-stream-success-thinking-reply-thought-summary.sse")));
        QVERIFY(decoded.reachedEnd);
        const QString reasoning = joined(decoded.events, Kind::ReasoningDelta);
        QVERIFY(reasoning.startsWith(QLatin1String("**Exploring Sky Color**")));
        QVERIFY(reasoning.contains(QLatin1String("**Constructing a Concise Answer**")));
        const QString text = joined(decoded.events, Kind::TextDelta);
        QVERIFY(text.startsWith(QLatin1String("The sky is blue because")));
        QVERIFY(!text.contains(QLatin1String("Exploring")));
        const Chat::Usage usage = lastOf(decoded.events, Kind::Usage)->usage;
        QCOMPARE(usage.inputTokens, std::optional<qint64>(10));
        QCOMPARE(usage.outputTokens, std::optional<qint64>(48 + 540));
        QCOMPARE(usage.reasoningTokens, std::optional<qint64>(540));
    }

    void thinkingFixturesAllGiveReasoning_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("hasText");
        QTest::newRow("googleai thought summary")
            << "gemini-stream-success-thinking-reply-thought-summary.sse" << true;
        QTest::newRow("vertex thought summary")
            << "vertexai-stream-success-thinking-reply-thought-summary.sse" << true;
        QTest::newRow("thoughts then a function call")
            << "gemini-stream-success-thinking-function-call-thought-summary-signature.sse"
            << false;
        QTest::newRow("vercel no-args tool call") << "gemini-vercel-no-args-tool-call.sse" << false;
    }

    void thinkingFixturesAllGiveReasoning()
    {
        QFETCH(QString, name);
        QFETCH(bool, hasText);
        const Decoded decoded = decode(fixture(name), 13);
        QVERIFY(decoded.reachedEnd);
        QVERIFY(!joined(decoded.events, Kind::ReasoningDelta).isEmpty());
        QCOMPARE(!joined(decoded.events, Kind::TextDelta).isEmpty(), hasText);
        QVERIFY(lastOf(decoded.events, Kind::Usage)->usage.reasoningTokens.value_or(0) > 0);
        QCOMPARE(lastFinish(decoded.events), QStringLiteral("stop"));
    }

    void responseIdIsTheGenerationIdOnce()
    {
        const Decoded decoded = decode(
            fixture(QStringLiteral("gemini-stream-success-thinking-reply-thought-summary.sse")));
        QCOMPARE(countOf(decoded.events, Kind::GenerationId), 1);
        QCOMPARE(lastOf(decoded.events, Kind::GenerationId)->text,
                 QStringLiteral("0J-HaJetAqv0jrEPwu-tsQ0"));
        QCOMPARE(decoded.events.first().kind, Kind::GenerationId);
    }

    void toolPromptTokensCountAsInputSoTheSumIsTheTotal()
    {
        // code execution: prompt 21 + tool-use prompt 243 in, candidates 126 + thoughts 95 out,
        // totalTokenCount 485.
        const Decoded decoded =
            decode(fixture(QStringLiteral("gemini-stream-success-code-execution.sse")));
        const Chat::Usage usage = lastOf(decoded.events, Kind::Usage)->usage;
        QCOMPARE(usage.inputTokens, std::optional<qint64>(21 + 243));
        QCOMPARE(usage.outputTokens, std::optional<qint64>(126 + 95));
        QCOMPARE(*usage.inputTokens + *usage.outputTokens, qint64(485));
    }

    void toolAndCitationPartsDoNotBreakTheText_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("textStart");
        QTest::addColumn<QString>("textEnd");
        QTest::newRow("code execution")
            << "gemini-stream-success-code-execution.sse"
            << "To find the sum of the first 5 prime numbers"
            << "Python tool:\n\nThe sum of the first 5 prime numbers is 28.";
        QTest::newRow("vertex code execution") << "vertexai-stream-success-code-execution.sse"
                                               << ""
                                               << "";
        QTest::newRow("citations") << "gemini-stream-success-citations.sse"
                                   << ""
                                   << "";
        QTest::newRow("vertex citations") << "vertexai-stream-success-citations.sse"
                                          << ""
                                          << "";
        QTest::newRow("url context") << "gemini-stream-success-url-context.sse"
                                     << ""
                                     << "";
        QTest::newRow("vertex url context") << "vertexai-stream-success-url-context.sse"
                                            << ""
                                            << "";
        QTest::newRow("inline image part") << "gemini-stream-success-empty-parts.sse"
                                           << "Here's a cute cartoon kitten"
                                           << "for you! ";
        QTest::newRow("last chunk without parts") << "gemini-stream-success-no-content-parts.sse"
                                                  << ""
                                                  << "";
        QTest::newRow("empty text part") << "vertexai-stream-success-empty-text-part.sse"
                                         << "1"
                                         << "1";
        QTest::newRow("image with invalid safety ratings")
            << "vertexai-stream-success-image-invalid-safety-ratings.sse"
            << ""
            << "";
        QTest::newRow("unknown safety enum") << "vertexai-stream-success-unknown-safety-enum.sse"
                                             << ""
                                             << "";
        QTest::newRow("function call with thought signature")
            << "gemini-vercel-tool-call-gemini3.sse"
            << ""
            << "";
        QTest::newRow("streamed function-call arguments") << "gemini-vercel-tool-call-arguments.sse"
                                                          << ""
                                                          << "";
        QTest::newRow("final part with a thought signature")
            << "gemini-vercel-text-thought-signature.sse"
            << ""
            << "";
    }

    void toolAndCitationPartsDoNotBreakTheText()
    {
        QFETCH(QString, name);
        QFETCH(QString, textStart);
        QFETCH(QString, textEnd);
        const Decoded decoded = decode(fixture(name), 64);
        QVERIFY(decoded.reachedEnd);
        QCOMPARE(lastFinish(decoded.events), QStringLiteral("stop"));
        QVERIFY(!lastOf(decoded.events, Kind::Error));
        QVERIFY(!lastOf(decoded.events, Kind::Malformed));
        const QString text = joined(decoded.events, Kind::TextDelta);
        // Function-call and image captures have no text at all (empty text parts only).
        if (!textStart.isEmpty())
            QVERIFY2(text.startsWith(textStart), qPrintable(text));
        if (!textEnd.isEmpty())
            QVERIFY2(text.endsWith(textEnd), qPrintable(text));
    }

    void finishWithASingleNewlineStillCounts()
    {
        // The capture ends `…}\n`: no blank line closes the last event.
        const QByteArray body = fixture(QStringLiteral("gemini-stream-success-finish-message.sse"));
        QVERIFY(body.endsWith("}\n") && !body.endsWith("\n\n"));
        const Decoded decoded = decode(body);
        QVERIFY(decoded.reachedEnd);
        QCOMPARE(joined(decoded.events, Kind::TextDelta), QStringLiteral("Hello world!"));
        QCOMPARE(lastFinish(decoded.events), QStringLiteral("stop"));
        QCOMPARE(countOf(decoded.events, Kind::Notice), 0); // finishMessage of a STOP: no notice
    }

    void utf8TextIsIntact()
    {
        const Decoded decoded =
            decode(fixture(QStringLiteral("vertexai-stream-success-utf8.sse")), 1);
        const QString text = joined(decoded.events, Kind::TextDelta);
        QCOMPARE(text.size(), 225);
        QVERIFY(text.startsWith(QString::fromUtf8("秋风瑟瑟，叶落纷纷，\n西风残照，寒霜渐浓。")));
        QVERIFY(text.endsWith(QString::fromUtf8("感受秋天的气息，领悟秋天的哲理。")));
        QVERIFY(!text.contains(QChar::ReplacementCharacter));
    }

    void escapedQuotesAreUnescaped()
    {
        const Decoded decoded =
            decode(fixture(QStringLiteral("vertexai-stream-success-quotes-escaped.sse")));
        QVERIFY(joined(decoded.events, Kind::TextDelta)
                    .startsWith(QLatin1String(" Pineapples and \"bananas\" are")));
        // This capture (a test-data file, not a recording) has no finishReason at all: without
        // Gemini's only end marker the answer counts as cut off.
        QVERIFY(!decoded.reachedEnd);
    }

    void filteredFinishReasonsBecomeContentFilter_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("SAFETY") << "vertexai-stream-failure-finish-reason-safety.sse";
        QTest::newRow("RECITATION googleai") << "gemini-stream-failure-recitation-no-content.sse";
        QTest::newRow("RECITATION vertex") << "vertexai-stream-failure-recitation-no-content.sse";
    }

    void filteredFinishReasonsBecomeContentFilter()
    {
        QFETCH(QString, name);
        const Decoded decoded = decode(fixture(name), 32);
        QVERIFY(decoded.reachedEnd);
        QCOMPARE(lastFinish(decoded.events), QStringLiteral("content_filter"));
    }

    void finishReasonsAreNormalized_data()
    {
        QTest::addColumn<QString>("google");
        QTest::addColumn<QString>("ours");
        QTest::newRow("STOP") << "STOP"
                              << "stop";
        QTest::newRow("MAX_TOKENS") << "MAX_TOKENS"
                                    << "length";
        for (const char* filtered :
             {"SAFETY", "RECITATION", "BLOCKLIST", "PROHIBITED_CONTENT", "SPII", "IMAGE_SAFETY"})
            QTest::newRow(filtered) << filtered << "content_filter";
        QTest::newRow("MALFORMED_FUNCTION_CALL") << "MALFORMED_FUNCTION_CALL"
                                                 << "malformed_function_call";
        QTest::newRow("OTHER") << "OTHER"
                               << "other";
    }

    void finishReasonsAreNormalized()
    {
        QFETCH(QString, google);
        QFETCH(QString, ours);
        QCOMPARE(Providers::finishReasonFromGemini(google), ours);
    }

    void unknownFinishEnumPassesThroughLowercased()
    {
        const Decoded decoded =
            decode(fixture(QStringLiteral("vertexai-stream-failure-unknown-finish-enum.sse")), 50);
        QVERIFY(decoded.reachedEnd);
        QCOMPARE(lastFinish(decoded.events), QStringLiteral("fake_enum"));
        // Vertex repeats STOP on every chunk of this capture: one Finish per change, not per chunk.
        QCOMPARE(countOf(decoded.events, Kind::Finish), 2);
    }

    void blockedPromptIsANoticeAndAContentFilterFinish_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("notice");
        QTest::newRow("googleai") << "gemini-stream-failure-prompt-blocked-safety.sse"
                                  << "the provider blocked the prompt (SAFETY)";
        QTest::newRow("vertex") << "vertexai-stream-failure-prompt-blocked-safety.sse"
                                << "the provider blocked the prompt (SAFETY)";
        QTest::newRow("vertex with message")
            << "vertexai-stream-failure-prompt-blocked-safety-with-message.sse"
            << "the provider blocked the prompt (SAFETY): Reasons";
    }

    void blockedPromptIsANoticeAndAContentFilterFinish()
    {
        QFETCH(QString, name);
        QFETCH(QString, notice);
        const Decoded decoded = decode(fixture(name));
        QVERIFY(decoded.reachedEnd);
        QCOMPARE(lastOf(decoded.events, Kind::Notice)->text, notice);
        QCOMPARE(lastFinish(decoded.events), QStringLiteral("content_filter"));
        QVERIFY(joined(decoded.events, Kind::TextDelta).isEmpty());
    }

    void jsonErrorBodyAfterTheEventsEndsInAnError()
    {
        // Two data events, then a pretty-printed {"error": {"code": 499, …}} with no `data:`.
        const Decoded decoded =
            decode(fixture(QStringLiteral("vertexai-stream-failure-error-mid-stream.sse")));
        QCOMPARE(joined(decoded.events, Kind::TextDelta), QStringLiteral("First Second "));
        QCOMPARE(decoded.events.last().kind, Kind::Error);
        const StreamEvent& error = decoded.events.last();
        QCOMPARE(error.text, QStringLiteral("The operation was cancelled."));
        QCOMPARE(error.errorType, QStringLiteral("CANCELLED"));
        QCOMPARE(error.errorStatus, 499);
    }

    void jsonErrorBodyIsReportedAsSoonAsItIsWhole()
    {
        // The error arrives while the connection is still open: no need to wait for its end.
        Providers::GeminiStreamDecoder decoder;
        const QByteArray body =
            fixture(QStringLiteral("vertexai-stream-failure-error-mid-stream.sse"));
        const QList<StreamEvent> events = decoder.feed(body);
        QVERIFY(lastOf(events, Kind::Error));
        QVERIFY(decoder.finish().isEmpty());
    }

    void errorBodyCutShortIsMalformed()
    {
        QByteArray body = fixture(QStringLiteral("vertexai-stream-failure-error-mid-stream.sse"));
        body.chop(8);
        const Decoded decoded = decode(body);
        QCOMPARE(decoded.events.last().kind, Kind::Malformed);
    }

    void errorInsideADataChunkIsAnErrorEvent()
    {
        const QByteArray body =
            "data: {\"candidates\": [{\"content\": {\"parts\": [{\"text\": \"Hi\"}],\"role\": "
            "\"model\"},\"index\": 0}]}\r\n\r\n"
            "data: {\"error\": {\"code\": 503,\"message\": \"The model is overloaded. Please try "
            "again later.\",\"status\": \"UNAVAILABLE\"}}\r\n\r\n"
            "data: {\"candidates\": [{\"content\": {\"parts\": [{\"text\": "
            "\"ignored\"}]}}]}\r\n\r\n";
        const Decoded decoded = decode(body, 5);
        QCOMPARE(joined(decoded.events, Kind::TextDelta), QStringLiteral("Hi"));
        const StreamEvent& error = decoded.events.last();
        QCOMPARE(error.kind, Kind::Error);
        QCOMPARE(error.errorType, QStringLiteral("UNAVAILABLE"));
        QCOMPARE(error.errorStatus, 503);
        QVERIFY(error.text.contains(QLatin1String("overloaded")));
    }

    void nonJsonChunkIsMalformedOnce()
    {
        const QByteArray body = "data: {\"candidates\": [{\"content\": {\"parts\": [{\"text\": "
                                "\"ok \"}]}}]}\r\n\r\ndata: {garbage\r\n\r\ndata: also bad\r\n\r\n";
        const Decoded decoded = decode(body, 3);
        QCOMPARE(joined(decoded.events, Kind::TextDelta), QStringLiteral("ok "));
        QCOMPARE(countOf(decoded.events, Kind::Malformed), 1);
        QVERIFY(lastOf(decoded.events, Kind::Malformed)->text.contains(QLatin1String("not JSON")));
        QVERIFY(!decoded.reachedEnd);
    }

    void garbageOnAWholeLastLineIsMalformedButACutLineIsNot()
    {
        // `…\n` then the end: the line is whole, so garbage in it is garbage.
        const Decoded garbage = decode("data: {garbage\n");
        QCOMPARE(countOf(garbage.events, Kind::Malformed), 1);
        // No line end: the connection was cut inside the line.
        const Decoded cut = decode("data: {\"candidates\": [{\"content\": {\"par");
        QVERIFY(cut.events.isEmpty());
        QVERIFY(!cut.reachedEnd);
    }

    void linesOutsideTheEventsAreIgnoredUnlessTheyOpenJson()
    {
        const QByteArray finish = "data: {\"candidates\": [{\"content\": {\"parts\": [{\"text\": "
                                  "\"ok\"}]},\"finishReason\": \"STOP\"}]}\n\n";
        // An unknown field and a comment are nothing, as SSE says; a leading BOM is skipped.
        const Decoded ignored = decode("\xEF\xBB\xBFunknown: field\n: keep-alive\n\n" + finish, 2);
        QCOMPARE(joined(ignored.events, Kind::TextDelta), QStringLiteral("ok"));
        QVERIFY(ignored.reachedEnd);
        QVERIFY(!lastOf(ignored.events, Kind::Malformed));
        // A JSON object outside the events that is no error is not Gemini speaking.
        const Decoded stray = decode(finish + "{\n  \"candidates\": []\n}\n", 3);
        QCOMPARE(stray.events.last().kind, Kind::Malformed);
        QVERIFY(stray.events.last().text.contains(QLatin1String("outside the events")));
        // The error body may also come as a one-element array.
        const Decoded array =
            decode(finish
                   + "[{\n  \"error\": {\n    \"code\": 500,\n    \"message\": "
                     "\"Internal error\",\n    \"status\": \"INTERNAL\"\n  }\n}]\n");
        QCOMPARE(array.events.last().kind, Kind::Error);
        QCOMPARE(array.events.last().errorType, QStringLiteral("INTERNAL"));
    }

    void oversizedLineIsMalformedWithoutBufferingForever()
    {
        Providers::GeminiStreamDecoder decoder;
        QList<StreamEvent> events = decoder.feed("data: ");
        const QByteArray block(1024 * 1024, 'a');
        for (int i = 0; i < 17 && events.isEmpty(); ++i)
            events += decoder.feed(block);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().kind, Kind::Malformed);
        QVERIFY(decoder.feed(block).isEmpty());
        QVERIFY(decoder.finish().isEmpty());
    }

    void wrongShapeGivesNoTextAndNoEnd_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("valid JSON, not a response") << "vertexai-stream-failure-invalid-json.sse";
        QTest::newRow("content without parts") << "vertexai-stream-failure-malformed-content.sse";
        QTest::newRow("empty content") << "vertexai-stream-failure-empty-content.sse";
    }

    void wrongShapeGivesNoTextAndNoEnd()
    {
        // Unknown shapes are skipped (Google adds fields and chunk kinds); without a finishReason
        // the call reports the stream as cut off.
        QFETCH(QString, name);
        const Decoded decoded = decode(fixture(name));
        QVERIFY(joined(decoded.events, Kind::TextDelta).isEmpty());
        QVERIFY(!lastOf(decoded.events, Kind::Finish));
        QVERIFY(!lastOf(decoded.events, Kind::Error));
        QVERIFY(!lastOf(decoded.events, Kind::Malformed));
        QVERIFY(!decoded.reachedEnd);
    }

    void streamCutBeforeTheFinishReasonHasNotReachedItsEnd()
    {
        QByteArray body = fixture(QStringLiteral("gemini-stream-success-basic-reply-short.sse"));
        body.truncate(body.lastIndexOf("data: "));
        const Decoded whole = decode(body);
        QVERIFY(!whole.reachedEnd);
        QCOMPARE(joined(whole.events, Kind::TextDelta), QStringLiteral("The capital of Wyoming"));
        // A cut inside the last line is a cut, not garbage.
        QByteArray half = fixture(QStringLiteral("gemini-stream-success-basic-reply-short.sse"));
        half.truncate(half.size() - 40);
        const Decoded cut = decode(half);
        QVERIFY(!cut.reachedEnd);
        QVERIFY(!lastOf(cut.events, Kind::Malformed));
    }

    void severalCandidatesShowTheFirstAndSaySoOnce()
    {
        QByteArray body;
        for (const char* words : {"\"A\"", "\"B\""}) {
            body += QByteArray("data: {\"candidates\": [{\"content\": {\"parts\": [{\"text\": ")
                    + words
                    + "}],\"role\": \"model\"},\"index\": 0},{\"content\": {\"parts\": [{\"text\": "
                      "\"other\"}],\"role\": \"model\"},\"index\": 1}]}\r\n\r\n";
        }
        body += "data: {\"candidates\": [{\"finishReason\": \"STOP\",\"index\": 0},"
                "{\"finishReason\": \"MAX_TOKENS\",\"index\": 1}]}\r\n\r\n";
        const Decoded decoded = decode(body);
        QCOMPARE(joined(decoded.events, Kind::TextDelta), QStringLiteral("AB"));
        QCOMPARE(countOf(decoded.events, Kind::Notice), 1);
        QCOMPARE(lastFinish(decoded.events), QStringLiteral("stop"));
    }

    void cachedTokensAreRead()
    {
        const Chat::Usage usage = Providers::usageFromGemini(
            QJsonDocument::fromJson("{\"promptTokenCount\": 2152,\"cachedContentTokenCount\": "
                                    "2027,\"candidatesTokenCount\": 10,\"totalTokenCount\": 2162}")
                .object());
        QCOMPARE(usage.inputTokens, std::optional<qint64>(2152));
        QCOMPARE(usage.cachedTokens, std::optional<qint64>(2027));
        QCOMPARE(usage.outputTokens, std::optional<qint64>(10));
        QVERIFY(Providers::usageFromGemini(QJsonObject()).isEmpty());
    }

    void errorFixturesAreRead_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("outcome");
        QTest::newRow("api key") << "vertexai-stream-failure-api-key.json"
                                 << "API key not valid. Please pass a valid API key."
                                 << "INVALID_ARGUMENT"
                                 << "invalid_api_key" << 400 << "auth";
        QTest::newRow("http error (unrendered message)")
            << "vertexai-stream-failure-http-error.json"
            << "User location is not supported for the API use."
            << "FAILED_PRECONDITION"
            << "" << 400 << "bad_request";
        QTest::newRow("unknown model") << "vertexai-stream-failure-unknown-model.json"
                                       << "models/unknown is not found for API version v1, or is "
                                          "not supported for GenerateContent. Call ListModels to "
                                          "see the list of available models and their supported "
                                          "methods."
                                       << "NOT_FOUND"
                                       << "" << 404 << "not_found";
        QTest::newRow("image rejected googleai") << "gemini-stream-failure-image-rejected.json"
                                                 << "Request contains an invalid argument."
                                                 << "INVALID_ARGUMENT"
                                                 << "" << 400 << "bad_request";
        QTest::newRow("image rejected vertex") << "vertexai-stream-failure-image-rejected.json"
                                               << "Request contains an invalid argument."
                                               << "INVALID_ARGUMENT"
                                               << "" << 400 << "bad_request";
    }

    void errorFixturesAreRead()
    {
        QFETCH(QString, name);
        QFETCH(QString, message);
        QFETCH(QString, type);
        QFETCH(QString, code);
        QFETCH(int, status);
        QFETCH(QString, outcome);
        QVERIFY(errorFixtures().contains(name));
        const Providers::ProviderError error =
            Providers::GeminiAdapter().parseError(status, fixture(name));
        QCOMPARE(error.message, message);
        QCOMPARE(error.type, type);
        QCOMPARE(error.code, code);
        QCOMPARE(Chat::outcomeName(Chat::outcomeForHttpError(status, error.type, error.code)),
                 outcome);
    }

    void everyErrorFixtureIsCovered() { QCOMPARE(errorFixtures().size(), 5); }

    void errorBodiesAreClassified_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("outcome");
        const auto google = [](int code, const char* status, const char* message,
                               const char* reason = nullptr) {
            QByteArray details;
            if (reason)
                details = QByteArray(",\"details\": [{\"@type\": "
                                     "\"type.googleapis.com/google.rpc.ErrorInfo\",\"reason\": \"")
                          + reason + "\",\"domain\": \"googleapis.com\"}]";
            return "{\"error\": {\"code\": " + QByteArray::number(code) + ",\"message\": \""
                   + message + "\",\"status\": \"" + status + "\"" + details + "}}";
        };
        QTest::newRow("key service blocked")
            << 403
            << google(403, "PERMISSION_DENIED", "Requests to this API are blocked.",
                      "API_KEY_SERVICE_BLOCKED")
            << "invalid_api_key"
            << "auth";
        QTest::newRow("expired key without details")
            << 400 << google(400, "INVALID_ARGUMENT", "API key expired. Please renew the API key.")
            << "invalid_api_key"
            << "auth";
        QTest::newRow("token limit")
            << 400
            << google(400, "INVALID_ARGUMENT",
                      "The input token count (1200000) exceeds the maximum number of tokens "
                      "allowed (1048576).")
            << "context_length_exceeded"
            << "context_length";
        QTest::newRow("quota") << 429
                               << google(429, "RESOURCE_EXHAUSTED",
                                         "You exceeded your current quota.")
                               << ""
                               << "rate_limited";
        QTest::newRow("unavailable")
            << 503 << google(503, "UNAVAILABLE", "The model is overloaded. Please try again later.")
            << ""
            << "overloaded";
        QTest::newRow("unauthenticated")
            << 401 << google(401, "UNAUTHENTICATED", "Request had invalid authentication.") << ""
            << "auth";
        QTest::newRow("internal") << 500
                                  << google(500, "INTERNAL", "An internal error has occurred.")
                                  << ""
                                  << "server_error";
    }

    void errorBodiesAreClassified()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, code);
        QFETCH(QString, outcome);
        const Providers::ProviderError error = Providers::GeminiAdapter().parseError(status, body);
        QCOMPARE(error.code, code);
        QVERIFY(!error.message.isEmpty());
        QCOMPARE(Chat::outcomeName(Chat::outcomeForHttpError(status, error.type, error.code)),
                 outcome);
    }

    void unreadableErrorBodiesAreDescribed_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        QTest::newRow("google html page") << QByteArray(
            "<!DOCTYPE html>\n<html lang=en>\n  <meta charset=utf-8>\n  <style>*{margin:0;"
            "padding:0}html,code{font:15px/22px arial,sans-serif}html{background:#fff;"
            "color:#222;padding:15px}</style>\n  <title>Error 502 (Server Error)!!1</title>"
            "\n  <p><b>502.</b> <ins>That's an error.</ins>")
                                          << "an HTML page: Error 502 (Server Error)!!1";
        QTest::newRow("plain html") << QByteArray("<html><body>Bad Gateway</body></html>")
                                    << "<html><body>Bad Gateway</body></html>";
        QTest::newRow("plain text")
            << QByteArray("upstream connect error\n") << "upstream connect error";
        QTest::newRow("empty") << QByteArray() << "empty response body";
        QTest::newRow("proxy string error")
            << QByteArray("{\"error\": \"quota exceeded\"}") << "quota exceeded";
    }

    void unreadableErrorBodiesAreDescribed()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        const Providers::ProviderError error = Providers::GeminiAdapter().parseError(502, body);
        QCOMPARE(error.message, message);
        QCOMPARE(error.code, QString());
    }

    void wholeResponseBecomesEvents()
    {
        const QByteArray body =
            "{\n  \"candidates\": [\n    {\n      \"content\": {\n        \"parts\": [\n          "
            "{\n            \"text\": \"Hi!\"\n          }\n        ],\n        \"role\": "
            "\"model\"\n      },\n      \"finishReason\": \"STOP\",\n      \"avgLogprobs\": "
            "-0.01\n    }\n  ],\n  \"usageMetadata\": {\n    \"promptTokenCount\": 3,\n    "
            "\"candidatesTokenCount\": 2,\n    \"totalTokenCount\": 5\n  },\n  \"modelVersion\": "
            "\"gemini-2.0-flash\",\n  \"responseId\": \"abc\"\n}\n";
        const QList<StreamEvent> events = Providers::GeminiAdapter().parseCompletion(body);
        QCOMPARE(joined(events, Kind::TextDelta), QStringLiteral("Hi!"));
        QCOMPARE(lastOf(events, Kind::Usage)->usage.outputTokens, std::optional<qint64>(2));
        QCOMPARE(lastOf(events, Kind::GenerationId)->text, QStringLiteral("abc"));
        QCOMPARE(lastFinish(events), QStringLiteral("stop"));
        QCOMPARE(countOf(events, Kind::Finish), 1);
    }

    void wholeResponseAlwaysFinishes()
    {
        const QList<StreamEvent> noReason = Providers::GeminiAdapter().parseCompletion(
            "{\"candidates\": [{\"content\": {\"parts\": [{\"text\": \"x\"}]}}]}");
        QCOMPARE(lastFinish(noReason), QStringLiteral("stop"));
        const QList<StreamEvent> blocked = Providers::GeminiAdapter().parseCompletion(
            "{\"promptFeedback\": {\"blockReason\": \"PROHIBITED_CONTENT\"}}");
        QCOMPARE(lastFinish(blocked), QStringLiteral("content_filter"));
        QVERIFY(lastOf(blocked, Kind::Notice)->text.contains(QLatin1String("PROHIBITED_CONTENT")));
        const QList<StreamEvent> safety = Providers::GeminiAdapter().parseCompletion(
            "{\"candidates\": [{\"finishReason\": \"SAFETY\",\"index\": 0}]}");
        QCOMPARE(lastFinish(safety), QStringLiteral("content_filter"));
    }

    void wholeResponseArrayIsRead()
    {
        // streamGenerateContent without alt=sse: one JSON array of responses.
        const QList<StreamEvent> events = Providers::GeminiAdapter().parseCompletion(
            "[{\"candidates\": [{\"content\": {\"parts\": [{\"text\": \"A\"}]}}]},\n"
            "{\"candidates\": [{\"content\": {\"parts\": [{\"text\": \"B\"}]},\"finishReason\": "
            "\"MAX_TOKENS\"}]}]");
        QCOMPARE(joined(events, Kind::TextDelta), QStringLiteral("AB"));
        QCOMPARE(lastFinish(events), QStringLiteral("length"));
    }

    void unreadableWholeResponseIsOneMalformedEvent()
    {
        for (const QByteArray& body :
             {QByteArray("<html>captive portal</html>"), QByteArray(),
              QByteArray("{\"this\": [{\"is\": {\"not\": [{\"a\": \"valid\"}]}}]}")}) {
            const QList<StreamEvent> events = Providers::GeminiAdapter().parseCompletion(body);
            QCOMPARE(events.size(), 1);
            QCOMPARE(events.first().kind, Kind::Malformed);
        }
        const QList<StreamEvent> error = Providers::GeminiAdapter().parseCompletion(
            "{\"error\": {\"code\": 500,\"message\": \"Internal\",\"status\": \"INTERNAL\"}}");
        QCOMPARE(error.size(), 1);
        QCOMPARE(error.first().kind, Kind::Error);
        QCOMPARE(error.first().errorStatus, 500);
    }

    void modelsRequestAsksForBigPagesWithTheKeyInTheHeader()
    {
        const Providers::GeminiAdapter adapter;
        const Providers::ProviderConfig provider =
            gemini(QStringLiteral("https://generativelanguage.googleapis.com/v1beta"));
        const QNetworkRequest first = adapter.modelsRequest(provider, kKey, {});
        QCOMPARE(first.url().toString(QUrl::FullyEncoded),
                 QStringLiteral(
                     "https://generativelanguage.googleapis.com/v1beta/models?pageSize=1000"));
        QCOMPARE(first.rawHeader("x-goog-api-key"), kKey.toUtf8());
        QVERIFY(!first.url().toEncoded().contains(kKey.toUtf8()));
        QVERIFY(!first.header(QNetworkRequest::ContentTypeHeader).isValid());
        const QNetworkRequest next =
            adapter.modelsRequest(provider, kKey, QStringLiteral("Ab+c/d=="));
        QCOMPARE(next.url().toString(QUrl::FullyEncoded),
                 QStringLiteral("https://generativelanguage.googleapis.com/v1beta/"
                                "models?pageSize=1000&pageToken=Ab%2Bc%2Fd%3D%3D"));
    }

    void modelListKeepsChatModelsWithoutThePrefix()
    {
        const QByteArray page =
            "{\"models\": [{\"name\": \"models/gemini-2.0-flash\",\"version\": \"2.0\","
            "\"displayName\": \"Gemini 2.0 Flash\",\"inputTokenLimit\": 1048576,"
            "\"outputTokenLimit\": 8192,\"supportedGenerationMethods\": [\"generateContent\","
            "\"countTokens\"]},{\"name\": \"models/text-embedding-004\",\"displayName\": \"Text "
            "Embedding 004\",\"inputTokenLimit\": 2048,\"supportedGenerationMethods\": "
            "[\"embedContent\"]},{\"name\": \"models/aqa\",\"supportedGenerationMethods\": "
            "[\"generateAnswer\"]},{\"name\": \"models/gemini-1.5-pro\",\"displayName\": \"Gemini "
            "1.5 Pro\",\"inputTokenLimit\": 2000000,\"supportedGenerationMethods\": "
            "[\"generateContent\"]}],\"nextPageToken\": \"NEXT\"}";
        const Providers::ModelList list = Providers::GeminiAdapter().parseModels(page);
        QVERIFY(list.error.isEmpty());
        QCOMPARE(list.models.size(), 2);
        QCOMPARE(list.models.at(0).id, QStringLiteral("gemini-1.5-pro"));
        QCOMPARE(list.models.at(0).contextWindow, std::optional<qint64>(2000000));
        QCOMPARE(list.models.at(1).id, QStringLiteral("gemini-2.0-flash"));
        QCOMPARE(list.models.at(1).displayName, QStringLiteral("Gemini 2.0 Flash"));
        QCOMPARE(list.models.at(1).contextWindow, std::optional<qint64>(1048576));
        QVERIFY(list.models.at(1).inputUsdPerToken.isEmpty());
        QCOMPARE(list.nextPageToken, QStringLiteral("NEXT"));
    }

    void modelListPagingEndsAndShapeIsChecked()
    {
        const Providers::GeminiAdapter adapter;
        const Providers::ModelList last = adapter.parseModels(
            "{\"models\": [{\"name\": \"models/g\",\"supportedGenerationMethods\": "
            "[\"generateContent\"]}]}");
        QCOMPARE(last.models.size(), 1);
        QVERIFY(last.nextPageToken.isEmpty());
        // A page with entries but no chat model still leads on; an empty page does not.
        QCOMPARE(adapter
                     .parseModels("{\"models\": [{\"name\": \"models/e\",\"supportedGeneration"
                                  "Methods\": [\"embedContent\"]}],\"nextPageToken\": \"T\"}")
                     .nextPageToken,
                 QStringLiteral("T"));
        QVERIFY(adapter.parseModels("{\"models\": [],\"nextPageToken\": \"T\"}")
                    .nextPageToken.isEmpty());
        QVERIFY(adapter.parseModels("{}").error.isEmpty()); // proto3: an empty list is left out
        QVERIFY(!adapter.parseModels("[]").error.isEmpty());
        QVERIFY(!adapter.parseModels("<html></html>").error.isEmpty());
        QVERIFY(!adapter.parseModels("{\"object\": \"list\",\"data\": []}").error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestGeminiAdapter)
#include "tst_geminiadapter.moc"
