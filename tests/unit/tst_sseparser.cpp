// Unit tests for Stream::SseParser: the WHATWG event-stream rules, the fixtures of
// tests/fixtures/SOURCES.md section 8 (openai-node and web-platform-tests cases), chunking
// independence over every *.sse fixture, and the overflow guard.
#include "stream/SseParser.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

#include <optional>

using Stream::SseEvent;
using Stream::SseParser;
using Events = QList<SseEvent>;

Q_DECLARE_METATYPE(Stream::SseEvent)

namespace {

SseEvent sse(const QString& data, const QString& type = QStringLiteral("message"),
             const QString& lastEventId = {})
{
    SseEvent e;
    e.type = type;
    e.data = data;
    e.lastEventId = lastEventId;
    return e;
}

// A string literal with embedded NULs, all of it (without the terminating NUL).
template <qsizetype N>
QByteArray bytes(const char (&literal)[N])
{
    return QByteArray(literal, N - 1);
}

QString fixturesDir()
{
    return QString::fromUtf8(SWITCHBOARD_FIXTURES_DIR);
}

std::optional<QByteArray> readFixture(const QString& name)
{
    QFile file(fixturesDir() + QLatin1Char('/') + name);
    if (!file.open(QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    return file.readAll();
}

// A `.splits` file: one chunk length per line.
std::optional<QList<qsizetype>> readSplits(const QString& name)
{
    const auto text = readFixture(name);
    if (!text) {
        return std::nullopt;
    }
    QList<qsizetype> sizes;
    for (const QByteArray& line : text->split('\n')) {
        const QByteArray trimmed = line.trimmed();
        if (trimmed.isEmpty()) {
            continue;
        }
        bool ok = false;
        const qsizetype size = trimmed.toLongLong(&ok);
        if (!ok || size < 0) {
            return std::nullopt;
        }
        sizes.append(size);
    }
    return sizes;
}

// Everything a caller can observe after feeding a whole stream and calling finish().
struct Outcome {
    Events events;                // returned by feed()
    std::optional<SseEvent> tail; // returned by finish()
    std::optional<qint64> retry;  // read before finish()
    QString lastEventId;          // read before finish()
    qsizetype comments = 0;       // read before finish()
    bool overflowed = false;      // read before finish()
    friend bool operator==(const Outcome&, const Outcome&) = default;
};

Outcome run(const QByteArray& input, const QList<qsizetype>& chunkSizes,
            qsizetype maxEventBytes = SseParser::DefaultMaxEventBytes)
{
    SseParser parser(maxEventBytes);
    Outcome outcome;
    qsizetype pos = 0;
    for (const qsizetype size : chunkSizes) {
        const qsizetype take = std::min(size, input.size() - pos);
        outcome.events += parser.feed(QByteArrayView(input).sliced(pos, take));
        pos += take;
    }
    if (pos < input.size()) {
        outcome.events += parser.feed(QByteArrayView(input).sliced(pos));
    }
    outcome.retry = parser.retryMs();
    outcome.lastEventId = parser.lastEventId();
    outcome.comments = parser.commentCount();
    outcome.overflowed = parser.overflowed();
    outcome.tail = parser.finish();
    return outcome;
}

QList<qsizetype> whole(const QByteArray& input)
{
    return {input.size()};
}

QList<qsizetype> oneByteAtATime(const QByteArray& input)
{
    return QList<qsizetype>(input.size(), 1);
}

// Chunks of 0..64 bytes (empty feeds included) from a fixed-seed generator: reproducible.
QList<qsizetype> randomChunks(const QByteArray& input, quint32 seed)
{
    QRandomGenerator rng(seed);
    QList<qsizetype> sizes;
    qsizetype total = 0;
    while (total < input.size()) {
        const qsizetype size = rng.bounded(65);
        sizes.append(size);
        total += size;
    }
    return sizes;
}

Events feedAll(SseParser& parser, const QList<QByteArray>& chunks)
{
    Events events;
    for (const QByteArray& chunk : chunks) {
        events += parser.feed(chunk);
    }
    return events;
}

// Readable, unambiguous rendering for QCOMPARE failure messages.
QString escaped(const QString& s)
{
    QString out;
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if (u == u'\\' || u == u'"') {
            out += QLatin1Char('\\') + c;
        } else if (u == u'\n') {
            out += QLatin1String("\\n");
        } else if (u >= 0x20 && u < 0x7f) {
            out += c;
        } else {
            out += QStringLiteral("\\u%1").arg(int(u), 4, 16, QLatin1Char('0'));
        }
    }
    return QLatin1Char('"') + out + QLatin1Char('"');
}

QString describe(const SseEvent& e)
{
    return QStringLiteral("{type=%1 data=%2 id=%3}")
        .arg(escaped(e.type), escaped(e.data), escaped(e.lastEventId));
}

QString describe(const Events& events)
{
    QStringList parts;
    for (const SseEvent& e : events) {
        parts.append(describe(e));
    }
    return QLatin1Char('[') + parts.join(QLatin1String(", ")) + QLatin1Char(']');
}

QString describe(const Outcome& o)
{
    return QStringLiteral("events=%1 tail=%2 retry=%3 id=%4 comments=%5 overflowed=%6")
        .arg(describe(o.events), o.tail ? describe(*o.tail) : QStringLiteral("none"),
             o.retry ? QString::number(*o.retry) : QStringLiteral("none"), escaped(o.lastEventId),
             QString::number(o.comments),
             o.overflowed ? QStringLiteral("yes") : QStringLiteral("no"));
}

} // namespace

namespace Stream {
// Lets QCOMPARE print events.
char* toString(const SseEvent& e)
{
    return QTest::toString(describe(e));
}
} // namespace Stream

class TestSseParser : public QObject {
    Q_OBJECT

private slots:
    // --- SOURCES.md 8a: openai-node streaming cases, fed in their recorded network chunks ---
    void openAiNodeCasesGiveTheExpectedEvents_data();
    void openAiNodeCasesGiveTheExpectedEvents();

