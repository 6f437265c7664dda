#include "ProseView.h"

#include "OfflineTextDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QDesktopServices>
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
    contentChanged();
}

void ProseView::setPlainBody(const QString& text)
{
    m_document->setPlainText(text);
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
    m_document->setTextWidth(width);
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
        const int limit = std::min(maximumWidth(), 4000);
        m_document->setTextWidth(limit);
        const int ideal = static_cast<int>(std::ceil(m_document->idealWidth())) + 2;
        return {ideal, heightForWidth(ideal)};
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
    if (event->type() == QEvent::FontChange)
        m_document->setDefaultFont(font());
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
