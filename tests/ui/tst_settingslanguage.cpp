// Languages: Switchboard speaks English, German and French; choosing one loads its catalogue (a
// translated string appears in a page built afterwards), and English needs none.
#include "SettingsTestServices.h"
#include "i18n/Translations.h"
#include "settings/GeneralPage.h"

#include <QGroupBox>
#include <QLabel>
#include <QTest>

class TestSettingsLanguage : public QObject {
    Q_OBJECT

private:
    static QString appearanceTitle()
    {
        TestSupport::SettingsTestServices t(QStringLiteral("SwitchboardTest-language"));
        Ui::GeneralPage page(t.services());
        return page.findChild<QGroupBox*>()->title();
    }

private Q_SLOTS:
    void englishGermanAndFrenchAreAvailable()
    {
        QStringList codes, names;
        for (const I18n::Language& language : I18n::availableLanguages()) {
            codes.append(language.code);
            names.append(language.nativeName);
        }
        QCOMPARE(codes,
                 QStringList({QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")}));
        QCOMPARE(names, QStringList({QStringLiteral("English"), QStringLiteral("Deutsch"),
                                     QStringLiteral("Français")}));
    }

    void choosingGermanLoadsTheGermanCatalogue()
    {
        I18n::Translations translations;
        QCOMPARE(translations.select(QStringLiteral("de")), QStringLiteral("de"));
        QCOMPARE(appearanceTitle(), QStringLiteral("Darstellung"));
        // Core and CLI strings are in the catalogue too.
        QCOMPARE(QCoreApplication::translate("Config", "must be an array"),
                 QStringLiteral("muss ein Array sein"));
        // Qt's own texts too (qt6-translations-l10n): the standard buttons.
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Close"),
                 QStringLiteral("Schließen"));
    }

    void choosingFrenchLoadsTheFrenchCatalogue()
    {
        I18n::Translations translations;
        QCOMPARE(translations.select(QStringLiteral("fr")), QStringLiteral("fr"));
        QCOMPARE(appearanceTitle(), QStringLiteral("Apparence"));
        QCOMPARE(QCoreApplication::translate("Config", "must be an array"),
                 QStringLiteral("doit être un tableau"));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Close"), QStringLiteral("Fermer"));
    }

    void switchingBackToEnglishRemovesTheCatalogue()
    {
        I18n::Translations translations;
        translations.select(QStringLiteral("de"));
        QCOMPARE(translations.select(QStringLiteral("en")), QStringLiteral("en"));
        QCOMPARE(appearanceTitle(), QStringLiteral("Appearance"));
    }

    void aLanguageWithoutACatalogueFallsBackToEnglish()
    {
        I18n::Translations translations;
        QCOMPARE(translations.select(QStringLiteral("ja")), QStringLiteral("en"));
        QCOMPARE(appearanceTitle(), QStringLiteral("Appearance"));
        QCOMPARE(I18n::catalogueFor(QStringLiteral("de_AT")), QStringLiteral("de"));
        QCOMPARE(I18n::catalogueFor(QStringLiteral("fr_CA")), QStringLiteral("fr"));
    }
};

QTEST_MAIN(TestSettingsLanguage)
#include "tst_settingslanguage.moc"