    // --- SOURCES.md 8b: web-platform-tests eventsource format cases ---
    void wptCasesBehaveLikeABrowser_data();
    void wptCasesBehaveLikeABrowser();

    // --- every fixture: chunking never changes the result ---
    void fixtureFolderHoldsSseFiles();
    void everyFixtureParsesTheSameWholeBytewiseAndInRandomChunks_data();
    void everyFixtureParsesTheSameWholeBytewiseAndInRandomChunks();

    // --- real provider recordings ---
    void openAiChatStreamEndsWithDoneEvent();
    void anthropicStreamWithoutFinalBlankLineYieldsMessageStopFromFinish();
    void geminiStreamWithCrlfFramingGivesCleanJsonEvents();
    void llamaCppKeepAliveCommentsAreCounted();

    // --- line ends ---
    void crAtEndOfFeedAndLfAtStartOfNextFeedAreOneLineEnd();
    void crAtEndOfFeedFollowedByOtherTextIsALineEnd();
    void emptyFeedBetweenCrAndLfKeepsThemOneLineEnd();
    void loneCrCrlfAndLfMayBeMixed();

    // --- BOM and UTF-8 ---
    void bomSplitAcrossFeedsIsSkipped();
    void onlyTheFirstBomIsSkipped();
    void bomAfterTheFirstLineIsData();
    void multiByteCharactersSplitAcrossFeedsAreDecodedWhole();
    void invalidUtf8BecomesReplacementCharacters();
    void nulCharactersInDataArePreserved();

    // --- fields ---
    void commentLinesAreCountedAndIgnored();
    void retryAcceptsOnlyAsciiDigits_data();
    void retryAcceptsOnlyAsciiDigits();
    void retryAppliesWithoutDispatchingAnEvent();
    void idContainingNulIsIgnored();
    void idPersistsAcrossEventsAndEmptyIdClearsIt();
    void lastEventIdIsCommittedAtBlankLineEvenWithoutData();
    void emptyEventFieldMeansMessage();
    void eventTypeIsResetAfterEveryBlankLine();
    void fieldNamesAreCaseSensitiveAndUnknownFieldsIgnored();
    void onlyOneSpaceAfterColonIsRemoved();
    void lineWithoutColonIsFieldWithEmptyValue();
    void blankLineWithEmptyDataBufferDispatchesNothing();

    // --- overflow guard ---
    void lineLongerThanLimitOverflowsAndParserRecoversAtNextBlankLine();
    void overlongLineIsDetectedBeforeItsLineEndArrives();
    void eventLargerThanLimitAcrossManyLinesOverflows();
    void lineOfExactlyTheLimitIsAccepted();
    void overflowDropsFieldsAndCommentsUntilBlankLine();

    // --- finish() and reset() ---
    void finishReturnsUnterminatedEventIncludingLastLineWithoutLineEnd();
    void finishReturnsNothingWhenDataBufferIsEmpty();
    void finishReturnsNothingAfterOverflowInsideTheEvent();
    void finishTakesTheLastLineEvenWhenItBringsTheEventOverTheLimit();
    void finishResetsTheParser();
    void resetForgetsEverything();

    // --- performance shape ---
    void hugeDataLineFedInTinyChunksIsParsed();
};

// ------------------------------------------------------------------------------------------------

void TestSseParser::openAiNodeCasesGiveTheExpectedEvents_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<Events>("expected");

