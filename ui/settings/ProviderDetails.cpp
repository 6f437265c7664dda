#include "ProviderDetails.h"

#include "InlineMessage.h"
#include "ModelListPanel.h"
#include "ProviderConnectionForm.h"
#include "ProviderKeyPanel.h"
#include "ProviderTestPanel.h"
#include "config/ConfigStore.h"
#include "config/ProviderEdits.h"
#include "providers/ModelCache.h"
#include "providers/ProviderPresets.h"
#include "providers/ProviderProbe.h"
#include "secrets/KeyResolver.h"
#include "secrets/KeyStore.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Ui {
namespace {

QGroupBox* group(const QString& title, QWidget* content)
{
    auto* box = new QGroupBox(title);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(content);
    return box;
}

} // namespace

ProviderDetails::ProviderDetails(SettingsServices services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_title(new QLabel)
    , m_subtitle(new QLabel)
    , m_connection(new ProviderConnectionForm(services))
    , m_key(new ProviderKeyPanel(services))
    , m_test(new ProviderTestPanel(services))
    , m_models(new ModelListPanel(services))
    , m_remove(new QPushButton(tr("Remove Provider…")))
    , m_removeMessage(new InlineMessage)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title->setObjectName(QStringLiteral("providerTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);
    m_subtitle->setObjectName(QStringLiteral("providerSubtitle"));
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_subtitle);
    layout->addSpacing(4);

    layout->addWidget(group(tr("Connection"), m_connection));
    auto* keyAndTest = new QWidget;
    auto* keyAndTestLayout = new QVBoxLayout(keyAndTest);
    keyAndTestLayout->setContentsMargins(0, 0, 0, 0);
    keyAndTestLayout->addWidget(m_key);
    keyAndTestLayout->addWidget(m_test);
    layout->addWidget(group(tr("Key and Test"), keyAndTest));
    layout->addWidget(group(tr("Models"), m_models), 1);

    auto* removeRow = new QHBoxLayout;
    m_remove->setObjectName(QStringLiteral("removeProvider"));
    removeRow->addStretch(1);
    removeRow->addWidget(m_remove);
    layout->addLayout(removeRow);
    m_removeMessage->setObjectName(QStringLiteral("removeProviderMessage"));
    layout->addWidget(m_removeMessage);

    connect(m_remove, &QPushButton::clicked, this, &ProviderDetails::confirmRemove);
    connect(m_connection, &ProviderConnectionForm::providerChanged, m_key,
            &ProviderKeyPanel::refresh);
    connect(m_test, &ProviderTestPanel::finished, this,
            [this](const Providers::ProbeResult& result) {
                if (result.outcome == Chat::Outcome::Ok && !result.models.isEmpty())
                    m_models->keep(result.models);
            });
}

void ProviderDetails::setProvider(const Providers::ProviderConfig& provider)
{
    if (provider.name != m_provider.name)
        m_removeMessage->clear();
    m_provider = provider;
    m_title->setText(provider.name);
    const Providers::ProviderPreset* preset = Providers::findPreset(provider.preset);
    m_subtitle->setText(
        preset ? tr("%1 · %2 protocol").arg(preset->displayName, Providers::kindName(provider.kind))
               : tr("%1 protocol").arg(Providers::kindName(provider.kind)));
    m_connection->setProvider(provider);
    m_key->setProvider(provider);
    m_test->setProvider(provider);
    m_models->setProvider(provider);
}

void ProviderDetails::confirmRemove()
{
    QStringList routes;
    for (const Routing::Route& route : m_services.config.config().routes) {
        for (const Routing::TargetSpec& spec : route.targets) {
            if (spec.target.provider == m_provider.name) {
                routes.append(route.name);
                break;
            }
        }
    }
    QString text =
        tr("Remove provider '%1'? Its key is deleted from the keychain.").arg(m_provider.name);
    if (!routes.isEmpty())
        text +=
            u' ' + tr("Its targets leave the route(s) %1.").arg(routes.join(QStringLiteral(", ")));
    m_removeMessage->showMessage(InlineMessage::Kind::Warning, text);
    QPushButton* yes = m_removeMessage->addAction(tr("Remove %1").arg(m_provider.name));
    yes->setObjectName(QStringLiteral("confirmRemoveProvider"));
    connect(yes, &QPushButton::clicked, this, &ProviderDetails::remove);
    connect(m_removeMessage->addAction(tr("Keep It")), &QPushButton::clicked, m_removeMessage,
            &InlineMessage::clear);
    yes->setFocus(Qt::OtherFocusReason);
}

void ProviderDetails::remove()
{
    const QString name = m_provider.name;
    QStringList touched;
    const QString error = m_services.config.update([&](Config::AppConfig& config) {
        const std::optional<QStringList> routes = Config::removeProvider(config, name);
        if (!routes)
            return tr("no provider named '%1'").arg(name);
        touched = *routes;
        return QString();
    });
    if (!error.isEmpty()) {
        m_removeMessage->showError(error);
        return;
    }
    Providers::ModelCache(m_services.config.profile().modelCacheDirectory()).remove(name);
    m_services.keys.setSessionKey(name, {});
    QString summary = tr("Removed provider '%1'.").arg(name);
    if (!touched.isEmpty())
        summary += u' '
                   + tr("Its targets were taken out of the route(s): %1.")
                         .arg(touched.join(QStringLiteral(", ")));
    deleteStoredKey(name, summary);
}

void ProviderDetails::deleteStoredKey(const QString& name, const QString& summary)
{
    // Its key goes too: a provider added later under the same name must not inherit it.
    Secrets::KeyStore& keyStore = m_services.keyStore;
    keyStore.get(name, this, [this, name, summary, &keyStore](const Secrets::KeyStoreResult& got) {
        if (!got.ok()) {
            Q_EMIT removed(name, summary); // nothing stored, or no keychain to hold one
            return;
        }
        keyStore.remove(name, this, [this, name, summary](const Secrets::KeyStoreResult& result) {
            Q_EMIT removed(name,
                           result.ok()
                               ? summary + u' ' + tr("Deleted its key from the keychain.")
                               : summary + u' '
                                     + tr("Its key stays in the keychain: %1").arg(result.message));
        });
    });
}

} // namespace Ui
