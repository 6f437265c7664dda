#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;

namespace Session {
class ProfileSession;
}
namespace Storage {
class HistoryWorker;
}

namespace Ui {

class ActiveCompare;
class CompareBoard;
class CompareLibrary;
class CompareSetup;
class LeaderboardView;
class RecentCompares;

/// Compare, as a page of the main window: the saved compares on the left; on the right the
/// prompt and targets above 2 to 6 columns streaming side by side, with the verdict, and the
/// leaderboard in a second tab. Everything stored goes through the history worker (never SQL on
/// this thread). Ctrl+Enter runs the compare, Escape stops it.
class ComparePage final : public QWidget {
    Q_OBJECT

public:
    ComparePage(Session::ProfileSession& profile, Storage::HistoryWorker& history,
                QWidget* parent = nullptr);
    ~ComparePage() override;

    CompareSetup* setup() const { return m_setup; }
    CompareBoard* board() const { return m_board; }
    LeaderboardView* leaderboard() const { return m_leaderboard; }
    RecentCompares* recent() const { return m_recent; }
    ActiveCompare& active() const { return *m_active; }
    QTabWidget* tabs() const { return m_tabs; }
    QLabel* verdictLabel() const { return m_verdict; }
    QPushButton* tieButton() const { return m_tie; }
    QLabel* statusLabel() const { return m_status; }

    void showLeaderboard();
    void showCompare();
    void focusPrompt();

Q_SIGNALS:
    /// "Continue in chat": the conversation made from a column; the window opens it in the chat.
    void openConversationRequested(qint64 conversationId);
    /// config.json changed (a route was created from the leaderboard): reload the profile.
    void configChanged();

private:
    void run();
    void escape();
    void openSaved(qint64 compareId);
    void continueColumn(int index);
    void onBestToggled();
    void tieAll();
    void updateColumnActions();
    void updateVerdict();
    void showProblem(const QString& text);

    Session::ProfileSession& m_profile;
    CompareLibrary* m_library;
    ActiveCompare* m_active;
    CompareSetup* m_setup;
    CompareBoard* m_board;
    QLabel* m_empty;
    QLabel* m_verdict;
    QPushButton* m_tie;
    QPushButton* m_clearVerdict;
    QLabel* m_status;
    RecentCompares* m_recent;
    LeaderboardView* m_leaderboard;
    QTabWidget* m_tabs;
};

} // namespace Ui
