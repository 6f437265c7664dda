#include "MainWindow.h"

#include "AboutDialog.h"
#include "BudgetNotifier.h"
#include "chat/ChatPage.h"
#include "chat/ChatSession.h"
#include "chat/Composer.h"
#include "chat/ConversationLibrary.h"
#include "chat/ConversationPanel.h"
#include "chat/TranscriptView.h"
#include "compare/ComparePage.h"
#include "config/ConfigStore.h"
#include "dashboard/DashboardView.h"
#include "gateway/GatewayDialog.h"
#include "gateway/GatewayStatusButton.h"
#include "session/GatewayController.h"
#include "session/ProfileServices.h"
#include "session/ProfileSession.h"
#include "settings/SettingsDialog.h"
#include "welcome/WelcomeFlow.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QLabel>
#include <QMenuBar>
#include <QMetaMethod>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>

namespace Ui {
namespace {

const QString kGeometry = QStringLiteral("mainWindow/geometry");
const QString kState = QStringLiteral("mainWindow/state");
const QString kSplitter = QStringLiteral("mainWindow/splitter");
const QString kTarget = QStringLiteral("chat/lastTarget");
const QString kView = QStringLiteral("mainWindow/view");

} // namespace

MainWindow::MainWindow(Session::ProfileSession& profile, Storage::HistoryWorker& history,
                       SettingsServices settings, Session::GatewayController& gateway,
                       QSettings& uiState, QWidget* parent)
    : QMainWindow(parent)
    , m_profile(profile)
    , m_history(history)
    , m_settings(settings)
    , m_uiState(uiState)
    , m_session(new ChatSession(profile, history, this))
    , m_library(new ConversationLibrary(history, this))
    , m_pages(new QStackedWidget)
    , m_welcome(new WelcomeFlow(settings))
    , m_budgetNotifier(new BudgetNotifier(profile.ledger(), profile.config().budgets, this))
    , m_gateway(gateway)
    , m_splitter(new QSplitter(Qt::Horizontal))
    , m_panel(new ConversationPanel(*m_library))
    , m_chat(new ChatPage(*m_session))
    , m_problem(new QLabel)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Switchboard"));

    m_problem->setObjectName(QStringLiteral("configProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setVisible(false);
    m_problem->setMargin(8);
    m_problem->setAutoFillBackground(true);
    QPalette warning = m_problem->palette();
    warning.setColor(QPalette::Window, QColor(0xb3, 0x26, 0x1e));
    warning.setColor(QPalette::WindowText, QColor(0xff, 0xff, 0xff));
    m_problem->setPalette(warning);

    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_panel);
    m_splitter->addWidget(m_chat);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({260, 900});
    m_splitter->setHandleWidth(1);
    m_splitter->handle(1)->setBackgroundRole(QPalette::Mid); // a hairline between list and chat
    m_splitter->handle(1)->setAutoFillBackground(true);
    m_pages->addWidget(m_welcome);
    m_pages->addWidget(m_splitter);

    auto* central = new QWidget;
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_problem);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    // Every edit of config.json made here (settings, the welcome flow) or read again (Reload)
    // rebuilds the services over it.
    connect(&m_settings.config, &Config::ConfigStore::changed, this, [this](const QObject* source) {
        const auto* editor = qobject_cast<const QWidget*>(source);
        if (editor && (editor == m_welcome || m_welcome->isAncestorOf(editor)))
            m_welcomeSaved = true; // its last step follows: the flow stays until its button
        if (m_session->isBusy()) {
            m_reloadPending = true; // the answer streaming now finishes on the old router first
            return;
        }
        m_profile.reload(); // reloaded() applies it here
    });
    connect(m_welcome, &WelcomeFlow::finished, this, [this] {
        m_welcoming = false;
        m_welcomeSaved = false;
        showView(View::Chat);
        m_chat->focusComposer();
    });

