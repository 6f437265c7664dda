#include "AttemptTrailView.h"

#include "AttemptWords.h"
#include "MutedText.h"

#include <QCoreApplication>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Ui {
namespace {

QFont smaller(QFont font)
{
    font.setPointSizeF(font.pointSizeF() * 0.88);
    return font;
}

QString details(const Chat::Attempt& a)
{
    QStringList lines;
    lines.append(QCoreApplication::translate("AttemptTrailView", "%1/%2: %3")
                     .arg(a.provider, a.model, Chat::outcomeName(a.outcome)));
    if (!a.error.isEmpty())
        lines.append(a.error);
    const QString advice = Chat::outcomeAdvice(a.outcome);
    if (!advice.isEmpty())
        lines.append(QCoreApplication::translate("AttemptTrailView", "What to do: %1").arg(advice));
    if (!a.orderReason.isEmpty())
        lines.append(QCoreApplication::translate("AttemptTrailView", "Why this target: %1")
                         .arg(a.orderReason));
    lines.append(QCoreApplication::translate("AttemptTrailView", "Took %1 · %2")
                     .arg(AttemptWords::duration(a.totalMs), AttemptWords::cost(a)));
    return lines.join(u'\n');
}

} // namespace

AttemptTrailView::AttemptTrailView(QWidget* parent)
    : QWidget(parent)
    , m_summary(new QLabel)
    , m_failures(new QVBoxLayout)
{
    setObjectName(QStringLiteral("attemptTrail"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_failures->setContentsMargins(0, 0, 0, 0);
    m_failures->setSpacing(0);
    layout->addLayout(m_failures);
    m_summary->setObjectName(QStringLiteral("trailSummary"));
    m_summary->setFont(smaller(font()));
    muteText(m_summary);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setAccessibleName(tr("Who answered and what it cost"));
    layout->addWidget(m_summary);
    m_summary->hide();
}

void AttemptTrailView::setAttempts(QList<Chat::Attempt> attempts, bool finished)
{
    std::stable_sort(
        attempts.begin(), attempts.end(),
        [](const Chat::Attempt& a, const Chat::Attempt& b) { return a.index < b.index; });
    m_attempts = std::move(attempts);
    rebuild(finished);
}

void AttemptTrailView::rebuild(bool finished)
{
    m_failureButtons.clear();
    while (QLayoutItem* item = m_failures->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const Chat::Attempt* winner = AttemptWords::winner(m_attempts);
    for (qsizetype i = 0; i < m_attempts.size(); ++i) {
        const Chat::Attempt& a = m_attempts.at(i);
        if (a.outcome == Chat::Outcome::Ok)
            continue;
        // A hedge that lost the race, or the user's stop, is told apart from a failure.
        const Chat::Attempt* next = i + 1 < m_attempts.size() ? &m_attempts.at(i + 1) : nullptr;
        QString line = AttemptWords::failedAttemptLine(a, next, winner != nullptr);
        if (!next && !finished)
            line = tr("%1; trying the next target…").arg(line);
        auto* button = new QToolButton;
        button->setObjectName(QStringLiteral("trailFailure"));
        button->setText(QStringLiteral("\u21B3 ") + line);
        button->setAutoRaise(true);
        button->setCheckable(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setFont(smaller(font()));
        muteText(button);
        button->setCursor(Qt::PointingHandCursor);
        button->setAccessibleName(line);
        button->setToolTip(tr("Show what the provider said"));
        auto* detail = new QLabel(details(a));
        detail->setObjectName(QStringLiteral("trailFailureDetails"));
        detail->setFont(smaller(font()));
        muteText(detail);
        detail->setWordWrap(true);
        detail->setTextFormat(Qt::PlainText);
        detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
        detail->setContentsMargins(22, 0, 0, 4);
        detail->hide();
        connect(button, &QToolButton::toggled, detail, &QWidget::setVisible);
        m_failures->addWidget(button, 0, Qt::AlignLeft);
        m_failures->addWidget(detail);
        if (isVisible())
            button->show(); // now, so the layout pass that follows counts it
        m_failureButtons.append(button);
    }
    if (winner) {
        m_summary->setText(AttemptWords::answerLine(*winner, m_attempts));
        QStringList tip;
        if (!winner->orderReason.isEmpty())
            tip.append(tr("Why this target: %1").arg(winner->orderReason));
        if (winner->usage.cachedTokens)
            tip.append(tr("Cached input tokens: %1").arg(*winner->usage.cachedTokens));
        if (winner->usage.reasoningTokens)
            tip.append(tr("Reasoning tokens: %1").arg(*winner->usage.reasoningTokens));
        tip.append(tr("Total time: %1").arg(AttemptWords::duration(winner->totalMs)));
        if (!winner->costSource.isEmpty())
            tip.append(tr("Cost source: %1").arg(winner->costSource));
        m_summary->setToolTip(tip.join(u'\n'));
    }
    m_summary->setVisible(winner != nullptr);
    setVisible(!m_attempts.isEmpty());
}

QString AttemptTrailView::summaryText() const
{
    return m_summary->isHidden() ? QString() : m_summary->text();
}

QStringList AttemptTrailView::failureLines() const
{
    QStringList lines;
    for (const QToolButton* button : m_failureButtons)
        lines.append(button->accessibleName());
    return lines;
}

} // namespace Ui
