#include "Screenshot.h"

#include <QColor>
#include <QCoreApplication>
#include <QCursor>
#include <QDir>
#include <QHash>
#include <QTest>
#include <QWidget>

namespace TestSupport {

QString screenshotDirectory(const QString& sourceDirectory)
{
    const QString fromEnvironment = qEnvironmentVariable("SWITCHBOARD_SCREENSHOT_OUT");
    return fromEnvironment.isEmpty() ? sourceDirectory : fromEnvironment;
}

QImage saveScreenshot(QWidget& widget, const QString& directory, const QString& name,
                      const QString& themeName)
{
    QCursor::setPos(widget.mapToGlobal(QPoint(widget.width() + 50, widget.height() + 30)));
    QCoreApplication::processEvents();
    QTest::qWait(50); // a last layout pass and paint of what just changed
    const QImage image = widget.grab().toImage();
    QDir().mkpath(directory);
    const QString path = QDir(directory).filePath(name + u'-' + themeName + QStringLiteral(".png"));
    if (!image.save(path))
        qWarning("cannot write %s", qPrintable(path));
    return image;
}

int backgroundLightness(const QImage& image, const QRect& region)
{
    QHash<QRgb, int> counts;
    for (int y = region.top(); y < region.bottom(); y += 3)
        for (int x = region.left(); x < region.right(); x += 3)
            ++counts[image.pixel(x, y)];
    QRgb best = 0;
    int most = -1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            best = it.key();
        }
    }
    return QColor(best).lightness();
}

} // namespace TestSupport