    const QString completion = QStringLiteral("completion");
    const QString ping = QStringLiteral("ping");
    QTest::newRow("basic") << QStringLiteral("sse-openai-node-basic")
                           << Events{sse(QStringLiteral("{\"foo\":true}"), completion)};
    QTest::newRow("data-without-event") << QStringLiteral("sse-openai-node-data-without-event")
                                        << Events{sse(QStringLiteral("{\"foo\":true}"))};
    // openai-node yields an event with data ""; WHATWG (and a browser) dispatch nothing.
    QTest::newRow("event-without-data")
        << QStringLiteral("sse-openai-node-event-without-data") << Events{};
    QTest::newRow("multiple-events")
        << QStringLiteral("sse-openai-node-multiple-events") << Events{};
    QTest::newRow("multiple-events-with-data")
        << QStringLiteral("sse-openai-node-multiple-events-with-data")
        << Events{sse(QStringLiteral("{\"foo\":true}"), QStringLiteral("foo")),
                  sse(QStringLiteral("{\"bar\":false}"), ping)};
    QTest::newRow("multiple-data-lines-with-empty-line")
        << QStringLiteral("sse-openai-node-multiple-data-lines-with-empty-line")
        << Events{sse(QStringLiteral("{\n\"foo\":\n\n\ntrue}"), ping)};
    QTest::newRow("data-json-escaped-double-new-line")
        << QStringLiteral("sse-openai-node-data-json-escaped-double-new-line")
        << Events{sse(QStringLiteral("{\"foo\": \"my long\\n\\ncontent\"}"), ping)};
    QTest::newRow("special-new-line-characters")
        << QStringLiteral("sse-openai-node-special-new-line-characters")
        << Events{sse(QStringLiteral("{\"content\": \"culpa \"}")),
                  sse(QStringLiteral("{\"content\": \"") + QChar(0x2028) + QStringLiteral("\"}")),
                  sse(QStringLiteral("{\"content\": \"foo\"}"))};
    QTest::newRow("multi-byte-characters-across-chunks")
        << QStringLiteral("sse-openai-node-multi-byte-characters-across-chunks")
        << Events{sse(QStringLiteral("{\"content\": \"известни\"}"), completion)};
}

void TestSseParser::openAiNodeCasesGiveTheExpectedEvents()
{
    QFETCH(QString, file);
    QFETCH(Events, expected);

    const auto input = readFixture(file + QStringLiteral(".sse"));
    const auto splits = readSplits(file + QStringLiteral(".splits"));
    QVERIFY2(input, qPrintable(file));
    QVERIFY2(splits, qPrintable(file));
    qsizetype splitTotal = 0;
    for (const qsizetype size : *splits) {
        splitTotal += size;
    }
    QCOMPARE(splitTotal, input->size());

    const Outcome recorded = run(*input, *splits);
    QCOMPARE(describe(recorded.events), describe(expected));
    QCOMPARE(recorded.events, expected);
    QVERIFY(!recorded.tail);
    QVERIFY(!recorded.overflowed);
    QCOMPARE(describe(run(*input, whole(*input))), describe(recorded));
    QCOMPARE(describe(run(*input, oneByteAtATime(*input))), describe(recorded));
}

void TestSseParser::wptCasesBehaveLikeABrowser_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<Events>("expected");
    QTest::addColumn<qint64>("retry"); // -1: no valid retry field
    QTest::addColumn<int>("comments");
    QTest::addColumn<Events>("tail"); // what finish() returns (at most one event)

    const QString test = QStringLiteral("test");
    QTest::newRow("newlines-cr-crlf-lf")
        << QStringLiteral("sse-wpt-newlines-cr-crlf-lf")
        << Events{sse(QStringLiteral("test\n\ntest"))} << qint64(-1) << 0 << Events{};
    QTest::newRow("comments") << QStringLiteral("sse-wpt-comments")
                              << Events{sse(QStringLiteral("1\n2\n3\n4"))} << qint64(-1) << 5
                              << Events{};
    QTest::newRow("field-parsing")
        << QStringLiteral("sse-wpt-field-parsing")
        << Events{sse(QString(QChar(0)) + QStringLiteral("\n 2\n1\n3\n\n4"))} << qint64(-1) << 0
        << Events{};
    QTest::newRow("field-unknown")
        << QStringLiteral("sse-wpt-field-unknown") << Events{sse(QStringLiteral("test\n\ntest"))}
        << qint64(-1) << 1 << Events{};
    QTest::newRow("leading-space-tab-cr")
        << QStringLiteral("sse-wpt-leading-space-tab-cr")
        << Events{sse(QStringLiteral("\ttest\n\ntest"))} << qint64(-1) << 0 << Events{};
    QTest::newRow("field-data") << QStringLiteral("sse-wpt-field-data")
                                << Events{sse(QString()), sse(QStringLiteral("\n")), sse(test)}
                                << qint64(-1) << 0 << Events{};
    QTest::newRow("field-event") << QStringLiteral("sse-wpt-field-event")
                                 << Events{sse(QStringLiteral("x"), test), sse(QStringLiteral("x"))}
                                 << qint64(-1) << 0 << Events{};
    QTest::newRow("field-event-empty")
        << QStringLiteral("sse-wpt-field-event-empty") << Events{sse(QStringLiteral("data"))}
        << qint64(-1) << 0 << Events{};
    QTest::newRow("null-character")
        << QStringLiteral("sse-wpt-null-character") << Events{sse(QString(QChar(0)))} << qint64(-1)
        << 0 << Events{};
    QTest::newRow("bom") << QStringLiteral("sse-wpt-bom")
                         << Events{sse(QStringLiteral("1")), sse(QStringLiteral("3"))} << qint64(-1)
                         << 0 << Events{};
    QTest::newRow("bom-double") << QStringLiteral("sse-wpt-bom-double")
                                << Events{sse(QStringLiteral("2")), sse(QStringLiteral("3"))}
                                << qint64(-1) << 0 << Events{};
    QTest::newRow("field-retry-leading-zero")
        << QStringLiteral("sse-wpt-field-retry-leading-zero") << Events{sse(QStringLiteral("x"))}
        << qint64(2000) << 0 << Events{};
    QTest::newRow("field-retry-bogus")
        << QStringLiteral("sse-wpt-field-retry-bogus") << Events{sse(QStringLiteral("x"))}
        << qint64(2000) << 0 << Events{};
    // A browser drops "test2" and keeps lastEventId ""; finish() hands the unterminated event over.
    QTest::newRow("data-before-final-empty-line")
        << QStringLiteral("sse-wpt-data-before-final-empty-line")
        << Events{sse(QStringLiteral("test1"))} << qint64(1000) << 0
        << Events{sse(QStringLiteral("test2"), QStringLiteral("message"), test)};
}

