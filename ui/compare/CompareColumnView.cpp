#include "CompareColumnView.h"

#include "ColumnFigures.h"
#include "MutedText.h"
#include "chat/ChatProblems.h"
#include "chat/ErrorNotice.h"
#include "chat/MarkdownView.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace Ui {
namespace {

constexpr int kFrameMs = 16;

QLabel* quietLabel(const QString& objectName)
{
    auto* label = new QLabel;
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 0.88);
    label->setFont(font);
    muteText(label);
    return label;
}

} // namespace

CompareColumnView::CompareColumnView(int index, QWidget* parent)
    : QFrame(parent)
    , m_index(index)
    , m_title(new QLabel)
    , m_best(new QToolButton)
    , m_status(quietLabel(QStringLiteral("columnStatus")))
    , m_scroll(new QScrollArea)
    , m_body(new MarkdownView)
    , m_plain(new QLabel)
    , m_notice(new ErrorNotice)
    , m_figures(quietLabel(QStringLiteral("columnFigures")))
    , m_stop(new QPushButton(tr("Stop")))
    , m_retry(new QPushButton(tr("Retry")))
    , m_copy(new QPushButton(tr("Copy")))
    , m_continue(new QPushButton(tr("Continue in chat")))
{
    setObjectName(QStringLiteral("compareColumn%1").arg(index));
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    setMinimumWidth(300);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(6);

    auto* header = new QHBoxLayout;
    m_title->setObjectName(QStringLiteral("columnTitle"));
    m_title->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setWeight(QFont::DemiBold);
    m_title->setFont(bold);
    header->addWidget(m_title, 1);
    m_best->setObjectName(QStringLiteral("bestButton"));
    m_best->setText(tr("Best"));
    m_best->setCheckable(true);
    m_best->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_best->setToolTip(tr("Mark this answer as the best (mark several for a tie)"));
    header->addWidget(m_best);
    layout->addLayout(header);
    layout->addWidget(m_status);

    auto* page = new QWidget;
    page->setBackgroundRole(QPalette::Base);
    auto* pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 4, 0);
    m_body->setObjectName(QStringLiteral("columnBody"));
    pageLayout->addWidget(m_body);
    m_plain->setObjectName(QStringLiteral("columnPlainBody"));
    m_plain->setTextFormat(Qt::PlainText);
    m_plain->setWordWrap(true);
    m_plain->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_plain->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_plain->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_plain->setAccessibleName(tr("Answer as plain text"));
    m_plain->hide();
    pageLayout->addWidget(m_plain);
    m_notice->hide();
    pageLayout->addWidget(m_notice);
    pageLayout->addStretch(1);
    m_scroll->setWidget(page);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setBackgroundRole(QPalette::Base);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_figures);

    auto* actions = new QHBoxLayout;
    actions->setSpacing(4);
    m_stop->setObjectName(QStringLiteral("stopColumnButton"));
    m_retry->setObjectName(QStringLiteral("retryColumnButton"));
    m_copy->setObjectName(QStringLiteral("copyColumnButton"));
    m_continue->setObjectName(QStringLiteral("continueColumnButton"));
    m_stop->setToolTip(tr("Stop this column only"));
    m_retry->setToolTip(tr("Ask this target again, alone"));
    m_copy->setToolTip(tr("Copy this answer"));
    m_continue->setToolTip(tr("Open this answer as a conversation and go on with this model"));
    for (QPushButton* button : {m_stop, m_retry, m_copy, m_continue})
        actions->addWidget(button);
    actions->addStretch(1);
    layout->addLayout(actions);

    m_frame.setSingleShot(true);
    m_frame.setInterval(kFrameMs);
    connect(&m_frame, &QTimer::timeout, this, &CompareColumnView::flush);
    connect(m_stop, &QPushButton::clicked, this, [this] { Q_EMIT stopRequested(m_index); });
    connect(m_retry, &QPushButton::clicked, this, [this] { Q_EMIT retryRequested(m_index); });
    connect(m_notice, &ErrorNotice::retryRequested, this,
            [this] { Q_EMIT retryRequested(m_index); });
    connect(m_continue, &QPushButton::clicked, this, [this] { Q_EMIT continueRequested(m_index); });
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_body->markdown()); });
    connect(m_best, &QToolButton::toggled, this, [this](bool best) {
        m_best->setText(best ? tr("★ Best") : tr("Best"));
        if (!m_settingBest)
            Q_EMIT bestToggled(m_index, best);
    });
    updateButtons();
}

void CompareColumnView::setTarget(const Compare::CompareTarget& target)
{
    m_result = Compare::ColumnResult{};
    m_result.index = m_index;
    m_result.target = target;
    m_title->setText(target.label());
    m_title->setToolTip(target.label());
    m_status->setText(tr("Waiting"));
    m_figures->clear();
    m_figures->hide();
    m_body->clear();
    syncPlainText();
    m_notice->hide();
    setBest(false);
    updateButtons();
}

