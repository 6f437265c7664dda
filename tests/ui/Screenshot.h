#pragma once

// What the screenshot tests share: where the pictures go, taking one of a window in the current
// theme, and telling from a picture whether that theme shows.
#include <QImage>
#include <QRect>
#include <QString>

class QWidget;

namespace TestSupport {

/// SWITCHBOARD_SCREENSHOT_OUT when set (ctest: the build tree), else `sourceDirectory` (a run by
/// hand refreshes docs/screenshots/).
QString screenshotDirectory(const QString& sourceDirectory);

/// Moves the pointer off `widget`, lets a last layout pass and paint happen, grabs it and saves
/// it as DIRECTORY/NAME-THEME.png (a warning if it cannot be written). Returns the picture.
QImage saveScreenshot(QWidget& widget, const QString& directory, const QString& name,
                      const QString& themeName);

/// Luminance of the most common colour in a region: the page behind the text.
int backgroundLightness(const QImage& image, const QRect& region);

} // namespace TestSupport
