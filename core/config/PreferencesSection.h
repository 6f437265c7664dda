#pragma once

#include "config/AppConfig.h"
#include "config/ConfigErrors.h"

#include <QJsonValue>

namespace Config {

/// "preferences": {theme?, font_point_size?, language?, …} (docs/CONFIG.md).
void readPreferences(const QJsonValue& value, AppConfig& config, ConfigErrors& errors);
QJsonValue writePreferences(const AppConfig& config);

/// The key names inside "preferences".
struct PreferenceKeys {
    static QString theme() { return QStringLiteral("theme"); }
    static QString fontPointSize() { return QStringLiteral("font_point_size"); }
    static QString language() { return QStringLiteral("language"); }
};

} // namespace Config
