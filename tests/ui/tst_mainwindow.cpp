// The window's shell: an empty profile greets the user and says no provider is configured (and
// creates nothing by looking); a configured one shows the chat; a broken config.json is shown,
// not hidden; the menus; About shows the version; window state and splitter sizes come back
// after a restart; Settings… opens the settings window; the rail switches between the chat and
// the dashboard; the welcome flow stays until its last step even once a provider is saved.
#include "AboutDialog.h"
#include "MainWindow.h"
#include "Theme.h"
#include "WindowUnderTest.h"
#include "chat/ChatPage.h"
#include "chat/ChatSession.h"
#include "chat/Composer.h"
#include "chat/TargetPicker.h"
#include "chat/TranscriptView.h"
#include "compare/ComparePage.h"
#include "dashboard/DashboardView.h"
#include "session/ProfileSession.h"
#include "settings/SettingsDialog.h"
#include "storage/Database.h"
#include "storage/UsageLedger.h"
#include "welcome/WelcomeFlow.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QMenuBar>
#include <QSignalSpy>
#include <QSplitter>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

using TestSupport::ProfileConfig;
using TestSupport::WindowUnderTest;

class TestMainWindow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7")); }

    void emptyProfileShowsTheWelcomePage()
    {
        QTemporaryDir dir;
        WindowUnderTest app(dir.path());
        app.window().show();
        QVERIFY(QTest::qWaitForWindowExposed(&app.window()));
        QVERIFY(app.window().showsWelcome());
        auto* label = app.window().findChild<QLabel*>(QStringLiteral("noProviderLabel"));
        QVERIFY(label && label->isVisible());
        QVERIFY(label->text().contains(QLatin1String("No provider is configured yet")));
        // Looking must not create a configuration.
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("config.json"))));
    }

    void menusOfferChatSettingsQuitAndAbout()
    {
        QTemporaryDir dir;
        WindowUnderTest app(dir.path());
        QStringList titles;
        for (QAction* action : app.window().menuBar()->actions())
            titles << action->text();
        QCOMPARE(titles, QStringList({QStringLiteral("&File"), QStringLiteral("&View"),
                                      QStringLiteral("&Chat"), QStringLiteral("&Help")}));
        auto* settings = app.window().findChild<QAction*>(QStringLiteral("settingsAction"));
        QVERIFY(settings);
        QCOMPARE(settings->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Comma));
    }

    void configuredProvidersShowTheChat()
    {
        QTemporaryDir dir;
        WindowUnderTest app(dir.path());
        ProfileConfig profile;
        profile.addProvider(QStringLiteral("groq"),
                            QUrl(QStringLiteral("https://api.groq.com/openai/v1")));
        profile.addRoute(QStringLiteral("default"), {QStringLiteral("groq/llama-3.1-8b-instant")});
        QVERIFY(profile.save(dir.path()).isEmpty());
        app.window().reloadConfig();
        QVERIFY(!app.window().showsWelcome());
        // The picker lists the route and the model it names.
        Ui::TargetPicker* picker = app.composer()->picker();
        QCOMPARE(picker->choice(), QStringLiteral("default"));
        QVERIFY(picker->findText(QStringLiteral("  llama-3.1-8b-instant")) >= 0);
    }

    void reloadRebuildsTheServicesOverTheNewConfig()
    {
        QTemporaryDir dir;
        ProfileConfig profile;
        profile.addProvider(QStringLiteral("a"), QUrl(QStringLiteral("http://127.0.0.1:9/v1")));
        profile.addRoute(QStringLiteral("default"), {QStringLiteral("a/m")});
        QVERIFY(profile.save(dir.path()).isEmpty());
        WindowUnderTest app(dir.path());
        QSignalSpy reloaded(&app.profile(), &Session::ProfileSession::reloaded);
        profile.addRoute(QStringLiteral("second"), {QStringLiteral("a/n")});
        QVERIFY(profile.save(dir.path()).isEmpty());
        app.window().reloadConfig();
        QCOMPARE(reloaded.size(), 1);
        QVERIFY(app.profile().config().findRoute(u"second"));
        QVERIFY(app.composer()->picker()->findText(QStringLiteral("  second")) >= 0);
    }

    void brokenConfigIsShownNotHidden()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("config.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{ nope");
        file.close();
        WindowUnderTest app(dir.path());
        app.window().show();
        auto* problem = app.window().findChild<QLabel*>(QStringLiteral("configProblem"));
        QVERIFY(problem->isVisible());
        QVERIFY(problem->text().contains(dir.filePath(QStringLiteral("config.json"))));
    }

    void settingsOpenTheSettingsWindowAndItsEditsReachTheChat()
    {
        QTemporaryDir dir;
        ProfileConfig profile;
        profile.addProvider(QStringLiteral("a"), QUrl(QStringLiteral("http://127.0.0.1:9/v1")));
        profile.addRoute(QStringLiteral("default"), {QStringLiteral("a/m")});
        QVERIFY(profile.save(dir.path()).isEmpty());
        WindowUnderTest app(dir.path());
        app.window().show();
        QVERIFY(QTest::qWaitForWindowExposed(&app.window()));
        QVERIFY(!app.window().settingsDialog());
        QTest::keyClick(&app.window(), Qt::Key_Comma, Qt::ControlModifier);
        QVERIFY(app.window().settingsDialog());
        QTRY_VERIFY(app.window().settingsDialog()->isVisible());
        // An edit the settings write (through the window's config store) rebuilds the services.
        QSignalSpy reloaded(&app.profile(), &Session::ProfileSession::reloaded);
        QCOMPARE(app.configStore().update([](Config::AppConfig& config) {
            Routing::Route route;
            route.name = QStringLiteral("added");
            Routing::TargetSpec target;
            target.target = Routing::Target{QStringLiteral("a"), QStringLiteral("n")};
            route.targets.append(target);
            config.routes.append(route);
            return QString();
        }),
                 QString());
        QCOMPARE(reloaded.size(), 1);
        QVERIFY(app.composer()->picker()->findText(QStringLiteral("  added")) >= 0);
        // Asked again, the same window comes forward.
        Ui::SettingsDialog* first = app.window().settingsDialog();
        QTest::keyClick(&app.window(), Qt::Key_Comma, Qt::ControlModifier);
        QCOMPARE(app.window().settingsDialog(), first);
    }

    void theRailSwitchesBetweenChatCompareAndDashboardAndRemembersIt()
    {
        QTemporaryDir dir;
        ProfileConfig profile;
        profile.addProvider(QStringLiteral("a"), QUrl(QStringLiteral("http://127.0.0.1:9/v1")));
        profile.addRoute(QStringLiteral("default"), {QStringLiteral("a/m")});
        QVERIFY(profile.save(dir.path()).isEmpty());
        {
            WindowUnderTest app(dir.path());
            app.window().show();
            QVERIFY(QTest::qWaitForWindowExposed(&app.window()));
            QCOMPARE(app.window().currentView(), Ui::MainWindow::View::Chat);
            QVERIFY(!app.window().dashboard()); // nothing of it is built at start-up
            QTest::keyClick(&app.window(), Qt::Key_3, Qt::ControlModifier);
            QCOMPARE(app.window().currentView(), Ui::MainWindow::View::Dashboard);
            QVERIFY(app.window().dashboard() && app.window().dashboard()->isVisible());
            QVERIFY(!app.chat()->isVisible());
            app.window().close();
        }
        WindowUnderTest again(dir.path());
        again.window().show();
        QVERIFY(QTest::qWaitForWindowExposed(&again.window()));
        QCOMPARE(again.window().currentView(), Ui::MainWindow::View::Dashboard);
        QTest::keyClick(&again.window(), Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(again.window().currentView(), Ui::MainWindow::View::Compare);
        QVERIFY(again.window().comparePage() && again.window().comparePage()->isVisible());
        QTest::keyClick(&again.window(), Qt::Key_1, Qt::ControlModifier);
        QVERIFY(again.chat()->isVisible());
    }

    void theWelcomeFlowStaysUntilItsLastStep()
    {
        QTemporaryDir dir;
        WindowUnderTest app(dir.path());
        app.window().show();
        QVERIFY(QTest::qWaitForWindowExposed(&app.window()));
        QVERIFY(app.window().showsWelcome());
        auto* rail = app.window().findChild<QToolBar*>(QStringLiteral("viewRail"));
        QVERIFY(rail && !rail->isVisible());
        // The flow saves its provider: the services are rebuilt, the flow goes on to its end.
        QCOMPARE(app.configStore().update(
                     [](Config::AppConfig& config) {
                         Providers::ProviderConfig provider;
                         provider.name = QStringLiteral("local");
                         provider.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9/v1"));
                         config.providers.append(provider);
                         return QString();
                     },
                     app.window().welcomeFlow()),
                 QString());
        QCOMPARE(app.profile().config().providers.size(), 1);
        QVERIFY(app.window().showsWelcome());
        Q_EMIT app.window().welcomeFlow()->finished(QStringLiteral("local"));
        QVERIFY(!app.window().showsWelcome());
        QVERIFY(app.chat()->isVisible());
        QVERIFY(rail->isVisible());
    }

    void aCrossedBudgetIsSaidInTheChatAndTheStatusBarOnce()
    {
        QTemporaryDir dir;
        ProfileConfig profile;
        profile.addProvider(QStringLiteral("a"), QUrl(QStringLiteral("http://127.0.0.1:9/v1")));
        profile.addRoute(QStringLiteral("default"), {QStringLiteral("a/m")});
        profile.config.budgets.overall.monthlyMicroUsd = 1'000'000; // $1.00
        QVERIFY(profile.save(dir.path()).isEmpty());
        {
            Storage::Database db(Config::Profile(dir.path()).databasePath());
            QCOMPARE(db.open(), QString());
            Storage::LedgerEntry spent;
            spent.attempt.requestId = QStringLiteral("r1");
            spent.attempt.provider = QStringLiteral("a");
            spent.attempt.model = QStringLiteral("m");
            spent.attempt.outcome = Chat::Outcome::Ok;
            spent.attempt.startedAt = QDateTime::currentDateTimeUtc();
            spent.attempt.costMicroUsd = 1'250'000;
            QCOMPARE(Storage::UsageLedger(db).record(spent), QString());
        }
        WindowUnderTest app(dir.path());
        app.window().show();
        QVERIFY(QTest::qWaitForWindowExposed(&app.window()));
        QTRY_VERIFY(
            app.transcript()->bannerText().contains(QLatin1String("Over the monthly budget")));
        QVERIFY(app.transcript()->bannerText().contains(QLatin1String("1.25")));
        QVERIFY(app.window().statusBar()->currentMessage().contains(QLatin1String("1.25")));
        // Said once: a later check finds the same crossing and says nothing new.
        app.transcript()->setBanner({});
        app.window().reloadConfig();
        QTest::qWait(600); // past the notifier's 250 ms gathering of checks
        QCOMPARE(app.transcript()->bannerText(), QString());
    }

    void windowStateAndSplitterComeBackAfterARestart()
    {
        QTemporaryDir dir;
        ProfileConfig profile;
        profile.addProvider(QStringLiteral("a"), QUrl(QStringLiteral("http://127.0.0.1:9/v1")));
        profile.addRoute(QStringLiteral("default"), {QStringLiteral("a/m")});
        profile.addRoute(QStringLiteral("other"), {QStringLiteral("a/n")});
        QVERIFY(profile.save(dir.path()).isEmpty());
        QList<int> sizes;
        {
            WindowUnderTest app(dir.path());
            app.window().resize(1000, 700);
            app.window().show();
            QVERIFY(QTest::qWaitForWindowExposed(&app.window()));
            auto* splitter = app.window().findChild<QSplitter*>(QStringLiteral("mainSplitter"));
            splitter->setSizes({320, 680});
            sizes = splitter->sizes();
            Ui::TargetPicker* picker = app.composer()->picker();
            picker->setCurrentIndex(picker->findText(QStringLiteral("  other")));
            app.window().close();
        }
        WindowUnderTest again(dir.path());
        again.window().show();
        QVERIFY(QTest::qWaitForWindowExposed(&again.window()));
        auto* splitter = again.window().findChild<QSplitter*>(QStringLiteral("mainSplitter"));
        QCOMPARE(splitter->sizes(), sizes);
        QCOMPARE(again.window().size(), QSize(1000, 700));
        QCOMPARE(again.composer()->picker()->choice(), QStringLiteral("other"));
        QCOMPARE(again.window().session().target(), QStringLiteral("other"));
    }

    void theThemeFollowsTheSystemOrAChoiceAndSetsTheTextSize()
    {
        Ui::Theme theme(*qApp);
        const QPalette system = QApplication::palette();
        theme.apply(Ui::Theme::Mode::Dark, 13);
        QVERIFY(Ui::Theme::isDark(QApplication::palette()));
        QCOMPARE(QApplication::font().pointSizeF(), 13.0);
        theme.apply(Ui::Theme::Mode::Light);
        QVERIFY(!Ui::Theme::isDark(QApplication::palette()));
        theme.apply(Ui::Theme::Mode::System);
        QCOMPARE(QApplication::palette().color(QPalette::Window), system.color(QPalette::Window));
        QCOMPARE(Ui::Theme::modeFromName(u"DARK"), Ui::Theme::Mode::Dark);
        QVERIFY(!Ui::Theme::modeFromName(u"purple"));
        // A window that is open follows a change: code blocks take the dark scheme.
        QTemporaryDir dir;
        WindowUnderTest app(dir.path());
        app.window().show();
        theme.apply(Ui::Theme::Mode::Dark);
        QTRY_VERIFY(Ui::Theme::isDark(app.window().palette()));
        theme.apply(Ui::Theme::Mode::System);
    }

    void aboutShowsVersionAndLicences()
    {
        Ui::AboutDialog dialog;
        const QString title = dialog.findChild<QLabel*>(QStringLiteral("aboutTitle"))->text();
        const QString text = dialog.findChild<QLabel*>(QStringLiteral("aboutText"))->text();
        QVERIFY(title.contains(QLatin1String("9.8.7")));
        QVERIFY(text.contains(QString::fromLatin1(qVersion())));
        QVERIFY(text.contains(QLatin1String("LGPL")));
        QVERIFY(text.contains(QLatin1String("BSD")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
