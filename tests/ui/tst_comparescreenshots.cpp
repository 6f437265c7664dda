// Screenshots of the compare page, light and dark, on a real X display (the Xvfb of
// packaging/with-test-session.sh), built like tst_screenshots: three columns answered with
// Markdown and code (one of them a route, which names the model that answered) and a verdict,
// then the leaderboard it feeds. Each is checked for what it must show before it is saved as a
// PNG. Run by hand they go to docs/screenshots/ (SWITCHBOARD_SCREENSHOT_OUT overrides; ctest
// writes into the build tree).
#include "CompareUnderTest.h"
#include "MockProviderServer.h"
#include "MockReply.h"
#include "Screenshot.h"
#include "Theme.h"
#include "chat/CodeBlockView.h"
#include "chat/MarkdownView.h"
#include "compare/ActiveCompare.h"
#include "compare/CompareBoard.h"
#include "compare/CompareColumnView.h"
#include "compare/ComparePage.h"
#include "compare/CompareSetup.h"
#include "compare/LeaderboardModel.h"
#include "compare/LeaderboardView.h"

#include <QApplication>
#include <QCursor>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using TestSupport::CompareUnderTest;
using TestSupport::MockProviderServer;
using TestSupport::MockReply;
using TestSupport::ProfileConfig;

namespace {

constexpr int kWaitMs = 15'000;
const QSize kPageSize(1320, 800);

const char* const kGroq = "Use a `dict` comprehension over the pairs:\n"
                          "\n"
                          "```python\n"
                          "def invert(d):\n"
                          "    return {v: k for k, v in d.items()}\n"
                          "```\n"
                          "\n"
                          "Values must be **hashable**, and duplicates keep the last key.\n";
const char* const kMistral = "Swap each pair with `zip`:\n"
                             "\n"
                             "```python\n"
                             "inverted = dict(zip(d.values(), d.keys()))\n"
                             "```\n"
                             "\n"
                             "- one line, no loop\n"
                             "- later keys win on duplicate values\n";
const char* const kOpenAi =
    "If several keys share a value, collect them in lists instead of losing them:\n"
    "\n"
    "```python\n"
    "from collections import defaultdict\n"
    "\n"
    "def invert_all(d):\n"
    "    out = defaultdict(list)\n"
    "    for key, value in d.items():\n"
    "        out[value].append(key)\n"
    "    return dict(out)\n"
    "```\n"
    "\n"
    "This keeps *every* key, at the cost of list values.\n";

MockReply streamOf(const char* text, const QString& model)
{
    const QString answer = QString::fromUtf8(text);
    QStringList deltas;
    for (qsizetype i = 0; i < answer.size(); i += 10)
        deltas.append(answer.mid(i, 10));
    MockReply reply = MockReply::openAiStream(deltas, model, true);
    reply.splitEvery(120);
    return reply;
}

} // namespace

class TestCompareScreenshots : public QObject {
    Q_OBJECT

private:
    MockProviderServer m_groq;
    MockProviderServer m_mistral;
    MockProviderServer m_openai;
    std::unique_ptr<Ui::Theme> m_theme;

    QImage save(QWidget& page, const QString& name)
    {
        return TestSupport::saveScreenshot(
            page, TestSupport::screenshotDirectory(QStringLiteral(SWITCHBOARD_SCREENSHOT_DIR)),
            name, Ui::Theme::modeName(m_theme->mode()));
    }

    void checkTheme(const QImage& image, const QRect& region)
    {
        const int lightness = TestSupport::backgroundLightness(image, region);
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
        QVERIFY(m_groq.listen() && m_mistral.listen() && m_openai.listen());
        m_theme = std::make_unique<Ui::Theme>(*qApp);
    }

    void comparePage_data()
    {
        QTest::addColumn<QString>("theme");
        QTest::newRow("light") << QStringLiteral("light");
        QTest::newRow("dark") << QStringLiteral("dark");
    }

