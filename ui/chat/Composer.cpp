#include "Composer.h"

#include "ComposerEdit.h"
#include "MutedText.h"
#include "TargetPicker.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace Ui {

Composer::Composer(QWidget* parent)
    : QFrame(parent)
    , m_system(new ComposerEdit)
    , m_systemToggle(new QToolButton)
    , m_edit(new ComposerEdit)
    , m_picker(new TargetPicker)
    , m_hint(new QLabel)
    , m_send(new QPushButton)
{
    setObjectName(QStringLiteral("composer"));
    setFrameShape(QFrame::NoFrame);
    setAutoFillBackground(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(8);

    m_system->setObjectName(QStringLiteral("systemPromptEdit"));
    m_system->setPlaceholderText(tr("System prompt for this conversation (optional)"));
    m_system->setAccessibleName(tr("System prompt"));
    m_system->setMaximumLines(6);
    m_system->setHandlesEscape(true);
    m_system->setFrameShape(QFrame::StyledPanel);
    m_system->hide();
    layout->addWidget(m_system);

    m_edit->installEventFilter(this);
    m_edit->viewport()->setAutoFillBackground(false);
    m_edit->setPlaceholderText(tr("Message"));
    m_edit->setAccessibleName(tr("Message"));
    m_edit->setAccessibleDescription(tr("Enter sends, Shift+Enter starts a new line"));
    layout->addWidget(m_edit);

    auto* row = new QHBoxLayout;
    row->setSpacing(8);
    row->addWidget(m_picker);
    m_systemToggle->setObjectName(QStringLiteral("systemPromptToggle"));
    m_systemToggle->setCheckable(true);
    m_systemToggle->setAutoRaise(true);
    m_systemToggle->setFocusPolicy(Qt::StrongFocus);
    m_systemToggle->setAccessibleName(tr("Show the system prompt"));
    m_systemToggle->setToolTip(
        tr("The system prompt sent with every message of this conversation"));
    row->addWidget(m_systemToggle);
    row->addStretch(1);
    m_hint->setObjectName(QStringLiteral("composerHint"));
    m_hint->setText(tr("Enter to send · Shift+Enter for a new line"));
    QFont small = m_hint->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    m_hint->setFont(small);
    muteText(m_hint);
    row->addWidget(m_hint);
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_send->setDefault(false);
    m_send->setAutoDefault(false);
    m_send->setMinimumWidth(84);
    row->addWidget(m_send);
    layout->addLayout(row);

    connect(m_edit, &ComposerEdit::submitted, this, &Composer::submit);
    connect(m_send, &QPushButton::clicked, this, [this] {
        if (m_busy)
            Q_EMIT stopRequested();
        else
            submit();
    });
    connect(m_edit, &QPlainTextEdit::textChanged, this, &Composer::updateSendButton);
    connect(m_systemToggle, &QToolButton::toggled, this, [this](bool open) {
        m_system->setVisible(open);
        if (open)
            m_system->setFocus();
        updateSystemToggle();
    });
    connect(m_system, &ComposerEdit::submitted, this, [this] {
        Q_EMIT systemPromptEdited(systemPrompt());
        m_edit->setFocus();
    });
    connect(m_system, &ComposerEdit::cancelled, this, [this] { m_edit->setFocus(); });
    connect(m_system, &QPlainTextEdit::textChanged, this, [this] {
        Q_EMIT systemPromptEdited(systemPrompt());
        updateSystemToggle();
    });
    setTabOrder(m_edit, m_picker);
    setTabOrder(m_picker, m_systemToggle);
    setTabOrder(m_systemToggle, m_send);
    updateSendButton();
    updateSystemToggle();
    applyPalette();
}

QString Composer::text() const
{
    return m_edit->toPlainText();
}

void Composer::setText(const QString& text)
{
    m_edit->setPlainText(text);
    m_edit->moveCursor(QTextCursor::End);
}

void Composer::setSystemPrompt(const QString& prompt)
{
    const QSignalBlocker blocker(m_system);
    m_system->setPlainText(prompt);
    updateSystemToggle();
}

QString Composer::systemPrompt() const
{
    return m_system->toPlainText().trimmed();
}

void Composer::setBusy(bool busy)
{
    m_busy = busy;
    updateSendButton();
}

void Composer::focusEditor()
{
    m_edit->setFocus(Qt::ShortcutFocusReason);
}

void Composer::submit()
{
    if (m_busy)
        return;
    const QString text = m_edit->toPlainText();
    if (text.trimmed().isEmpty())
        return;
    m_edit->clear();
    Q_EMIT sendRequested(text);
}

void Composer::updateSendButton()
{
    if (m_busy) {
        m_send->setText(tr("Stop"));
        m_send->setAccessibleName(tr("Stop the answer"));
        m_send->setToolTip(tr("Stop the answer (Esc)"));
        m_send->setEnabled(true);
    } else {
        m_send->setText(tr("Send"));
        m_send->setAccessibleName(tr("Send the message"));
        m_send->setToolTip(tr("Send (Enter)"));
        m_send->setEnabled(!m_edit->toPlainText().trimmed().isEmpty());
    }
}

void Composer::updateSystemToggle()
{
    const bool set = !systemPrompt().isEmpty();
    m_systemToggle->setText(set ? tr("System prompt ✓") : tr("System prompt"));
    m_systemToggle->setAccessibleName(m_systemToggle->isChecked() ? tr("Hide the system prompt")
                                                                  : tr("Show the system prompt"));
}

void Composer::changeEvent(QEvent* event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_applyingPalette)
        applyPalette();
}

void Composer::applyPalette()
{
    // The message field is drawn on the composer's own rounded card.
    m_applyingPalette = true;
    QPalette p = m_edit->palette();
    p.setColor(QPalette::Base, Qt::transparent);
    m_edit->setPalette(p);
    m_applyingPalette = false;
}

bool Composer::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_edit
        && (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut))
        update(); // the card's outline shows where the keyboard is
    return QFrame::eventFilter(watched, event);
}

void Composer::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette& p = palette();
    const bool dark = p.color(QPalette::Window).lightness() < 128;
    const bool focused = m_edit->hasFocus();
    const QRectF box = QRectF(rect()).adjusted(1, 1, -1, -1);
    painter.setBrush(dark ? p.color(QPalette::Base).lighter(112) : p.color(QPalette::Base));
    QColor outline = focused ? p.color(QPalette::Highlight)
                             : (dark ? p.color(QPalette::Base).lighter(170)
                                     : p.color(QPalette::Window).darker(118));
    painter.setPen(QPen(outline, focused ? 1.6 : 1.0));
    painter.drawRoundedRect(box, 12, 12);
}

} // namespace Ui
