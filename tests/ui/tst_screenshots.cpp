// Screenshots of each main screen, light and dark, on a real X display (the Xvfb of
// packaging/with-test-session.sh): an empty profile, a chat with a streamed Markdown answer with
// code and a fallback trail, an error in place, search, and the local gateway's panel. Each is
// checked for what it must show (the widgets, and the colours of the theme) before it is saved as a
// PNG. Run by hand they go to docs/screenshots/ (SWITCHBOARD_SCREENSHOT_OUT overrides; ctest writes
// into the build tree).
#include "MainWindow.h"
#include "MockProviderServer.h"
#include "MockReply.h"
#include "Screenshot.h"
#include "Theme.h"
#include "WindowUnderTest.h"
#include "chat/AttemptTrailView.h"
#include "chat/ChatSession.h"
#include "chat/CodeBlockView.h"
#include "chat/ConversationLibrary.h"
#include "chat/ConversationListModel.h"
#include "chat/ConversationPanel.h"
#include "chat/ErrorNotice.h"
#include "chat/MarkdownView.h"
#include "chat/MessageView.h"
#include "chat/TranscriptView.h"
#include "gateway/GatewayDialog.h"
#include "gateway/GatewayPanel.h"
#include "secrets/KeyStore.h"
#include "session/GatewayController.h"
#include "session/ProfileSession.h"
#include "storage/Database.h"
#include "storage/HistoryStore.h"

#include <QApplication>
#include <QCheckBox>
#include <QCursor>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using TestSupport::MockProviderServer;
using TestSupport::MockReply;
using TestSupport::ProfileConfig;
using TestSupport::WindowUnderTest;

namespace {

constexpr int kWaitMs = 15'000;
const QSize kWindowSize(1180, 760);

const char* const kAnswer =
    "Wrap the call in a loop that waits longer after each failure — *exponential backoff*:\n"
    "\n"
    "```python\n"
    "import time\n"
    "\n"
    "def with_retries(call, attempts=3, base=0.25):\n"
    "    for attempt in range(attempts):\n"
    "        try:\n"
    "            return call()\n"
    "        except TimeoutError:\n"
    "            time.sleep(base * 2 ** attempt)  # 0.25 s, 0.5 s, 1 s\n"
    "    raise RuntimeError(\"gave up after %d tries\" % attempts)\n"
    "```\n"
    "\n"
    "- `attempts` bounds the number of tries.\n"
    "- `base` is the first wait; each retry **doubles** it.\n"
    "\n"
    "Honour a `Retry-After` header when the server sends one: it knows best when to come back.\n";

/// Older conversations with fixed dates, so the list looks lived in.
QString seedHistory(const QString& profileDirectory)
{
    Storage::Database database(QDir(profileDirectory).filePath(QStringLiteral("switchboard.db")));
    if (QString error = database.open(); !error.isEmpty())
        return error;
    Storage::HistoryStore store(database);
    const auto conversation = [&](const char* title, qint64 at, bool pinned, const char* question,
                                  const char* answer) {
        const QString json =
            QStringLiteral(
                "{\"format\":\"switchboard-conversation\",\"version\":1,\"title\":\"%1\","
                "\"created_at_ms\":%2,\"updated_at_ms\":%2,\"pinned\":%3,\"messages\":["
                "{\"role\":\"user\",\"text\":\"%4\"},{\"role\":\"assistant\","
                "\"text\":\"%5\"}]}")
                .arg(QString::fromUtf8(title))
                .arg(at)
                .arg(pinned ? QStringLiteral("true") : QStringLiteral("false"),
                     QString::fromUtf8(question), QString::fromUtf8(answer));
        QString error;
        store.importJson(json.toUtf8(), &error);
        return error;
    };
    QString error;
    error +=
        conversation("Explain Rust lifetimes", 1741950000000, true, "What does 'a mean in Rust?",
                     "A lifetime names how long a borrow is valid.");
    error += conversation("Trip to Lisbon in May", 1741860000000, false,
                          "Plan three days in Lisbon", "Day one: Alfama and the castle.");
    error +=
        conversation("SQL window functions", 1741770000000, false, "Running totals in SQL?",
                     "Use SUM(x) OVER (ORDER BY day); add a backoff when the database is busy.");
    error += conversation("Quarterly report outline", 1741680000000, false,
                          "Outline a quarterly report", "1. Summary 2. Numbers 3. Risks");
    return error;
}

} // namespace

