#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace Config {

/// The desktop app's colours: the system's, or always light, or always dark.
enum class Theme { System, Light, Dark };
QString themeName(Theme theme); ///< "system", "light", "dark"
std::optional<Theme> themeFromName(QStringView name);

/// config.json "preferences" (docs/CONFIG.md): how the desktop app looks and speaks. The CLI
/// reads none of it. Each member has its default when the key is absent.
struct Preferences {
    static constexpr int kMinFontPointSize = 6;
    static constexpr int kMaxFontPointSize = 32;

    Theme theme = Theme::System;
    /// Point size of the application font; empty: the system's.
    std::optional<int> fontPointSize;
    /// A language code ("en", "de", "fr"); empty: the system's language.
    QString language;
    /// Keys inside "preferences" this build does not know: kept exactly as they were on save.
    QJsonObject otherKeys;

    bool isDefault() const { return *this == Preferences{}; }
    friend bool operator==(const Preferences&, const Preferences&) = default;
};

} // namespace Config
