#include "ComparePage.h"

#include "ActiveCompare.h"
#include "CompareBoard.h"
#include "CompareColumnView.h"
#include "CompareLibrary.h"
#include "CompareSetup.h"
#include "LeaderboardView.h"
#include "MutedText.h"
#include "RecentCompares.h"
#include "session/ProfileSession.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Ui {

ComparePage::ComparePage(Session::ProfileSession& profile, Storage::HistoryWorker& history,
                         QWidget* parent)
    : QWidget(parent)
    , m_profile(profile)
    , m_library(new CompareLibrary(history, this))
    , m_active(new ActiveCompare(profile, *m_library, this))
    , m_setup(new CompareSetup)
    , m_board(new CompareBoard)
    , m_empty(new QLabel)
    , m_verdict(new QLabel)
    , m_tie(new QPushButton(tr("Tie")))
    , m_clearVerdict(new QPushButton(tr("Clear verdict")))
    , m_status(new QLabel)
    , m_recent(new RecentCompares)
    , m_leaderboard(new LeaderboardView(profile, *m_library))
    , m_tabs(new QTabWidget)
{
    setObjectName(QStringLiteral("comparePage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* splitter = new QSplitter(Qt::Horizontal);
    layout->addWidget(splitter);

    auto* side = new QWidget;
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(8, 8, 0, 8);
    auto* newCompare = new QPushButton(tr("New compare"));
    newCompare->setObjectName(QStringLiteral("newCompareButton"));
    sideLayout->addWidget(newCompare);
    sideLayout->addWidget(m_recent, 1);
    splitter->addWidget(side);

    auto* workspace = new QWidget;
    workspace->setObjectName(QStringLiteral("compareWorkspace"));
    workspace->setBackgroundRole(QPalette::Base);
    workspace->setAutoFillBackground(true);
    auto* work = new QVBoxLayout(workspace);
    work->setContentsMargins(0, 0, 0, 0);
    work->setSpacing(0);
    work->addWidget(m_setup);
    auto* verdictRow = new QHBoxLayout;
    verdictRow->setContentsMargins(12, 2, 12, 2);
    m_verdict->setObjectName(QStringLiteral("verdictLabel"));
    m_verdict->setTextFormat(Qt::PlainText);
    muteText(m_verdict);
    m_tie->setObjectName(QStringLiteral("tieButton"));
    m_tie->setToolTip(tr("Every answered column was as good as the others"));
    m_clearVerdict->setObjectName(QStringLiteral("clearVerdictButton"));
    auto* together = new QCheckBox(tr("Scroll together"));
    together->setObjectName(QStringLiteral("scrollTogether"));
    together->setToolTip(tr("Scrolling one answer scrolls the others to the same place"));
    connect(together, &QCheckBox::toggled, m_board, &CompareBoard::setScrollTogether);
    auto* plain = new QCheckBox(tr("Plain text"));
    plain->setObjectName(QStringLiteral("plainText"));
    plain->setToolTip(tr("Show the answers as the models sent them, without Markdown rendering"));
    connect(plain, &QCheckBox::toggled, m_board, &CompareBoard::setPlainText);
    verdictRow->addWidget(together);
    verdictRow->addWidget(plain);
    verdictRow->addWidget(m_verdict, 1);
    verdictRow->addWidget(m_tie);
    verdictRow->addWidget(m_clearVerdict);
    work->addLayout(verdictRow);
    m_empty->setObjectName(QStringLiteral("compareEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setText(tr("Write a prompt, pick 2 to 6 routes or models, and press Run: the answers "
                        "stream side by side with their speed and cost."));
    muteText(m_empty);
    work->addWidget(m_empty, 1);
    work->addWidget(m_board, 1);
    m_status->setObjectName(QStringLiteral("compareStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setContentsMargins(12, 0, 12, 6);
    m_status->hide();
    work->addWidget(m_status);

    m_tabs->setObjectName(QStringLiteral("compareTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(workspace, tr("Compare"));
    m_tabs->addTab(m_leaderboard, tr("Leaderboard"));
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({220, 900});
    setFocusProxy(m_setup);

    auto* runAction = new QAction(tr("Run the compare"), this);
    runAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    runAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(runAction, &QAction::triggered, this, &ComparePage::run);
    addAction(runAction);
    auto* escapeAction = new QAction(tr("Stop the compare"), this);
    escapeAction->setShortcut(Qt::Key_Escape);
    escapeAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(escapeAction, &QAction::triggered, this, &ComparePage::escape);
    addAction(escapeAction);

    connect(m_setup, &CompareSetup::runRequested, this, &ComparePage::run);
    connect(m_setup, &CompareSetup::stopRequested, m_active, &ActiveCompare::stopAll);
    connect(newCompare, &QPushButton::clicked, this, [this] {
        m_active->clear();
        m_setup->promptEdit()->clear();
        m_setup->setProblem({});
        m_recent->setCurrent(0);
        focusPrompt();
    });
    connect(m_active, &ActiveCompare::columnsReset, this,
            [this](const QList<Compare::ColumnResult>& columns) {
                m_board->reset(columns);
                m_board->setVisible(!columns.isEmpty());
                m_empty->setVisible(columns.isEmpty());
                updateColumnActions();
                updateVerdict();
            });
    connect(m_active, &ActiveCompare::runAttached, m_board, &CompareBoard::follow);
    connect(m_active, &ActiveCompare::runningChanged, this, [this](bool running) {
        m_setup->setRunning(running);
        updateColumnActions();
    });
    connect(m_active, &ActiveCompare::saved, m_recent, &RecentCompares::setCurrent);
    connect(m_active, &ActiveCompare::sessionChanged, this, [this] {
        const Storage::CompareSession& session = m_active->session();
        for (const Storage::CompareColumnRecord& record : session.columns)
            if (CompareColumnView* view = m_board->view(record.position))
                view->setBest(record.best);
        updateColumnActions();
        updateVerdict();
    });
    connect(m_active, &ActiveCompare::problem, this, &ComparePage::showProblem);

    connect(m_board, &CompareBoard::stopRequested, m_active, &ActiveCompare::stopColumn);
    connect(m_board, &CompareBoard::retryRequested, this, [this](int index) {
        m_setup->setProblem(m_active->retry(index));
        updateColumnActions();
    });
    connect(m_board, &CompareBoard::bestToggled, this, &ComparePage::onBestToggled);
    connect(m_board, &CompareBoard::continueRequested, this, &ComparePage::continueColumn);
    connect(m_tie, &QPushButton::clicked, this, &ComparePage::tieAll);
    connect(m_clearVerdict, &QPushButton::clicked, this, [this] { m_active->setVerdict({}); });

    connect(m_recent, &RecentCompares::openRequested, this, &ComparePage::openSaved);
    connect(m_recent, &RecentCompares::removeRequested, this, [this](qint64 id) {
        if (id == m_active->compareId())
            m_active->clear();
        m_library->remove(id);
    });
    connect(m_library, &CompareLibrary::sessionsRead, m_recent, &RecentCompares::setSessions);
    connect(m_library, &CompareLibrary::changed, m_library, &CompareLibrary::refreshSessions);
    connect(m_library, &CompareLibrary::problem, this, &ComparePage::showProblem);
    connect(m_leaderboard, &LeaderboardView::configChanged, this, &ComparePage::configChanged);

    connect(&profile, &Session::ProfileSession::aboutToReload, m_active, &ActiveCompare::dropRun);
    connect(&profile, &Session::ProfileSession::reloaded, this, [this] {
        m_setup->setChoices(m_profile.config(), m_profile.profile());
        m_active->rebuildRun();
        updateColumnActions();
    });

    m_setup->setChoices(profile.config(), profile.profile());
    m_board->hide();
    updateVerdict();
    m_library->refreshSessions();
    m_leaderboard->refresh();
}

ComparePage::~ComparePage() = default;

void ComparePage::showLeaderboard()
{
    m_tabs->setCurrentWidget(m_leaderboard);
}

void ComparePage::showCompare()
{
    m_tabs->setCurrentIndex(0);
}

void ComparePage::focusPrompt()
{
    showCompare();
    m_setup->promptEdit()->setFocus();
}

void ComparePage::run()
{
    if (m_active->isRunning())
        return;
    m_status->hide();
    m_setup->setProblem(m_active->start(m_setup->request()));
}

void ComparePage::escape()
{
    if (m_active->isRunning())
        m_active->stopAll();
    else
        focusPrompt();
}

void ComparePage::openSaved(qint64 compareId)
{
    if (compareId == m_active->compareId())
        return;
    m_library->open(compareId, [this](std::optional<Storage::CompareSession> session) {
        if (!session)
            return;
        m_setup->setProblem({});
        m_setup->setRequest(Compare::CompareRequest::fromSession(*session));
        m_active->open(*session);
        if (!m_active->retryProblem().isEmpty())
            showProblem(tr("Retry is not possible: %1").arg(m_active->retryProblem()));
        showCompare();
    });
}

void ComparePage::continueColumn(int index)
{
    const Storage::CompareSession& session = m_active->session();
    if (index < 0 || index >= session.columns.size() || !m_active->compareId())
        return;
    if (const qint64 known = session.columns.at(index).conversationId) {
        Q_EMIT openConversationRequested(known);
        return;
    }
    m_library->continueAsConversation(m_active->compareId(), index,
                                      [this](std::optional<qint64> id) {
                                          if (id)
                                              Q_EMIT openConversationRequested(*id);
                                      });
}

void ComparePage::onBestToggled()
{
    QList<int> best;
    for (CompareColumnView* view : m_board->views())
        if (view->isBest())
            best.append(view->index());
    m_active->setVerdict(best);
}

void ComparePage::tieAll()
{
    QList<int> best;
    for (CompareColumnView* view : m_board->views())
        if (view->result().answered())
            best.append(view->index());
    m_active->setVerdict(best);
}

void ComparePage::updateColumnActions()
{
    const bool saved = m_active->compareId() != 0;
    const bool running = m_active->isRunning();
    const bool canRetry = m_active->run() != nullptr;
    for (CompareColumnView* view : m_board->views()) {
        view->setVerdictEnabled(saved && !running);
        view->setContinueEnabled(saved && !running);
        view->setRetryAllowed(canRetry && !running);
    }
    int answered = 0;
    for (CompareColumnView* view : m_board->views())
        answered += view->result().answered() ? 1 : 0;
    m_tie->setEnabled(saved && !running && answered >= 2);
    m_clearVerdict->setEnabled(saved && !running && m_active->session().judgedAtMs.has_value());
}

void ComparePage::updateVerdict()
{
    const Storage::CompareSession& session = m_active->session();
    const bool shown = m_board->count() > 0;
    m_verdict->setVisible(shown);
    m_tie->setVisible(shown);
    m_clearVerdict->setVisible(shown);
    if (!shown)
        return;
    QStringList best;
    for (const Storage::CompareColumnRecord& record : session.columns)
        if (record.best)
            best.append(record.targetLabel());
    if (best.isEmpty())
        m_verdict->setText(m_active->compareId()
                               ? tr("No verdict yet: mark the best answer, or call it a tie.")
                               : tr("The verdict can be given once every column has ended."));
    else if (best.size() == 1)
        m_verdict->setText(tr("Verdict: %1 was best.").arg(best.first()));
    else
        m_verdict->setText(tr("Verdict: a tie between %1.").arg(best.join(tr(", "))));
    updateColumnActions();
}

void ComparePage::showProblem(const QString& text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

} // namespace Ui