    connect(m_panel, &ConversationPanel::newChatRequested, m_session, &ChatSession::startNew);
    connect(m_panel, &ConversationPanel::conversationActivated, m_session, &ChatSession::open);
    connect(m_panel, &ConversationPanel::hitActivated, this,
            [this](qint64 conversationId, qint64) { m_session->open(conversationId); });
    connect(m_panel, &ConversationPanel::leaveRequested, m_chat, &ChatPage::focusComposer);
    connect(m_session, &ChatSession::conversationReset, this, [this] {
        m_panel->setCurrentConversation(m_session->conversationId());
        updateTitle();
        m_chat->focusComposer();
    });
    connect(m_session, &ChatSession::conversationSaved, this, [this](qint64 id) {
        if (id == m_session->conversationId())
            m_panel->setCurrentConversation(id);
        m_library->refresh();
        updateTitle();
    });
    connect(m_library, &ConversationLibrary::removed, this, [this](qint64 id) {
        if (id == m_session->conversationId())
            m_session->startNew();
    });
    connect(m_library, &ConversationLibrary::refreshed, this, &MainWindow::updateTitle);
    connect(m_library, &ConversationLibrary::problem, this, [this](const QString& text) {
        m_chat->transcript()->setBanner(tr("The conversation list cannot be read: %1").arg(text));
    });
    connect(m_session, &ChatSession::busyChanged, this, [this](bool busy) {
        if (!busy && m_reloadPending) {
            m_reloadPending = false;
            m_profile.reload();
        }
    });
    connect(m_chat, &ChatPage::settingsRequested, this, &MainWindow::requestSettings);
    connect(m_chat, &ChatPage::targetChosen, this,
            [this](const QString& target) { m_uiState.setValue(kTarget, target); });
    connect(&m_profile, &Session::ProfileSession::aboutToReload, m_session, &ChatSession::dropRun);
    // Whoever reloads the profile (this window, the settings pages), the window shows the result.
    connect(&m_profile, &Session::ProfileSession::reloaded, this, &MainWindow::applyConfiguration);

    buildRail();
    buildMenus();
    auto* gatewayStatus = new GatewayStatusButton(m_gateway);
    statusBar()->addPermanentWidget(gatewayStatus);
    statusBar()->setSizeGripEnabled(false);
    connect(gatewayStatus, &GatewayStatusButton::clicked, this, &MainWindow::showGateway);
    // 80% and 100% of a budget: said in the chat and the status bar once per month or day.
    connect(m_session, &ChatSession::answerFinished, m_budgetNotifier, &BudgetNotifier::check);
    connect(&m_gateway, &Session::GatewayController::requestCountChanged, m_budgetNotifier,
            &BudgetNotifier::check);
    connect(m_budgetNotifier, &BudgetNotifier::crossed, this, [this](const QString& text) {
        m_chat->transcript()->setBanner(text);
        statusBar()->showMessage(text, 60'000);
    });
    resize(1100, 720);
    restoreUiState();
    applyConfiguration();
    m_session->startNew();
    m_library->refresh();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    const auto action = [this](QMenu* menu, const QString& text, const QString& name,
                               const QList<QKeySequence>& keys, auto slot) {
        QAction* a = menu->addAction(text);
        a->setObjectName(name);
        a->setShortcuts(keys);
        a->setShortcutContext(Qt::WindowShortcut);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    QMenu* file = menuBar()->addMenu(tr("&File"));
    action(file, tr("&New Chat"), QStringLiteral("newChatAction"), {QKeySequence::New}, [this] {
        m_session->startNew();
        m_chat->focusComposer();
    });
    file->addSeparator();
    action(file, tr("&Settings…"), QStringLiteral("settingsAction"),
           {QKeySequence(Qt::CTRL | Qt::Key_Comma)}, [this] { requestSettings(); });
    action(file, tr("Local &Gateway…"), QStringLiteral("gatewayAction"),
           {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G)}, [this] { showGateway(); });
    action(file, tr("&Reload Configuration"), QStringLiteral("reloadAction"),
           {QKeySequence::Refresh}, [this] { reloadConfig(); });
    action(file, tr("Open &Profile Folder"), QStringLiteral("profileFolderAction"), {},
           [this] { openProfileFolder(); });
    file->addSeparator();
    action(file, tr("&Quit"), QStringLiteral("quitAction"), {QKeySequence::Quit},
           [] { QApplication::quit(); });

    QMenu* views = menuBar()->addMenu(tr("&View"));
    views->addActions(m_views->actions());

    QMenu* chat = menuBar()->addMenu(tr("&Chat"));
    action(chat, tr("&Find in Conversations"), QStringLiteral("findAction"),
           {QKeySequence::Find, QKeySequence(Qt::CTRL | Qt::Key_K)},
           [this] { m_panel->focusSearch(); });
    action(chat, tr("Go to the &Message Field"), QStringLiteral("focusComposerAction"),
           {QKeySequence(Qt::CTRL | Qt::Key_L)}, [this] { m_chat->focusComposer(); });
    action(chat, tr("&Stop the Answer"), QStringLiteral("stopAction"),
           {QKeySequence(Qt::CTRL | Qt::Key_Period)}, [this] { m_session->stop(); });
    action(chat, tr("&Regenerate the Answer"), QStringLiteral("regenerateAction"),
           {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)}, [this] { m_session->regenerate(); });
    chat->addSeparator();
    action(chat, tr("&Next Conversation"), QStringLiteral("nextConversationAction"),
           {QKeySequence(Qt::CTRL | Qt::Key_Tab), QKeySequence(Qt::CTRL | Qt::Key_PageDown)},
           [this] { m_panel->activateNeighbour(1); });
    action(chat, tr("&Previous Conversation"), QStringLiteral("previousConversationAction"),
           {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab),
            QKeySequence(Qt::CTRL | Qt::Key_PageUp)},
           [this] { m_panel->activateNeighbour(-1); });
    action(chat, tr("Rena&me Conversation"), QStringLiteral("renameAction"), {}, [this] {
        m_panel->setCurrentConversation(m_session->conversationId());
        m_panel->renameCurrent();
    });
    action(chat, tr("&Pin or Unpin Conversation"), QStringLiteral("pinAction"), {}, [this] {
        m_panel->setCurrentConversation(m_session->conversationId());
        m_panel->togglePinCurrent();
    });
    action(chat, tr("&Delete Conversation…"), QStringLiteral("deleteAction"), {}, [this] {
        if (m_session->conversationId() != 0)
            m_panel->confirmDelete(m_session->conversationId());
    });

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Switchboard"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::reloadConfig()
{
    m_settings.config.reload(); // its changed() reloads the profile
}

