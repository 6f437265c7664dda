#include "CodeBlockView.h"

#include "CodeHighlighter.h"
#include "CodeLanguage.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextBlock>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <cmath>

namespace Ui {
namespace {

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

/// The code area: passes vertical wheel turns on to the transcript.
class CodeEditor final : public QPlainTextEdit {
public:
    using QPlainTextEdit::QPlainTextEdit;

protected:
    void wheelEvent(QWheelEvent* event) override
    {
        if (std::abs(event->angleDelta().x()) > std::abs(event->angleDelta().y())
            && horizontalScrollBar()->maximum() > 0) {
            QPlainTextEdit::wheelEvent(event);
            return;
        }
        event->ignore();
    }
};

} // namespace

CodeBlockView::CodeBlockView(const QString& language, QWidget* parent)
    : QFrame(parent)
    , m_language(language)
    , m_header(new QWidget)
    , m_languageLabel(new QLabel)
    , m_copy(new QToolButton)
    , m_editor(new CodeEditor)
    , m_highlighter(nullptr)
{
    setObjectName(QStringLiteral("codeBlock"));
    setFrameShape(QFrame::NoFrame);
    setAutoFillBackground(false);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(1, 1, 1, 1);
    layout->setSpacing(0);

    QWidget* header = m_header;
    header->setObjectName(QStringLiteral("codeHeader"));
    auto* headerLayout = new QHBoxLayout(header);
    headerLayout->setContentsMargins(9, 2, 6, 2); // the label lines up with the code
    m_languageLabel->setText(language.isEmpty() ? tr("code") : language);
    QFont small = m_languageLabel->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    m_languageLabel->setFont(small);
    headerLayout->addWidget(m_languageLabel);
    headerLayout->addStretch(1);
    m_copy->setText(tr("Copy"));
    m_copy->setFont(small);
    m_copy->setAutoRaise(true);
    m_copy->setCursor(Qt::PointingHandCursor);
    m_copy->setToolTip(tr("Copy the code to the clipboard"));
    m_copy->setAccessibleName(tr("Copy code"));
    m_copy->setFocusPolicy(Qt::StrongFocus);
    headerLayout->addWidget(m_copy);
    layout->addWidget(header);

    m_editor->setReadOnly(true);
    m_editor->setFrameShape(QFrame::NoFrame);
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_editor->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_editor->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_editor->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_editor->setFocusPolicy(Qt::ClickFocus);
    m_editor->setAccessibleName(language.isEmpty() ? tr("Code") : tr("Code in %1").arg(language));
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(font().pointSizeF() * 0.92);
    m_editor->setFont(mono);
    m_editor->document()->setDocumentMargin(8);
    m_editor->viewport()->setAutoFillBackground(false);
    m_editor->viewport()->installEventFilter(this);
    layout->addWidget(m_editor);

    m_highlighter = new CodeHighlighter(m_editor->document(), CodeLanguage::forFenceInfo(language),
                                        isDark(palette()));
    connect(m_copy, &QToolButton::clicked, this, &CodeBlockView::copy);
    applyPalette();
    updateHeight();
}

void CodeBlockView::setCode(const QString& code)
{
    QString text = code;
    if (text.endsWith(u'\n'))
        text.chop(1);
    if (text == m_shown)
        return;
    QTextCursor cursor(m_editor->document());
    cursor.movePosition(QTextCursor::End);
    QString added;
    if (text.startsWith(m_shown)) {
        added = text.mid(m_shown.size());
        cursor.insertText(added);
    } else {
        m_editor->setPlainText(text);
        m_widestLine = 0;
        added = text;
    }
    m_shown = text;
    const QFontMetrics metrics(m_editor->font());
    // The widest line so far decides whether a horizontal scroll bar is needed; only new lines
    // (and the line they continue) are measured.
    const qsizetype lineStart = m_shown.lastIndexOf(u'\n', m_shown.size() - added.size() - 1) + 1;
    for (const QStringView line : QStringView(m_shown).mid(lineStart).split(u'\n'))
        m_widestLine = std::max(m_widestLine, metrics.horizontalAdvance(line.toString()));
    updateHeight();
}

QString CodeBlockView::code() const
{
    return m_shown;
}

void CodeBlockView::copy()
{
    QApplication::clipboard()->setText(m_shown);
    m_copy->setText(tr("Copied"));
    QTimer::singleShot(1500, this, [this] { m_copy->setText(tr("Copy")); });
    Q_EMIT copied();
}

int CodeBlockView::contentHeight() const
{
    const QTextDocument* document = m_editor->document();
    const QFontMetrics metrics(m_editor->font());
    const int lines = std::max(1, document->blockCount());
    const int margin = static_cast<int>(document->documentMargin());
    const QTextBlock first = document->firstBlock();
    const QRectF line = m_editor->document()->documentLayout()->blockBoundingRect(first);
    const int lineHeight =
        line.height() > 0 ? static_cast<int>(std::ceil(line.height())) : metrics.lineSpacing();
    int height = lines * lineHeight + 2 * margin;
    if (m_horizontalBar)
        height += m_editor->horizontalScrollBar()->sizeHint().height();
    return height;
}

void CodeBlockView::updateHeight()
{
    // A horizontal scroll bar is needed (and room made for it) only when a line is wider than
    // the code area as it is laid out now.
    const int margin = static_cast<int>(m_editor->document()->documentMargin());
    const int available = m_editor->width() - 2 * m_editor->frameWidth();
    m_horizontalBar = available > 0 && m_widestLine + 2 * margin + 4 > available;
    const int height = contentHeight();
    if (m_editor->height() != height || m_editor->minimumHeight() != height) {
        m_editor->setFixedHeight(height);
        updateGeometry();
    }
}

QSize CodeBlockView::sizeHint() const
{
    return {QFrame::sizeHint().width(), QFrame::sizeHint().height()};
}

QSize CodeBlockView::minimumSizeHint() const
{
    return {80, QFrame::minimumSizeHint().height()};
}

void CodeBlockView::resizeEvent(QResizeEvent* event)
{
    QFrame::resizeEvent(event);
    updateHeight();
}

bool CodeBlockView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_editor->viewport() && event->type() == QEvent::Resize)
        updateHeight();
    return QFrame::eventFilter(watched, event);
}

