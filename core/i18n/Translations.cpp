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
        if (hasCatalogue(code))
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

QString catalogueFor(const QString& choice)
{
    for (const QString& tag : localeFor(choice).uiLanguages()) {
        const QString code = tag.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
        if (hasCatalogue(code))
            return code;
    }
    return QStringLiteral("en");
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
            // Parented to the application, this runs once it is already going: nothing to undo.
            if (QCoreApplication::instance())
                QCoreApplication::removeTranslator(*translator);
            delete *translator;
            *translator = nullptr;
        }
    }
}

QString Translations::select(const QString& choice)
{
    removeInstalled();
    m_current = catalogueFor(choice);
    // English is the source language: its catalogue holds only the plural forms, and Qt's own
    // texts are English already.
    const bool english = m_current == QLatin1String("en");
    auto* own = new QTranslator(this);
    if (own->load(QStringLiteral("switchboard_") + m_current, kCatalogueFolder)) {
        QCoreApplication::installTranslator(own);
        m_own = own;
    } else {
        delete own;
        m_current = QStringLiteral("en");
        return m_current;
    }
    if (english)
        return m_current;
    const QLocale locale(m_current);
    auto* qt = new QTranslator(this);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        m_qt = qt;
    } else {
        delete qt;
    }
    return m_current;
}

void installTranslations(QCoreApplication& app)
{
    (new Translations(&app))->select({});
}

} // namespace I18n
