// The settings window as a whole and its Budgets and General pages, each edit checked in
// config.json: budgets written exactly, a bad amount explained with the file's own rule;
// preferences written and removed again at their defaults, unknown keys kept; a broken
// config.json is never overwritten; the dialog has its pages and passes its signals on.
#include "MockProviderServer.h"
#include "MockReply.h"
#include "SettingsTestServices.h"
#include "i18n/Translations.h"
#include "settings/BudgetsPage.h"
#include "settings/GeneralPage.h"
#include "settings/InlineMessage.h"
#include "settings/SettingsDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using TestSupport::child;
using TestSupport::MockProviderServer;
using TestSupport::MockReply;
using TestSupport::targetsOf;
using TestSupport::typeInto;

namespace {

const QString kService = QStringLiteral("SwitchboardTest-settings");
const QByteArray kVariable = "SWITCHBOARD_TST_SETTINGS_KEY";
const QString kEnvKey = QStringLiteral("sk-settings-env-1b3d5f7a9c2e4d6f");

} // namespace

class TestSettings : public QObject {
    Q_OBJECT

private:
    MockProviderServer m_mock;
    I18n::Translations m_translations; ///< English: its plural forms ("3 models")

    QJsonObject standardConfig() const
    {
        return TestSupport::standardSettingsConfig(m_mock.baseUrl(), kVariable);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_mock.listen());
        QCOMPARE(m_translations.select(QStringLiteral("en")), QStringLiteral("en"));
    }

    void init()
    {
        m_mock.reset();
        qputenv(kVariable.constData(), kEnvKey.toLatin1());
    }

    void budgetsAreWrittenExactlyAndBadAmountsExplained()
    {
        TestSupport::SettingsTestServices t(kService);
        t.writeConfig(standardConfig());
        Ui::BudgetsPage page(t.services());
        page.show();
        auto* monthly = child<QLineEdit>(page, "budget_all_monthly");
        monthly->setText(QStringLiteral("50.10"));
        Q_EMIT monthly->editingFinished();
        auto* alphaDaily = child<QLineEdit>(page, "budget_alpha_daily");
        alphaDaily->setText(QStringLiteral("ten dollars"));
        Q_EMIT alphaDaily->editingFinished();
        auto* message = child<Ui::InlineMessage>(page, "budgetsMessage");
        QVERIFY2(message->text().contains(QStringLiteral(
                     "must be US dollars: a number of 0 or more, or a decimal string such as "
                     "\"12.50\"")),
                 qPrintable(message->text()));
        alphaDaily->setText(QStringLiteral("2.5"));
        Q_EMIT alphaDaily->editingFinished();
        QVERIFY(message->text().isEmpty());

        const Pricing::Budgets& budgets = t.store->config().budgets;
        QCOMPARE(budgets.overall.monthlyMicroUsd, std::optional<qint64>(50'100'000));
        QCOMPARE(budgets.providers.value(QStringLiteral("alpha")).dailyMicroUsd,
                 std::optional<qint64>(2'500'000));
        QCOMPARE(t.readConfig()
                     .value(QStringLiteral("budgets"))
                     .toObject()
                     .value(QStringLiteral("monthly_usd")),
                 QJsonValue(50.1));
        QCOMPARE(alphaDaily->text(), QStringLiteral("2.50"));
        // An emptied field is no limit.
        monthly->clear();
        Q_EMIT monthly->editingFinished();
        QVERIFY(!t.store->config().budgets.overall.monthlyMicroUsd);
    }

    void generalPageWritesPreferences()
    {
        TestSupport::SettingsTestServices t(kService);
        QJsonObject config = standardConfig();
        config.insert(QStringLiteral("preferences"),
                      QJsonObject{{QStringLiteral("send_on_enter"), false}});
        t.writeConfig(config);
        Ui::GeneralPage page(t.services());
        page.show();
        QSignalSpy changed(&page, &Ui::GeneralPage::preferencesChanged);
        child<QRadioButton>(page, "themeDark")->click();
        child<QSpinBox>(page, "fontSize")->setValue(13);
        auto* language = child<QComboBox>(page, "language");
        language->setCurrentIndex(language->findData(QStringLiteral("fr")));
        QCOMPARE(changed.count(), 3);
        const auto last = changed.last().at(0).value<Config::Preferences>();
        QCOMPARE(last.theme, Config::Theme::Dark);
        QCOMPARE(last.fontPointSize, std::optional<int>(13));
        QCOMPARE(last.language, QStringLiteral("fr"));

        const QJsonObject written = t.readConfig().value(QStringLiteral("preferences")).toObject();
        QCOMPARE(written.value(QStringLiteral("theme")).toString(), QStringLiteral("dark"));
        QCOMPARE(written.value(QStringLiteral("font_point_size")).toInt(), 13);
        QCOMPARE(written.value(QStringLiteral("language")).toString(), QStringLiteral("fr"));
        QCOMPARE(written.value(QStringLiteral("send_on_enter")), QJsonValue(false));
        QVERIFY(child<QLabel>(page, "languageNote")->text().contains(QStringLiteral("next time")));

        // Back to the system's: the keys leave the file, the unknown one stays.
        child<QRadioButton>(page, "themeSystem")->click();
        child<QSpinBox>(page, "fontSize")->setValue(child<QSpinBox>(page, "fontSize")->minimum());
        language->setCurrentIndex(0);
        QCOMPARE(t.readConfig().value(QStringLiteral("preferences")).toObject(),
                 QJsonObject({{QStringLiteral("send_on_enter"), false}}));
    }

    void aBrokenConfigIsNeverOverwritten()
    {
        TestSupport::SettingsTestServices t(kService);
        t.writeConfig(standardConfig());
        Ui::GeneralPage page(t.services());
        page.show();
        QFile file(t.configPath());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("{ \"providers\": 3 }");
        file.close();
        child<QRadioButton>(page, "themeLight")->click();
        auto* message = child<Ui::InlineMessage>(page, "generalMessage");
        QVERIFY2(message->text().contains(QStringLiteral("providers: must be an array")),
                 qPrintable(message->text()));
        QVERIFY(message->text().contains(QStringLiteral("fix config.json by hand")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("{ \"providers\": 3 }"));
    }

    void theDialogHasItsPagesAndPassesSignalsOn()
    {
        TestSupport::SettingsTestServices t(kService);
        t.writeConfig(standardConfig());
        Ui::SettingsDialog dialog(t.services());
        dialog.show();
        QSignalSpy configChanged(&dialog, &Ui::SettingsDialog::configChanged);
        QSignalSpy preferences(&dialog, &Ui::SettingsDialog::preferencesChanged);
        auto* nav = child<QListWidget>(dialog, "settingsNavigation");
        QStringList pages;
        for (int row = 0; row < nav->count(); ++row)
            pages.append(nav->item(row)->text());
        QCOMPARE(pages, QStringList({QStringLiteral("Providers"), QStringLiteral("Routes"),
                                     QStringLiteral("Budgets"), QStringLiteral("General")}));
        dialog.showPage(Ui::SettingsDialog::Page::General);
        QCOMPARE(dialog.currentPage(), Ui::SettingsDialog::Page::General);
        child<QRadioButton>(dialog, "themeLight")->click();
        QCOMPARE(preferences.count(), 1);
        QVERIFY(configChanged.count() >= 1);
    }
};

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"
