// The Anthropic Messages adapter on its own: the request it builds, the events it reads from
// recorded Anthropic streams however the bytes are cut, error bodies and the model list.
#include "chat/Outcome.h"
#include "providers/AnthropicAdapter.h"
#include "providers/AnthropicStreamDecoder.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrlQuery>
#include <QtConcurrentFilter>

#include <numeric>

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

QStringList anthropicFixtures()
{
    return QDir(QStringLiteral(SWITCHBOARD_FIXTURES_DIR))
        .entryList({QStringLiteral("anthropic-*.sse")}, QDir::Files, QDir::Name);
}

/// Feeds `pieces` one by one, then finish().
QList<StreamEvent> decodePieces(const QList<QByteArrayView>& pieces, bool* reachedEnd = nullptr,
                                qsizetype maxEventBytes = Stream::SseParser::DefaultMaxEventBytes)
{
    Providers::AnthropicStreamDecoder decoder(maxEventBytes);
    QList<StreamEvent> events;
    for (QByteArrayView piece : pieces)
        events += decoder.feed(piece);
    events += decoder.finish();
    if (reachedEnd)
        *reachedEnd = decoder.reachedEnd();
    return events;
}

QList<StreamEvent> decode(const QByteArray& body, qsizetype chunk = 0, bool* reachedEnd = nullptr,
                          qsizetype maxEventBytes = Stream::SseParser::DefaultMaxEventBytes)
{
    if (chunk <= 0)
        chunk = std::max<qsizetype>(1, body.size());
    QList<QByteArrayView> pieces;
    for (qsizetype i = 0; i < body.size(); i += chunk)
        pieces.append(QByteArrayView(body).sliced(i, std::min(chunk, body.size() - i)));
    return decodePieces(pieces, reachedEnd, maxEventBytes);
}

QString describe(const StreamEvent& e)
{
    const auto n = [](const std::optional<qint64>& v) {
        return v ? QString::number(*v) : QStringLiteral("-");
    };
    const Chat::Usage& u = e.usage;
    return QStringLiteral("%1|%2|%3,%4,%5,%6,%7|%8|%9|%10")
        .arg(int(e.kind))
        .arg(e.text)
        .arg(n(u.inputTokens), n(u.outputTokens), n(u.cachedTokens), n(u.cacheWriteTokens),
             n(u.reasoningTokens))
        .arg(e.errorType, e.errorCode)
        .arg(e.errorStatus);
}

QStringList describeAll(const QList<StreamEvent>& events)
{
    QStringList lines;
    for (const StreamEvent& e : events)
        lines.append(describe(e));
    return lines;
}

bool sameEvents(const QList<StreamEvent>& a, const QList<StreamEvent>& b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const StreamEvent& x = a.at(i);
        const StreamEvent& y = b.at(i);
        if (x.kind != y.kind || x.text != y.text || !(x.usage == y.usage)
            || x.errorType != y.errorType || x.errorCode != y.errorCode
            || x.errorStatus != y.errorStatus)
            return false;
    }
    return true;
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
    int n = 0;
    for (const StreamEvent& e : events)
        n += e.kind == kind ? 1 : 0;
    return n;
}

const StreamEvent* lastOf(const QList<StreamEvent>& events, Kind kind)
{
    for (qsizetype i = events.size() - 1; i >= 0; --i) {
        if (events.at(i).kind == kind)
            return &events.at(i);
    }
    return nullptr;
}

/// Usage reports merged as ProviderCall does: the later report wins per field it carries.
Chat::Usage mergedUsage(const QList<StreamEvent>& events)
{
    Chat::Usage merged;
    for (const StreamEvent& e : events) {
        if (e.kind != Kind::Usage)
            continue;
        const Chat::Usage& u = e.usage;
        merged.inputTokens = u.inputTokens ? u.inputTokens : merged.inputTokens;
        merged.outputTokens = u.outputTokens ? u.outputTokens : merged.outputTokens;
        merged.cachedTokens = u.cachedTokens ? u.cachedTokens : merged.cachedTokens;
        merged.cacheWriteTokens = u.cacheWriteTokens ? u.cacheWriteTokens : merged.cacheWriteTokens;
        merged.reasoningTokens = u.reasoningTokens ? u.reasoningTokens : merged.reasoningTokens;
    }
    return merged;
}

Providers::ProviderConfig anthropicProvider()
{
    return {QStringLiteral("claude"),
            Providers::Kind::Anthropic,
            QUrl(QStringLiteral("https://api.anthropic.com/v1")),
            QStringLiteral("ANTHROPIC_KEY"),
            {}};
}

const QString kKey = QStringLiteral("sk-ant-api03-test-key");

} // namespace

