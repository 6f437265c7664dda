// The GUI shell: an empty profile greets the user and says no provider is configured; a
// configured one shows its providers; About shows the version.
#include "AboutDialog.h"
#include "MainWindow.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QTemporaryDir>
#include <QTest>

class TestMainWindow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7")); }

    void emptyProfileShowsTheWelcomePage()
    {
        QTemporaryDir dir;
        Ui::MainWindow window{Config::Profile(dir.path())};
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.showsWelcome());
        auto* label = window.findChild<QLabel*>(QStringLiteral("noProviderLabel"));
        QVERIFY(label && label->isVisible());
        QVERIFY(label->text().contains(QLatin1String("No provider is configured yet")));
        // Looking must not create anything in the profile.
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("config.json"))));
    }

    void menusOfferQuitAndAbout()
    {
        QTemporaryDir dir;
        Ui::MainWindow window{Config::Profile(dir.path())};
        QStringList titles;
        for (QAction* action : window.menuBar()->actions())
            titles << action->text();
        QCOMPARE(titles, QStringList({QStringLiteral("&File"), QStringLiteral("&Help")}));
    }

    void configuredProvidersReplaceTheWelcome()
    {
        QTemporaryDir dir;
        Ui::MainWindow window{Config::Profile(dir.path())};
        QFile file(dir.filePath(QStringLiteral("config.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"providers\":[{\"name\":\"groq\",\"kind\":\"openai\",\"base_url\":\"https://"
                   "api.groq.com/openai/v1\"}]}");
        file.close();
        window.reloadConfig();
        QVERIFY(!window.showsWelcome());
        auto* list = window.findChild<QListWidget*>(QStringLiteral("providerList"));
        QCOMPARE(list->count(), 1);
        QVERIFY(list->item(0)->text().startsWith(QLatin1String("groq")));
    }

    void brokenConfigIsShownNotHidden()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("config.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{ nope");
        file.close();
        Ui::MainWindow window{Config::Profile(dir.path())};
        window.show();
        auto* problem = window.findChild<QLabel*>(QStringLiteral("configProblem"));
        QVERIFY(problem->isVisible());
        QVERIFY(problem->text().contains(dir.filePath(QStringLiteral("config.json"))));
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
