#include "ComposerEdit.h"

#include <QAbstractTextDocumentLayout>
#include <QKeyEvent>
#include <QTextBlock>

#include <cmath>

namespace Ui {

ComposerEdit::ComposerEdit(QWidget* parent)
    : QPlainTextEdit(parent)
{
    setObjectName(QStringLiteral("composerEdit"));
    setTabChangesFocus(true);
    setFrameShape(QFrame::NoFrame);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    document()->setDocumentMargin(4);
    connect(document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this,
            &ComposerEdit::fitContent);
    connect(this, &QPlainTextEdit::textChanged, this, &ComposerEdit::fitContent);
}

void ComposerEdit::setMaximumLines(int lines)
{
    m_maximumLines = std::max(1, lines);
    fitContent();
}

int ComposerEdit::heightForLines(int lines) const
{
    const int margin = static_cast<int>(document()->documentMargin());
    return lines * fontMetrics().lineSpacing() + 2 * margin + 2 * frameWidth() + 2;
}

void ComposerEdit::fitContent()
{
    // Visual lines, wrapped lines included.
    int lines = 0;
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next())
        lines +=
            block.layout() && block.layout()->lineCount() > 0 ? block.layout()->lineCount() : 1;
    lines = std::clamp(lines, 1, m_maximumLines);
    if (lines != m_lines) {
        m_lines = lines;
        updateGeometry();
    }
}

QSize ComposerEdit::sizeHint() const
{
    return {QPlainTextEdit::sizeHint().width(), heightForLines(m_lines)};
}

QSize ComposerEdit::minimumSizeHint() const
{
    return {100, heightForLines(1)};
}

bool ComposerEdit::event(QEvent* event)
{
    if (event->type() == QEvent::ShortcutOverride && m_handlesEscape) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Escape && key->modifiers() == Qt::NoModifier) {
            event->accept();
            return true;
        }
    }
    return QPlainTextEdit::event(event);
}

void ComposerEdit::keyPressEvent(QKeyEvent* event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    if (enter && mods == Qt::NoModifier) {
        event->accept();
        Q_EMIT submitted();
        return;
    }
    if (enter && (mods & Qt::ShiftModifier)) {
        event->accept();
        textCursor().insertText(QStringLiteral("\n"));
        ensureCursorVisible();
        return;
    }
    if (event->key() == Qt::Key_Escape && mods == Qt::NoModifier) {
        event->accept();
        Q_EMIT cancelled();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

} // namespace Ui
