#pragma once

class QCoreApplication;

namespace I18n {

/// Loads Switchboard's translations (built by CMake into :/i18n) and Qt's own for the user's
/// locale; both mains call it once at start.
void installTranslations(QCoreApplication& app);

} // namespace I18n
