#include "OfflineTextDocument.h"

#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QPalette>
#include <QUrl>

namespace Ui {

OfflineTextDocument::OfflineTextDocument(QObject* parent)
    : QTextDocument(parent)
{}

QVariant OfflineTextDocument::loadResource(int type, const QUrl& name)
{
    m_refused.append(name.toString());
    if (type != QTextDocument::ImageResource)
        return {};
    // A small framed box in place of the image, with its address left as the link it may have.
    const QString label = tr("image not loaded");
    const QFont font = defaultFont();
    const QFontMetrics metrics(font);
    const QSize size(metrics.horizontalAdvance(label) + 16, metrics.height() + 8);
    // Drawn at the screen's pixel density, so it is sharp on high-DPI screens too.
    const qreal ratio = qGuiApp->devicePixelRatio();
    QImage image(size * ratio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    const QPalette palette = QGuiApplication::palette();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(palette.color(QPalette::Mid));
    painter.setBrush(palette.color(QPalette::AlternateBase));
    painter.drawRoundedRect(QRectF(QPointF(0, 0), size).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
    painter.setPen(palette.color(QPalette::PlaceholderText));
    painter.setFont(font);
    painter.drawText(QRect(QPoint(0, 0), size), Qt::AlignCenter, label);
    painter.end();
    return image;
}

} // namespace Ui
