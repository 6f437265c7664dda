#include "Theme.h"

#include "config/Preferences.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

namespace Ui {
namespace {

QPalette paletteOf(const QColor& window, const QColor& base, const QColor& alternate,
                   const QColor& text, const QColor& muted, const QColor& button,
                   const QColor& highlight, const QColor& link, bool dark)
{
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, alternate);
    p.setColor(QPalette::ToolTipBase, dark ? base.lighter(140) : QColor(0xff, 0xff, 0xf4));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, muted);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::Link, link);
    p.setColor(QPalette::LinkVisited, link.darker(dark ? 90 : 120));
    p.setColor(QPalette::Light, dark ? button.lighter(150) : QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::Midlight, dark ? button.lighter(125) : button.darker(105));
    p.setColor(QPalette::Mid, dark ? button.lighter(110) : button.darker(130));
    p.setColor(QPalette::Dark, dark ? window.darker(150) : button.darker(160));
    p.setColor(QPalette::Shadow, QColor(0, 0, 0, dark ? 200 : 90));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        p.setColor(QPalette::Disabled, role, muted);
    }
    p.setColor(QPalette::Disabled, QPalette::Highlight,
               dark ? button.lighter(130) : button.darker(115));
    return p;
}

} // namespace

Theme::Theme(QApplication& app, QObject* parent)
    : QObject(parent)
    , m_app(app)
    , m_systemPalette(QApplication::palette())
    , m_systemFont(QApplication::font())
    , m_systemStyle(app.style() ? app.style()->name() : QString())
{}

QString Theme::modeName(Mode mode)
{
    switch (mode) {
    case Mode::System:
        return QStringLiteral("system");
    case Mode::Light:
        return QStringLiteral("light");
    case Mode::Dark:
        return QStringLiteral("dark");
    }
    return QStringLiteral("system");
}

Theme::Mode Theme::modeFor(Config::Theme theme)
{
    switch (theme) {
    case Config::Theme::Light:
        return Mode::Light;
    case Config::Theme::Dark:
        return Mode::Dark;
    case Config::Theme::System:
        break;
    }
    return Mode::System;
}

std::optional<Theme::Mode> Theme::modeFromName(QStringView name)
{
    for (Mode mode : {Mode::System, Mode::Light, Mode::Dark}) {
        if (name.compare(modeName(mode), Qt::CaseInsensitive) == 0)
            return mode;
    }
    return std::nullopt;
}

bool Theme::isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QPalette Theme::lightPalette()
{
    return paletteOf(QColor(0xf4, 0xf5, 0xf7), QColor(0xff, 0xff, 0xff), QColor(0xf0, 0xf2, 0xf5),
                     QColor(0x1f, 0x23, 0x28), QColor(0x6b, 0x72, 0x7c), QColor(0xfb, 0xfb, 0xfc),
                     QColor(0x2f, 0x6f, 0xde), QColor(0x1f, 0x5f, 0xd0), false);
}

QPalette Theme::darkPalette()
{
    return paletteOf(QColor(0x1c, 0x1e, 0x22), QColor(0x23, 0x25, 0x2a), QColor(0x2a, 0x2d, 0x33),
                     QColor(0xe6, 0xe8, 0xeb), QColor(0x93, 0x99, 0xa3), QColor(0x2d, 0x30, 0x36),
                     QColor(0x3d, 0x7b, 0xf0), QColor(0x7a, 0xb0, 0xff), true);
}

void Theme::apply(Mode mode, double pointSize)
{
    m_mode = mode;
    m_pointSize = pointSize;
    if (mode == Mode::System) {
        if (!m_systemStyle.isEmpty() && m_app.style()->name() != m_systemStyle)
            QApplication::setStyle(QStyleFactory::create(m_systemStyle));
        QApplication::setPalette(m_systemPalette);
    } else {
        // Fusion draws every role of a palette of our own faithfully, on every platform.
        if (m_app.style()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) != 0)
            QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(mode == Mode::Dark ? darkPalette() : lightPalette());
    }
    QFont font = m_systemFont;
    if (pointSize > 0)
        font.setPointSizeF(pointSize);
    QApplication::setFont(font);
    Q_EMIT changed();
}

} // namespace Ui