void CompareColumnView::begin()
{
    m_running = true;
    m_result.state = Compare::ColumnState::Running;
    m_liveTarget.clear();
    m_frame.stop();
    m_body->clear();
    syncPlainText();
    m_notice->hide();
    m_figures->hide();
    m_status->setText(tr("Asking…"));
    setBest(false);
    updateButtons();
}

void CompareColumnView::appendText(const QString& text)
{
    m_body->append(text);
    if (!m_frame.isActive())
        m_frame.start();
}

void CompareColumnView::noteReasoning()
{
    if (m_body->isEmpty())
        m_status->setText(tr("Thinking…"));
}

void CompareColumnView::restart()
{
    m_frame.stop();
    m_body->clear();
    syncPlainText();
    m_status->setText(tr("The answer broke off; asking the next target…"));
}

void CompareColumnView::setLiveTarget(const QString& targetId)
{
    m_liveTarget = targetId;
    m_status->setText(tr("Asking %1…").arg(targetId));
}

void CompareColumnView::setNotice(const QString& text)
{
    m_status->setText(text);
}

void CompareColumnView::setPlainText(bool plain)
{
    m_plainShown = plain;
    m_body->setVisible(!plain);
    m_plain->setVisible(plain);
    syncPlainText();
}

QScrollBar* CompareColumnView::verticalScrollBar() const
{
    return m_scroll->verticalScrollBar();
}

void CompareColumnView::syncPlainText()
{
    if (m_plainShown && m_plain->text() != m_body->markdown())
        m_plain->setText(m_body->markdown());
}

void CompareColumnView::flush()
{
    m_body->flush();
    syncPlainText();
    if (m_running && !m_liveTarget.isEmpty())
        m_status->setText(tr("Answering: %1").arg(m_liveTarget));
}

void CompareColumnView::showResult(const Compare::ColumnResult& result)
{
    m_frame.stop();
    m_running = false;
    m_result = result;
    const Storage::CompareColumnRecord& record = result.record;
    m_title->setText(result.target.label());
    if (result.answered()) {
        if (m_body->markdown() != record.text)
            m_body->setMarkdown(record.text);
        m_body->finish();
        syncPlainText();
        m_notice->hide();
        m_status->setText(ColumnFigures::answeredBy(record).isEmpty()
                              ? tr("Answered")
                              : tr("Answered by %1/%2").arg(record.provider, record.model));
    } else {
        m_body->clear();
        syncPlainText();
        if (result.state == Compare::ColumnState::Cancelled) {
            m_notice->setProblem(tr("Stopped"), tr("You stopped this column. Retry asks again."),
                                 true, false);
        } else if (!result.route.attempts.isEmpty() || !result.route.error.isEmpty()) {
            const ChatProblem problem = ChatProblems::forResult(result.route, false);
            m_notice->setProblem(problem.heading, problem.detail, true, false);
        } else {
            m_notice->setProblem(tr("No answer"),
                                 record.error.isEmpty() ? result.failureLine() : record.error, true,
                                 false);
        }
        m_notice->show();
        m_status->setText(result.state == Compare::ColumnState::Cancelled ? tr("Stopped")
                                                                          : tr("Failed"));
    }
    QStringList figures = ColumnFigures::figures(record);
    if (const QString by = ColumnFigures::answeredBy(record); !by.isEmpty())
        figures.append(by);
    m_figures->setText(figures.join(QStringLiteral(" · ")));
    m_figures->setVisible(result.answered() || record.attempts > 0);
    setBest(record.best);
    updateButtons();
}

void CompareColumnView::setVerdictEnabled(bool enabled)
{
    m_verdictEnabled = enabled;
    updateButtons();
}

void CompareColumnView::setBest(bool best)
{
    m_settingBest = true;
    m_best->setChecked(best);
    m_settingBest = false;
}

bool CompareColumnView::isBest() const
{
    return m_best->isChecked();
}

void CompareColumnView::setContinueEnabled(bool enabled)
{
    m_continueEnabled = enabled;
    updateButtons();
}

void CompareColumnView::setRetryAllowed(bool allowed)
{
    m_retryAllowed = allowed;
    updateButtons();
}

void CompareColumnView::updateButtons()
{
    const bool answered = !m_running && m_result.answered();
    const bool ended = !m_running && m_result.finished();
    m_stop->setVisible(m_running);
    m_retry->setVisible(ended);
    m_retry->setEnabled(m_retryAllowed);
    m_notice->retryButton()->setEnabled(m_retryAllowed);
    m_copy->setVisible(answered);
    m_continue->setVisible(answered);
    m_continue->setEnabled(m_continueEnabled);
    m_best->setEnabled(answered && m_verdictEnabled);
}

} // namespace Ui
