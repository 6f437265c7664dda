#include "PresetStep.h"

#include "providers/ProviderPresets.h"
#include "settings/SubtitleDelegate.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Ui {
namespace {

QString portList(const QList<Providers::LocalServerDetector::Candidate>& candidates)
{
    QStringList ports;
    for (const Providers::LocalServerDetector::Candidate& candidate : candidates) {
        const Providers::ProviderPreset* preset = Providers::findPreset(candidate.presetId);
        QString name = preset ? preset->displayName : candidate.presetId;
        name.remove(QStringLiteral(" (local)"));
        ports.append(QStringLiteral("%1 %2").arg(name).arg(candidate.baseUrl.port()));
    }
    return ports.join(QStringLiteral(", "));
}

} // namespace

PresetStep::PresetStep(QNetworkAccessManager& network,
                       QList<Providers::LocalServerDetector::Candidate> localCandidates,
                       QWidget* parent)
    : QWidget(parent)
    , m_network(network)
    , m_candidates(std::move(localCandidates))
    , m_localStatus(new QLabel)
    , m_localList(new QVBoxLayout)
    , m_lookAgain(new QPushButton(tr("&Look Again")))
    , m_presets(new QListWidget)
    , m_continue(new QPushButton(tr("&Continue")))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* localHeading = new QLabel(tr("On this computer"));
    QFont headingFont = localHeading->font();
    headingFont.setBold(true);
    localHeading->setFont(headingFont);
    layout->addWidget(localHeading);
    auto* localRow = new QHBoxLayout;
    m_localStatus->setObjectName(QStringLiteral("localServerStatus"));
    m_localStatus->setWordWrap(true);
    localRow->addWidget(m_localStatus, 1);
    m_lookAgain->setObjectName(QStringLiteral("lookAgain"));
    localRow->addWidget(m_lookAgain);
    layout->addLayout(localRow);
    m_localList->setSpacing(4);
    layout->addLayout(m_localList);
    layout->addSpacing(8);

    auto* servicesHeading =
        new QLabel(tr("Or a &service — you need an API key; the next step links to its page"));
    servicesHeading->setFont(headingFont);
    servicesHeading->setBuddy(m_presets);
    layout->addWidget(servicesHeading);
    m_presets->setObjectName(QStringLiteral("presetList"));
    m_presets->setAccessibleName(tr("Services"));
    m_presets->setItemDelegate(new SubtitleDelegate(SubtitleDelegate::Layout::SameLine, m_presets));
    for (const Providers::ProviderPreset& preset : Providers::providerPresets()) {
        QString detail =
            preset.baseUrl.isEmpty() ? tr("any OpenAI-compatible server") : preset.baseUrl.host();
        if (!preset.baseUrl.isEmpty() && Providers::isLoopback(preset.baseUrl))
            detail = tr("this computer, port %1 — no key needed").arg(preset.baseUrl.port());
        auto* item = new QListWidgetItem(preset.displayName, m_presets);
        item->setData(SubtitleDelegate::SubtitleRole, detail);
        item->setData(Qt::AccessibleTextRole,
                      QStringLiteral("%1, %2").arg(preset.displayName, detail));
        item->setData(Qt::UserRole, preset.id);
    }
    m_presets->setCurrentRow(0);
    layout->addWidget(m_presets, 1);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_continue->setObjectName(QStringLiteral("presetContinue"));
    m_continue->setDefault(true);
    buttons->addWidget(m_continue);
    layout->addLayout(buttons);

    connect(m_lookAgain, &QPushButton::clicked, this, &PresetStep::detectLocalServers);
    connect(m_continue, &QPushButton::clicked, this, &PresetStep::choose);
    connect(m_presets, &QListWidget::itemActivated, this, &PresetStep::choose);
}

void PresetStep::detectLocalServers()
{
    clearLocalServers();
    m_lookAgain->setEnabled(false);
    m_localStatus->setText(tr("Looking for local model servers (%1)…").arg(portList(m_candidates)));
    auto* detector = new Providers::LocalServerDetector(
        m_network, m_candidates, Providers::LocalServerDetector::kDefaultTimeoutMs, this);
    connect(detector, &Providers::LocalServerDetector::finished, this,
            [this, detector](const QList<Providers::LocalServer>& servers) {
                detector->deleteLater();
                m_lookAgain->setEnabled(true);
                showLocalServers(servers);
            });
    detector->start();
}

void PresetStep::clearLocalServers()
{
    while (QLayoutItem* item = m_localList->takeAt(0)) {
        if (QWidget* widget = item->widget()) {
            widget->hide();
            widget->deleteLater();
        }
        delete item;
    }
}

void PresetStep::showLocalServers(const QList<Providers::LocalServer>& servers)
{
    clearLocalServers();
    if (servers.isEmpty()) {
        m_localStatus->setText(
            tr("No model server answered on the usual ports (%1).").arg(portList(m_candidates)));
        return;
    }
    m_localStatus->setText(tr("Found running here, no key needed:"));
    for (const Providers::LocalServer& server : servers) {
        auto* button = new QPushButton(
            tr("Use %1 — %n model(s) at %2", nullptr, static_cast<int>(server.models.size()))
                .arg(server.displayName, server.baseUrl.authority()));
        button->setObjectName(QStringLiteral("useLocal_") + server.presetId);
        button->setStyleSheet(QStringLiteral("text-align: left; padding: 6px 10px;"));
        connect(button, &QPushButton::clicked, this,
                [this, server] { Q_EMIT localServerChosen(server); });
        m_localList->addWidget(button);
    }
}

QString PresetStep::selectedPreset() const
{
    const QListWidgetItem* item = m_presets->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void PresetStep::selectPreset(const QString& id)
{
    for (int row = 0; row < m_presets->count(); ++row) {
        if (m_presets->item(row)->data(Qt::UserRole).toString() == id)
            m_presets->setCurrentRow(row);
    }
}

void PresetStep::choose()
{
    if (const QString id = selectedPreset(); !id.isEmpty())
        Q_EMIT presetChosen(id);
}

} // namespace Ui
