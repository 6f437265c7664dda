// The pieces of the chat window that are pure logic: Markdown cut into prose and code segments
// as it streams (the same cut however the text arrives, fences held back until whole, long prose
// cut so the live part stays small); the words of the attempt trail (costs never "$0" when
// unknown, estimates marked, failures in words); the code languages and their colouring.
#include "chat/AttemptWords.h"
#include "chat/CodeHighlighter.h"
#include "chat/CodeLanguage.h"
#include "chat/MarkdownSegments.h"

#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

using Ui::MarkdownSegment;
using Ui::MarkdownSegmenter;

namespace {

MarkdownSegment prose(const QString& text)
{
    return MarkdownSegment{MarkdownSegment::Kind::Prose, text, {}, false};
}

MarkdownSegment code(const QString& text, const QString& language, bool closed = true)
{
    return MarkdownSegment{MarkdownSegment::Kind::Code, text, language, closed};
}

Chat::Attempt attempt(const QString& provider, Chat::Outcome outcome)
{
    Chat::Attempt a;
    a.provider = provider;
    a.model = QStringLiteral("m");
    a.outcome = outcome;
    a.startedAt = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, Qt::UTC);
    return a;
}

} // namespace

class TestChatPieces : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fencesBecomeCodeSegments()
    {
        const QList<MarkdownSegment> segments = MarkdownSegmenter::split(
            QStringLiteral("Intro\n\n```python title=x\ndef f():\n    pass\n```\nAfter\n"));
        QCOMPARE(segments.size(), 3);
        QCOMPARE(segments.at(0), prose(QStringLiteral("Intro\n\n")));
        QCOMPARE(segments.at(1),
                 code(QStringLiteral("def f():\n    pass\n"), QStringLiteral("python")));
        QCOMPARE(segments.at(2), prose(QStringLiteral("After\n")));
    }

    void tildeFencesLongerClosersAndIndentation()
    {
        const QList<MarkdownSegment> segments = MarkdownSegmenter::split(
            QStringLiteral("  ~~~~\n  a\n ~~~ not a close\n  ~~~~~\n````\nx\n"));
        QCOMPARE(segments.size(), 2);
        QCOMPARE(segments.at(0), code(QStringLiteral("a\n~~~ not a close\n"), QString()));
        // An unclosed fence runs to the end.
        QCOMPARE(segments.at(1), code(QStringLiteral("x\n"), QString(), false));
    }

    void deeperIndentedFencesStayInTheProse()
    {
        const QString text = QStringLiteral("1. Step\n\n    ```\n    code\n\n    more\n    ```\n");
        const QList<MarkdownSegment> segments = MarkdownSegmenter::split(text);
        QCOMPARE(segments.size(), 1);
        QCOMPARE(segments.first(), prose(text));
    }

    void theCutIsTheSameHoweverTheTextArrives()
    {
        QString text;
        for (int i = 0; i < 80; ++i) {
            text += QStringLiteral("Paragraph %1 has words.\n").arg(i);
            if (i % 3 == 0)
                text += u'\n';
            if (i == 40)
                text += QStringLiteral("```js\nconst x = 1;\n```\n");
        }
        const QList<MarkdownSegment> whole = MarkdownSegmenter::split(text);
        QVERIFY(whole.size() >= 4); // long prose was cut
        for (int piece : {1, 2, 7, 64}) {
            MarkdownSegmenter segmenter;
            for (qsizetype i = 0; i < text.size(); i += piece)
                segmenter.append(QStringView(text).mid(i, piece));
            segmenter.finish();
            QCOMPARE(segmenter.segments(), whole);
        }
        QString joined;
        for (const MarkdownSegment& s : whole) {
            joined += s.kind == MarkdownSegment::Kind::Code
                          ? QStringLiteral("```%1\n%2```\n").arg(s.language, s.text)
                          : s.text;
        }
        QCOMPARE(joined, text);
    }

    void aLineThatMayBecomeAFenceWaitsUntilItIsWhole()
    {
        MarkdownSegmenter segmenter;
        segmenter.append(u"Text\n``");
        QCOMPARE(segmenter.liveCount(), 1);
        QCOMPARE(segmenter.liveSegment(0).text, QStringLiteral("Text\n"));
        segmenter.append(u"`py");
        QCOMPARE(segmenter.liveSegment(0).text, QStringLiteral("Text\n"));
        segmenter.append(u"\nprint(");
        QCOMPARE(segmenter.liveCount(), 2);
        QCOMPARE(segmenter.finalCount(), 1);
        QCOMPARE(segmenter.liveSegment(1),
                 code(QStringLiteral("print("), QStringLiteral("py"), false));
        // Inline code that starts a line is shown as soon as it cannot be a fence.
        MarkdownSegmenter inline_;
        inline_.append(u"`x` is");
        QCOMPARE(inline_.liveSegment(0).text, QStringLiteral("`x` is"));
    }

    void liveProseStaysSmallWithoutBlankLines()
    {
        MarkdownSegmenter segmenter;
        for (int i = 0; i < 1000; ++i)
            segmenter.append(QStringLiteral("- item %1\n").arg(i));
        const qsizetype count = segmenter.liveCount();
        QVERIFY(count > 10);
        const QString live = segmenter.liveSegment(count - 1).text;
        QVERIFY(live.count(u'\n') <= 4 * MarkdownSegmenter::kProseLines);
    }

    void costsSayHowTheyAreKnown()
    {
        Chat::Attempt a = attempt(QStringLiteral("p"), Chat::Outcome::Ok);
        QCOMPARE(Ui::AttemptWords::cost(a), QStringLiteral("cost unknown"));
        a.costSource = QStringLiteral("unknown");
        QCOMPARE(Ui::AttemptWords::cost(a), QStringLiteral("cost unknown"));
        a.costMicroUsd = 1234;
        a.costSource = QStringLiteral("catalog");
        QCOMPARE(Ui::AttemptWords::cost(a), QStringLiteral("$0.0012"));
        a.costSource = QStringLiteral("estimate");
        QCOMPARE(Ui::AttemptWords::cost(a), QStringLiteral("≈ $0.0012 (estimate)"));
        a.costMicroUsd = 0;
        a.costSource = QStringLiteral("catalog");
        QCOMPARE(Ui::AttemptWords::cost(a), QStringLiteral("free"));
        QCOMPARE(Ui::AttemptWords::dollars(4'200'000), QStringLiteral("$4.20"));
        QCOMPARE(Ui::AttemptWords::dollars(12), QStringLiteral("$0.000012"));

        Chat::Attempt failed = attempt(QStringLiteral("q"), Chat::Outcome::RateLimited);
        failed.httpStatus = 429;
        a.costMicroUsd = 2000;
        QCOMPARE(Ui::AttemptWords::totalCost({failed, a}), QStringLiteral("$0.0020 + unknown"));
    }

    void theAnswerLineNamesWhoAnsweredAndHowFast()
    {
        Chat::Attempt a = attempt(QStringLiteral("openai"), Chat::Outcome::Ok);
        a.model = QStringLiteral("gpt-4o-mini");
        a.ttftMs = 420;
        a.totalMs = 2420;
        a.usage.inputTokens = 12;
        a.usage.outputTokens = 240;
        a.costMicroUsd = 150;
        a.costSource = QStringLiteral("catalog");
        QCOMPARE(Ui::AttemptWords::answerLine(a, {a}),
                 QStringLiteral("gpt-4o-mini via openai · first token 420 ms · 120 tok/s · 12 in, "
                                "240 out · $0.00015"));
        a.usage = {};
        a.ttftMs.reset();
        QCOMPARE(Ui::AttemptWords::answerLine(a, {a}),
                 QStringLiteral("gpt-4o-mini via openai · tokens unknown · $0.00015"));
    }

    void failuresAreToldInWords()
    {
        Chat::Attempt groq = attempt(QStringLiteral("groq"), Chat::Outcome::RateLimited);
        groq.httpStatus = 429;
        Chat::Attempt mistral = attempt(QStringLiteral("mistral"), Chat::Outcome::Ok);
        mistral.startedAt = groq.startedAt.addMSecs(300);
        QCOMPARE(
            Ui::AttemptWords::failedAttemptLine(groq, &mistral),
            QStringLiteral("rate limited by groq (HTTP 429), retried on mistral after 300 ms"));
        Chat::Attempt again = groq;
        again.startedAt = groq.startedAt.addMSecs(1500);
        QCOMPARE(Ui::AttemptWords::failedAttemptLine(groq, &again),
                 QStringLiteral("rate limited by groq (HTTP 429), retried after 1.5 s"));
        Chat::Attempt broke = attempt(QStringLiteral("a"), Chat::Outcome::Stalled);
        broke.text = QStringLiteral("Half");
        QCOMPARE(Ui::AttemptWords::failedAttemptLine(broke, nullptr),
                 QStringLiteral("a stopped sending mid-answer, broke off after 4 characters"));
        QCOMPARE(Ui::AttemptWords::failure(attempt(QStringLiteral("x"), Chat::Outcome::Auth)),
                 QStringLiteral("x refused the API key"));
        QCOMPARE(Ui::AttemptWords::failure(attempt(QStringLiteral("x"), Chat::Outcome::Cancelled)),
                 QStringLiteral("stopped by you"));
    }

    void fenceNamesFindTheirLanguage_data()
    {
        QTest::addColumn<QString>("info");
        QTest::addColumn<QString>("language");
        QTest::newRow("c") << "c"
                           << "cpp";
        QTest::newRow("c++") << "C++"
                             << "cpp";
        QTest::newRow("py") << "py"
                            << "python";
        QTest::newRow("tsx") << "tsx"
                             << "javascript";
        QTest::newRow("json") << "json"
                              << "json";
        QTest::newRow("console") << "console"
                                 << "shell";
        QTest::newRow("rs") << "rs"
                            << "rust";
        QTest::newRow("golang") << "golang"
                                << "go";
        QTest::newRow("unknown") << "brainfuck"
                                 << "";
    }

    void fenceNamesFindTheirLanguage()
    {
        QFETCH(QString, info);
        QFETCH(QString, language);
        const Ui::CodeLanguage* found = Ui::CodeLanguage::forFenceInfo(info);
        QCOMPARE(found ? found->name : QString(), language);
    }

    void everyLanguageColoursItsKeywordsStringsAndComments_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("keyword");
        QTest::addColumn<QString>("string");
        QTest::addColumn<QString>("comment");
        QTest::newRow("cpp") << "cpp"
                             << "return \"x\"; // c"
                             << "return"
                             << "\"x\""
                             << "// c";
        QTest::newRow("python") << "python"
                                << "import 'x'  # c"
                                << "import"
                                << "'x'"
                                << "# c";
        QTest::newRow("ts") << "ts"
                            << "const s = `x`; // c"
                            << "const"
                            << "`x`"
                            << "// c";
        QTest::newRow("shell") << "bash"
                               << "if echo \"x\"; # c"
                               << "if"
                               << "\"x\""
                               << "# c";
        QTest::newRow("rust") << "rust"
                              << "fn f() { \"x\" } // c"
                              << "fn"
                              << "\"x\""
                              << "// c";
        QTest::newRow("go") << "go"
                            << "func f() { \"x\" } // c"
                            << "func"
                            << "\"x\""
                            << "// c";
        QTest::newRow("json") << "json"
                              << "{\"k\": true}"
                              << "true"
                              << "\"k\""
                              << "";
    }

    void everyLanguageColoursItsKeywordsStringsAndComments()
    {
        QFETCH(QString, language);
        QFETCH(QString, line);
        QFETCH(QString, keyword);
        QFETCH(QString, string);
        QFETCH(QString, comment);
        QTextDocument document;
        document.setPlainText(line);
        Ui::CodeHighlighter highlighter(&document, Ui::CodeLanguage::forFenceInfo(language), false);
        highlighter.rehighlight();
        const QTextBlock block = document.firstBlock();
        const auto formatAt = [&](const QString& part) {
            const qsizetype at = line.indexOf(part);
            for (const QTextLayout::FormatRange& range : block.layout()->formats()) {
                if (range.start <= at && at + part.size() <= range.start + range.length)
                    return range.format;
            }
            return QTextCharFormat();
        };
        const QColor plain = QTextCharFormat().foreground().color();
        QVERIFY(formatAt(keyword).foreground().color() != plain);
        QVERIFY(formatAt(string).hasProperty(QTextFormat::ForegroundBrush));
        QVERIFY(formatAt(keyword).foreground() != formatAt(string).foreground());
        if (!comment.isEmpty())
            QVERIFY(formatAt(comment).fontItalic());
    }

    void blockCommentsAndTripleQuotesCarryOverLines()
    {
        QTextDocument document;
        document.setPlainText(QStringLiteral("/* one\ntwo */ int x;"));
        Ui::CodeHighlighter highlighter(&document, Ui::CodeLanguage::forFenceInfo(u"c"), true);
        highlighter.rehighlight();
        const QTextBlock second = document.firstBlock().next();
        QVERIFY(second.layout()->formats().first().format.fontItalic());
        bool intIsType = false;
        for (const QTextLayout::FormatRange& range : second.layout()->formats())
            intIsType =
                intIsType || second.text().mid(range.start, range.length) == QLatin1String("int");
        QVERIFY(intIsType);
    }
};

QTEST_MAIN(TestChatPieces)
#include "tst_chatpieces.moc"