void TestSseParser::wptCasesBehaveLikeABrowser()
{
    QFETCH(QString, file);
    QFETCH(Events, expected);
    QFETCH(qint64, retry);
    QFETCH(int, comments);
    QFETCH(Events, tail);

    const auto input = readFixture(file + QStringLiteral(".sse"));
    QVERIFY2(input, qPrintable(file));

    Outcome want;
    want.events = expected;
    if (!tail.isEmpty()) {
        want.tail = tail.first();
    }
    if (retry >= 0) {
        want.retry = retry;
    }
    want.comments = comments;
    // lastEventId stays "" in every case (data-before-final-empty-line: "test" is never committed).

    QCOMPARE(describe(run(*input, whole(*input))), describe(want));
    QCOMPARE(describe(run(*input, oneByteAtATime(*input))), describe(want));
    QVERIFY(run(*input, whole(*input)) == want);
}

// ------------------------------------------------------------------------------------------------

void TestSseParser::fixtureFolderHoldsSseFiles()
{
    const QStringList files =
        QDir(fixturesDir()).entryList({QStringLiteral("*.sse")}, QDir::Files, QDir::Name);
    QVERIFY2(files.size() >= 50, qPrintable(fixturesDir()));
}

void TestSseParser::everyFixtureParsesTheSameWholeBytewiseAndInRandomChunks_data()
{
    QTest::addColumn<QString>("file");
    const QStringList files =
        QDir(fixturesDir()).entryList({QStringLiteral("*.sse")}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        QTest::newRow(qPrintable(file)) << file;
    }
}

void TestSseParser::everyFixtureParsesTheSameWholeBytewiseAndInRandomChunks()
{
    QFETCH(QString, file);
    const auto input = readFixture(file);
    QVERIFY(input);
    QVERIFY(!input->isEmpty());

    const Outcome reference = run(*input, whole(*input));
    QVERIFY(!reference.overflowed);

    const Outcome bytewise = run(*input, oneByteAtATime(*input));
    QCOMPARE(describe(bytewise), describe(reference));
    QVERIFY(bytewise == reference);

    for (const quint32 seed : {20240601u, 7u, 0xC0FFEEu}) {
        const Outcome chunked = run(*input, randomChunks(*input, seed));
        QCOMPARE(describe(chunked), describe(reference));
        QVERIFY(chunked == reference);
    }
}

// ------------------------------------------------------------------------------------------------

void TestSseParser::openAiChatStreamEndsWithDoneEvent()
{
    const auto input = readFixture(QStringLiteral("openai-chat-text-usage.sse"));
    QVERIFY(input);
    const Outcome o = run(*input, whole(*input));
    QCOMPARE(o.events.size(), 34);
    QCOMPARE(o.events.last(), sse(QStringLiteral("[DONE]")));
    for (qsizetype i = 0; i + 1 < o.events.size(); ++i) {
        QCOMPARE(o.events.at(i).type, QStringLiteral("message"));
        QVERIFY(QJsonDocument::fromJson(o.events.at(i).data.toUtf8()).isObject());
    }
    QVERIFY(!o.tail);
    QCOMPARE(o.comments, 0);
}

void TestSseParser::anthropicStreamWithoutFinalBlankLineYieldsMessageStopFromFinish()
{
    const auto input = readFixture(QStringLiteral("anthropic-basic.sse"));
    QVERIFY(input);
    QVERIFY(!input->endsWith('\n')); // the recording ends right after the last data line
    const Outcome o = run(*input, whole(*input));
    QCOMPARE(o.events.size(), 8);
    QCOMPARE(o.events.first().type, QStringLiteral("message_start"));
    QCOMPARE(o.events.last().type, QStringLiteral("message_delta"));
    QVERIFY(o.tail);
    QCOMPARE(*o.tail,
             sse(QStringLiteral("{\"type\":\"message_stop\"}"), QStringLiteral("message_stop")));
}

void TestSseParser::geminiStreamWithCrlfFramingGivesCleanJsonEvents()
{
    const auto input = readFixture(QStringLiteral("gemini-stream-success-basic-reply-long.sse"));
    QVERIFY(input);
    QVERIFY(input->contains("\r\n\r\n"));
    const Outcome o = run(*input, whole(*input));
    QCOMPARE(o.events.size(), 36);
    for (const SseEvent& e : o.events) {
        QCOMPARE(e.type, QStringLiteral("message"));
        QVERIFY(!e.data.contains(QLatin1Char('\r')));
        QVERIFY(!e.data.contains(QLatin1Char('\n')));
        QVERIFY(QJsonDocument::fromJson(e.data.toUtf8()).isObject());
    }
    QVERIFY(!o.tail);
}

