#pragma once

#include "settings/SettingsServices.h"
#include "storage/ConnectionSettings.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QActionGroup;
class QLabel;
class QToolBar;
class QSettings;
class QSplitter;
class QStackedWidget;

namespace Config {
struct Preferences;
}
namespace Session {
class GatewayController;
class ProfileSession;
} // namespace Session
namespace Storage {
class HistoryWorker;
}

namespace Ui {

class BudgetNotifier;
class ChatPage;
class ChatSession;
class ConversationLibrary;
class ConversationPanel;
class ComparePage;
class DashboardView;
class GatewayDialog;
class SettingsDialog;
class WelcomeFlow;

/// The main window: assembles the views — the chat (conversation list and chat page), the
/// side-by-side compare, the dashboard, and the first-run welcome flow while no provider is
/// configured — with a rail to switch between them, the menus and the shortcuts, and the settings
/// window; it connects them to the chat session, the conversation library and the profile. It holds
/// no view's logic itself. Window state, splitter sizes, the last view and the last route or model
/// are kept in `uiState` (QSettings: window state only).
class MainWindow final : public QMainWindow {
    Q_OBJECT

public:
    enum class View { Chat, Compare, Dashboard };

    MainWindow(Session::ProfileSession& profile, Storage::HistoryWorker& history,
               SettingsServices settings, Session::GatewayController& gateway, QSettings& uiState,
               QWidget* parent = nullptr);
    ~MainWindow() override;

    bool showsWelcome() const;
    View currentView() const { return m_view; }
    /// Shows `view` (once a provider is configured; until then the welcome flow stays).
    void showView(View view);
    /// The settings window once opened (Settings…, Ctrl+,), else null.
    SettingsDialog* settingsDialog() const;
    /// The local gateway's window once opened (Local Gateway…, or the status bar), else null.
    GatewayDialog* gatewayDialog() const;
    WelcomeFlow* welcomeFlow() const { return m_welcome; }
    /// Null until the dashboard is first shown (it is built then, not at start-up).
    DashboardView* dashboard() const { return m_dashboard; }
    /// Null until the compare view is first shown.
    ComparePage* comparePage() const { return m_compare; }
    ChatSession& session() const { return *m_session; }
    ConversationLibrary& library() const { return *m_library; }
    ChatPage* chatPage() const { return m_chat; }
    ConversationPanel* conversationPanel() const { return m_panel; }

public Q_SLOTS:
    /// Re-reads config.json and rebuilds the services over it (router, catalog, ledger), then
    /// shows the welcome page or the chat. While an answer streams, this waits for it to end.
    void reloadConfig();
    void saveUiState();

Q_SIGNALS:
    /// Theme, text size or language changed in the settings; the app's main applies them.
    void preferencesChanged(const Config::Preferences& preferences);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    void applyConfiguration();
    void restoreUiState();
    void buildRail();
    void requestSettings();
    void showGateway();
    void showCurrentPage();
    QAction* actionFor(View view) const;
    void showAbout();
    void openProfileFolder();
    void updateTitle();

    Session::ProfileSession& m_profile;
    Storage::HistoryWorker& m_history;
    SettingsServices m_settings;
    QSettings& m_uiState;
    ChatSession* m_session;
    ConversationLibrary* m_library;
    QStackedWidget* m_pages;
    WelcomeFlow* m_welcome;
    DashboardView* m_dashboard = nullptr;
    Storage::ConnectionSettings m_dashboardLedger; ///< what m_dashboard reads
    ComparePage* m_compare = nullptr;
    BudgetNotifier* m_budgetNotifier;
    QPointer<SettingsDialog> m_settingsDialog;
    Session::GatewayController& m_gateway;
    QPointer<GatewayDialog> m_gatewayDialog;
    QToolBar* m_rail = nullptr;
    QActionGroup* m_views = nullptr;
    QAction* m_chatView = nullptr;
    QAction* m_compareView = nullptr;
    QAction* m_dashboardView = nullptr;
    View m_view = View::Chat;
    /// The welcome flow runs until its last step's button, even once config.json has a provider.
    bool m_welcoming = false;
    bool m_welcomeSaved = false; ///< the welcome flow saved its provider; its last step is open
    QSplitter* m_splitter;
    ConversationPanel* m_panel;
    ChatPage* m_chat;
    QLabel* m_problem;
    bool m_reloadPending = false;
};

} // namespace Ui
