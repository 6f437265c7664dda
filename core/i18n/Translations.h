#pragma once

#include <QList>
#include <QLocale>
#include <QObject>
#include <QString>

class QCoreApplication;
class QTranslator;

namespace I18n {

/// A language Switchboard speaks: its code and its name in itself ("Deutsch").
struct Language {
    QString code;
    QString nativeName;
};

/// Every language whose catalogue is built in (translations/*.ts, compiled into :/i18n), English
/// first.
QList<Language> availableLanguages();

/// The locale for a language choice: the system's for an empty choice (or "system"), else the
/// chosen language.
QLocale localeFor(const QString& choice);

/// The code of the catalogue a choice ends up with: the first of the locale's UI languages that
/// Switchboard has a catalogue for, else "en".
QString catalogueFor(const QString& choice);

/// The translators of one application: Switchboard's own catalogue and Qt's, for the chosen
/// language. Selecting another language replaces both; widgets made before keep their texts,
/// which is why the settings say a change applies on the next start.
class Translations : public QObject {
    Q_OBJECT

public:
    explicit Translations(QObject* parent = nullptr);
    ~Translations() override;

    /// Installs the catalogues for `choice` (empty or "system": the system's language). Returns
    /// the code of the catalogue now in use: "en" when Switchboard does not speak the language
    /// (English is the source language; its catalogue holds only the plural forms).
    QString select(const QString& choice);
    QString current() const { return m_current; }

private:
    void removeInstalled();

    QTranslator* m_qt = nullptr;
    QTranslator* m_own = nullptr;
    QString m_current = QStringLiteral("en");
};

/// Loads Switchboard's translations and Qt's own for the system's locale, for the lifetime of
/// `app`; switchboard-cli calls it once at start (the CLI follows the system's language).
void installTranslations(QCoreApplication& app);

} // namespace I18n
