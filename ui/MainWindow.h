#pragma once

#include <QMainWindow>

class QLabel;
class QSettings;
class QSplitter;
class QStackedWidget;

namespace Session {
class ProfileSession;
}
namespace Storage {
class HistoryWorker;
}

namespace Ui {

class ChatPage;
class ChatSession;
class ConversationLibrary;
class ConversationPanel;
class WelcomePage;

/// The main window: assembles the conversation list, the chat page and the welcome page, the
/// menus and the shortcuts, and connects them to the chat session and the conversation library.
/// It holds no view's logic itself. Window state, splitter sizes and the last route or model are
/// kept in `uiState` (QSettings: window state only).
class MainWindow final : public QMainWindow {
    Q_OBJECT

public:
    MainWindow(Session::ProfileSession& profile, Storage::HistoryWorker& history,
               QSettings& uiState, QWidget* parent = nullptr);
    ~MainWindow() override;

    bool showsWelcome() const;
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
    /// Settings… (Ctrl+,) was chosen; whoever owns the settings pages opens them.
    void settingsRequested();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    void applyConfiguration();
    void restoreUiState();
    void requestSettings();
    void showAbout();
    void openProfileFolder();
    void updateTitle();

    Session::ProfileSession& m_profile;
    Storage::HistoryWorker& m_history;
    QSettings& m_uiState;
    ChatSession* m_session;
    ConversationLibrary* m_library;
    QStackedWidget* m_pages;
    WelcomePage* m_welcome;
    QSplitter* m_splitter;
    ConversationPanel* m_panel;
    ChatPage* m_chat;
    QLabel* m_problem;
    bool m_reloadPending = false;
};

} // namespace Ui
