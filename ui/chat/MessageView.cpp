#include "MessageView.h"

#include "AttemptTrailView.h"
#include "ComposerEdit.h"
#include "ErrorNotice.h"
#include "MarkdownView.h"
#include "MutedText.h"
#include "ProseView.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Ui {
namespace {

QFont scaled(QFont font, double factor, bool bold = false)
{
    font.setPointSizeF(font.pointSizeF() * factor);
    if (bold)
        font.setWeight(QFont::DemiBold);
    return font;
}

QColor bubbleColour(const QPalette& palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor accent = palette.color(QPalette::Highlight);
    const double t = base.lightness() < 128 ? 0.22 : 0.10;
    return QColor::fromRgbF(base.redF() * (1 - t) + accent.redF() * t,
                            base.greenF() * (1 - t) + accent.greenF() * t,
                            base.blueF() * (1 - t) + accent.blueF() * t);
}

} // namespace

MessageView::MessageView(Kind kind, QWidget* parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_layout(new QVBoxLayout(this))
{
    setObjectName(kind == Kind::Question ? QStringLiteral("question") : QStringLiteral("answer"));
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(4);

    if (kind == Kind::Question) {
        auto* row = new QHBoxLayout;
        row->setContentsMargins(0, 0, 0, 0);
        row->addStretch(1);
        m_bubble = new QWidget;
        m_bubble->setObjectName(QStringLiteral("questionBubble"));
        auto* bubbleLayout = new QVBoxLayout(m_bubble);
        bubbleLayout->setContentsMargins(14, 9, 14, 9);
        m_questionText = new ProseView;
        m_questionText->setObjectName(QStringLiteral("questionText"));
        m_questionText->setFitToText(true);
        m_questionText->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
        m_questionText->setAccessibleName(tr("Your message"));
        bubbleLayout->addWidget(m_questionText);
        row->addWidget(m_bubble);
        m_layout->addLayout(row);
    } else {
        auto* headerRow = new QHBoxLayout;
        headerRow->setContentsMargins(0, 0, 0, 0);
        headerRow->setSpacing(8);
        m_header = new QLabel;
        m_header->setObjectName(QStringLiteral("answerHeader"));
        m_header->setFont(scaled(font(), 0.9, true));
        m_header->setTextFormat(Qt::PlainText);
        headerRow->addWidget(m_header);
        m_status = new QLabel;
        m_status->setObjectName(QStringLiteral("answerStatus"));
        m_status->setFont(scaled(font(), 0.88));
        m_status->setTextFormat(Qt::PlainText);
        m_status->setWordWrap(true);
        muteText(m_status);
        m_status->hide();
        headerRow->addWidget(m_status, 1);
        m_layout->addLayout(headerRow);

        m_body = new MarkdownView;
        m_body->setObjectName(QStringLiteral("answerBody"));
        m_layout->addWidget(m_body);

        m_state = new QLabel;
        m_state->setObjectName(QStringLiteral("answerState"));
        m_state->setFont(scaled(font(), 0.9));
        m_state->setWordWrap(true);
        QFont italic = m_state->font();
        italic.setItalic(true);
        m_state->setFont(italic);
        muteText(m_state);
        m_state->hide();
        m_layout->addWidget(m_state);

        m_trail = new AttemptTrailView;
        m_trail->hide();
        m_layout->addWidget(m_trail);
        updateHeader();
    }

    m_actions = new QHBoxLayout;
    m_actions->setContentsMargins(0, 0, 0, 0);
    m_actions->setSpacing(2);
    if (kind == Kind::Question) {
        m_actions->addStretch(1);
        m_edit = addAction(tr("Edit"), tr("Edit and send again"));
        connect(m_edit, &QToolButton::clicked, this, &MessageView::beginEdit);
    }
    m_copy = addAction(tr("Copy"), tr("Copy the message"));
    connect(m_copy, &QToolButton::clicked, this, &MessageView::copyText);
    if (kind == Kind::Answer) {
        m_regenerate = addAction(tr("Regenerate"), tr("Ask again for a new answer"));
        m_regenerate->hide();
        connect(m_regenerate, &QToolButton::clicked, this, &MessageView::regenerateRequested);
        m_actions->addStretch(1);
    }
    m_layout->addLayout(m_actions);
}

QToolButton* MessageView::addAction(const QString& text, const QString& accessibleName)
{
    auto* button = new QToolButton;
    button->setText(text);
    button->setAccessibleName(accessibleName);
    button->setToolTip(accessibleName);
    button->setAutoRaise(true);
    button->setFocusPolicy(Qt::StrongFocus);
    button->setCursor(Qt::PointingHandCursor);
    button->setFont(scaled(font(), 0.88));
    muteText(button);
    m_actions->addWidget(button);
    return button;
}

void MessageView::setEntry(const ChatEntry& entry)
{
    m_entry = entry;
    const bool wasStreaming = m_streaming;
    m_streaming = false;
    if (m_kind == Kind::Question) {
        m_questionText->setPlainBody(entry.message.text);
        updateBubbleWidth();
        return;
    }
    if (!entry.reasoning.isEmpty()) {
        m_reasoningText = entry.reasoning;
        ensureReasoning();
        m_reasoning->setPlainBody(m_reasoningText);
        updateReasoningToggle();
    }
    if (wasStreaming && m_body->markdown() == entry.message.text)
        m_body->finish(); // what streamed is the answer: only the last segment is rendered again
    else
        m_body->setMarkdown(entry.message.text);
    m_trail->setAttempts(entry.attempts, true);
    m_status->hide();
    QString state;
    if (entry.message.interrupted)
        state = entry.stoppedByUser() ? tr("Stopped by you — the answer is incomplete.")
                                      : tr("The answer broke off — it is incomplete.");
    else if (entry.message.incomplete)
        state = tr("The model stopped early (length limit or filter) — the answer may be cut "
                   "short.");
    m_state->setText(state);
    m_state->setVisible(!state.isEmpty());
    m_copy->setVisible(!entry.message.text.isEmpty());
    setLastAnswer(m_lastAnswer);
    updateHeader();
}

void MessageView::updateHeader()
{
    if (!m_header)
        return;
    QString text = tr("Assistant");
    for (qsizetype i = m_entry.attempts.size() - 1; i >= 0; --i) {
        const Chat::Attempt& a = m_entry.attempts.at(i);
        if (a.outcome == Chat::Outcome::Ok || i == m_entry.attempts.size() - 1) {
            text = a.provider + u'/' + a.model;
            break;
        }
    }
    if (m_streaming && !m_liveTarget.isEmpty())
        text = m_liveTarget;
    if (m_notice && m_notice->isVisible())
        text = tr("No answer");
    m_header->setText(text);
    m_header->setAccessibleName(tr("Answered by %1").arg(text));
}

void MessageView::beginStreaming()
{
    m_streaming = true;
    m_body->clear();
    setStatus(tr("Waiting for the first token…"));
    m_copy->hide();
    if (m_regenerate)
        m_regenerate->hide();
}

void MessageView::appendText(const QString& text)
{
    m_body->append(text);
}

void MessageView::appendReasoning(const QString& text)
{
    m_pendingReasoning += text;
}

void MessageView::restartStreaming()
{
    m_body->clear();
    m_pendingReasoning.clear();
    m_reasoningText.clear();
    if (m_reasoning)
        m_reasoning->setPlainBody({});
    updateReasoningToggle();
}

void MessageView::setStatus(const QString& status)
{
    if (!m_status)
        return;
    m_status->setText(status);
    m_status->setVisible(!status.isEmpty());
}

void MessageView::setLiveTarget(const QString& targetId)
{
    m_liveTarget = targetId;
    updateHeader();
}

void MessageView::setLiveAttempts(const QList<Chat::Attempt>& attempts)
{
    if (!m_trail)
        return;
    m_entry.attempts = attempts;
    m_trail->setAttempts(attempts, false);
}

bool MessageView::flush()
{
    bool changed = false;
    if (!m_pendingReasoning.isEmpty()) {
        m_reasoningText += m_pendingReasoning;
        m_pendingReasoning.clear();
        ensureReasoning();
        if (m_reasoning->isVisible())
            m_reasoning->setPlainBody(m_reasoningText);
        updateReasoningToggle();
        changed = true;
    }
    const bool hadText = !m_body->isEmpty();
    m_body->flush();
    if (hadText && m_status && m_status->text() == tr("Waiting for the first token…"))
        setStatus({});
    return changed || hadText;
}

void MessageView::ensureReasoning()
{
    if (m_reasoning)
        return;
    m_reasoningToggle = new QToolButton;
    m_reasoningToggle->setObjectName(QStringLiteral("reasoningToggle"));
    m_reasoningToggle->setCheckable(true);
    m_reasoningToggle->setAutoRaise(true);
    m_reasoningToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_reasoningToggle->setArrowType(Qt::RightArrow);
    m_reasoningToggle->setFont(scaled(font(), 0.9));
    m_reasoningToggle->setCursor(Qt::PointingHandCursor);
    m_reasoningToggle->setAccessibleName(tr("Show the model's reasoning"));
    muteText(m_reasoningToggle);
    m_reasoning = new ProseView;
    m_reasoning->setObjectName(QStringLiteral("reasoningText"));
    m_reasoning->setAccessibleName(tr("The model's reasoning"));
    QFont italic = scaled(font(), 0.92);
    italic.setItalic(true);
    m_reasoning->setFont(italic);
    muteText(m_reasoning);
    m_reasoning->setContentsMargins(18, 0, 0, 0);
    m_reasoning->hide();
    const int at = m_layout->indexOf(m_body);
    m_layout->insertWidget(at, m_reasoningToggle, 0, Qt::AlignLeft);
    m_layout->insertWidget(at + 1, m_reasoning);
    connect(m_reasoningToggle, &QToolButton::toggled, this, [this](bool open) {
        if (open)
            m_reasoning->setPlainBody(m_reasoningText);
        m_reasoning->setVisible(open);
        updateReasoningToggle();
    });
}

void MessageView::updateReasoningToggle()
{
    if (!m_reasoningToggle)
        return;
    const bool open = m_reasoningToggle->isChecked();
    m_reasoningToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    const int words = int(m_reasoningText.split(u' ', Qt::SkipEmptyParts).size());
    m_reasoningToggle->setText(m_streaming && m_body->isEmpty()
                                   ? tr("Thinking… (%n words)", nullptr, words)
                                   : tr("Reasoning (%n words)", nullptr, words));
    m_reasoningToggle->setVisible(!m_reasoningText.isEmpty());
}

void MessageView::showProblem(const ChatProblem& problem)
{
    if (m_kind != Kind::Answer)
        return;
    m_streaming = false;
    m_body->clear();
    m_body->hide();
    setStatus({});
    if (!m_notice) {
        m_notice = new ErrorNotice;
        m_layout->insertWidget(m_layout->indexOf(m_trail), m_notice);
        connect(m_notice, &ErrorNotice::retryRequested, this, &MessageView::retryRequested);
        connect(m_notice, &ErrorNotice::settingsRequested, this, &MessageView::settingsRequested);
    }
    m_notice->setProblem(problem.heading, problem.detail, problem.canRetry, problem.needsSettings);
    m_notice->show();
    m_entry.attempts = problem.attempts;
    m_trail->setAttempts(problem.attempts, true);
    m_copy->hide();
    if (m_regenerate)
        m_regenerate->hide();
    updateHeader();
}

void MessageView::setLastAnswer(bool last)
{
    m_lastAnswer = last;
    if (m_regenerate)
        m_regenerate->setVisible(last && !m_streaming && !(m_notice && m_notice->isVisible()));
}

void MessageView::setActionsEnabled(bool enabled)
{
    if (m_edit)
        m_edit->setEnabled(enabled);
    if (m_regenerate)
        m_regenerate->setEnabled(enabled);
    if (m_notice)
        m_notice->retryButton()->setEnabled(enabled);
}

void MessageView::copyText()
{
    const QString text = m_kind == Kind::Question ? m_entry.message.text : m_body->markdown();
    QApplication::clipboard()->setText(text);
    m_copy->setText(tr("Copied"));
    QTimer::singleShot(1500, m_copy, [copy = m_copy] { copy->setText(tr("Copy")); });
}

void MessageView::beginEdit()
{
    if (!m_editor) {
        m_editor = new QWidget;
        m_editor->setObjectName(QStringLiteral("questionEditor"));
        auto* layout = new QVBoxLayout(m_editor);
        layout->setContentsMargins(0, 0, 0, 0);
        auto* edit = new ComposerEdit;
        edit->setObjectName(QStringLiteral("questionEditText"));
        edit->setHandlesEscape(true);
        edit->setFrameShape(QFrame::StyledPanel);
        edit->setAccessibleName(tr("Edit your message"));
        m_editText = edit;
        layout->addWidget(edit);
        auto* buttons = new QHBoxLayout;
        buttons->addStretch(1);
        auto* cancel = new QPushButton(tr("Cancel"));
        auto* send = new QPushButton(tr("Send"));
        send->setObjectName(QStringLiteral("questionEditSend"));
        send->setDefault(true);
        buttons->addWidget(cancel);
        buttons->addWidget(send);
        layout->addLayout(buttons);
        m_layout->insertWidget(0, m_editor);
        connect(cancel, &QPushButton::clicked, this, [this] { endEdit(false); });
        connect(send, &QPushButton::clicked, this, [this] { endEdit(true); });
        connect(edit, &ComposerEdit::submitted, this, [this] { endEdit(true); });
        connect(edit, &ComposerEdit::cancelled, this, [this] { endEdit(false); });
    }
    m_editText->setPlainText(m_entry.message.text);
    m_editText->moveCursor(QTextCursor::End);
    m_bubble->hide();
    for (int i = 0; i < m_actions->count(); ++i) {
        if (QWidget* w = m_actions->itemAt(i)->widget())
            w->hide();
    }
    m_editor->show();
    m_editText->setFocus();
}

void MessageView::endEdit(bool send)
{
    const QString text = m_editText->toPlainText();
    m_editor->hide();
    m_bubble->show();
    m_edit->show();
    m_copy->show();
    if (send && !text.trimmed().isEmpty())
        Q_EMIT editSubmitted(text); // the same question sent again asks again
}

void MessageView::updateBubbleWidth()
{
    if (!m_questionText)
        return;
    // A question takes at most four fifths of the column, less when it is short.
    const int available = std::max(120, width() * 4 / 5 - 28);
    if (m_questionText->maximumWidth() != available) {
        m_questionText->setMaximumWidth(available);
        m_questionText->updateGeometry();
    }
}

void MessageView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    updateBubbleWidth();
}

void MessageView::paintEvent(QPaintEvent* event)
{
    QWidget::paintEvent(event);
    if (!m_bubble || !m_bubble->isVisible())
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(bubbleColour(palette()));
    painter.drawRoundedRect(QRectF(m_bubble->geometry()), 14, 14);
}

} // namespace Ui