void CodeBlockView::paintEvent(QPaintEvent*)
{
    // A rounded card: the header band a shade darker than the code.
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF box = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    QPainterPath outline;
    outline.addRoundedRect(box, 8, 8);
    painter.fillPath(outline, m_blockColour);
    painter.save();
    painter.setClipPath(outline);
    painter.fillRect(QRectF(0, 0, width(), m_header->geometry().bottom() + 1), m_headerColour);
    painter.restore();
    painter.setPen(QPen(m_borderColour, 1));
    painter.drawPath(outline);
}

void CodeBlockView::changeEvent(QEvent* event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_applyingPalette) {
        applyPalette();
        m_highlighter->setDark(isDark(palette()));
    }
}

void CodeBlockView::applyPalette()
{
    // The block sits a shade off the page; its header a shade further.
    m_applyingPalette = true;
    const QPalette base = QApplication::palette(this);
    const bool dark = isDark(base);
    const QColor page = base.color(QPalette::Base);
    const QColor block = dark ? page.lighter(125) : page.darker(104);
    const QColor header = dark ? page.lighter(145) : page.darker(109);
    m_blockColour = block;
    m_headerColour = header;
    m_borderColour = dark ? page.lighter(170) : page.darker(118);
    QPalette ep = m_editor->palette();
    ep.setColor(QPalette::Base, Qt::transparent);
    m_editor->setPalette(ep);
    update();
    m_applyingPalette = false;
}

} // namespace Ui