void TestSseParser::llamaCppKeepAliveCommentsAreCounted()
{
    const auto input =
        readFixture(QStringLiteral("llamacpp-completion-native-ollamatest-comments.sse"));
    QVERIFY(input);
    const Outcome o = run(*input, oneByteAtATime(*input));
    QCOMPARE(o.comments, 2);
    QCOMPARE(o.events.size(), 3);
}

// ------------------------------------------------------------------------------------------------

void TestSseParser::crAtEndOfFeedAndLfAtStartOfNextFeedAreOneLineEnd()
{
    SseParser parser;
    // Were the LF a second line end, it would be a blank line dispatching "a" on its own.
    Events events = parser.feed("data:a\r");
    events += parser.feed("\ndata:b\r");
    events += parser.feed("\n\r");
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first(), sse(QStringLiteral("a\nb")));
    QVERIFY(!parser.finish());
}

void TestSseParser::crAtEndOfFeedFollowedByOtherTextIsALineEnd()
{
    SseParser parser;
    const Events events = feedAll(parser, {"data:a\r", "data:b\r", "\r"});
    QCOMPARE(events, Events{sse(QStringLiteral("a\nb"))});
}

void TestSseParser::emptyFeedBetweenCrAndLfKeepsThemOneLineEnd()
{
    SseParser parser;
    const Events events = feedAll(parser, {"data:a\r", "", "\n", "", "data:b\r\n", "\r", "", "\n"});
    QCOMPARE(events, Events{sse(QStringLiteral("a\nb"))});
}

void TestSseParser::loneCrCrlfAndLfMayBeMixed()
{
    SseParser parser;
    const Events events = parser.feed("data:1\rdata:2\r\ndata:3\n\r\ndata:4\r\rdata:5\n\n");
    QCOMPARE(events, (Events{sse(QStringLiteral("1\n2\n3")), sse(QStringLiteral("4")),
                             sse(QStringLiteral("5"))}));
}

// ------------------------------------------------------------------------------------------------

void TestSseParser::bomSplitAcrossFeedsIsSkipped()
{
    SseParser parser;
    const Events events = feedAll(parser, {"\xEF", "\xBB",
                                           "\xBF"
                                           "da",
                                           "ta:x\n\n"});
    QCOMPARE(events, Events{sse(QStringLiteral("x"))});
}

void TestSseParser::onlyTheFirstBomIsSkipped()
{
    SseParser parser;
    // The second BOM makes the field name "\uFEFFdata": unknown, so "1" is not dispatched.
    const Events events = feedAll(parser, {"\xEF\xBB", "\xBF\xEF",
                                           "\xBB\xBF"
                                           "data:1\n\ndata:2\n\n"});
    QCOMPARE(events, Events{sse(QStringLiteral("2"))});
}

void TestSseParser::bomAfterTheFirstLineIsData()
{
    {
        SseParser parser;
        const Events events = parser.feed("data:1\n\n\xEF\xBB\xBF"
                                          "data:2\n\n");
        QCOMPARE(events, Events{sse(QStringLiteral("1"))});
    }
    {
        SseParser parser; // the BOM is only skipped on the very first line, not after a blank one
        const Events events = parser.feed("\n\xEF\xBB\xBF"
                                          "data:2\n\n");
        QCOMPARE(events, Events{});
    }
    {
        SseParser parser; // inside a value it is an ordinary character
        const Events events = parser.feed("data:\xEF\xBB\xBFx\n\n");
        QCOMPARE(events, Events{sse(QString(QChar(0xFEFF)) + QLatin1Char('x'))});
    }
}

void TestSseParser::multiByteCharactersSplitAcrossFeedsAreDecodedWhole()
{
    const QString text = QStringLiteral("é€😀 известни");
    const QByteArray input = "data: " + text.toUtf8() + "\n\n";
    const Outcome o = run(input, oneByteAtATime(input));
    QCOMPARE(o.events, Events{sse(text)});
    QCOMPARE(run(input, {7, 2, 1, 3}).events, Events{sse(text)});
}

void TestSseParser::invalidUtf8BecomesReplacementCharacters()
{
    const QChar replacement(QChar::ReplacementCharacter);
    SseParser parser;
    const Events events = feedAll(parser, {"data:a\xFF", "b\n", "data:\xD0", "\n\n"});
    QCOMPARE(events,
             Events{sse(QStringLiteral("a") + replacement + QStringLiteral("b\n") + replacement)});
}

void TestSseParser::nulCharactersInDataArePreserved()
{
    SseParser parser;
    const Events events = parser.feed(bytes("data:a\0b\n\n"));
    QCOMPARE(events, Events{sse(QStringLiteral("a") + QChar(0) + QStringLiteral("b"))});
}

// ------------------------------------------------------------------------------------------------

