#include "TranscriptView.h"

#include "MessageView.h"
#include "MutedText.h"
#include "TranscriptColumn.h"

#include <QApplication>
#include <QLabel>
#include <QResizeEvent>
#include <QScreen>
#include <QScrollBar>
#include <QVBoxLayout>
#include <QWindow>

namespace Ui {
namespace {

/// Messages shown at once when a conversation opens; older ones follow in slices.
constexpr int kFirstMessages = 16;
/// How long one slice of building older messages may take before the event loop runs again.
constexpr int kSliceMs = 5;
/// Rows of the column before the first message: the banner and the empty-state text.
constexpr int kLeadingRows = 2;

} // namespace

TranscriptView::TranscriptView(QWidget* parent)
    : QScrollArea(parent)
    , m_overlayBar(new QScrollBar(Qt::Vertical, this))
    , m_column(new TranscriptColumn)
    , m_banner(new QLabel)
    , m_empty(new QWidget)
    , m_emptyHeading(new QLabel)
    , m_emptyDetail(new QLabel)
{
    setObjectName(QStringLiteral("transcript"));
    setAccessibleName(tr("Conversation"));
    setFrameShape(QFrame::NoFrame);
    setWidgetResizable(false); // the column sizes itself to its rows
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // The real scroll bar stays hidden (it still holds the range and the position, and takes the
    // wheel); the overlay shows it. A bar that appears and disappears beside the page would change
    // the page's width, and every message's text would be laid out for both widths each time.
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_overlayBar->setObjectName(QStringLiteral("transcriptScrollBar"));
    m_overlayBar->setAccessibleName(tr("Scroll the conversation"));
    m_overlayBar->setFocusPolicy(Qt::NoFocus);
    m_overlayBar->hide();
    connect(verticalScrollBar(), &QScrollBar::rangeChanged, m_overlayBar, [this](int min, int max) {
        m_overlayBar->setRange(min, max);
        m_overlayBar->setPageStep(verticalScrollBar()->pageStep());
        m_overlayBar->setSingleStep(verticalScrollBar()->singleStep());
        m_overlayBar->setVisible(max > min);
    });
    connect(verticalScrollBar(), &QScrollBar::valueChanged, m_overlayBar, &QScrollBar::setValue);
    connect(m_overlayBar, &QScrollBar::valueChanged, verticalScrollBar(), &QScrollBar::setValue);
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setBackgroundRole(QPalette::Base);
    viewport()->setAutoFillBackground(true);

    m_column->setMaximumRowWidth(860);
    m_column->setMargins(24, 20);
    m_column->setSpacing(22);
    m_banner->setObjectName(QStringLiteral("transcriptBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->setMargin(10);
    m_banner->setAutoFillBackground(true);
    m_banner->hide();
    m_column->insertRow(0, m_banner);

    auto* emptyLayout = new QVBoxLayout(m_empty);
    emptyLayout->setContentsMargins(0, 80, 0, 0);
    emptyLayout->setSpacing(8);
    m_empty->setObjectName(QStringLiteral("transcriptEmpty"));
    m_emptyHeading->setObjectName(QStringLiteral("emptyHeading"));
    m_emptyHeading->setAlignment(Qt::AlignHCenter);
    QFont big = m_emptyHeading->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setWeight(QFont::DemiBold);
    m_emptyHeading->setFont(big);
    m_emptyDetail->setObjectName(QStringLiteral("emptyDetail"));
    m_emptyDetail->setAlignment(Qt::AlignHCenter);
    m_emptyDetail->setWordWrap(true);
    muteText(m_emptyDetail);
    emptyLayout->addWidget(m_emptyHeading);
    emptyLayout->addWidget(m_emptyDetail);
    m_column->insertRow(1, m_empty);
    setWidget(m_column);

    m_sliceTimer.setSingleShot(true);
    connect(&m_sliceTimer, &QTimer::timeout, this, &TranscriptView::buildSlice);
    m_frameTimer.setSingleShot(true);
    m_frameTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_frameTimer, &QTimer::timeout, this, &TranscriptView::onFrame);
    connect(verticalScrollBar(), &QScrollBar::rangeChanged, this, &TranscriptView::onRangeChanged);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &TranscriptView::onScrolled);
    setEmptyText(tr("Ask anything"), {});
}

TranscriptView::~TranscriptView() = default;

int TranscriptView::frameIntervalMs() const
{
    const QScreen* screen = window()->windowHandle() ? window()->windowHandle()->screen()
                                                     : QGuiApplication::primaryScreen();
    const double hz = screen && screen->refreshRate() > 1 ? screen->refreshRate() : 60.0;
    return std::clamp(static_cast<int>(1000.0 / hz), 4, 33);
}

MessageView* TranscriptView::makeView(const ChatEntry& entry)
{
    auto* view =
        new MessageView(entry.isAnswer() ? MessageView::Kind::Answer : MessageView::Kind::Question);
    view->setEntry(entry);
    view->setActionsEnabled(!m_busy);
    connect(view, &MessageView::editSubmitted, this, [this, view](const QString& text) {
        const qsizetype at = m_views.indexOf(view);
        if (at >= 0)
            Q_EMIT editSubmitted(int(m_pending.size() + at), text);
    });
    connect(view, &MessageView::regenerateRequested, this, &TranscriptView::regenerateRequested);
    connect(view, &MessageView::retryRequested, this, &TranscriptView::retryRequested);
    connect(view, &MessageView::settingsRequested, this, &TranscriptView::settingsRequested);
    return view;
}

void TranscriptView::insertView(int at, MessageView* view)
{
    m_column->insertRow(kLeadingRows + at, view);
    m_views.insert(at, view);
}

void TranscriptView::setEntries(const QList<ChatEntry>& entries)
{
    m_sliceTimer.stop();
    m_frameTimer.stop();
    qDeleteAll(m_views);
    m_views.clear();
    delete m_streaming;
    m_streaming = nullptr;
    delete m_problem;
    m_problem = nullptr;
    m_pending.clear();
    m_follow = true;

    const qsizetype first = std::max<qsizetype>(0, entries.size() - kFirstMessages);
    m_pending = entries.mid(0, first);
    for (qsizetype i = first; i < entries.size(); ++i)
        insertView(int(m_views.size()), makeView(entries.at(i)));
    updateLastAnswer();
    updateEmpty();
    if (!m_pending.isEmpty())
        m_sliceTimer.start(0);
    else
        Q_EMIT completed();
    scrollToBottom();
}

void TranscriptView::buildSlice()
{
    QElapsedTimer clock;
    clock.start();
    const int width = m_views.isEmpty() ? 600 : m_views.constLast()->width();
    while (!m_pending.isEmpty() && clock.elapsed() < kSliceMs) {
        MessageView* view = makeView(m_pending.takeLast());
        insertView(0, view);
        view->heightForWidth(width); // lay the text out now, inside this slice's time
        m_prepended = true;
    }
    if (!m_pending.isEmpty())
        m_sliceTimer.start(0);
    else
        Q_EMIT completed();
}

void TranscriptView::appendEntry(const ChatEntry& entry)
{
    clearProblem();
    insertView(int(m_views.size()), makeView(entry));
    updateLastAnswer();
    updateEmpty();
    scrollToBottom();
}

void TranscriptView::removeFrom(int index)
{
    clearProblem();
    if (index < m_pending.size()) {
        m_pending.resize(index);
        qDeleteAll(m_views);
        m_views.clear();
    } else {
        const qsizetype from = index - m_pending.size();
        while (m_views.size() > from)
            delete m_views.takeLast();
    }
    updateLastAnswer();
    updateEmpty();
}

MessageView* TranscriptView::beginAnswer()
{
    clearProblem();
    delete m_streaming;
    m_streaming = new MessageView(MessageView::Kind::Answer);
    m_streaming->setActionsEnabled(false);
    connect(m_streaming, &MessageView::settingsRequested, this, &TranscriptView::settingsRequested);
    m_column->insertRow(kLeadingRows + int(m_views.size()), m_streaming);
    m_streaming->beginStreaming();
    updateEmpty();
    m_follow = true;
    scrollToBottom();
    return m_streaming;
}

void TranscriptView::appendAnswerText(const QString& text)
{
    if (!m_streaming)
        return;
    m_streaming->appendText(text);
    if (!m_frameTimer.isActive())
        m_frameTimer.start(frameIntervalMs());
}

void TranscriptView::appendAnswerReasoning(const QString& text)
{
    if (!m_streaming)
        return;
    m_streaming->appendReasoning(text);
    if (!m_frameTimer.isActive())
        m_frameTimer.start(frameIntervalMs());
}

void TranscriptView::onFrame()
{
    if (m_streaming)
        m_streaming->flush();
}

void TranscriptView::finishAnswer(const ChatEntry& entry)
{
    m_frameTimer.stop();
    MessageView* view = m_streaming;
    m_streaming = nullptr;
    if (!view) {
        appendEntry(entry);
        return;
    }
    view->setEntry(entry);
    connect(view, &MessageView::regenerateRequested, this, &TranscriptView::regenerateRequested);
    connect(view, &MessageView::retryRequested, this, &TranscriptView::retryRequested);
    m_views.append(view);
    view->setActionsEnabled(!m_busy);
    updateLastAnswer();
}

void TranscriptView::showProblem(const ChatProblem& problem)
{
    m_frameTimer.stop();
    MessageView* view = m_streaming;
    m_streaming = nullptr;
    if (!view) {
        clearProblem();
        view = new MessageView(MessageView::Kind::Answer);
        connect(view, &MessageView::settingsRequested, this, &TranscriptView::settingsRequested);
        m_column->insertRow(kLeadingRows + int(m_views.size()), view);
    }
    connect(view, &MessageView::retryRequested, this, &TranscriptView::retryRequested);
    view->showProblem(problem);
    view->setActionsEnabled(!m_busy);
    m_problem = view;
    updateEmpty();
    scrollToBottom();
}

void TranscriptView::clearProblem()
{
    delete m_problem;
    m_problem = nullptr;
}

void TranscriptView::setBusy(bool busy)
{
    m_busy = busy;
    for (MessageView* view : std::as_const(m_views))
        view->setActionsEnabled(!busy);
    if (m_problem)
        m_problem->setActionsEnabled(!busy);
}

void TranscriptView::setEmptyText(const QString& heading, const QString& detail)
{
    m_emptyHeading->setText(heading);
    m_emptyDetail->setText(detail);
    m_emptyDetail->setVisible(!detail.isEmpty());
}

void TranscriptView::setBanner(const QString& text)
{
    m_banner->setText(text);
    m_banner->setVisible(!text.isEmpty());
    QPalette p = m_banner->palette();
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    p.setColor(QPalette::Window, dark ? QColor(0x4a, 0x3b, 0x12) : QColor(0xfd, 0xf3, 0xd0));
    p.setColor(QPalette::WindowText, dark ? QColor(0xf5, 0xe3, 0xb0) : QColor(0x5c, 0x44, 0x00));
    p.setColor(QPalette::Text, p.color(QPalette::WindowText));
    m_banner->setPalette(p);
}

QString TranscriptView::bannerText() const
{
    return m_banner->isVisible() ? m_banner->text() : QString();
}

int TranscriptView::messageCount() const
{
    return int(m_pending.size() + m_views.size());
}

MessageView* TranscriptView::messageAt(int index) const
{
    const qsizetype at = index - m_pending.size();
    return at >= 0 && at < m_views.size() ? m_views.at(at) : nullptr;
}

void TranscriptView::updateLastAnswer()
{
    for (qsizetype i = 0; i < m_views.size(); ++i) {
        MessageView* view = m_views.at(i);
        if (view->kind() == MessageView::Kind::Answer)
            view->setLastAnswer(i == m_views.size() - 1);
    }
}

void TranscriptView::updateEmpty()
{
    m_empty->setVisible(messageCount() == 0 && !m_streaming && !m_problem);
}

void TranscriptView::scrollToBottom()
{
    m_follow = true;
    m_adjusting = true;
    verticalScrollBar()->setValue(verticalScrollBar()->maximum());
    m_adjusting = false;
}

void TranscriptView::onRangeChanged(int, int max)
{
    m_adjusting = true;
    if (m_follow) {
        verticalScrollBar()->setValue(max);
    } else if (m_prepended) {
        // Older messages arrived above: keep what the reader looks at where it is.
        verticalScrollBar()->setValue(verticalScrollBar()->value() + (max - m_lastMaximum));
    }
    m_prepended = false;
    m_adjusting = false;
    m_lastMaximum = max;
}

void TranscriptView::onScrolled(int value)
{
    if (m_adjusting)
        return;
    // Scrolling up stops following the answer; back at the bottom, following resumes.
    m_follow = value >= verticalScrollBar()->maximum() - 4;
}

void TranscriptView::placeOverlayBar()
{
    const int width = m_overlayBar->sizeHint().width();
    m_overlayBar->setGeometry(viewport()->geometry().right() - width + 1,
                              viewport()->geometry().top(), width, viewport()->height());
    m_overlayBar->raise();
}

void TranscriptView::resizeEvent(QResizeEvent* event)
{
    QScrollArea::resizeEvent(event);
    m_column->resize(viewport()->width(), m_column->height());
    placeOverlayBar();
    if (m_follow)
        scrollToBottom();
}

} // namespace Ui
