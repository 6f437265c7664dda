#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace Session {
class ProfileSession;
}

namespace Ui {

class CompareLibrary;
class LeaderboardModel;

/// The user's own leaderboard of judged compares (read off the GUI thread by CompareLibrary),
/// sortable, with "Create route from leaderboard": a route named by the user, best first and
/// the cheapest as fallback (Compare::routeFromLeaderboard), added to config.json.
class LeaderboardView final : public QWidget {
    Q_OBJECT

public:
    LeaderboardView(Session::ProfileSession& profile, CompareLibrary& library,
                    QWidget* parent = nullptr);

    LeaderboardModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QLineEdit* routeNameField() const { return m_routeName; }
    QPushButton* createRouteButton() const { return m_createRoute; }
    QLabel* statusLabel() const { return m_status; }

    void refresh();

Q_SIGNALS:
    /// The leaderboard was read again (rows are in model()).
    void refreshed();
    /// config.json now holds a new route: reload the profile.
    void configChanged();

private:
    void createRoute();
    void updateButtons();

    Session::ProfileSession& m_profile;
    CompareLibrary& m_library;
    LeaderboardModel* m_model;
    QTableView* m_table;
    QLabel* m_empty;
    QLineEdit* m_routeName;
    QPushButton* m_createRoute;
    QLabel* m_status;
};

} // namespace Ui
