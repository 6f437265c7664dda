#include "ProvidersPage.h"

#include "InlineMessage.h"
#include "ProviderDetails.h"
#include "SubtitleDelegate.h"
#include "config/ConfigStore.h"
#include "providers/ProviderPresets.h"
#include "welcome/AddProviderDialog.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Ui {

ProvidersPage::ProvidersPage(SettingsServices services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_list(new QListWidget)
    , m_add(new QPushButton(tr("&Add Provider…")))
    , m_stack(new QStackedWidget)
    , m_empty(new QWidget)
    , m_details(new ProviderDetails(services))
    , m_message(new InlineMessage)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_message->setObjectName(QStringLiteral("providersMessage"));
    layout->addWidget(m_message);

    auto* columns = new QHBoxLayout;
    auto* left = new QVBoxLayout;
    auto* listLabel = new QLabel(tr("&Providers"));
    listLabel->setBuddy(m_list);
    left->addWidget(listLabel);
    m_list->setObjectName(QStringLiteral("providerList"));
    m_list->setAccessibleName(tr("Configured providers"));
    m_list->setMinimumWidth(190);
    m_list->setMaximumWidth(260);
    m_list->setItemDelegate(new SubtitleDelegate(SubtitleDelegate::Layout::TwoLines, m_list));
    left->addWidget(m_list, 1);
    m_add->setObjectName(QStringLiteral("addProviderButton"));
    left->addWidget(m_add);
    columns->addLayout(left);

    auto* emptyLayout = new QVBoxLayout(m_empty);
    auto* emptyText = new QLabel(tr("No provider is configured yet. Add one from the list of "
                                    "known services, or a server running on this computer."));
    emptyText->setWordWrap(true);
    emptyText->setAlignment(Qt::AlignCenter);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(emptyText);
    emptyLayout->addStretch(2);
    m_stack->addWidget(m_empty);

    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_details);
    m_stack->addWidget(scroll);
    columns->addWidget(m_stack, 1);
    layout->addLayout(columns, 1);

    connect(m_list, &QListWidget::currentRowChanged, this, &ProvidersPage::showSelected);
    connect(m_add, &QPushButton::clicked, this, &ProvidersPage::openAddDialog);
    connect(&m_services.config, &Config::ConfigStore::changed, this, &ProvidersPage::reload);
    connect(m_details, &ProviderDetails::removed, this,
            [this](const QString& name, const QString& summary) {
                m_message->showMessage(InlineMessage::Kind::Info, summary);
                Q_EMIT providerRemoved(name);
            });
    reload();
}

void ProvidersPage::reload()
{
    const QString selected = selectedProvider();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    int row = 0;
    for (const Providers::ProviderConfig& provider : m_services.config.config().providers) {
        const Providers::ProviderPreset* preset = Providers::findPreset(provider.preset);
        const QString where = Providers::isLoopback(provider.baseUrl) ? provider.baseUrl.authority()
                                                                      : provider.baseUrl.host();
        const QString service =
            preset ? QStringLiteral("%1 · %2").arg(preset->displayName, where) : where;
        auto* item = new QListWidgetItem(provider.name, m_list);
        item->setData(SubtitleDelegate::SubtitleRole, service);
        item->setData(Qt::UserRole, provider.name);
        item->setData(Qt::AccessibleTextRole, tr("%1, %2").arg(provider.name, service));
        item->setToolTip(provider.baseUrl.toString());
        if (provider.name == selected)
            row = m_list->count() - 1;
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(row);
    showSelected();
}

QString ProvidersPage::selectedProvider() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void ProvidersPage::selectProvider(const QString& name)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toString() == name) {
            m_list->setCurrentRow(row);
            return;
        }
    }
}

void ProvidersPage::showSelected()
{
    const Providers::ProviderConfig* provider =
        m_services.config.config().findProvider(selectedProvider());
    if (!provider) {
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    m_details->setProvider(*provider);
    m_stack->setCurrentIndex(1);
}

void ProvidersPage::openAddDialog()
{
    auto* dialog = new AddProviderDialog(m_services, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AddProviderDialog::providerAdded, this, [this](const QString& name) {
        m_message->clear();
        selectProvider(name);
        Q_EMIT providerAdded(name);
    });
    dialog->open();
}

} // namespace Ui
