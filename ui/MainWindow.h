#pragma once

#include "config/Profile.h"

#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace Ui {

class WelcomePage;

/// The main window: assembles the pages and the menus; holds no page's logic itself.
class MainWindow final : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(Config::Profile profile, QWidget* parent = nullptr);

    /// Re-reads config.json and shows the welcome page or the provider overview.
    void reloadConfig();
    bool showsWelcome() const;

private:
    void buildMenus();
    void showAbout();
    void openProfileFolder();

    Config::Profile m_profile;
    QStackedWidget* m_pages;
    WelcomePage* m_welcome;
    QWidget* m_overview;
    QListWidget* m_providerList;
    QLabel* m_problem;
};

} // namespace Ui