class TestScreenshots : public QObject {
    Q_OBJECT

private:
    MockProviderServer m_groq;
    MockProviderServer m_mistral;
    std::unique_ptr<Ui::Theme> m_theme;

    std::unique_ptr<WindowUnderTest> start(const QTemporaryDir& dir, const ProfileConfig& profile)
    {
        return WindowUnderTest::started(dir.path(), profile, kWindowSize);
    }

    ProfileConfig profile(bool fallback)
    {
        ProfileConfig p;
        p.addProvider(QStringLiteral("groq"), m_groq.baseUrl());
        p.addProvider(QStringLiteral("mistral"), m_mistral.baseUrl());
        QStringList targets{QStringLiteral("groq/llama-3.1-8b-instant")};
        if (fallback)
            targets.append(QStringLiteral("mistral/mistral-small-latest"));
        p.addRoute(QStringLiteral("default"), targets);
        return p;
    }

    QImage save(QWidget& window, const QString& name)
    {
        return TestSupport::saveScreenshot(
            window, TestSupport::screenshotDirectory(QStringLiteral(SWITCHBOARD_SCREENSHOT_DIR)),
            name, Ui::Theme::modeName(m_theme->mode()));
    }

    void checkTheme(const QImage& image, const QRect& page)
    {
        const int lightness = TestSupport::backgroundLightness(image, page);
        if (m_theme->mode() == Ui::Theme::Mode::Dark)
            QVERIFY2(lightness < 80, qPrintable(QString::number(lightness)));
        else
            QVERIFY2(lightness > 200, qPrintable(QString::number(lightness)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (QGuiApplication::platformName() != QLatin1String("xcb"))
            QSKIP("needs an X display: run under packaging/with-test-session.sh");
        QVERIFY(m_groq.listen() && m_mistral.listen());
        m_theme = std::make_unique<Ui::Theme>(*qApp);
    }

    void init()
    {
        m_groq.reset();
        m_mistral.reset();
    }

    void screens_data()
    {
        QTest::addColumn<QString>("theme");
        QTest::newRow("light") << QStringLiteral("light");
        QTest::newRow("dark") << QStringLiteral("dark");
    }

    void screens()
    {
        QFETCH(QString, theme);
        m_theme->apply(*Ui::Theme::modeFromName(theme));

        // An empty profile: the welcome page.
        {
            QTemporaryDir dir;
            WindowUnderTest app(dir.path());
            app.window().resize(kWindowSize);
            app.window().show();
            QVERIFY(QTest::qWaitForWindowExposed(&app.window()));
            QVERIFY(app.window().showsWelcome());
            auto* label = app.window().findChild<QLabel*>(QStringLiteral("noProviderLabel"));
            QVERIFY(label && label->isVisible());
            const QImage image = save(app.window(), QStringLiteral("empty-profile"));
            checkTheme(image, QRect(QPoint(40, 100), QSize(300, 300)));
        }

        QTemporaryDir dir;
        QVERIFY(seedHistory(dir.path()).isEmpty());
        auto app = start(dir, profile(true));
        QVERIFY(app);
        QTRY_COMPARE(app->window().library().conversations()->rowCount(), 4);

        // A chat: a streamed Markdown answer with code, after a fallback.
        m_groq.enqueue(MockReply::openAiError(503,
                                              QStringLiteral("Service unavailable: model "
                                                             "overloaded"),
                                              QStringLiteral("server_error")));
        QStringList deltas;
        const QString answer = QString::fromUtf8(kAnswer);
        for (qsizetype i = 0; i < answer.size(); i += 12)
            deltas.append(answer.mid(i, 12));
        MockReply stream =
            MockReply::openAiStream(deltas, QStringLiteral("mistral-small-latest"), true);
        stream.splitEvery(90);
        m_mistral.enqueue(stream);
        app->send(QStringLiteral("How do I retry a flaky API call in Python?"));
        QTRY_VERIFY_WITH_TIMEOUT(!app->busy(), kWaitMs);
        Ui::MessageView* reply = app->lastMessage();
        QCOMPARE(reply->body()->codeViews().size(), 1);
        QVERIFY(reply->body()->codeViews().first()->isVisible());
        QVERIFY(reply->trail()->isVisible());
        QVERIFY(reply->trail()->summaryText().contains(QLatin1String("via mistral")));
        QVERIFY(
            reply->trail()->failureLines().value(0).contains(QLatin1String("groq was overloaded")));
        QTRY_COMPARE(app->window().library().conversations()->rowCount(), 5);
        app->transcript()->scrollToBottom();
        QImage image = save(app->window(), QStringLiteral("chat"));
        const QRect transcript(app->transcript()->mapTo(&app->window(), QPoint(0, 0)),
                               app->transcript()->size());
        checkTheme(image, transcript);
        // The code block stands apart from the page.
        Ui::CodeBlockView* code = reply->body()->codeViews().first();
        const QRect codeRect(code->mapTo(&app->window(), QPoint(0, 0)), code->size());
        QVERIFY(TestSupport::backgroundLightness(image, codeRect)
                != TestSupport::backgroundLightness(image, transcript));

        // Search: the matched words are highlighted in the results.
        QTest::keyClick(&app->window(), Qt::Key_K, Qt::ControlModifier);
        QTest::keyClicks(app->window().conversationPanel()->searchField(),
                         QStringLiteral("backoff"));
        QListView* hits = app->window().conversationPanel()->hitList();
        QTRY_VERIFY(hits->isVisible() && hits->model()->rowCount() >= 2);
        save(app->window(), QStringLiteral("search"));
        app->window().conversationPanel()->searchField()->clear();

        // An error in place: a route of one target that is rate limited.
        app.reset();
        QTemporaryDir errorDir;
        QVERIFY(seedHistory(errorDir.path()).isEmpty());
        app = start(errorDir, profile(false));
        QVERIFY(app);
        m_groq.enqueue(MockReply::openAiError(429,
                                              QStringLiteral("Rate limit reached for model "
                                                             "llama-3.1-8b-instant: try again "
                                                             "in 20s"),
                                              QStringLiteral("requests"),
                                              QStringLiteral("rate_limit_exceeded")));
        app->send(QStringLiteral("Summarise the meeting notes I pasted above."));
        QTRY_VERIFY_WITH_TIMEOUT(!app->busy(), kWaitMs);
        Ui::ErrorNotice* notice = app->lastMessage()->notice();
        QVERIFY(notice && notice->isVisible());
        QVERIFY(notice->heading().contains(QLatin1String("Rate limited by groq")));
        QVERIFY(notice->retryButton()->isVisible());
        image = save(app->window(), QStringLiteral("error"));
        const QRect noticeRect(notice->mapTo(&app->window(), QPoint(0, 0)), notice->size());
        const QColor tint(image.pixel(noticeRect.left() + 6, noticeRect.center().y()));
        QVERIFY2(tint.red() > tint.blue(), "the notice is tinted red");
    }

    void gatewayPanel_data() { screens_data(); }

    /// The local gateway on, after one request, its token masked (the keychain of the test
    /// session, under a service of this test's own).
    void gatewayPanel()
    {
        QFETCH(QString, theme);
        m_theme->apply(*Ui::Theme::modeFromName(theme));
        QTemporaryDir dir;
        ProfileConfig config = profile(false);
        config.config.gateway.port = 0;
        auto app = start(dir, config);
        QVERIFY(app);
        Secrets::KeyStore keyStore(QStringLiteral("SwitchboardTest-screenshots"), 0);
        Session::GatewayController gateway(app->profile(), keyStore);
        Ui::GatewayDialog dialog(gateway);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.panel()->enabledSwitch()->click();
        QTRY_COMPARE_WITH_TIMEOUT(gateway.state(), Session::GatewayController::State::On, kWaitMs);

        QNetworkAccessManager client;
        QUrl url = gateway.baseUrl();
        url.setPath(QStringLiteral("/v1/models"));
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + gateway.token().toUtf8());
        std::unique_ptr<QNetworkReply> reply(client.get(request));
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), kWaitMs);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QTRY_COMPARE(dialog.panel()->requestCountLabel()->text(), QStringLiteral("1 served"));
        QVERIFY(!dialog.panel()->tokenField()->displayText().contains(gateway.token()));

        const QImage image = save(dialog, QStringLiteral("gateway"));
        checkTheme(image, QRect(QPoint(10, 10), QSize(dialog.width() - 20, 40)));
    }
};

int main(int argc, char* argv[])
{
    // Without a display the test says so and skips; under the test session it uses Xvfb.
    if (qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    TestScreenshots test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_screenshots.moc"
