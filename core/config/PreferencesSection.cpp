#include "config/PreferencesSection.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Config {
namespace {

const QString kWhere = QStringLiteral("preferences");

/// "de", "fr", "pt_BR", "pt-BR": a language this build may not have, but a well-formed one, so
/// that a newer build's choice does not make the whole file unreadable here.
bool isLanguageCode(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z]{2,3}([_-][A-Z]{2})?$"));
    return pattern.match(text).hasMatch();
}

} // namespace

QString themeName(Theme theme)
{
    switch (theme) {
    case Theme::Light:
        return QStringLiteral("light");
    case Theme::Dark:
        return QStringLiteral("dark");
    case Theme::System:
        break;
    }
    return QStringLiteral("system");
}

std::optional<Theme> themeFromName(QStringView name)
{
    for (Theme theme : {Theme::System, Theme::Light, Theme::Dark}) {
        if (themeName(theme) == name)
            return theme;
    }
    return std::nullopt;
}

void readPreferences(const QJsonValue& value, AppConfig& config, ConfigErrors& errors)
{
    if (value.isUndefined() || value.isNull())
        return;
    if (!value.isObject()) {
        errors.fail(kWhere, QCoreApplication::translate("Config", "must be an object"));
        return;
    }
    QJsonObject object = value.toObject();
    Preferences& preferences = config.preferences;

    if (const auto theme = optionalString(object, PreferenceKeys::theme(), kWhere, errors);
        theme && !theme->isEmpty()) {
        if (const std::optional<Theme> parsed = themeFromName(*theme))
            preferences.theme = *parsed;
        else
            errors.fail(kWhere + u'.' + PreferenceKeys::theme(),
                        QCoreApplication::translate("Config", "must be system, light or dark"));
    }
    if (const auto size =
            optionalNumber(object, PreferenceKeys::fontPointSize(), Preferences::kMinFontPointSize,
                           Preferences::kMaxFontPointSize, kWhere, errors))
        preferences.fontPointSize = static_cast<int>(*size);
    if (const auto language = optionalString(object, PreferenceKeys::language(), kWhere, errors);
        language && !language->isEmpty() && *language != QLatin1String("system")) {
        if (isLanguageCode(*language))
            preferences.language = *language;
        else
            errors.fail(kWhere + u'.' + PreferenceKeys::language(),
                        QCoreApplication::translate(
                            "Config", "must be system or a language code such as de or fr"));
    }
    for (const QString& key :
         {PreferenceKeys::theme(), PreferenceKeys::fontPointSize(), PreferenceKeys::language()})
        object.remove(key);
    preferences.otherKeys = object;
}

QJsonValue writePreferences(const AppConfig& config)
{
    const Preferences& preferences = config.preferences;
    if (preferences.isDefault())
        return QJsonValue(QJsonValue::Undefined);
    QJsonObject object = preferences.otherKeys;
    if (preferences.theme != Theme::System)
        object.insert(PreferenceKeys::theme(), themeName(preferences.theme));
    if (preferences.fontPointSize)
        object.insert(PreferenceKeys::fontPointSize(), *preferences.fontPointSize);
    if (!preferences.language.isEmpty())
        object.insert(PreferenceKeys::language(), preferences.language);
    return object;
}

} // namespace Config
