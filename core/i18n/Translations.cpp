#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QTranslator>

namespace I18n {
namespace {

const QString kCatalogueFolder = QStringLiteral(":/i18n");

/// Native names of the languages there are catalogues for; a new translations/*.ts adds a row.
struct KnownLanguage {
    const char* code;
    const char* nativeName; // UTF-8
};
constexpr KnownLanguage kLanguages[] = {
    {"en", "English"},
    {"de", "Deutsch"},
    {"fr", "Français"},
};

bool hasCatalogue(const QString& code)
{
    return QFile::exists(kCatalogueFolder + QStringLiteral("/switchboard_") + code
                         + QStringLiteral(".qm"));
}

} // namespace

QList<Language> availableLanguages()
{
    QList<Language> languages;
    for (const KnownLanguage& known : kLanguages) {
        const QString code = QString::fromLatin1(known.code);
        if (code == QLatin1String("en") || hasCatalogue(code))
            languages.append({code, QString::fromUtf8(known.nativeName)});
    }
    return languages;
}

QLocale localeFor(const QString& choice)
{
    if (choice.isEmpty() || choice == QLatin1String("system"))
        return QLocale::system();
    return QLocale(choice);
}

Translations::Translations(QObject* parent)
    : QObject(parent)
{}

Translations::~Translations()
{
    removeInstalled();
}

void Translations::removeInstalled()
{
    for (QTranslator** translator : {&m_qt, &m_own}) {
        if (*translator) {
            QCoreApplication::removeTranslator(*translator);
            delete *translator;
            *translator = nullptr;
        }
    }
}

QString Translations::select(const QString& choice)
{
    removeInstalled();
    const QLocale locale = localeFor(choice);
    m_current = QStringLiteral("en");

    auto* qt = new QTranslator(this);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        m_qt = qt;
    } else {
        delete qt;
    }
    // English is the source language: an English locale must not pick up another catalogue
    // through QLocale's list of fallback languages.
    if (locale.language() == QLocale::English)
        return m_current;
    auto* own = new QTranslator(this);
    if (own->load(locale, QStringLiteral("switchboard"), QStringLiteral("_"), kCatalogueFolder)) {
        QCoreApplication::installTranslator(own);
        m_own = own;
        m_current = own->language().section(u'_', 0, 0);
    } else {
        delete own;
    }
    return m_current;
}

void installTranslations(QCoreApplication& app)
{
    (new Translations(&app))->select({});
}

} // namespace I18n
