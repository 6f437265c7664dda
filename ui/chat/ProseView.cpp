#include "ProseView.h"

#include "OfflineTextDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QDesktopServices>
#include <QFontMetricsF>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>
#include <QWheelEvent>

#include <cmath>

namespace Ui {

ProseView::ProseView(QWidget* parent)
    : QTextBrowser(parent)
    , m_document(new OfflineTextDocument(this))
{
    m_document->setDocumentMargin(0);
    m_document->setIndentWidth(22);
    m_document->setDefaultFont(font());
    setDocument(m_document);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse
                            | Qt::LinksAccessibleByKeyboard);
    setFocusPolicy(Qt::ClickFocus);
    viewport()->setAutoFillBackground(false);
    setAutoFillBackground(false);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    QSizePolicy policy = sizePolicy();
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    setContextMenuPolicy(Qt::DefaultContextMenu);
    connect(this, &QTextBrowser::anchorClicked, this, &ProseView::openLink);
    connect(m_document->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this,
            &ProseView::contentChanged);
}

void ProseView::setMarkdownText(const QString& markdown)
{
    m_document->setMarkdown(markdown, QTextDocument::MarkdownDialectGitHub);
    styleDocument();
    m_fitLimit = -1; // new text: measure its width again
    contentChanged();
}

void ProseView::setPlainBody(const QString& text)
{
    m_document->setPlainText(text);
    m_fitLimit = -1;
    contentChanged();
}

void ProseView::styleDocument()
{
    // Code blocks inside list items stay in the text: monospaced already, given a quiet
    // background; paragraphs get a little air.
    const QColor codeBackground = palette().color(QPalette::AlternateBase);
    bool anyLink = false;
    QTextCursor editor(m_document);
    editor.beginEditBlock();
    for (QTextBlock block = m_document->begin(); block.isValid(); block = block.next()) {
        QTextBlockFormat format = block.blockFormat();
        if (format.hasProperty(QTextFormat::BlockCodeFence)
            || format.hasProperty(QTextFormat::BlockCodeLanguage)) {
            format.setBackground(codeBackground);
        } else {
            format.setLineHeight(135, QTextBlockFormat::ProportionalHeight);
        }
        editor.setPosition(block.position());
        editor.setBlockFormat(format);
        if (!anyLink) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                if (it.fragment().charFormat().isAnchor()) {
                    anyLink = true;
                    break;
                }
            }
        }
    }
    editor.endEditBlock();
    // Only text with links takes keyboard focus (to reach them with Tab); plain text would make
    // every message a Tab stop.
    setFocusPolicy(anyLink ? Qt::StrongFocus : Qt::ClickFocus);
}

void ProseView::contentChanged()
{
    if (!testAttribute(Qt::WA_Resized)) {
        updateGeometry(); // not laid out yet: the layout will ask for the height at its width
        return;
    }
    const int height = heightForWidth(width());
    if (height != m_lastHeight) {
        m_lastHeight = height;
        updateGeometry();
    }
}

int ProseView::heightForWidth(int width) const
{
    if (width <= 0)
        width = 400;
    // QTextDocument lays everything out again on every setTextWidth(), even to the same width:
    // layouts ask for the height many times, so only a new width may cost a layout.
    // The text is laid out to the viewport's width (as QTextEdit does), which may be a little
    // narrower than the widget.
    const int textWidth = std::max(1, width - std::max(0, QWidget::width() - viewport()->width()));
    if (m_document->textWidth() != textWidth)
        m_document->setTextWidth(textWidth);
    return static_cast<int>(std::ceil(m_document->size().height()));
}

void ProseView::setFitToText(bool fit)
{
    m_fitToText = fit;
    updateGeometry();
}

QSize ProseView::sizeHint() const
{
    if (m_fitToText) {
        // The widest line of the plain text, measured by the font (not by laying the document
        // out at another width), at most the widget's maximum.
        const int limit = std::min(maximumWidth(), 4000);
        if (limit != m_fitLimit) {
            m_fitLimit = limit;
            const QFontMetricsF metrics(m_document->defaultFont());
            qreal widest = 0;
            for (const QString& line : m_document->toPlainText().split(u'\n'))
                widest = std::max(widest, metrics.horizontalAdvance(line));
            m_fitWidth = std::min(limit, static_cast<int>(std::ceil(widest)) + 6
                                             + std::max(0, QWidget::width() - viewport()->width()));
        }
        return {m_fitWidth, heightForWidth(m_fitWidth)};
    }
    const int w = width() > 0 ? width() : 400;
    return {w, heightForWidth(w)};
}

QSize ProseView::minimumSizeHint() const
{
    return {60, fontMetrics().height()};
}

void ProseView::wheelEvent(QWheelEvent* event)
{
    event->ignore(); // the transcript scrolls, not this
}

void ProseView::paintEvent(QPaintEvent* event)
{
    QTextBrowser::paintEvent(event);
    if (hasFocus() && focusPolicy() == Qt::StrongFocus) {
        QPainter painter(viewport());
        QPen pen(palette().color(QPalette::Highlight));
        pen.setWidthF(1.5);
        painter.setPen(pen);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.drawRoundedRect(QRectF(viewport()->rect()).adjusted(1, 1, -1, -1), 3, 3);
    }
}

void ProseView::focusInEvent(QFocusEvent* event)
{
    QTextBrowser::focusInEvent(event);
    viewport()->update();
}

void ProseView::focusOutEvent(QFocusEvent* event)
{
    QTextBrowser::focusOutEvent(event);
    viewport()->update();
}

void ProseView::changeEvent(QEvent* event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        m_document->setDefaultFont(font());
        m_fitLimit = -1;
    }
    if (event->type() == QEvent::PaletteChange)
        styleDocument();
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        contentChanged();
}

void ProseView::openLink(const QUrl& url)
{
    // Keep the text where it is (QTextBrowser would try to navigate to the link).
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("http") || scheme == QLatin1String("https")
        || scheme == QLatin1String("mailto"))
        QDesktopServices::openUrl(url);
    Q_EMIT linkOpened(url);
}

} // namespace Ui
