#include "ErrorNotice.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

namespace Ui {

ErrorNotice::ErrorNotice(QWidget* parent)
    : QFrame(parent)
    , m_heading(new QLabel)
    , m_detail(new QLabel)
    , m_retry(new QPushButton(tr("&Retry")))
    , m_settings(new QPushButton(tr("Open &Settings…")))
{
    setObjectName(QStringLiteral("errorNotice"));
    setFrameShape(QFrame::NoFrame);
    setAutoFillBackground(false);
    setAccessibleName(tr("Error"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->setSpacing(6);
    m_heading->setObjectName(QStringLiteral("errorHeading"));
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    layout->addWidget(m_heading);
    m_detail->setObjectName(QStringLiteral("errorDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_detail);
    auto* buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 4, 0, 0);
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_retry->setAccessibleName(tr("Retry"));
    m_settings->setObjectName(QStringLiteral("errorSettingsButton"));
    m_settings->setAccessibleName(tr("Open Settings"));
    buttons->addWidget(m_retry);
    buttons->addWidget(m_settings);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(m_retry, &QPushButton::clicked, this, &ErrorNotice::retryRequested);
    connect(m_settings, &QPushButton::clicked, this, &ErrorNotice::settingsRequested);
    applyPalette();
}

void ErrorNotice::setProblem(const QString& heading, const QString& detail, bool offerRetry,
                             bool offerSettings)
{
    m_heading->setText(heading);
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
    m_retry->setVisible(offerRetry);
    m_settings->setVisible(offerSettings);
    setAccessibleDescription(heading + u'\n' + detail);
}

QString ErrorNotice::heading() const
{
    return m_heading->text();
}

QString ErrorNotice::detail() const
{
    return m_detail->text();
}

void ErrorNotice::changeEvent(QEvent* event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_applyingPalette)
        applyPalette();
}

void ErrorNotice::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(m_fill);
    painter.setPen(QPen(m_border, 1));
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 8, 8);
}

void ErrorNotice::applyPalette()
{
    // A red tint of the page, readable in light and dark.
    m_applyingPalette = true;
    const QPalette base = QApplication::palette(this);
    const bool dark = base.color(QPalette::Base).lightness() < 128;
    const QColor red = dark ? QColor(0xf8, 0x71, 0x71) : QColor(0xb4, 0x23, 0x18);
    const QColor page = base.color(QPalette::Base);
    const auto mix = [](const QColor& a, const QColor& b, double t) {
        return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t,
                                a.greenF() * (1 - t) + b.greenF() * t,
                                a.blueF() * (1 - t) + b.blueF() * t);
    };
    m_fill = mix(page, red, dark ? 0.16 : 0.07);
    m_border = mix(page, red, dark ? 0.45 : 0.30);
    update();
    QPalette hp = m_heading->palette();
    hp.setColor(QPalette::WindowText, red);
    hp.setColor(QPalette::Text, red); // on the page's Base background, labels draw in Text
    m_heading->setPalette(hp);
    m_applyingPalette = false;
}

} // namespace Ui
