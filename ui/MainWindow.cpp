#include "MainWindow.h"

#include "AboutDialog.h"
#include "WelcomePage.h"
#include "config/ConfigFile.h"
#include "providers/ProviderConfig.h"

#include <QApplication>
#include <QDesktopServices>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUrl>
#include <QVBoxLayout>

namespace Ui {

MainWindow::MainWindow(Config::Profile profile, QWidget* parent)
    : QMainWindow(parent)
    , m_profile(std::move(profile))
    , m_pages(new QStackedWidget(this))
    , m_welcome(new WelcomePage)
    , m_overview(new QWidget)
    , m_providerList(new QListWidget)
    , m_problem(new QLabel)
{
    setWindowTitle(tr("Switchboard"));
    setObjectName(QStringLiteral("mainWindow"));

    auto* overviewLayout = new QVBoxLayout(m_overview);
    auto* overviewTitle = new QLabel(tr("<h2>Providers</h2>"));
    overviewLayout->addWidget(overviewTitle);
    m_providerList->setObjectName(QStringLiteral("providerList"));
    overviewLayout->addWidget(m_providerList);

    m_problem->setObjectName(QStringLiteral("configProblem"));
    m_problem->setWordWrap(true);
    m_problem->setVisible(false);
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: palette(bright-text); "
                                            "background: #b3261e; padding: 8px; }"));

    auto* central = new QWidget;
    auto* centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->addWidget(m_problem);
    centralLayout->addWidget(m_pages, 1);
    m_pages->addWidget(m_welcome);
    m_pages->addWidget(m_overview);
    setCentralWidget(central);

    m_welcome->setConfigPath(m_profile.configPath());
    connect(m_welcome, &WelcomePage::reloadRequested, this, &MainWindow::reloadConfig);
    connect(m_welcome, &WelcomePage::openProfileFolderRequested, this,
            &MainWindow::openProfileFolder);

    buildMenus();
    statusBar()->showMessage(tr("Profile: %1").arg(m_profile.directory()));
    resize(900, 640);
    reloadConfig();
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* reload = file->addAction(tr("&Reload Configuration"), this, &MainWindow::reloadConfig);
    reload->setShortcut(QKeySequence::Refresh);
    file->addAction(tr("Open &Profile Folder"), this, &MainWindow::openProfileFolder);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Switchboard"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::reloadConfig()
{
    const Config::LoadResult result = Config::ConfigFile(m_profile.configPath()).load();
    m_problem->setVisible(!result.ok());
    m_problem->setText(result.errors.join(u'\n'));

    m_providerList->clear();
    for (const Providers::ProviderConfig& provider : result.config.providers) {
        m_providerList->addItem(tr("%1 — %2, %3")
                                    .arg(provider.name, Providers::kindName(provider.kind),
                                         provider.baseUrl.toString()));
    }
    m_pages->setCurrentWidget(result.config.providers.isEmpty() ? static_cast<QWidget*>(m_welcome)
                                                                : m_overview);
}

bool MainWindow::showsWelcome() const
{
    return m_pages->currentWidget() == m_welcome;
}

void MainWindow::showAbout()
{
    auto* dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::openProfileFolder()
{
    if (const QString error = m_profile.ensureExists(); !error.isEmpty()) {
        statusBar()->showMessage(error);
        return;
    }
    QDesktopServices::openUrl(QUrl::fromLocalFile(m_profile.directory()));
}

} // namespace Ui
