// The compare page against the mock provider, driving the real widgets: three columns stream
// independently, a failing column shows its error in place while the others answer, one column
// can be stopped alone, a retry re-asks only its column and saves it, a verdict is stored and
// shows in the leaderboard, a route made from the leaderboard lands in config.json, a saved
// compare reopens after a restart, and a column continues as a conversation.
#include "CompareUnderTest.h"
#include "MockProviderServer.h"
#include "MockReply.h"
#include "chat/ErrorNotice.h"
#include "chat/MarkdownView.h"
#include "compare/ActiveCompare.h"
#include "compare/ColumnFigures.h"
#include "compare/CompareBoard.h"
#include "compare/CompareColumnView.h"
#include "compare/ComparePage.h"
#include "compare/CompareSetup.h"
#include "compare/LeaderboardModel.h"
#include "compare/LeaderboardView.h"
#include "compare/RecentCompares.h"
#include "config/ConfigFile.h"
#include "config/Profile.h"
#include "session/ProfileSession.h"
#include "storage/CompareStore.h"
#include "storage/Database.h"
#include "storage/HistoryStore.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using TestSupport::CompareUnderTest;
using TestSupport::MockProviderServer;
using TestSupport::MockReply;
using TestSupport::ProfileConfig;

namespace {

constexpr int kWaitMs = 15'000;

MockReply answer(const QString& text, const QString& model)
{
    QStringList deltas;
    for (qsizetype i = 0; i < text.size(); i += 8)
        deltas.append(text.mid(i, 8));
    return MockReply::openAiStream(deltas, model, true);
}

MockReply notFound(const QString& model)
{
    return MockReply::openAiError(404, QStringLiteral("The model `%1` does not exist").arg(model),
                                  QStringLiteral("invalid_request_error"),
                                  QStringLiteral("model_not_found"));
}

/// A stream that sends its first delta and then stalls for good (until the client stops it).
MockReply stalledAfterFirstDelta(const QString& model)
{
    MockReply reply = MockReply::openAiStream(
        {QStringLiteral("Alpha begins "), QStringLiteral("and never ends")}, model, true);
    const qsizetype cut = reply.body.indexOf("and never ends");
    const qsizetype eventStart = reply.body.lastIndexOf("data:", cut);
    reply.splits = {eventStart};
    reply.stallAfterBytes = eventStart;
    reply.stallMs = -1;
    return reply;
}

std::optional<Storage::CompareSession> storedCompare(const QString& directory, qint64 id)
{
    Storage::Database database(Config::Profile(directory).databasePath());
    if (!database.open().isEmpty())
        return std::nullopt;
    return Storage::CompareStore(database).session(id);
}

} // namespace

class TestComparePage : public QObject {
    Q_OBJECT

private:
    MockProviderServer m_alpha;
    MockProviderServer m_beta;
    MockProviderServer m_gamma;

    ProfileConfig profile()
    {
        ProfileConfig p;
        p.addProvider(QStringLiteral("alpha"), m_alpha.baseUrl());
        p.addProvider(QStringLiteral("beta"), m_beta.baseUrl());
        p.addProvider(QStringLiteral("gamma"), m_gamma.baseUrl());
        p.addRoute(QStringLiteral("default"), {QStringLiteral("alpha/a-1")});
        Pricing::PriceOverride price;
        price.provider = QStringLiteral("beta");
        price.model = QStringLiteral("b-1");
        price.prices.input = 1'000'000;
        price.prices.output = 2'000'000;
        p.config.prices.append(price);
        return p;
    }