void MainWindow::buildRail()
{
    m_rail = new QToolBar(tr("Views"), this);
    m_rail->setObjectName(QStringLiteral("viewRail"));
    m_rail->setMovable(false);
    m_rail->setFloatable(false);
    m_rail->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_rail->toggleViewAction()->setVisible(false);
    addToolBar(Qt::LeftToolBarArea, m_rail);
    m_views = new QActionGroup(this);
    const auto view = [this](const QString& text, const QString& name, Qt::Key key, View which) {
        QAction* a = m_rail->addAction(text);
        a->setObjectName(name);
        a->setCheckable(true);
        a->setShortcut(QKeySequence(Qt::CTRL | key));
        a->setToolTip(tr("%1 (%2)").arg(QString(text).remove(u'&'),
                                        a->shortcut().toString(QKeySequence::NativeText)));
        m_views->addAction(a);
        connect(a, &QAction::triggered, this, [this, which] { showView(which); });
        return a;
    };
    m_chatView = view(tr("&Chat"), QStringLiteral("chatViewAction"), Qt::Key_1, View::Chat);
    m_compareView =
        view(tr("C&ompare"), QStringLiteral("compareViewAction"), Qt::Key_2, View::Compare);
    m_dashboardView =
        view(tr("&Dashboard"), QStringLiteral("dashboardViewAction"), Qt::Key_3, View::Dashboard);
    m_chatView->setChecked(true);
    for (QAction* action : m_views->actions())
        m_rail->widgetForAction(action)->setFocusPolicy(Qt::TabFocus);
}

QAction* MainWindow::actionFor(View view) const
{
    switch (view) {
    case View::Compare:
        return m_compareView;
    case View::Dashboard:
        return m_dashboardView;
    case View::Chat:
        break;
    }
    return m_chatView;
}

void MainWindow::showView(View view)
{
    m_view = view;
    actionFor(view)->setChecked(true);
    m_uiState.setValue(kView, actionFor(view)->objectName());
    showCurrentPage();
}

void MainWindow::showCurrentPage()
{
    if (m_welcoming) {
        m_rail->setVisible(false);
        m_pages->setCurrentWidget(m_welcome);
        return;
    }
    m_rail->setVisible(true);
    if (m_view == View::Dashboard) {
        if (!m_dashboard) {
            // Built on first use: the statistics thread and the charts cost nothing at start-up.
            m_dashboard = new DashboardView(m_profile.ledger(), m_profile.config().budgets);
            m_dashboardLedger = m_profile.ledger();
            m_pages->addWidget(m_dashboard);
        }
        m_pages->setCurrentWidget(m_dashboard);
        return;
    }
    if (m_view == View::Compare) {
        if (!m_compare) {
            m_compare = new ComparePage(m_profile, m_history);
            connect(m_compare, &ComparePage::configChanged, this, &MainWindow::reloadConfig);
            connect(m_compare, &ComparePage::openConversationRequested, this, [this](qint64 id) {
                m_library->refresh(); // the conversation was just made on the history thread
                showView(View::Chat);
                m_session->open(id);
            });
            m_pages->addWidget(m_compare);
        }
        m_pages->setCurrentWidget(m_compare);
        m_compare->focusPrompt();
        return;
    }
    m_pages->setCurrentWidget(m_splitter);
}

