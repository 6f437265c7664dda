#include "ProviderTestPanel.h"

#include "InlineMessage.h"
#include "ProbeReport.h"
#include "config/ConfigStore.h"
#include "providers/ProviderAdapter.h"
#include "providers/ProviderProbe.h"
#include "secrets/KeyResolver.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace Ui {

ProviderTestPanel::ProviderTestPanel(SettingsServices services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_test(new QPushButton(tr("&Test Connection")))
    , m_result(new InlineMessage)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* row = new QHBoxLayout;
    m_test->setObjectName(QStringLiteral("testButton"));
    m_test->setToolTip(tr("Asks for the model list, then sends one tiny request (one output "
                          "token)."));
    row->addWidget(m_test);
    row->addStretch(1);
    layout->addLayout(row);
    m_result->setObjectName(QStringLiteral("testResult"));
    layout->addWidget(m_result);
    connect(m_test, &QPushButton::clicked, this, &ProviderTestPanel::start);
}

void ProviderTestPanel::setProvider(const Providers::ProviderConfig& provider)
{
    if (provider.name != m_provider.name) {
        m_result->clear();
        delete m_probe;
        m_test->setEnabled(true);
    }
    m_provider = provider;
}

void ProviderTestPanel::start()
{
    m_test->setEnabled(false);
    m_result->showMessage(InlineMessage::Kind::Info, tr("Testing %1…").arg(m_provider.name));
    m_services.keys.resolve(
        m_provider, this, [this, name = m_provider.name](const Secrets::KeyLookup& key) {
            if (name != m_provider.name)
                return;
            if (!key.problem.isEmpty()) {
                m_test->setEnabled(true);
                m_result->showError(tr("Nothing was sent: %1").arg(key.problem));
                return;
            }
            runProbe(key.key);
        });
}

void ProviderTestPanel::runProbe(const QString& key)
{
    const Providers::ProviderAdapter* adapter = Providers::adapterFor(m_provider.kind);
    if (!adapter) {
        m_test->setEnabled(true);
        m_result->showError(tr("This build cannot talk to %1 providers yet.")
                                .arg(Providers::kindName(m_provider.kind)));
        return;
    }
    m_probe = new Providers::ProviderProbe(m_services.network, *adapter, m_provider, key, {},
                                           m_services.config.config().timeouts, this);
    connect(m_probe, &Providers::ProviderProbe::finished, this,
            [this, probe = m_probe.data(),
             provider = m_provider](const Providers::ProbeResult& result) {
                probe->deleteLater();
                m_test->setEnabled(true);
                const ProbeReport report = ProbeReport::of(provider, result);
                m_result->showMessage(report.ok ? InlineMessage::Kind::Success
                                                : InlineMessage::Kind::Error,
                                      report.text);
                Q_EMIT finished(result);
            });
    m_probe->start();
}

} // namespace Ui
