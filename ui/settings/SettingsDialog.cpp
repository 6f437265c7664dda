#include "SettingsDialog.h"

#include "BudgetsPage.h"
#include "GeneralPage.h"
#include "ProvidersPage.h"
#include "RoutesPage.h"
#include "config/ConfigStore.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Ui {

SettingsDialog::SettingsDialog(SettingsServices services, QWidget* parent)
    : QDialog(parent)
    , m_nav(new QListWidget)
    , m_pages(new QStackedWidget)
    , m_providers(new ProvidersPage(services))
    , m_routes(new RoutesPage(services))
    , m_budgets(new BudgetsPage(services))
    , m_general(new GeneralPage(services))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    setSizeGripEnabled(true);
    auto* layout = new QVBoxLayout(this);
    auto* columns = new QHBoxLayout;
    columns->setSpacing(14);

    m_nav->setObjectName(QStringLiteral("settingsNavigation"));
    m_nav->setAccessibleName(tr("Settings pages"));
    m_nav->setFixedWidth(150);
    m_nav->setSpacing(3);
    m_nav->setFrameShape(QFrame::NoFrame);
    m_nav->setStyleSheet(QStringLiteral("QListWidget { background: transparent; } "
                                        "QListWidget::item { padding: 6px 8px; }"));
    columns->addWidget(m_nav);

    const struct {
        QString title;
        QString heading;
        QWidget* page;
    } pages[] = {
        {tr("Providers"), tr("Providers, their keys and models"), m_providers},
        {tr("Routes"), tr("Routes: which models a chat tries, in what order"), m_routes},
        {tr("Budgets"), tr("Spending limits"), m_budgets},
        {tr("General"), tr("Appearance and language"), m_general},
    };
    for (const auto& page : pages) {
        m_nav->addItem(page.title);
        auto* wrapper = new QWidget;
        auto* wrapperLayout = new QVBoxLayout(wrapper);
        wrapperLayout->setContentsMargins(0, 0, 0, 0);
        auto* heading = new QLabel(page.heading);
        QFont font = heading->font();
        font.setPointSizeF(font.pointSizeF() * 1.25);
        font.setBold(true);
        heading->setFont(font);
        wrapperLayout->addWidget(heading);
        wrapperLayout->addSpacing(4);
        wrapperLayout->addWidget(page.page, 1);
        m_pages->addWidget(wrapper);
    }
    columns->addWidget(m_pages, 1);
    layout->addLayout(columns, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    connect(m_nav, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(&services.config, &Config::ConfigStore::changed, this, &SettingsDialog::configChanged);
    connect(m_providers, &ProvidersPage::providerAdded, this, &SettingsDialog::providerAdded);
    connect(m_general, &GeneralPage::preferencesChanged, this, &SettingsDialog::preferencesChanged);
    m_nav->setCurrentRow(0);
    resize(940, 680);
}

void SettingsDialog::showPage(Page page)
{
    m_nav->setCurrentRow(static_cast<int>(page));
}

SettingsDialog::Page SettingsDialog::currentPage() const
{
    return static_cast<Page>(m_nav->currentRow());
}

} // namespace Ui
