#include "AddProviderDialog.h"

#include "ProviderSetup.h"

#include <QVBoxLayout>

namespace Ui {

AddProviderDialog::AddProviderDialog(
    SettingsServices services, QWidget* parent,
    QList<Providers::LocalServerDetector::Candidate> localCandidates)
    : QDialog(parent)
    , m_setup(new ProviderSetup(services, std::move(localCandidates)))
{
    setWindowTitle(tr("Add Provider"));
    setObjectName(QStringLiteral("addProviderDialog"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->addWidget(m_setup);
    m_setup->setDoneText(tr("&Close"));
    resize(640, 520);
    connect(m_setup, &ProviderSetup::providerAdded, this, &AddProviderDialog::providerAdded);
    connect(m_setup, &ProviderSetup::finished, this, &QDialog::accept);
}

} // namespace Ui
