// The transcript as rendered: remote images in an answer are never fetched; links open only when
// clicked; code blocks are monospaced, coloured for their language and copyable; streamed text is
// shown at most once per frame, not once per delta; the view follows the bottom until the reader
// scrolls up and again once they are back; a long conversation opens at once with its newest
// messages and builds the older ones in slices; reasoning is shown apart, folded.
#include "MainWindow.h"
#include "MockProviderServer.h"
#include "MockReply.h"
#include "PacedStream.h"
#include "WindowUnderTest.h"
#include "chat/ChatSession.h"
#include "chat/CodeBlockView.h"
#include "chat/ConversationLibrary.h"
#include "chat/ConversationListModel.h"
#include "chat/MarkdownView.h"
#include "chat/MessageView.h"
#include "chat/OfflineTextDocument.h"
#include "chat/ProseView.h"
#include "chat/TranscriptView.h"
#include "storage/Database.h"
#include "storage/HistoryStore.h"

#include <QAbstractTextDocumentLayout>
#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QToolButton>

using TestSupport::MockProviderServer;
using TestSupport::MockReply;
using TestSupport::ProfileConfig;
using TestSupport::WindowUnderTest;

namespace {

constexpr int kWaitMs = 15'000;

/// Counts paint events of a widget.
class PaintCounter final : public QObject {
public:
    int paints = 0;

protected:
    bool eventFilter(QObject*, QEvent* event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return false;
    }
};

/// Records the URLs QDesktopServices is asked to open.
class UrlRecorder final : public QObject {
    Q_OBJECT

public:
    QList<QUrl> opened;

public Q_SLOTS:
    void open(const QUrl& url) { opened.append(url); }
};

} // namespace

class TestTranscript : public QObject {
    Q_OBJECT

private:
    MockProviderServer m_mock;
    MockProviderServer m_imageHost;

    std::unique_ptr<WindowUnderTest> start(const QTemporaryDir& dir)
    {
        ProfileConfig profile;
        profile.addProvider(QStringLiteral("a"), m_mock.baseUrl());
        profile.addRoute(QStringLiteral("default"), {QStringLiteral("a/m")});
        return WindowUnderTest::started(dir.path(), profile);
    }