void TestSseParser::commentLinesAreCountedAndIgnored()
{
    SseParser parser;
    Events events = parser.feed(": OPENROUTER PROCESSING\n\n: OPENROUTER PROCESSING\n\n");
    QCOMPARE(parser.commentCount(), 2);
    events += feedAll(parser, {":\r", ": OPENROUTER", " PROCESSING\r\n", "data: x\n:inside\n", "\n",
                               " :not a comment\n\n"});
    QCOMPARE(parser.commentCount(), 5);
    QCOMPARE(events, Events{sse(QStringLiteral("x"))});
}

void TestSseParser::retryAcceptsOnlyAsciiDigits_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<qint64>("expected"); // -1: ignored, the previous 777 stays

    QTest::newRow("plain") << QByteArray("retry:1500") << qint64(1500);
    QTest::newRow("one space stripped") << QByteArray("retry: 1500") << qint64(1500);
    QTest::newRow("leading zeros are decimal") << QByteArray("retry:02000") << qint64(2000);
    QTest::newRow("zero") << QByteArray("retry:0") << qint64(0);
    QTest::newRow("largest qint64")
        << QByteArray("retry:9223372036854775807") << qint64(9223372036854775807LL);
    QTest::newRow("too large") << QByteArray("retry:9223372036854775808") << qint64(-1);
    QTest::newRow("empty") << QByteArray("retry:") << qint64(-1);
    QTest::newRow("no colon") << QByteArray("retry") << qint64(-1);
    QTest::newRow("trailing garbage") << QByteArray("retry:1000x") << qint64(-1);
    QTest::newRow("two spaces") << QByteArray("retry:  1000") << qint64(-1);
    QTest::newRow("trailing space") << QByteArray("retry:1000 ") << qint64(-1);
    QTest::newRow("negative") << QByteArray("retry:-1") << qint64(-1);
    QTest::newRow("plus") << QByteArray("retry:+1") << qint64(-1);
    QTest::newRow("fraction") << QByteArray("retry:1.5") << qint64(-1);
    QTest::newRow("arabic-indic digit") << QByteArray("retry:\xD9\xA3") << qint64(-1);
    QTest::newRow("fullwidth digit") << QByteArray("retry:\xEF\xBC\x91") << qint64(-1);
    QTest::newRow("case-sensitive name") << QByteArray("Retry:5") << qint64(-1);
}

void TestSseParser::retryAcceptsOnlyAsciiDigits()
{
    QFETCH(QByteArray, line);
    QFETCH(qint64, expected);
    SseParser parser;
    QCOMPARE(parser.retryMs(), std::nullopt);
    parser.feed("retry:777\n");
    QCOMPARE(parser.retryMs(), std::optional<qint64>(777));
    parser.feed(line + '\n');
    QCOMPARE(parser.retryMs(), std::optional<qint64>(expected < 0 ? 777 : expected));
}

void TestSseParser::retryAppliesWithoutDispatchingAnEvent()
{
    SseParser parser;
    QCOMPARE(parser.feed("retry:3000\n\n"), Events{});
    QCOMPARE(parser.retryMs(), std::optional<qint64>(3000));
    QCOMPARE(parser.feed("data:x\n\n"), Events{sse(QStringLiteral("x"))});
    QCOMPARE(parser.retryMs(), std::optional<qint64>(3000)); // persists across events
}

void TestSseParser::idContainingNulIsIgnored()
{
    SseParser parser;
    const Events events = parser.feed(bytes("id:1\ndata:a\n\nid:2\0x\ndata:b\n\n"));
    QCOMPARE(events,
             (Events{sse(QStringLiteral("a"), QStringLiteral("message"), QStringLiteral("1")),
                     sse(QStringLiteral("b"), QStringLiteral("message"), QStringLiteral("1"))}));
    QCOMPARE(parser.lastEventId(), QStringLiteral("1"));
}

void TestSseParser::idPersistsAcrossEventsAndEmptyIdClearsIt()
{
    SseParser parser;
    const QString message = QStringLiteral("message");
    const Events events = parser.feed("id: 7\ndata:a\n\ndata:b\n\nid\ndata:c\n\nid: é\ndata:d\n\n");
    QCOMPARE(events, (Events{sse(QStringLiteral("a"), message, QStringLiteral("7")),
                             sse(QStringLiteral("b"), message, QStringLiteral("7")),
                             sse(QStringLiteral("c"), message, QString()),
                             sse(QStringLiteral("d"), message, QStringLiteral("é"))}));
}

void TestSseParser::lastEventIdIsCommittedAtBlankLineEvenWithoutData()
{
    SseParser parser;
    parser.feed("id: 5\n");
    QCOMPARE(parser.lastEventId(), QString()); // the event is still open
    QCOMPARE(parser.feed("\n"), Events{});
    QCOMPARE(parser.lastEventId(), QStringLiteral("5"));
    parser.feed("id: 6\ndata: x\n");
    QCOMPARE(parser.lastEventId(), QStringLiteral("5"));
    QCOMPARE(parser.feed("\n"),
             Events{sse(QStringLiteral("x"), QStringLiteral("message"), QStringLiteral("6"))});
    QCOMPARE(parser.lastEventId(), QStringLiteral("6"));
}