class TestAnthropicAdapter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // --- the request ----------------------------------------------------------------------

    void adapterForAnthropicKindIsThisAdapter()
    {
        const Providers::ProviderAdapter* adapter =
            Providers::adapterFor(Providers::Kind::Anthropic);
        QVERIFY(adapter);
        QCOMPARE(adapter->kind(), Providers::Kind::Anthropic);
        QVERIFY(dynamic_cast<const Providers::AnthropicAdapter*>(adapter));
    }

    void requestGoesToMessagesWithTheKeyOnlyInXApiKey()
    {
        const QNetworkRequest http =
            Providers::AnthropicAdapter().chatRequest(anthropicProvider(), {}, kKey);
        QCOMPARE(http.url(), QUrl(QStringLiteral("https://api.anthropic.com/v1/messages")));
        QCOMPARE(http.rawHeader("x-api-key"), kKey.toUtf8());
        QCOMPARE(http.rawHeader("anthropic-version"), QByteArray("2023-06-01"));
        QCOMPARE(http.header(QNetworkRequest::ContentTypeHeader).toString(),
                 QStringLiteral("application/json"));
        QVERIFY(http.rawHeader("accept").contains("application/json"));
        QVERIFY(http.header(QNetworkRequest::UserAgentHeader)
                    .toString()
                    .startsWith(QLatin1String("Switchboard/")));
        QCOMPARE(http.attribute(QNetworkRequest::RedirectPolicyAttribute).toInt(),
                 int(QNetworkRequest::ManualRedirectPolicy));
        QVERIFY(!http.hasRawHeader("Authorization"));
        // The key appears in exactly one header and nowhere in the URL.
        QVERIFY(!http.url().toString().contains(kKey));
        int headersWithKey = 0;
        for (const QByteArray& name : http.rawHeaderList())
            headersWithKey += http.rawHeader(name).contains(kKey.toUtf8()) ? 1 : 0;
        QCOMPARE(headersWithKey, 1);
    }

    void requestWithoutAKeyHasNoKeyHeader()
    {
        const QNetworkRequest http =
            Providers::AnthropicAdapter().chatRequest(anthropicProvider(), {}, QString());
        QVERIFY(!http.hasRawHeader("x-api-key"));
        QVERIFY(!http.hasRawHeader("Authorization"));
    }

    void bodyIsExactlyTheMessagesShape()
    {
        Chat::ChatRequest request;
        request.model = QStringLiteral("claude-sonnet-4-5");
        request.system = QStringLiteral("Be brief.");
        request.messages = {{Chat::Role::User, QStringLiteral("hi")},
                            {Chat::Role::Assistant, QStringLiteral("hello")},
                            {Chat::Role::User, QStringLiteral("again \"quoted\"")}};
        request.temperature = 0.5;
        request.maxTokens = 100;
        QCOMPARE(Providers::AnthropicAdapter().chatBody(request),
                 QByteArray("{\"max_tokens\":100,\"messages\":["
                            "{\"content\":\"hi\",\"role\":\"user\"},"
                            "{\"content\":\"hello\",\"role\":\"assistant\"},"
                            "{\"content\":\"again \\\"quoted\\\"\",\"role\":\"user\"}],"
                            "\"model\":\"claude-sonnet-4-5\",\"stream\":true,"
                            "\"system\":\"Be brief.\",\"temperature\":0.5}"));
    }

    void maxTokensDefaultsTo4096AndEmptySystemAndTemperatureAreOmitted()
    {
        Chat::ChatRequest request;
        request.model = QStringLiteral("claude-x");
        request.messages = {{Chat::Role::User, QStringLiteral("hi")}};
        request.stream = false;
        QCOMPARE(Providers::AnthropicAdapter().chatBody(request),
                 QByteArray("{\"max_tokens\":4096,\"messages\":[{\"content\":\"hi\",\"role\":"
                            "\"user\"}],\"model\":\"claude-x\"}"));
    }

    void systemTurnsInsideTheConversationJoinTheTopLevelSystem()
    {
        Chat::ChatRequest request;
        request.system = QStringLiteral("First.");
        request.messages = {{Chat::Role::System, QStringLiteral("Second.")},
                            {Chat::Role::User, QStringLiteral("hi")}};
        const QJsonObject body =
            QJsonDocument::fromJson(Providers::AnthropicAdapter().chatBody(request)).object();
        QCOMPARE(body.value(QLatin1String("system")).toString(),
                 QStringLiteral("First.\n\nSecond."));
        const QJsonArray messages = body.value(QLatin1String("messages")).toArray();
        QCOMPARE(messages.size(), 1);
        QCOMPARE(messages.first().toObject().value(QLatin1String("role")).toString(),
                 QStringLiteral("user"));
    }

    // --- every recorded stream, however it is cut ----------------------------------------

    void everyFixtureDecodesTheSameWholeSplitInTwoOrByteByByte_data()
    {
        QTest::addColumn<QString>("name");
        const QStringList names = anthropicFixtures();
        QVERIFY(names.size() >= 24);
        for (const QString& name : names)
            QTest::newRow(qPrintable(name)) << name;
    }

    void everyFixtureDecodesTheSameWholeSplitInTwoOrByteByByte()
    {
        QFETCH(QString, name);
        const QByteArray body = fixture(name);
        bool wholeEnded = false;
        const QList<StreamEvent> whole = decode(body, 0, &wholeEnded);
        QVERIFY(!whole.isEmpty());

        bool bytesEnded = false;
        QCOMPARE(describeAll(decode(body, 1, &bytesEnded)), describeAll(whole));
        QCOMPARE(bytesEnded, wholeEnded);

        // Every cut costs a whole decode, so the largest recording (68 KB) makes this quadratic:
        // the cuts are spread over the cores, and the first bad one is reported here.
        const QByteArrayView all(body);
        QList<qsizetype> cuts(body.size() - 1);
        std::iota(cuts.begin(), cuts.end(), 1);
        const QList<qsizetype> bad = QtConcurrent::blockingFiltered(cuts, [&](qsizetype cut) {
            bool ended = false;
            const QList<StreamEvent> split =
                decodePieces({all.first(cut), all.sliced(cut)}, &ended);
            return !sameEvents(split, whole) || ended != wholeEnded;
        });
        if (!bad.isEmpty()) {
            const qsizetype cut = bad.first();
            bool ended = false;
            const QList<StreamEvent> split =
                decodePieces({all.first(cut), all.sliced(cut)}, &ended);
            qWarning("%lld cuts differ, the first at byte %lld", qlonglong(bad.size()),
                     qlonglong(cut));
            QCOMPARE(describeAll(split), describeAll(whole));
            QCOMPARE(ended, wholeEnded);
            QFAIL("a cut decodes differently");
        }
    }

    void fixturesGiveTheirTextFinishAndEnd_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("finish");
        QTest::addColumn<bool>("ended");
        QTest::addColumn<QString>("failure"); // "", "malformed" or the error type

        QTest::newRow("basic") << "anthropic-basic.sse"
                               << "Hello there!"
                               << "stop" << true << "";
        QTest::newRow("text with pings") << "anthropic-vercel-text-ping.sse"
                                         << "Hello! I'm doing well, thank you for asking. How are "
                                            "you doing today? Is there anything I can help you "
                                            "with?"
                                         << "stop" << true << "";
        QTest::newRow("compaction block is not text") << "anthropic-compaction.sse"
                                                      << "Hello there!"
                                                      << "stop" << true << "";
        QTest::newRow("fallback block is not text") << "anthropic-fallback.sse"
                                                    << "Hello there!"
                                                    << "stop" << true << "";
        QTest::newRow("fallback credit") << "anthropic-fallback-credit.sse"
                                         << "Hello there!"
                                         << "stop" << true << "";
        QTest::newRow("tool use") << "anthropic-tool-use.sse"
                                  << "I'll check the current weather in Paris for you."
                                  << "tool_calls" << true << "";
        QTest::newRow("tool without arguments") << "anthropic-vercel-tool-no-args.sse"
                                                << "I'll update the issue list for you."
                                                << "tool_calls" << true << "";
        QTest::newRow("json tool") << "anthropic-vercel-json-tool.sse"
                                   << ""
                                   << "tool_calls" << true << "";
        QTest::newRow("max_tokens inside tool input")
            << "anthropic-incomplete-partial-json.sse"
            << "I'll create a comprehensive tax guide for someone with multiple W2s and save it in "
               "a file called taxes.txt. Let me do that for you now."
            << "length" << true << "";
        QTest::newRow("refusal") << "anthropic-refusal.sse"
                                 << ""
                                 << "content_filter" << true << "";
        QTest::newRow("refusal, vercel") << "anthropic-vercel-refusal.sse"
                                         << ""
                                         << "content_filter" << true << "";
        QTest::newRow("refusal after thinking") << "anthropic-fable-fallback-stream-a-refusal.sse"
                                                << "Hi"
                                                << "content_filter" << true << "";
        QTest::newRow("refusal after a server tool")
            << "anthropic-fable-fallback-stream-a-toolrefusal.sse"
            << "Here's a summary of this year's solar eclipses and how"
            << "content_filter" << true << "";
        QTest::newRow("advisor results carry their own stop reasons")
            << "anthropic-vercel-advisor-stop-reasons.sse"
            << ""
            << "stop" << true << "";
        QTest::newRow("duplicate message_start") << "anthropic-vercel-duplicate-message-start.sse"
                                                 << "Hello, World!"
                                                 << "stop" << true << "";
        QTest::newRow("spliced message_start") << "anthropic-vercel-spliced-message-start.sse"
                                               << ""
                                               << "" << false << "malformed";
        QTest::newRow("overloaded, sdk") << "anthropic-sdktest-error-overloaded.sse"
                                         << ""
                                         << "" << false << "overloaded_error";
        QTest::newRow("overloaded first") << "anthropic-vercel-error-first-event-overloaded.sse"
                                          << ""
                                          << "" << false << "overloaded_error";
        QTest::newRow("overloaded mid-stream, no event lines")
            << "anthropic-vercel-error-mid-stream-overloaded.sse"
            << "Hello"
            << "" << false << "overloaded_error";
    }

    void fixturesGiveTheirTextFinishAndEnd()
    {
        QFETCH(QString, name);
        QFETCH(QString, text);
        QFETCH(QString, finish);
        QFETCH(bool, ended);
        QFETCH(QString, failure);
        bool reachedEnd = false;
        const QList<StreamEvent> events = decode(fixture(name), 0, &reachedEnd);
        QCOMPARE(joined(events, Kind::TextDelta), text);
        const StreamEvent* finishEvent = lastOf(events, Kind::Finish);
        QCOMPARE(finishEvent ? finishEvent->text : QString(), finish);
        QCOMPARE(reachedEnd, ended);
        const StreamEvent* error = lastOf(events, Kind::Error);
        const StreamEvent* malformed = lastOf(events, Kind::Malformed);
        if (failure.isEmpty()) {
            QVERIFY(!error);
            QVERIFY(!malformed);
        } else if (failure == u"malformed") {
            QVERIFY(malformed);
            QCOMPARE(countOf(events, Kind::Malformed), 1);
            QCOMPARE(&events.last(), malformed); // nothing after it
        } else {
            QVERIFY(error);
            QCOMPARE(error->errorType, failure);
            QCOMPARE(&events.last(), error);
        }
    }

    void basicStreamHasItsMessageIdAndUsage()
    {
        const QList<StreamEvent> events = decode(fixture(QStringLiteral("anthropic-basic.sse")));
        QCOMPARE(countOf(events, Kind::GenerationId), 1);
        QCOMPARE(lastOf(events, Kind::GenerationId)->text,
                 QStringLiteral("msg_4QpJur2dWWDjF6C758FbBw5vm12BaVipnK"));
        const Chat::Usage usage = mergedUsage(events);
        QCOMPARE(usage.inputTokens, std::optional<qint64>(11));
        QCOMPARE(usage.outputTokens, std::optional<qint64>(6));
        QVERIFY(!usage.cachedTokens);
        QVERIFY(!usage.cacheWriteTokens);
    }

    void thinkingBecomesReasoningApartFromText()
    {
        const QList<StreamEvent> events =
            decode(fixture(QStringLiteral("anthropic-vercel-clear-thinking.sse")), 17);
        QCOMPARE(joined(events, Kind::ReasoningDelta),
                 QStringLiteral("The previous result was 925. Now I need to divide that by "
                                "5.\n\n925 \u00f7 5 = 185"));
        QCOMPARE(joined(events, Kind::TextDelta), QStringLiteral("925 \u00f7 5 = 185"));
        QCOMPARE(mergedUsage(events).outputTokens, std::optional<qint64>(53));
    }

    void thinkingTokensAreReportedAsReasoning()
    {
        const QList<StreamEvent> events =
            decode(fixture(QStringLiteral("anthropic-fable-fallback-stream-a-refusal.sse")));
        QVERIFY(joined(events, Kind::ReasoningDelta).startsWith(QLatin1String("Simple educ")));
        QCOMPARE(mergedUsage(events).reasoningTokens, std::optional<qint64>(67));
    }

    void cacheReadAndWriteCountsAreRead()
    {
        const QList<StreamEvent> events =
            decode(fixture(QStringLiteral("anthropic-vercel-prompt-cache-code-execution.sse")));
        const Chat::Usage usage = mergedUsage(events);
        QCOMPARE(usage.cachedTokens, std::optional<qint64>(6289));
        QCOMPARE(usage.cacheWriteTokens, std::optional<qint64>(3337));
        QCOMPARE(usage.inputTokens, std::optional<qint64>(6));
        QCOMPARE(usage.outputTokens, std::optional<qint64>(198));
        // The code-execution tool's input JSON is not text.
        QVERIFY(!joined(events, Kind::TextDelta).contains(QLatin1String("seq")));
    }

    void inputTokensOfMessageDeltaWinOverMessageStart()
    {
        const QList<StreamEvent> events =
            decode(fixture(QStringLiteral("anthropic-vercel-message-delta-input-tokens.sse")));
        QCOMPARE(joined(events, Kind::TextDelta), QStringLiteral("pong"));
        QCOMPARE(mergedUsage(events).inputTokens, std::optional<qint64>(61));
        QCOMPARE(mergedUsage(events).outputTokens, std::optional<qint64>(2));
    }

    void duplicateMessageStartIsIgnored()
    {
        const QList<StreamEvent> events =
            decode(fixture(QStringLiteral("anthropic-vercel-duplicate-message-start.sse")));
        QCOMPARE(countOf(events, Kind::GenerationId), 1);
        QCOMPARE(countOf(events, Kind::TextDelta), 1);
        QCOMPARE(mergedUsage(events).inputTokens, std::optional<qint64>(17));
        QCOMPARE(mergedUsage(events).outputTokens, std::optional<qint64>(227));
    }

    void splicedMessageStartEndsTheAnswerBeforeTheSecondMessage()
    {
        const QList<StreamEvent> events =
            decode(fixture(QStringLiteral("anthropic-vercel-spliced-message-start.sse")));
        QCOMPARE(joined(events, Kind::ReasoningDelta), QStringLiteral("I will call the tool."));
        QCOMPARE(countOf(events, Kind::GenerationId), 1);
        QCOMPARE(lastOf(events, Kind::GenerationId)->text, QStringLiteral("msg_first"));
        QVERIFY(lastOf(events, Kind::Malformed)->text.contains(QLatin1String("msg_second")));
        QVERIFY(!lastOf(events, Kind::Finish));
    }

    void overloadedErrorCarriesTypeMessageAndStatus()
    {
        for (const char* name : {"anthropic-sdktest-error-overloaded.sse",
                                 "anthropic-vercel-error-first-event-overloaded.sse",
                                 "anthropic-vercel-error-mid-stream-overloaded.sse"}) {
            const QList<StreamEvent> events = decode(fixture(QString::fromLatin1(name)), 5);
            const StreamEvent* error = lastOf(events, Kind::Error);
            QVERIFY2(error, name);
            QCOMPARE(error->text, QStringLiteral("Overloaded"));
            QCOMPARE(error->errorType, QStringLiteral("overloaded_error"));
            QCOMPARE(error->errorStatus, 529);
            QCOMPARE(
                Chat::outcomeForHttpError(error->errorStatus, error->errorType, error->errorCode),
                Chat::Outcome::Overloaded);
        }
    }

    void toolInputDoesNotDisturbText()
    {
        const QList<StreamEvent> events =
            decode(fixture(QStringLiteral("anthropic-incomplete-partial-json.sse")), 3);
        const QString text = joined(events, Kind::TextDelta);
        QVERIFY(!text.contains(QLatin1String("filename")));
        QVERIFY(!text.contains(QLatin1String("TAX GUIDE")));
        QVERIFY(joined(events, Kind::ReasoningDelta).isEmpty());
    }

    void webSearchCitationsAndResultsAreNotText()
    {
        const QList<StreamEvent> events =
            decode(fixture(QStringLiteral("anthropic-vercel-web-search-server-tool.sse")), 4096);
        const QString text = joined(events, Kind::TextDelta);
        QVERIFY(!text.isEmpty());
        QVERIFY(!text.contains(QLatin1String("encrypted")));
        QCOMPARE(mergedUsage(events).inputTokens, std::optional<qint64>(15665));
        QCOMPARE(lastOf(events, Kind::Finish)->text, QStringLiteral("stop"));
    }

    // --- hand-made streams --------------------------------------------------------------

    void eventsWithoutEventLinesAreReadByTheirJsonType()
    {
        const QByteArray body =
            "data: {\"type\":\"message_start\",\"message\":{\"id\":\"msg_1\",\"usage\":"
            "{\"input_tokens\":3}}}\n\n"
            "event: ping\ndata: {\"type\":\"content_block_delta\",\"index\":0,\"delta\":"
            "{\"type\":\"text_delta\",\"text\":\"hi\"}}\n\n"
            "data: {\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"stop_sequence\"},"
            "\"usage\":{\"output_tokens\":1}}\n\n"
            "data: {\"type\":\"message_stop\"}\n\n";
        bool ended = false;
        const QList<StreamEvent> events = decode(body, 0, &ended);
        QCOMPARE(joined(events, Kind::TextDelta), QStringLiteral("hi"));
        QCOMPARE(lastOf(events, Kind::Finish)->text, QStringLiteral("stop"));
        QVERIFY(ended);
    }

    void textInTheBlockStartIsShown()
    {
        const QByteArray body =
            "event: content_block_start\ndata: {\"type\":\"content_block_start\",\"index\":0,"
            "\"content_block\":{\"type\":\"thinking\",\"thinking\":\"hmm \"}}\n\n"
            "event: content_block_start\ndata: {\"type\":\"content_block_start\",\"index\":1,"
            "\"content_block\":{\"type\":\"text\",\"text\":\"Start \"}}\n\n"
            "event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":1,"
            "\"delta\":{\"type\":\"text_delta\",\"text\":\"end\"}}\n\n";
        const QList<StreamEvent> events = decode(body);
        QCOMPARE(joined(events, Kind::TextDelta), QStringLiteral("Start end"));
        QCOMPARE(joined(events, Kind::ReasoningDelta), QStringLiteral("hmm "));
    }

    void unknownEventTypesArePassedOver()
    {
        const QByteArray body =
            "event: brand_new\ndata: {\"type\":\"brand_new\",\"text\":\"no\"}\n\n"
            "event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":0,"
            "\"delta\":{\"type\":\"future_delta\",\"text\":\"no\"}}\n\n"
            "data: {\"no_type\":true}\n\n"
            "event: message_stop\ndata: {\"type\":\"message_stop\"}\n\n";
        bool ended = false;
        QVERIFY(decode(body, 0, &ended).isEmpty());
        QVERIFY(ended);
    }

    void garbageIsMalformedOnceAndEndsTheAnswer()
    {
        const QByteArray body =
            "event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":0,"
            "\"delta\":{\"type\":\"text_delta\",\"text\":\"ok \"}}\n\n"
            "event: content_block_delta\ndata: {unparsable}\n\n"
            "data: [1,2]\n\n"
            "event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":0,"
            "\"delta\":{\"type\":\"text_delta\",\"text\":\"late\"}}\n\n"
            "event: message_stop\ndata: {\"type\":\"message_stop\"}\n\n";
        bool ended = true;
        const QList<StreamEvent> events = decode(body, 3, &ended);
        QCOMPARE(joined(events, Kind::TextDelta), QStringLiteral("ok "));
        QCOMPARE(countOf(events, Kind::Malformed), 1);
        QVERIFY(events.last().text.contains(QLatin1String("{unparsable}")));
        QVERIFY(!ended);
    }

    void oversizedEventIsMalformedWhereverTheBytesAreCut()
    {
        const QByteArray big(300, 'x');
        const QByteArray body =
            "event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":0,"
            "\"delta\":{\"type\":\"text_delta\",\"text\":\"before\"}}\n\n"
            "event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":0,"
            "\"delta\":{\"type\":\"text_delta\",\"text\":\""
            + big
            + "\"}}\n\n"
              "event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":0,"
              "\"delta\":{\"type\":\"text_delta\",\"text\":\"after\"}}\n\n";
        const QList<StreamEvent> whole = decode(body, 0, nullptr, 256);
        QCOMPARE(joined(whole, Kind::TextDelta), QStringLiteral("before"));
        QCOMPARE(countOf(whole, Kind::Malformed), 1);
        QVERIFY(whole.last().text.contains(QLatin1String("256 bytes")));
        for (qsizetype chunk : {1, 2, 7, 64, 255, 1000})
            QCOMPARE(describeAll(decode(body, chunk, nullptr, 256)), describeAll(whole));
    }

    void streamCutBeforeMessageStopHasNotReachedItsEnd()
    {
        QByteArray body = fixture(QStringLiteral("anthropic-vercel-text-ping.sse"));
        body.truncate(body.indexOf("event: message_delta"));
        bool ended = true;
        const QList<StreamEvent> events = decode(body, 0, &ended);
        QVERIFY(!ended);
        QVERIFY(!lastOf(events, Kind::Finish));
        QVERIFY(!lastOf(events, Kind::Malformed));
    }

    void halfWrittenLastEventIsACutNotGarbage()
    {
        QByteArray body = fixture(QStringLiteral("anthropic-basic.sse"));
        body.chop(5); // inside `data: {"type":"message_stop"}`, which has no final newline
        bool ended = true;
        const QList<StreamEvent> events = decode(body, 0, &ended);
        QVERIFY(!ended);
        QVERIFY(!lastOf(events, Kind::Malformed));
        QCOMPARE(joined(events, Kind::TextDelta), QStringLiteral("Hello there!"));
    }

    void errorTypesMapToAnthropicStatuses_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("outcome");
        QTest::newRow("overloaded") << "overloaded_error" << 529 << "overloaded";
        QTest::newRow("rate limit") << "rate_limit_error" << 429 << "rate_limited";
        QTest::newRow("api") << "api_error" << 500 << "server_error";
        QTest::newRow("authentication") << "authentication_error" << 401 << "auth";
        QTest::newRow("permission") << "permission_error" << 403 << "auth";
        QTest::newRow("not found") << "not_found_error" << 404 << "not_found";
        QTest::newRow("too large") << "request_too_large" << 413 << "context_length";
        QTest::newRow("invalid request") << "invalid_request_error" << 400 << "bad_request";
        QTest::newRow("unknown") << "brand_new_error" << 0 << "server_error";
    }

    void errorTypesMapToAnthropicStatuses()
    {
        QFETCH(QString, type);
        QFETCH(int, status);
        QFETCH(QString, outcome);
        const QByteArray body = "event: error\ndata: {\"type\":\"error\",\"error\":{\"type\":\""
                                + type.toUtf8() + "\",\"message\":\"m\"}}\n\n";
        const QList<StreamEvent> events = decode(body);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().kind, Kind::Error);
        QCOMPARE(events.first().errorStatus, status);
        // ProviderCall takes an in-band error without a status as a 500.
        QCOMPARE(Chat::outcomeName(Chat::outcomeForHttpError(status > 0 ? status : 500, type, {})),
                 outcome);
    }

    void stopReasonsAreNormalized_data()
    {
        QTest::addColumn<QString>("stopReason");
        QTest::addColumn<QString>("finish");
        QTest::newRow("end_turn") << "end_turn"
                                  << "stop";
        QTest::newRow("stop_sequence") << "stop_sequence"
                                       << "stop";
        QTest::newRow("pause_turn") << "pause_turn"
                                    << "stop";
        QTest::newRow("max_tokens") << "max_tokens"
                                    << "length";
        QTest::newRow("tool_use") << "tool_use"
                                  << "tool_calls";
        QTest::newRow("refusal") << "refusal"
                                 << "content_filter";
        QTest::newRow("other") << "model_context_window_exceeded"
                               << "model_context_window_exceeded";
    }

    void stopReasonsAreNormalized()
    {
        QFETCH(QString, stopReason);
        QFETCH(QString, finish);
        QCOMPARE(Providers::finishReasonFromAnthropic(stopReason), finish);
    }

    // --- non-streamed answers and errors ------------------------------------------------

    void wholeMessageBecomesEvents()
    {
        const QByteArray body =
            "{\"model\":\"claude-x\",\"id\":\"msg_01abc\",\"type\":\"message\",\"role\":"
            "\"assistant\",\"content\":[{\"type\":\"thinking\",\"thinking\":\"Let me "
            "see.\",\"signature\":\"s\"},{\"type\":\"text\",\"text\":\"Hi!\"},{\"type\":"
            "\"tool_use\",\"id\":\"t\",\"name\":\"f\",\"input\":{}}],\"stop_reason\":\"max_"
            "tokens\","
            "\"stop_sequence\":null,\"usage\":{\"input_tokens\":3,\"cache_read_input_tokens\":2,"
            "\"cache_creation_input_tokens\":1,\"output_tokens\":4}}";
        const QList<StreamEvent> events = Providers::AnthropicAdapter().parseCompletion(body);
        QCOMPARE(joined(events, Kind::TextDelta), QStringLiteral("Hi!"));
        QCOMPARE(joined(events, Kind::ReasoningDelta), QStringLiteral("Let me see."));
        QCOMPARE(lastOf(events, Kind::GenerationId)->text, QStringLiteral("msg_01abc"));
        const Chat::Usage usage = mergedUsage(events);
        QCOMPARE(usage.inputTokens, std::optional<qint64>(3));
        QCOMPARE(usage.cachedTokens, std::optional<qint64>(2));
        QCOMPARE(usage.cacheWriteTokens, std::optional<qint64>(1));
        QCOMPARE(usage.outputTokens, std::optional<qint64>(4));
        QCOMPARE(events.last().kind, Kind::Finish);
        QCOMPARE(events.last().text, QStringLiteral("length"));
    }

    void unreadableWholeAnswerIsOneMalformedEvent_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("html") << QByteArray("<html>captive portal</html>");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("no content") << QByteArray("{\"id\":\"msg_1\",\"type\":\"message\"}");
        QTest::newRow("array") << QByteArray("[]");
    }

    void unreadableWholeAnswerIsOneMalformedEvent()
    {
        QFETCH(QByteArray, body);
        const QList<StreamEvent> events = Providers::AnthropicAdapter().parseCompletion(body);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().kind, Kind::Malformed);
    }

    void errorInsideA200AnswerIsAnError()
    {
        const QList<StreamEvent> events = Providers::AnthropicAdapter().parseCompletion(
            "{\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":"
            "\"Overloaded\"}}");
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().kind, Kind::Error);
        QCOMPARE(events.first().errorStatus, 529);
    }

    void errorBodiesAreReadInEveryShape_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("outcome");
        QTest::newRow("not found") << 404
                                   << QByteArray("{\"type\":\"error\",\"error\":{\"type\":\"not_"
                                                 "found_error\",\"message\":\"model: "
                                                 "claude-nope\"},\"request_id\":\"req_011C\"}")
                                   << "model: claude-nope"
                                   << "not_found_error"
                                   << ""
                                   << "not_found";
        QTest::newRow("prompt is too long")
            << 400
            << QByteArray("{\"type\":\"error\",\"error\":{\"type\":\"invalid_request_error\","
                          "\"message\":\"prompt is too long: 201234 tokens > 200000 maximum\"}}")
            << "prompt is too long: 201234 tokens > 200000 maximum"
            << "invalid_request_error"
            << "context_length_exceeded"
            << "context_length";
        QTest::newRow("input and max_tokens exceed the context")
            << 400
            << QByteArray("{\"type\":\"error\",\"error\":{\"type\":\"invalid_request_error\","
                          "\"message\":\"input length and `max_tokens` exceed context limit: "
                          "187254 + 20000 > 200000, decrease input length or `max_tokens` and "
                          "try again\"}}")
            << "input length and `max_tokens` exceed context limit: 187254 + 20000 > 200000, "
               "decrease input length or `max_tokens` and try again"
            << "invalid_request_error"
            << "context_length_exceeded"
            << "context_length";
        QTest::newRow("other invalid request")
            << 400
            << QByteArray("{\"type\":\"error\",\"error\":{\"type\":\"invalid_request_error\","
                          "\"message\":\"max_tokens: Field required\"}}")
            << "max_tokens: Field required"
            << "invalid_request_error"
            << ""
            << "bad_request";
        QTest::newRow("overloaded 529")
            << 529
            << QByteArray("{\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\","
                          "\"message\":\"Overloaded\"}}")
            << "Overloaded"
            << "overloaded_error"
            << ""
            << "overloaded";
        QTest::newRow("html 502") << 502
                                  << QByteArray("<html>\n<body>502 Bad Gateway</body>\n</html>")
                                  << "<html> <body>502 Bad Gateway</body> </html>"
                                  << ""
                                  << ""
                                  << "server_error";
        QTest::newRow("plain text")
            << 503 << QByteArray("upstream connect error") << "upstream connect error"
            << ""
            << ""
            << "overloaded";
        QTest::newRow("empty") << 500 << QByteArray() << "empty response body"
                               << ""
                               << ""
                               << "server_error";
        QTest::newRow("only a byte order mark")
            << 500 << QByteArray("\xEF\xBB\xBF") << "empty response body"
            << ""
            << ""
            << "server_error";
        QTest::newRow("error without message")
            << 401
            << QByteArray("{\"type\":\"error\",\"error\":{\"type\":\"authentication_error\"}}")
            << "{\"type\":\"error\",\"error\":{\"type\":\"authentication_error\"}}"
            << "authentication_error"
            << ""
            << "auth";
    }

    void errorBodiesAreReadInEveryShape()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        QFETCH(QString, type);
        QFETCH(QString, code);
        QFETCH(QString, outcome);
        const Providers::ProviderError error =
            Providers::AnthropicAdapter().parseError(status, body);
        QCOMPARE(error.message, message);
        QCOMPARE(error.type, type);
        QCOMPARE(error.code, code);
        QCOMPARE(Chat::outcomeName(Chat::outcomeForHttpError(status, error.type, error.code)),
                 outcome);
    }

    // --- models -------------------------------------------------------------------------

    void modelsRequestAsksForLargePagesAfterTheLastId()
    {
        const Providers::AnthropicAdapter adapter;
        const QNetworkRequest first = adapter.modelsRequest(anthropicProvider(), kKey, {});
        QCOMPARE(first.url(),
                 QUrl(QStringLiteral("https://api.anthropic.com/v1/models?limit=1000")));
        QCOMPARE(first.rawHeader("x-api-key"), kKey.toUtf8());
        QCOMPARE(first.rawHeader("anthropic-version"), QByteArray("2023-06-01"));
        QVERIFY(!first.hasRawHeader("Authorization"));
        const QNetworkRequest next =
            adapter.modelsRequest(anthropicProvider(), kKey, QStringLiteral("claude-3-haiku"));
        QCOMPARE(QUrlQuery(next.url()).queryItemValue(QStringLiteral("after_id")),
                 QStringLiteral("claude-3-haiku"));
        QCOMPARE(QUrlQuery(next.url()).queryItemValue(QStringLiteral("limit")),
                 QStringLiteral("1000"));
        QCOMPARE(next.url().path(), QStringLiteral("/v1/models"));
    }

    void modelListPagesByLastIdWhileThereIsMore()
    {
        const Providers::AnthropicAdapter adapter;
        const Providers::ModelList page = adapter.parseModels(
            "{\"data\":[{\"type\":\"model\",\"id\":\"claude-opus-4-1\",\"display_name\":\"Claude "
            "Opus 4.1\",\"created_at\":\"2025-08-05T00:00:00Z\"},{\"type\":\"model\",\"id\":"
            "\"claude-sonnet-4-5\",\"display_name\":\"Claude Sonnet 4.5\",\"created_at\":"
            "\"2025-09-29T00:00:00Z\"}],\"has_more\":true,\"first_id\":\"claude-opus-4-1\","
            "\"last_id\":\"claude-sonnet-4-5\"}");
        QVERIFY(page.error.isEmpty());
        QCOMPARE(page.models.size(), 2);
        QCOMPARE(page.models.at(0).id, QStringLiteral("claude-opus-4-1"));
        QCOMPARE(page.models.at(0).displayName, QStringLiteral("Claude Opus 4.1"));
        QCOMPARE(page.models.at(1).displayName, QStringLiteral("Claude Sonnet 4.5"));
        QCOMPARE(page.nextPageToken, QStringLiteral("claude-sonnet-4-5"));

        const Providers::ModelList last = adapter.parseModels(
            "{\"data\":[{\"type\":\"model\",\"id\":\"claude-3-haiku\"}],\"has_more\":false,"
            "\"first_id\":\"claude-3-haiku\",\"last_id\":\"claude-3-haiku\"}");
        QCOMPARE(last.models.size(), 1);
        QVERIFY(last.nextPageToken.isEmpty());

        const Providers::ModelList emptyButMore =
            adapter.parseModels("{\"data\":[],\"has_more\":true,\"last_id\":null}");
        QVERIFY(emptyButMore.nextPageToken.isEmpty());
        QVERIFY(!adapter.parseModels("<html>no</html>").error.isEmpty());
        QVERIFY(!adapter.parseModels("{\"models\":[]}").error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAnthropicAdapter)
#include "tst_anthropicadapter.moc"
