#pragma once

#include <QFont>
#include <QObject>
#include <QPalette>
#include <QString>

#include <optional>

class QApplication;

namespace Config {
enum class Theme;
}

namespace Ui {

/// The look of the whole app: follows the system's palette by default, or a light or dark one of
/// its own; and the text size. Applied to the QApplication, so every window follows at once.
/// The choice itself is stored by the settings (config.json); this only applies it.
class Theme final : public QObject {
    Q_OBJECT

public:
    enum class Mode { System, Light, Dark };

    /// Remembers the platform's own palette, font and style, to return to them.
    explicit Theme(QApplication& app, QObject* parent = nullptr);

    /// "system", "light", "dark".
    static QString modeName(Mode mode);
    static std::optional<Mode> modeFromName(QStringView name);
    /// The mode for the choice stored in config.json "preferences".
    static Mode modeFor(Config::Theme theme);
    static bool isDark(const QPalette& palette);
    static QPalette lightPalette();
    static QPalette darkPalette();

    /// `pointSize` 0 keeps the platform's text size.
    void apply(Mode mode, double pointSize = 0);
    Mode mode() const { return m_mode; }
    double pointSize() const { return m_pointSize; }

Q_SIGNALS:
    void changed();

private:
    QApplication& m_app;
    QPalette m_systemPalette;
    QFont m_systemFont;
    QString m_systemStyle;
    Mode m_mode = Mode::System;
    double m_pointSize = 0;
};

} // namespace Ui