    static bool saved(CompareUnderTest& app)
    {
        return !app.busy() && app.page().active().compareId() != 0;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_alpha.listen() && m_beta.listen() && m_gamma.listen()); }

    void init()
    {
        m_alpha.reset();
        m_beta.reset();
        m_gamma.reset();
    }

    void columnsStreamIndependentlyAndAFailureShowsInPlace()
    {
        QTemporaryDir dir;
        auto app = CompareUnderTest::started(dir.path(), profile());
        QVERIFY(app);
        m_alpha.enqueue(stalledAfterFirstDelta(QStringLiteral("a-1")));
        m_beta.enqueue(answer(QStringLiteral("Beta answers **at once**."), QStringLiteral("b-1")));
        m_gamma.enqueue(notFound(QStringLiteral("g-1")));
        app->run(
            {QStringLiteral("alpha/a-1"), QStringLiteral("beta/b-1"), QStringLiteral("gamma/g-1")},
            QStringLiteral("Say something"));
        QCOMPARE(app->page().board()->count(), 3);
        QVERIFY(app->busy());

        // Beta answers and gamma fails while alpha is still streaming.
        QTRY_VERIFY_WITH_TIMEOUT(app->column(1)->result().answered(), kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(app->column(2)->result().finished(), kWaitMs);
        QTRY_VERIFY(app->column(0)->body()->markdown().contains(QLatin1String("Alpha begins")));
        QVERIFY(app->column(0)->isRunning());
        QVERIFY(app->column(0)->stopButton()->isVisible());
        QCOMPARE(app->column(1)->body()->markdown(), QStringLiteral("Beta answers **at once**."));

        Ui::CompareColumnView* failed = app->column(2);
        QVERIFY(!failed->result().answered());
        QVERIFY(failed->notice()->isVisible());
        QVERIFY2(!failed->notice()->heading().isEmpty(), "the failure says what happened");
        QVERIFY2(failed->notice()->heading().contains(QLatin1String("gamma"))
                     || failed->notice()->detail().contains(QLatin1String("g-1")),
                 qPrintable(failed->notice()->heading() + u'|' + failed->notice()->detail()));
        QVERIFY(failed->body()->isEmpty());

        // The answered column's figures, with a cost from the configured price.
        const QString figures = app->column(1)->figuresLabel()->text();
        QVERIFY2(figures.contains(QLatin1String("first token")), qPrintable(figures));
        QVERIFY2(figures.contains(QLatin1String("tok/s")), qPrintable(figures));
        QVERIFY2(figures.contains(QLatin1String(" in / ")), qPrintable(figures));
        QVERIFY2(figures.contains(QLatin1String("cost $")), qPrintable(figures));
        QVERIFY(app->column(1)->figuresLabel()->isVisible());

        // Stop the one column still running: the compare ends and is saved.
        QTest::mouseClick(app->column(0)->stopButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(saved(*app), kWaitMs);
        QCOMPARE(app->column(0)->result().state, Compare::ColumnState::Cancelled);
        QVERIFY(app->column(0)->notice()->isVisible());
        QVERIFY(app->column(1)->result().answered());
        QTRY_COMPARE(app->page().recent()->count(), 1);
        const auto stored = storedCompare(dir.path(), app->page().active().compareId());
        QVERIFY(stored);
        QCOMPARE(stored->columns.size(), 3);
        QCOMPARE(stored->columns.at(0).outcome, std::optional(Chat::Outcome::Cancelled));
        QCOMPARE(stored->columns.at(1).text, QStringLiteral("Beta answers **at once**."));
        QVERIFY(!stored->columns.at(2).answered);
        QVERIFY(!stored->columns.at(2).error.isEmpty());
    }

    void answersShowAsPlainTextAndScrollTogetherOnRequest()
    {
        QTemporaryDir dir;
        auto app = CompareUnderTest::started(dir.path(), profile());
        QVERIFY(app);
        QString longAnswer;
        for (int line = 0; line < 120; ++line)
            longAnswer += QStringLiteral("Line %1 of a **long** answer.\n\n").arg(line);
        m_alpha.enqueue(answer(longAnswer, QStringLiteral("a-1")));
        m_beta.enqueue(answer(longAnswer + longAnswer, QStringLiteral("b-1")));
        app->run({QStringLiteral("alpha/a-1"), QStringLiteral("beta/b-1")},
                 QStringLiteral("Say a lot"));
        QTRY_VERIFY_WITH_TIMEOUT(app->column(0)->result().answered(), kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(app->column(1)->result().answered(), kWaitMs);

        // Plain text: the Markdown as the model sent it, asterisks and all.
        auto* plain = app->page().findChild<QCheckBox*>(QStringLiteral("plainText"));
        QVERIFY(plain);
        plain->setChecked(true);
        for (int i = 0; i < 2; ++i) {
            Ui::CompareColumnView* column = app->column(i);
            QVERIFY(column->showsPlainText());
            QVERIFY(column->plainBody()->isVisible());
            QVERIFY(!column->body()->isVisible());
            QCOMPARE(column->plainBody()->text(), column->body()->markdown());
            QVERIFY(column->plainBody()->text().contains(QLatin1String("**long**")));
        }
        plain->setChecked(false);
        QVERIFY(app->column(0)->body()->isVisible());
        QVERIFY(!app->column(0)->plainBody()->isVisible());

        // Scrolling together: the other column follows to the same share of its answer.
        QScrollBar* first = app->column(0)->verticalScrollBar();
        QScrollBar* second = app->column(1)->verticalScrollBar();
        QTRY_VERIFY(first->maximum() > 0 && second->maximum() > first->maximum());
        first->setValue(first->maximum() / 2);
        QCOMPARE(second->value(), 0); // independent by default
        auto* together = app->page().findChild<QCheckBox*>(QStringLiteral("scrollTogether"));
        QVERIFY(together);
        together->setChecked(true);
        first->setValue(first->maximum());
        QCOMPARE(second->value(), second->maximum());
        second->setValue(0);
        QCOMPARE(first->value(), 0);
        together->setChecked(false);
        first->setValue(first->maximum());
        QCOMPARE(second->value(), 0);
    }

    void aRetryReasksOnlyItsColumn()
    {
        QTemporaryDir dir;
        auto app = CompareUnderTest::started(dir.path(), profile());
        QVERIFY(app);
        m_alpha.enqueue(answer(QStringLiteral("Alpha's answer."), QStringLiteral("a-1")));
        m_beta.enqueue(answer(QStringLiteral("Beta's answer."), QStringLiteral("b-1")));
        m_gamma.enqueue(notFound(QStringLiteral("g-1")));
        app->run(
            {QStringLiteral("alpha/a-1"), QStringLiteral("beta/b-1"), QStringLiteral("gamma/g-1")},
            QStringLiteral("Answer me"));
        QTRY_VERIFY_WITH_TIMEOUT(saved(*app), kWaitMs);
        const qint64 id = app->page().active().compareId();
        const qsizetype alphaAsked = m_alpha.requests().size();
        const qsizetype betaAsked = m_beta.requests().size();
        const qsizetype gammaAsked = m_gamma.requests().size();

        m_gamma.enqueue(answer(QStringLiteral("Gamma, second time."), QStringLiteral("g-1")));
        QPushButton* retry = app->column(2)->retryButton();
        QVERIFY(retry->isVisible() && retry->isEnabled());
        QTest::mouseClick(retry, Qt::LeftButton);
        QVERIFY(app->column(2)->isRunning());
        QVERIFY(!app->column(0)->isRunning() && !app->column(1)->isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(app->column(2)->result().answered(), kWaitMs);
        QTRY_VERIFY(!app->busy());
        QCOMPARE(app->column(2)->body()->markdown(), QStringLiteral("Gamma, second time."));
        QCOMPARE(m_alpha.requests().size(), alphaAsked);
        QCOMPARE(m_beta.requests().size(), betaAsked);
        QCOMPARE(m_gamma.requests().size(), gammaAsked + 1);
        QCOMPARE(app->column(0)->body()->markdown(), QStringLiteral("Alpha's answer."));
        QVERIFY(!app->column(2)->notice()->isVisible());

        // The saved compare holds the new answer, the others as they were.
        QTRY_VERIFY(storedCompare(dir.path(), id)
                    && storedCompare(dir.path(), id)->columns.at(2).answered);
        const auto stored = storedCompare(dir.path(), id);
        QCOMPARE(stored->columns.at(2).text, QStringLiteral("Gamma, second time."));
        QCOMPARE(stored->columns.at(0).text, QStringLiteral("Alpha's answer."));
        QCOMPARE(app->page().recent()->count(), 1);
    }

    void aVerdictIsStoredAndShowsInTheLeaderboard()
    {
        QTemporaryDir dir;
        auto app = CompareUnderTest::started(dir.path(), profile());
        QVERIFY(app);
        m_alpha.enqueue(answer(QStringLiteral("Alpha."), QStringLiteral("a-1")));
        m_beta.enqueue(answer(QStringLiteral("Beta."), QStringLiteral("b-1")));
        app->run({QStringLiteral("alpha/a-1"), QStringLiteral("beta/b-1")},
                 QStringLiteral("Which is better?"));
        QVERIFY(!app->column(1)->bestButton()->isEnabled()); // not before it ended
        QTRY_VERIFY_WITH_TIMEOUT(saved(*app), kWaitMs);
        const qint64 id = app->page().active().compareId();

        QToolButton* best = app->column(1)->bestButton();
        QVERIFY(best->isEnabled());
        QTest::mouseClick(best, Qt::LeftButton);
        QVERIFY(best->isChecked());
        QVERIFY2(app->page().verdictLabel()->text().contains(QLatin1String("beta/b-1")),
                 qPrintable(app->page().verdictLabel()->text()));
        QTRY_VERIFY(storedCompare(dir.path(), id)
                    && storedCompare(dir.path(), id)->bestPositions() == QList<int>{1});

        Ui::LeaderboardModel* board = app->page().leaderboard()->model();
        QTRY_COMPARE_WITH_TIMEOUT(board->rowCount(), 2, kWaitMs);
        const Storage::LeaderboardRow first = board->rows().at(0);
        QCOMPARE(first.id(), QStringLiteral("beta/b-1"));
        QCOMPARE(first.wins, 1);
        QCOMPARE(first.comparisons, 1);
        QCOMPARE(board->rows().at(1).losses, 1);
        QCOMPARE(board->index(0, Ui::LeaderboardModel::WinRate).data().toString(),
                 QStringLiteral("100%"));
        QCOMPARE(board->index(0, Ui::LeaderboardModel::Record).data().toString(),
                 QStringLiteral("1 / 0 / 0"));
        QVERIFY(
            board->index(0, Ui::LeaderboardModel::MedianCost).data().toString().startsWith(u'$'));

        // A tie replaces the verdict.
        QTest::mouseClick(app->page().tieButton(), Qt::LeftButton);
        QTRY_VERIFY(storedCompare(dir.path(), id)
                    && storedCompare(dir.path(), id)->bestPositions() == (QList<int>{0, 1}));
        QTRY_COMPARE(board->rows().at(0).ties, 1);
    }

    void aRouteFromTheLeaderboardLandsInConfig()
    {
        QTemporaryDir dir;
        auto app = CompareUnderTest::started(dir.path(), profile());
        QVERIFY(app);
        m_alpha.enqueue(answer(QStringLiteral("Alpha."), QStringLiteral("a-1")));
        m_beta.enqueue(answer(QStringLiteral("Beta."), QStringLiteral("b-1")));
        app->run({QStringLiteral("alpha/a-1"), QStringLiteral("beta/b-1")},
                 QStringLiteral("Pick one"));
        QTRY_VERIFY_WITH_TIMEOUT(saved(*app), kWaitMs);
        QTest::mouseClick(app->column(0)->bestButton(), Qt::LeftButton);
        Ui::LeaderboardView* leaderboard = app->page().leaderboard();
        QTRY_COMPARE_WITH_TIMEOUT(leaderboard->model()->rowCount(), 2, kWaitMs);

        app->page().showLeaderboard();
        QVERIFY(!leaderboard->createRouteButton()->isEnabled()); // no name yet
        QTest::keyClicks(leaderboard->routeNameField(), QStringLiteral("my-best"));
        QVERIFY(leaderboard->createRouteButton()->isEnabled());
        QSignalSpy reloaded(&app->profile(), &Session::ProfileSession::reloaded);
        QTest::mouseClick(leaderboard->createRouteButton(), Qt::LeftButton);
        QVERIFY2(leaderboard->statusLabel()->text().contains(QLatin1String("my-best")),
                 qPrintable(leaderboard->statusLabel()->text()));
        QTRY_COMPARE(reloaded.size(), 1);

        const Config::LoadResult loaded =
            Config::ConfigFile(Config::Profile(dir.path()).configPath()).load();
        QVERIFY2(loaded.ok(), qPrintable(loaded.errors.join(u'\n')));
        const Routing::Route* route = loaded.config.findRoute(QStringLiteral("my-best"));
        QVERIFY(route);
        QCOMPARE(route->targets.size(), 2);
        QCOMPARE(route->targets.at(0).target.id(), QStringLiteral("alpha/a-1"));
        QCOMPARE(route->targets.at(1).target.id(), QStringLiteral("beta/b-1"));
        // Everything else is as it was.
        const ProfileConfig before = profile();
        QCOMPARE(loaded.config.providers.size(), before.config.providers.size());
        QCOMPARE(loaded.config.prices, before.config.prices);
        QVERIFY(loaded.config.findRoute(QStringLiteral("default")));
        QVERIFY(app->profile().config().findRoute(QStringLiteral("my-best")));

        // The same name again is refused, and the file is left alone.
        QTest::keyClicks(leaderboard->routeNameField(), QStringLiteral("my-best"));
        QTest::mouseClick(leaderboard->createRouteButton(), Qt::LeftButton);
        QVERIFY2(leaderboard->statusLabel()->text().contains(QLatin1String("already exists")),
                 qPrintable(leaderboard->statusLabel()->text()));
        QCOMPARE(reloaded.size(), 1);
    }

    void aSavedCompareReopensAfterARestart()
    {
        QTemporaryDir dir;
        auto app = CompareUnderTest::started(dir.path(), profile());
        QVERIFY(app);
        m_alpha.enqueue(answer(QStringLiteral("Kept answer A."), QStringLiteral("a-1")));
        m_gamma.enqueue(notFound(QStringLiteral("g-1")));
        app->run({QStringLiteral("alpha/a-1"), QStringLiteral("gamma/g-1")},
                 QStringLiteral("Remember this"));
        QTRY_VERIFY_WITH_TIMEOUT(saved(*app), kWaitMs);
        const QString figures = app->column(0)->figuresLabel()->text();
        app.reset();

        app = CompareUnderTest::started(dir.path(), profile());
        QVERIFY(app);
        Ui::RecentCompares* recent = app->page().recent();
        QTRY_COMPARE(recent->count(), 1);
        QVERIFY(recent->item(0)->text().startsWith(QLatin1String("Remember this")));
        recent->setFocus();
        recent->setCurrentRow(0);
        QTest::keyClick(recent, Qt::Key_Return);
        QTRY_COMPARE(app->page().board()->count(), 2);
        QCOMPARE(app->column(0)->body()->markdown(), QStringLiteral("Kept answer A."));
        QCOMPARE(app->column(0)->figuresLabel()->text(), figures);
        QVERIFY(app->column(1)->notice()->isVisible());
        QCOMPARE(app->page().setup()->promptEdit()->toPlainText(), QStringLiteral("Remember this"));

        // Its failed column can be retried in the reopened compare.
        m_gamma.enqueue(answer(QStringLiteral("Now gamma answers."), QStringLiteral("g-1")));
        QVERIFY(app->column(1)->retryButton()->isEnabled());
        QTest::mouseClick(app->column(1)->retryButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(app->column(1)->result().answered(), kWaitMs);
        QCOMPARE(m_alpha.requests().size(), 1);
    }

    void aColumnContinuesAsAConversation()
    {
        QTemporaryDir dir;
        auto app = CompareUnderTest::started(dir.path(), profile());
        QVERIFY(app);
        m_alpha.enqueue(answer(QStringLiteral("Alpha goes on."), QStringLiteral("a-1")));
        m_beta.enqueue(answer(QStringLiteral("Beta."), QStringLiteral("b-1")));
        app->run({QStringLiteral("alpha/a-1"), QStringLiteral("beta/b-1")},
                 QStringLiteral("Start here"));
        QTRY_VERIFY_WITH_TIMEOUT(saved(*app), kWaitMs);
        QSignalSpy opened(&app->page(), &Ui::ComparePage::openConversationRequested);
        QPushButton* go = app->column(0)->continueButton();
        QVERIFY(go->isVisible() && go->isEnabled());
        QTest::mouseClick(go, Qt::LeftButton);
        QTRY_COMPARE(opened.size(), 1);
        const qint64 conversationId = opened.at(0).at(0).toLongLong();
        QVERIFY(conversationId > 0);

        Storage::Database database(Config::Profile(dir.path()).databasePath());
        QVERIFY(database.open().isEmpty());
        const Storage::HistoryStore store(database);
        QVERIFY(store.conversation(conversationId));
        const QList<Storage::ConversationMessage> messages = store.messages(conversationId);
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages.at(1).text, QStringLiteral("Alpha goes on."));
    }

    void aReloadMidCompareStopsItsColumnsAndKeepsThemRetryable()
    {
        QTemporaryDir dir;
        auto app = CompareUnderTest::started(dir.path(), profile());
        QVERIFY(app);
        m_alpha.enqueue(stalledAfterFirstDelta(QStringLiteral("a-1")));
        m_beta.enqueue(answer(QStringLiteral("Beta before the reload."), QStringLiteral("b-1")));
        app->run({QStringLiteral("alpha/a-1"), QStringLiteral("beta/b-1")},
                 QStringLiteral("Reload under me"));
        QTRY_VERIFY_WITH_TIMEOUT(app->column(1)->result().answered(), kWaitMs);
        QTRY_VERIFY(app->column(0)->body()->markdown().contains(QLatin1String("Alpha begins")));

        app->profile().reload(); // the router goes: the running column ends as stopped
        QVERIFY(!app->busy());
        QCOMPARE(app->column(0)->result().state, Compare::ColumnState::Cancelled);
        QVERIFY(!app->column(0)->stopButton()->isVisible());
        QCOMPARE(app->column(1)->body()->markdown(), QStringLiteral("Beta before the reload."));
        QTRY_VERIFY(app->page().active().compareId() != 0);

        // Made runnable again over the new router: the stopped column retries alone.
        m_alpha.enqueue(answer(QStringLiteral("Alpha after the reload."), QStringLiteral("a-1")));
        QVERIFY(app->column(0)->retryButton()->isEnabled());
        QTest::mouseClick(app->column(0)->retryButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(app->column(0)->result().answered(), kWaitMs);
        QCOMPARE(m_beta.requests().size(), 1);
    }

    void figuresThatAreNotKnownSayUnknown()
    {
        Storage::CompareColumnRecord record;
        record.targetKind = Storage::CompareTargetKind::Route;
        record.target = QStringLiteral("fast");
        record.answered = true;
        record.provider = QStringLiteral("beta");
        record.model = QStringLiteral("b-1");
        record.totalMs = 1500;
        record.outputTokens = 40;
        const QStringList figures = Ui::ColumnFigures::figures(record);
        QVERIFY2(figures.contains(QStringLiteral("cost unknown")), qPrintable(figures.join(u'|')));
        QVERIFY2(figures.contains(QStringLiteral("first token unknown")),
                 qPrintable(figures.join(u'|')));
        QVERIFY2(figures.contains(QStringLiteral("unknown in / 40 out")),
                 qPrintable(figures.join(u'|')));
        QCOMPARE(Ui::ColumnFigures::answeredBy(record), QStringLiteral("answered by beta/b-1"));
        record.costMicroUsd = 0;
        QCOMPARE(Ui::ColumnFigures::cost(record), QStringLiteral("$0.00"));
    }

    void aTargetThatCannotBeAskedSaysWhy()
    {
        QTemporaryDir dir;
        auto app = CompareUnderTest::started(dir.path(), profile());
        QVERIFY(app);
        app->run({QStringLiteral("alpha/a-1"), QStringLiteral("no-such-route")},
                 QStringLiteral("Hello"));
        QLabel* problem = app->page().setup()->problemLabel();
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(QLatin1String("no-such-route")),
                 qPrintable(problem->text()));
        QVERIFY(!app->busy());
        QCOMPARE(m_alpha.requests().size(), 0);
    }
};

QTEST_MAIN(TestComparePage)
#include "tst_comparepage.moc"