void TestSseParser::emptyEventFieldMeansMessage()
{
    SseParser parser;
    const Events events = parser.feed("event:\ndata:1\n\nevent: \ndata:2\n\nevent\ndata:3\n\n");
    QCOMPARE(events, (Events{sse(QStringLiteral("1")), sse(QStringLiteral("2")),
                             sse(QStringLiteral("3"))}));
}

void TestSseParser::eventTypeIsResetAfterEveryBlankLine()
{
    SseParser parser;
    // "a" is reset by a dispatch that fires nothing; "b" by a real dispatch.
    const Events events = parser.feed("event:a\n\ndata:1\n\nevent:b\ndata:2\n\ndata:3\n\n");
    QCOMPARE(events,
             (Events{sse(QStringLiteral("1")), sse(QStringLiteral("2"), QStringLiteral("b")),
                     sse(QStringLiteral("3"))}));
}

void TestSseParser::fieldNamesAreCaseSensitiveAndUnknownFieldsIgnored()
{
    SseParser parser;
    const Events events =
        parser.feed("Data:x\nDATA:y\nEvent:e\nID:1\n data:z\nfoo:bar\ndata:ok\n\n");
    QCOMPARE(events, Events{sse(QStringLiteral("ok"))});
    QCOMPARE(parser.lastEventId(), QString());
}

void TestSseParser::onlyOneSpaceAfterColonIsRemoved()
{
    SseParser parser;
    const Events events = parser.feed("data:  two\ndata:\tthree\ndata: : x \nevent:  t\n\n");
    QCOMPARE(events, Events{sse(QStringLiteral(" two\n\tthree\n: x "), QStringLiteral(" t"))});
}

void TestSseParser::lineWithoutColonIsFieldWithEmptyValue()
{
    SseParser parser;
    const Events events = parser.feed("data\n\nevent\ndata\ndata\n\n");
    QCOMPARE(events, (Events{sse(QString()), sse(QStringLiteral("\n"))}));
}

void TestSseParser::blankLineWithEmptyDataBufferDispatchesNothing()
{
    SseParser parser;
    QCOMPARE(parser.feed("\n\n\r\n\revent: x\n\n:c\n\n"), Events{});
}

// ------------------------------------------------------------------------------------------------

void TestSseParser::lineLongerThanLimitOverflowsAndParserRecoversAtNextBlankLine()
{
    const QByteArray input = "data: before\n\n"
                             "data: 0123456789abcdef0123456789\n" // 32 bytes > 16
                             "data: dropped\n"
                             "\n"
                             "data: after\n\n";
    const Events expected{sse(QStringLiteral("before")), sse(QStringLiteral("after"))};
    for (const auto& chunks : {whole(input), oneByteAtATime(input), randomChunks(input, 3)}) {
        const Outcome o = run(input, chunks, 16);
        QVERIFY(o.overflowed);
        QCOMPARE(o.events, expected);
        QVERIFY(!o.tail);
    }
    SseParser parser(16);
    parser.feed("data: 0123456789abcdef0123456789\n");
    QVERIFY(parser.overflowed());
    parser.feed("\ndata: x\n\n");
    QVERIFY(parser.overflowed()); // sticky until reset()/finish()
}

void TestSseParser::overlongLineIsDetectedBeforeItsLineEndArrives()
{
    SseParser parser(1024);
    const QByteArray chunk(4096, 'x');
    parser.feed("data: ");
    for (int i = 0; i < 256; ++i) { // 1 MiB without a line end
        QCOMPARE(parser.feed(chunk), Events{});
        QVERIFY(parser.overflowed());
    }
    QCOMPARE(parser.feed("\ndata: still dropped\n\ndata: ok\n\n"),
             Events{sse(QStringLiteral("ok"))});
}

void TestSseParser::eventLargerThanLimitAcrossManyLinesOverflows()
{
    SseParser parser(100);
    Events events;
    for (int i = 0; i < 20; ++i) {
        events += parser.feed("data: 0123456789\n"); // 11 bytes of data each
    }
    QVERIFY(parser.overflowed());
    events += parser.feed("\ndata: small\n\n");
    QCOMPARE(events, Events{sse(QStringLiteral("small"))});
}

void TestSseParser::lineOfExactlyTheLimitIsAccepted()
{
    // "data:" + 11 bytes = a 16-byte line; the data buffer holds 11 + 1 bytes.
    const QByteArray atLimit = "data:0123456789a\n\n";
    const QByteArray overLimit = "data:0123456789ab\n\n";
    for (const auto& chunks : {whole(atLimit), oneByteAtATime(atLimit), QList<qsizetype>{16, 2}}) {
        const Outcome o = run(atLimit, chunks, 16);
        QVERIFY(!o.overflowed);
        QCOMPARE(o.events, Events{sse(QStringLiteral("0123456789a"))});
    }
    for (const auto& chunks :
         {whole(overLimit), oneByteAtATime(overLimit), QList<qsizetype>{16, 3}}) {
        const Outcome o = run(overLimit, chunks, 16);
        QVERIFY(o.overflowed);
        QCOMPARE(o.events, Events{});
    }
}