void MainWindow::applyConfiguration()
{
    QStringList problems = m_profile.configErrors();
    problems += m_profile.services().warnings();
    m_problem->setText(problems.join(u'\n'));
    m_problem->setVisible(!problems.isEmpty());
    if (m_session->target().isEmpty())
        m_session->setTarget(m_uiState.value(kTarget).toString());
    m_chat->setConfiguration(m_profile.config(), m_profile.profile());
    if (m_dashboard && m_dashboardLedger != m_profile.ledger()) {
        // The profile now reads another ledger (a shared server, its password found): the next
        // showing builds the dashboard over it.
        m_pages->removeWidget(m_dashboard);
        m_dashboard->deleteLater();
        m_dashboard = nullptr;
    }
    if (m_dashboard)
        m_dashboard->setBudgets(m_profile.config().budgets);
    m_budgetNotifier->setLedger(m_profile.ledger());
    m_budgetNotifier->setBudgets(m_profile.config().budgets);
    if (m_profile.config().providers.isEmpty() && m_profile.configErrors().isEmpty())
        m_welcoming = true;
    else if (!m_welcomeSaved)
        m_welcoming = false; // a provider came from elsewhere (the CLI, a hand edit)
    showCurrentPage();
}

bool MainWindow::showsWelcome() const
{
    return m_pages->currentWidget() == m_welcome;
}

GatewayDialog* MainWindow::gatewayDialog() const
{
    return m_gatewayDialog.data();
}

void MainWindow::showGateway()
{
    if (!m_gatewayDialog)
        m_gatewayDialog = new GatewayDialog(m_gateway, this);
    m_gatewayDialog->show();
    m_gatewayDialog->raise();
    m_gatewayDialog->activateWindow();
}

SettingsDialog* MainWindow::settingsDialog() const
{
    return m_settingsDialog.data();
}

void MainWindow::requestSettings()
{
    if (!m_settingsDialog) {
        m_settingsDialog = new SettingsDialog(m_settings, this);
        connect(m_settingsDialog, &SettingsDialog::preferencesChanged, this,
                &MainWindow::preferencesChanged);
    }
    m_settingsDialog->show();
    m_settingsDialog->raise();
    m_settingsDialog->activateWindow();
}

void MainWindow::updateTitle()
{
    const QString title = m_session->conversation().title;
    setWindowTitle(title.isEmpty() ? tr("Switchboard") : tr("%1 — Switchboard").arg(title));
}

void MainWindow::restoreUiState()
{
    restoreGeometry(m_uiState.value(kGeometry).toByteArray());
    restoreState(m_uiState.value(kState).toByteArray());
    m_splitter->restoreState(m_uiState.value(kSplitter).toByteArray());
    m_session->setTarget(m_uiState.value(kTarget).toString());
    const QString view = m_uiState.value(kView).toString();
    for (View candidate : {View::Chat, View::Compare, View::Dashboard}) {
        if (actionFor(candidate)->objectName() == view)
            m_view = candidate;
    }
    actionFor(m_view)->setChecked(true);
}

void MainWindow::saveUiState()
{
    m_uiState.setValue(kGeometry, saveGeometry());
    m_uiState.setValue(kState, saveState());
    m_uiState.setValue(kSplitter, m_splitter->saveState());
    if (!m_session->target().isEmpty())
        m_uiState.setValue(kTarget, m_session->target());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveUiState();
    QMainWindow::closeEvent(event);
}

void MainWindow::showAbout()
{
    auto* dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::openProfileFolder()
{
    if (const QString error = m_profile.profile().ensureExists(); !error.isEmpty()) {
        m_chat->transcript()->setBanner(error);
        return;
    }
    QDesktopServices::openUrl(QUrl::fromLocalFile(m_profile.profile().directory()));
}

} // namespace Ui