    Ui::MessageView* answerOf(WindowUnderTest& app, const QString& markdown)
    {
        m_mock.enqueue(MockReply::openAiStream({markdown}, QStringLiteral("m"), true));
        app.send(QStringLiteral("Show me"));
        if (!QTest::qWaitFor([&] { return !app.busy(); }, kWaitMs))
            return nullptr;
        return app.lastMessage();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_mock.listen() && m_imageHost.listen()); }

    void init()
    {
        m_mock.reset();
        m_imageHost.reset();
    }

    void remoteImagesInAnAnswerAreNeverFetched()
    {
        QTemporaryDir dir;
        auto app = start(dir);
        QVERIFY(app);
        const QString image =
            m_imageHost.url(QStringLiteral("/pixel.png?secret=what-you-asked")).toString();
        Ui::MessageView* answer = answerOf(
            *app,
            QStringLiteral("Here: ![tracking pixel](%1)\n\nAnd an <img src=\"%1\">.").arg(image));
        QVERIFY(answer);
        Ui::ProseView* prose = answer->body()->proseViews().value(0);
        QVERIFY(prose);
        // The layout asked for the image (so it was there to be fetched) and got a placeholder.
        QTRY_VERIFY(prose->offlineDocument()->refusedResources().contains(image));
        QCOMPARE(
            prose->offlineDocument()->resource(QTextDocument::ImageResource, QUrl(image)).typeId(),
            QMetaType::QImage);
        // Give a request every chance to arrive: none does.
        QTest::qWait(200);
        QVERIFY(m_imageHost.requests().isEmpty());
        QCOMPARE(m_imageHost.openConnections(), 0);
    }

    void linksOpenInTheBrowserOnlyWhenClicked()
    {
        QTemporaryDir dir;
        auto app = start(dir);
        QVERIFY(app);
        UrlRecorder recorder;
        QDesktopServices::setUrlHandler(QStringLiteral("https"), &recorder, "open");
        Ui::MessageView* answer = answerOf(
            *app, QStringLiteral("See [the docs](https://example.invalid/docs) for more."));
        QVERIFY(answer);
        QTest::qWait(50);
        QVERIFY(recorder.opened.isEmpty());
        Ui::ProseView* prose = answer->body()->proseViews().value(0);
        QVERIFY(prose);
        // Click the middle of the link text.
        const QString plain = prose->toPlainText();
        QTextCursor cursor(prose->document());
        cursor.setPosition(int(plain.indexOf(QLatin1String("the docs"))) + 3);
        const QPoint at = prose->cursorRect(cursor).center();
        QTest::mouseClick(prose->viewport(), Qt::LeftButton, {}, at);
        QTRY_COMPARE(recorder.opened.size(), 1);
        QCOMPARE(recorder.opened.first(), QUrl(QStringLiteral("https://example.invalid/docs")));
        QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
    }

    void codeBlocksAreMonospacedColouredAndCopyable()
    {
        QTemporaryDir dir;
        auto app = start(dir);
        QVERIFY(app);
        Ui::MessageView* answer = answerOf(
            *app, QStringLiteral("A function:\n\n```python\ndef greet(name):\n    return "
                                 "f\"hi {name}\"  # say hi\n```\n\nAnd JSON:\n\n```json\n{\"a\": "
                                 "1}\n```\n"));
        QVERIFY(answer);
        const QList<Ui::CodeBlockView*> blocks = answer->body()->codeViews();
        QCOMPARE(blocks.size(), 2);
        Ui::CodeBlockView* python = blocks.first();
        QCOMPARE(python->language(), QStringLiteral("python"));
        QCOMPARE(python->code(),
                 QStringLiteral("def greet(name):\n    return f\"hi {name}\"  # say hi"));
        QVERIFY(QFontInfo(python->editor()->font()).fixedPitch());
        // The highlighter gave "def" and the comment formats of their own.
        const QTextBlock first = python->editor()->document()->firstBlock();
        const QList<QTextLayout::FormatRange> formats = first.layout()->formats();
        QVERIFY(!formats.isEmpty());
        QCOMPARE(formats.first().start, 0);
        QCOMPARE(formats.first().length, 3);
        const QTextBlock second = first.next();
        bool italicComment = false;
        for (const QTextLayout::FormatRange& range : second.layout()->formats())
            italicComment =
                italicComment
                || (range.format.fontItalic()
                    && second.text().mid(range.start, range.length) == QLatin1String("# say hi"));
        QVERIFY(italicComment);
        // Once laid out (the block as tall as its lines), where a user can click it.
        QTRY_VERIFY(python->copyButton()->isVisible()
                    && python->height() >= python->sizeHint().height());
        app->transcript()->ensureWidgetVisible(python->copyButton());
        QTest::mouseClick(python->copyButton(), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), python->code());
        QCOMPARE(python->copyButton()->text(), QStringLiteral("Copied"));
        // The prose around the blocks is in text views of its own.
        QCOMPARE(answer->body()->proseViews().size(), 2);
    }

    void streamedTextIsShownPerFrameNotPerDelta()
    {
        QTemporaryDir dir;
        auto app = start(dir);
        QVERIFY(app);
        // 400 deltas in one network write: they arrive together, in one turn of the event loop.
        QStringList deltas;
        for (int i = 0; i < 400; ++i)
            deltas.append(QStringLiteral("w%1 ").arg(i));
        MockReply reply = MockReply::openAiStream(deltas, QStringLiteral("m"), true);
        reply.firstByteDelayMs = 100; // time for the counter to be in place
        m_mock.enqueue(reply);
        app->send(QStringLiteral("Count"));
        Ui::MessageView* streaming = app->transcript()->streamingView();
        QVERIFY(streaming);
        PaintCounter counter;
        streaming->installEventFilter(&counter);
        int renders = 0;
        QTimer probe;
        QString last;
        connect(&probe, &QTimer::timeout, this, [&] {
            const QList<Ui::ProseView*> views = streaming->body()->proseViews();
            const QString now = views.isEmpty() ? QString() : views.constLast()->toPlainText();
            if (now != last) {
                ++renders;
                last = now;
            }
        });
        probe.start(1);
        QTRY_VERIFY_WITH_TIMEOUT(!app->busy(), kWaitMs);
        probe.stop();
        QCOMPARE(streaming->body()->markdown(), deltas.join(QString()));
        QTRY_VERIFY(streaming->body()->proseViews().constLast()->toPlainText().trimmed().endsWith(
            QLatin1String("w399")));
        // Shown in a few frames, not once per delta.
        QVERIFY2(renders <= 5, qPrintable(QString::number(renders)));
        QVERIFY2(counter.paints < 20, qPrintable(QString::number(counter.paints)));
    }

    void followsTheBottomUntilTheReaderScrollsUp()
    {
        QTemporaryDir dir;
        auto app = start(dir);
        QVERIFY(app);
        QStringList lines;
        for (int i = 0; i < 240; ++i)
            lines.append(QStringLiteral("Line %1 of a long answer.\n\n").arg(i));
        m_mock.enqueue(TestSupport::pacedStream(lines, 8));
        QScrollBar* bar = app->transcript()->verticalScrollBar();
        app->send(QStringLiteral("Long"));
        QTRY_VERIFY_WITH_TIMEOUT(bar->maximum() > 300, kWaitMs);
        QTRY_COMPARE(bar->value(), bar->maximum());
        QVERIFY(app->transcript()->followsBottom());
        // The reader scrolls up: the view stays where they are while the answer grows.
        bar->setValue(100);
        QVERIFY(!app->transcript()->followsBottom());
        const int maximum = bar->maximum();
        QTRY_VERIFY_WITH_TIMEOUT(bar->maximum() > maximum + 200, kWaitMs);
        QCOMPARE(bar->value(), 100);
        // Back at the bottom, it follows again.
        bar->setValue(bar->maximum());
        QVERIFY(app->transcript()->followsBottom());
        const int again = bar->maximum();
        QTRY_VERIFY_WITH_TIMEOUT(bar->maximum() > again + 100 || !app->busy(), kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(!app->busy(), kWaitMs);
        QTRY_COMPARE(bar->value(), bar->maximum());
    }

    void aLongConversationOpensAtOnceAndBuildsTheRestInSlices()
    {
        QTemporaryDir dir;
        {
            ProfileConfig profile;
            profile.addProvider(QStringLiteral("a"), m_mock.baseUrl());
            QVERIFY(profile.save(dir.path()).isEmpty());
            Storage::Database database(dir.filePath(QStringLiteral("switchboard.db")));
            QVERIFY(database.open().isEmpty());
            Storage::HistoryStore store(database);
            const std::optional<qint64> id = store.createConversation(QStringLiteral("Long one"));
            QVERIFY(id);
            for (int i = 0; i < 300; ++i) {
                Storage::ConversationMessage m;
                m.role = i % 2 == 0 ? Chat::Role::User : Chat::Role::Assistant;
                m.text = QStringLiteral("Message %1 with **some** Markdown.").arg(i);
                QVERIFY(store.appendMessage(*id, m));
            }
        }
        auto app = std::make_unique<WindowUnderTest>(dir.path());
        app->window().show();
        QVERIFY(QTest::qWaitForWindowExposed(&app->window()));
        QTRY_COMPARE(app->window().library().conversations()->rowCount(), 1);
        QSignalSpy completed(app->transcript(), &Ui::TranscriptView::completed);
        app->window().session().open(app->window().library().conversations()->idAt(0));
        QTRY_COMPARE(app->transcript()->messageCount(), 300);
        // The newest are there at once, the oldest not yet.
        QVERIFY(app->transcript()->messageAt(299));
        QVERIFY(!app->transcript()->isComplete());
        QVERIFY(!app->transcript()->messageAt(0));
        QVERIFY(completed.wait(kWaitMs));
        QVERIFY(app->transcript()->isComplete());
        QVERIFY(app->transcript()->messageAt(0));
        QCOMPARE(app->transcript()->messageAt(0)->entry().message.text,
                 QStringLiteral("Message 0 with **some** Markdown."));
        QScrollBar* bar = app->transcript()->verticalScrollBar();
        QTRY_COMPARE(bar->value(), bar->maximum());
    }

    void reasoningIsShownApartAndFolded()
    {
        QTemporaryDir dir;
        auto app = start(dir);
        QVERIFY(app);
        m_mock.enqueue(MockReply::openAiStream(
            {QStringLiteral("The answer is 4.")}, QStringLiteral("m"), true, QStringLiteral("stop"),
            {QStringLiteral("Two plus two"), QStringLiteral(" makes four.")}));
        app->send(QStringLiteral("2+2?"));
        QTRY_VERIFY_WITH_TIMEOUT(!app->busy(), kWaitMs);
        Ui::MessageView* answer = app->lastMessage();
        QCOMPARE(answer->reasoningText(), QStringLiteral("Two plus two makes four."));
        QToolButton* toggle = answer->reasoningToggle();
        QVERIFY(toggle && toggle->isVisible());
        auto* reasoning = answer->findChild<Ui::ProseView*>(QStringLiteral("reasoningText"));
        QVERIFY(reasoning && !reasoning->isVisible());
        QTest::mouseClick(toggle, Qt::LeftButton);
        QVERIFY(reasoning->isVisible());
        QCOMPARE(reasoning->toPlainText(), QStringLiteral("Two plus two makes four."));
        QCOMPARE(answer->body()->proseViews().first()->toPlainText().trimmed(),
                 QStringLiteral("The answer is 4."));
    }

    void streamingCodeGrowsOneBlockInPlace()
    {
        QTemporaryDir dir;
        auto app = start(dir);
        QVERIFY(app);
        QStringList deltas{QStringLiteral("Code:\n\n```cpp\n")};
        for (int i = 0; i < 60; ++i)
            deltas.append(QStringLiteral("int value%1 = %1;\n").arg(i));
        deltas.append(QStringLiteral("```\n\nDone."));
        m_mock.enqueue(TestSupport::pacedStream(deltas, 3));
        app->send(QStringLiteral("Code"));
        Ui::MessageView* streaming = app->transcript()->streamingView();
        QVERIFY(streaming);
        QTRY_VERIFY_WITH_TIMEOUT(!streaming->body()->codeViews().isEmpty(), kWaitMs);
        Ui::CodeBlockView* block = streaming->body()->codeViews().first();
        QTRY_VERIFY_WITH_TIMEOUT(!app->busy(), kWaitMs);
        // The same view got every line: it grew, it was not replaced.
        QCOMPARE(streaming->body()->codeViews().size(), 1);
        QCOMPARE(streaming->body()->codeViews().first(), block);
        QCOMPARE(block->editor()->document()->blockCount(), 60);
        QVERIFY(block->code().endsWith(QLatin1String("int value59 = 59;")));
        QCOMPARE(streaming->body()->proseViews().size(), 2);
    }
};

QTEST_MAIN(TestTranscript)
#include "tst_transcript.moc"