    void comparePage()
    {
        QFETCH(QString, theme);
        m_theme->apply(*Ui::Theme::modeFromName(theme));
        m_groq.reset();
        m_mistral.reset();
        m_openai.reset();

        ProfileConfig profile;
        profile.addProvider(QStringLiteral("groq"), m_groq.baseUrl());
        profile.addProvider(QStringLiteral("mistral"), m_mistral.baseUrl());
        profile.addProvider(QStringLiteral("openai"), m_openai.baseUrl());
        profile.addRoute(QStringLiteral("careful"), {QStringLiteral("openai/gpt-4o-mini"),
                                                     QStringLiteral("groq/llama-3.1-8b-instant")});
        profile.addRoute(QStringLiteral("fast"), {QStringLiteral("mistral/mistral-small-latest")});
        // Their list prices (µ$ per million tokens), as a user would set them for these servers.
        const auto price = [&](const char* provider, const char* model, qint64 in, qint64 out) {
            Pricing::PriceOverride p;
            p.provider = QString::fromLatin1(provider);
            p.model = QString::fromLatin1(model);
            p.prices.input = in;
            p.prices.output = out;
            profile.config.prices.append(p);
        };
        price("groq", "llama-3.1-8b-instant", 50'000, 80'000);
        price("mistral", "mistral-small-latest", 100'000, 300'000);
        price("openai", "gpt-4o-mini", 150'000, 600'000);
        QTemporaryDir dir;
        auto app = CompareUnderTest::started(dir.path(), profile, kPageSize);
        QVERIFY(app);

        m_groq.enqueue(streamOf(kGroq, QStringLiteral("llama-3.1-8b-instant")));
        m_mistral.enqueue(streamOf(kMistral, QStringLiteral("mistral-small-latest")));
        m_openai.enqueue(streamOf(kOpenAi, QStringLiteral("gpt-4o-mini")));
        app->run({QStringLiteral("groq/llama-3.1-8b-instant"),
                  QStringLiteral("mistral/mistral-small-latest"), QStringLiteral("careful")},
                 QStringLiteral("How do I invert a Python dict, swapping keys and values?"));
        QTRY_VERIFY2_WITH_TIMEOUT(!app->busy() && app->page().active().compareId() != 0,
                                  qPrintable(app->column(0)->statusLabel()->text() + u'|'
                                             + app->column(1)->statusLabel()->text() + u'|'
                                             + app->column(2)->statusLabel()->text()),
                                  kWaitMs);
        for (int i = 0; i < 3; ++i) {
            Ui::CompareColumnView* column = app->column(i);
            QVERIFY(column->result().answered());
            QCOMPARE(column->body()->codeViews().size(), 1);
            QVERIFY(column->body()->codeViews().first()->isVisible());
            QVERIFY(column->figuresLabel()->isVisible());
        }
        QVERIFY(
            app->column(2)->statusLabel()->text().contains(QLatin1String("openai/gpt-4o-mini")));
        QVERIFY(app->column(0)->figuresLabel()->text().contains(QLatin1String("cost $0.0")));
        QTest::mouseClick(app->column(2)->bestButton(), Qt::LeftButton);
        QVERIFY(app->page().verdictLabel()->text().contains(QLatin1String("route/careful")));

        QImage image = save(app->page(), QStringLiteral("compare"));
        Ui::CompareColumnView* first = app->column(0);
        const QRect body(first->body()->mapTo(&app->page(), QPoint(0, 0)), first->body()->size());
        checkTheme(image, body);
        Ui::CodeBlockView* code = first->body()->codeViews().first();
        const QRect codeRect(code->mapTo(&app->page(), QPoint(0, 0)), code->size());
        QVERIFY(TestSupport::backgroundLightness(image, codeRect)
                != TestSupport::backgroundLightness(image, body));

        // The leaderboard that verdict feeds.
        Ui::LeaderboardView* leaderboard = app->page().leaderboard();
        app->page().showLeaderboard();
        QTRY_COMPARE_WITH_TIMEOUT(leaderboard->model()->rowCount(), 3, kWaitMs);
        QCOMPARE(leaderboard->model()->rows().first().id(), QStringLiteral("openai/gpt-4o-mini"));
        QVERIFY(leaderboard->table()->isVisible());
        image = save(app->page(), QStringLiteral("leaderboard"));
        const QRect table(leaderboard->table()->viewport()->mapTo(&app->page(), QPoint(0, 0)),
                          leaderboard->table()->viewport()->size());
        checkTheme(image, table);
    }
};

int main(int argc, char* argv[])
{
    // Without a display the test says so and skips; under the test session it uses Xvfb.
    if (qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    TestCompareScreenshots test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_comparescreenshots.moc"
