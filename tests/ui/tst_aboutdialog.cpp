// Help > About: the version the app runs as, the Qt it was built with and runs on, and the
// licences of Qt, QtKeychain and the bundled price data, with links to their texts.
#include "AboutDialog.h"

#include <QApplication>
#include <QLabel>
#include <QTest>

class TestAboutDialog : public QObject {
    Q_OBJECT

private:
    static QString labelText(const Ui::AboutDialog& dialog, const char* name)
    {
        const auto* label = dialog.findChild<QLabel*>(QString::fromLatin1(name));
        return label ? label->text() : QString();
    }

private Q_SLOTS:
    void initTestCase() { QCoreApplication::setApplicationVersion(QStringLiteral("4.5.6")); }

    void titleShowsTheApplicationVersion()
    {
        Ui::AboutDialog dialog;
        QVERIFY(labelText(dialog, "aboutTitle").contains(QLatin1String("Switchboard 4.5.6")));
    }

    void namesTheQtItWasBuiltWithAndRunsOn()
    {
        Ui::AboutDialog dialog;
        const QString text = labelText(dialog, "aboutText");
        QVERIFY(text.contains(QLatin1String("Built with Qt " QT_VERSION_STR)));
        QVERIFY(text.contains(QLatin1String("running on Qt ") + QString::fromLatin1(qVersion())));
    }

    void namesTheLicencesOfQtAndQtKeychain()
    {
        Ui::AboutDialog dialog;
        const QString text = labelText(dialog, "aboutText");
        QVERIFY(text.contains(QLatin1String("GNU LGPL version 3")));
        QVERIFY(text.contains(QLatin1String("BSD 3-Clause")));
    }

    void creditsNameTheQtKeychainVersionAndLinkTheLicenceTexts()
    {
        Ui::AboutDialog dialog;
        const QString credits = labelText(dialog, "aboutCredits");
        QVERIFY2(credits.contains(QLatin1String("QtKeychain " EXPECTED_QTKEYCHAIN_VERSION ".")),
                 qPrintable(credits));
        QVERIFY(credits.contains(QLatin1String("https://www.gnu.org/licenses/lgpl-3.0.html")));
        QVERIFY(credits.contains(QLatin1String("https://opensource.org/license/bsd-3-clause")));
        QVERIFY(credits.contains(QLatin1String("MIT licence")));
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("aboutCredits"))->openExternalLinks());
    }

    void opensWithoutBlockingAndCloses()
    {
        Ui::AboutDialog dialog;
        dialog.open();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.reject();
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }
};

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