void TestSseParser::overflowDropsFieldsAndCommentsUntilBlankLine()
{
    SseParser parser(32);
    const Events events = parser.feed("id:1\nevent:e\ndata:a\n"
                                      ":0123456789012345678901234567890123456789\n"
                                      "id:2\nretry:5\n:comment\ndata:b\n\n");
    // The blank line that ends the drop commits the id buffer like any blank line, firing nothing.
    QCOMPARE(events, Events{});
    QCOMPARE(parser.lastEventId(), QStringLiteral("1"));
    const Events after = parser.feed("data:c\n\n");
    QVERIFY(parser.overflowed());
    QCOMPARE(parser.commentCount(), 0);
    QCOMPARE(parser.retryMs(), std::nullopt);
    QCOMPARE(parser.lastEventId(), QStringLiteral("1"));
    // The id set before the overflowing line survives (as if that line were never sent).
    QCOMPARE(after,
             Events{sse(QStringLiteral("c"), QStringLiteral("message"), QStringLiteral("1"))});
}

// ------------------------------------------------------------------------------------------------

void TestSseParser::finishReturnsUnterminatedEventIncludingLastLineWithoutLineEnd()
{
    SseParser parser;
    QCOMPARE(feedAll(parser, {"event: done\nid: 9\ndata: a\nda", "ta: b"}), Events{});
    QCOMPARE(parser.finish(),
             std::optional<SseEvent>(
                 sse(QStringLiteral("a\nb"), QStringLiteral("done"), QStringLiteral("9"))));

    parser.feed("data: c\r");
    QCOMPARE(parser.finish(), std::optional<SseEvent>(sse(QStringLiteral("c"))));
}

void TestSseParser::finishReturnsNothingWhenDataBufferIsEmpty()
{
    SseParser parser;
    parser.feed("data: a\n\nevent: x\nid: 1\nretry: 5\n: comment");
    QCOMPARE(parser.finish(), std::nullopt);
    parser.feed("\xEF\xBB\xBF");
    QCOMPARE(parser.finish(), std::nullopt);
    QCOMPARE(parser.finish(), std::nullopt);
}

void TestSseParser::finishReturnsNothingAfterOverflowInsideTheEvent()
{
    SseParser parser(8);
    parser.feed("data: a\ndata: 0123456789");
    QVERIFY(parser.overflowed());
    QCOMPARE(parser.finish(), std::nullopt);
}

void TestSseParser::finishTakesTheLastLineEvenWhenItBringsTheEventOverTheLimit()
{
    // An overflow inside finish() could not be reported (it resets the parser), so the last line is
    // only held to the line limit, which it met while buffered.
    SseParser parser(12);
    parser.feed("data:0123456\ndata:abcdef");
    QVERIFY(!parser.overflowed());
    QCOMPARE(parser.finish(), std::optional<SseEvent>(sse(QStringLiteral("0123456\nabcdef"))));
}

void TestSseParser::finishResetsTheParser()
{
    SseParser parser(16);
    parser.feed("\xEF\xBB\xBFid: 1\nretry: 5\n:c\ndata: 0123456789abcdef\n\ndata: x");
    QVERIFY(parser.overflowed());
    QVERIFY(parser.finish());
    QVERIFY(!parser.overflowed());
    QCOMPARE(parser.retryMs(), std::nullopt);
    QCOMPARE(parser.lastEventId(), QString());
    QCOMPARE(parser.commentCount(), 0);
    // A new stream: its BOM is skipped again, and no state leaks into its events.
    QCOMPARE(parser.feed("\xEF\xBB\xBF"
                         "data:y\n\n"),
             Events{sse(QStringLiteral("y"))});
}

void TestSseParser::resetForgetsEverything()
{
    SseParser parser;
    parser.feed("id: 1\nretry: 5\n:c\n\nevent: e\ndata: pending\ndata: half\r");
    parser.reset();
    QCOMPARE(parser.retryMs(), std::nullopt);
    QCOMPARE(parser.lastEventId(), QString());
    QCOMPARE(parser.commentCount(), 0);
    QVERIFY(!parser.overflowed());
    // No leftover CR (the LF is a fresh blank line), no leftover event or data.
    QCOMPARE(parser.feed("\ndata: new\n\n"), Events{sse(QStringLiteral("new"))});
    QCOMPARE(parser.finish(), std::nullopt);
}

// ------------------------------------------------------------------------------------------------

void TestSseParser::hugeDataLineFedInTinyChunksIsParsed()
{
    // 4 MiB in 7-byte pieces: quadratic rescanning of the pending line would make this crawl.
    const QByteArray payload(4 * 1024 * 1024, 'z');
    const QByteArray input = "data: " + payload + "\n\n";
    SseParser parser;
    Events events;
    for (qsizetype pos = 0; pos < input.size(); pos += 7) {
        events += parser.feed(
            QByteArrayView(input).sliced(pos, std::min<qsizetype>(7, input.size() - pos)));
    }
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().data.size(), payload.size());
    QVERIFY(!parser.overflowed());
}

QTEST_GUILESS_MAIN(TestSseParser)
#include "tst_sseparser.moc"
