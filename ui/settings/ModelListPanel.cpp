#include "ModelListPanel.h"

#include "InlineMessage.h"
#include "config/ConfigStore.h"
#include "providers/ModelListCall.h"
#include "secrets/KeyResolver.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace Ui {

ModelListPanel::ModelListPanel(SettingsServices services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_fetched(new QLabel)
    , m_list(new QListWidget)
    , m_refresh(new QPushButton(tr("&Refresh")))
    , m_message(new InlineMessage)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* row = new QHBoxLayout;
    m_fetched->setObjectName(QStringLiteral("modelsFetched"));
    m_fetched->setWordWrap(true);
    row->addWidget(m_fetched, 1);
    m_refresh->setObjectName(QStringLiteral("refreshModels"));
    m_refresh->setToolTip(tr("Ask the provider for its model list again"));
    row->addWidget(m_refresh);
    layout->addLayout(row);
    m_list->setObjectName(QStringLiteral("modelList"));
    m_list->setAccessibleName(tr("Models"));
    m_list->setMinimumHeight(110);
    m_list->setAlternatingRowColors(true);
    m_list->setUniformItemSizes(true);
    layout->addWidget(m_list, 1);
    m_message->setObjectName(QStringLiteral("modelsMessage"));
    layout->addWidget(m_message);
    connect(m_refresh, &QPushButton::clicked, this, &ModelListPanel::refresh);
}

void ModelListPanel::setProvider(const Providers::ProviderConfig& provider)
{
    const bool other = provider.name != m_provider.name;
    m_provider = provider;
    if (other) {
        delete m_call;
        m_refresh->setEnabled(true);
        m_message->clear();
        showCached();
    }
}

void ModelListPanel::showCached()
{
    const Providers::ModelCache cache(m_services.config.profile().modelCacheDirectory());
    if (const std::optional<Providers::CachedModels> list = cache.load(m_provider.name)) {
        showList(*list);
        return;
    }
    m_list->clear();
    m_fetched->setText(tr("Not fetched yet."));
}

void ModelListPanel::showList(const Providers::CachedModels& list)
{
    m_list->clear();
    for (const Providers::ModelInfo& model : list.models) {
        auto* item = new QListWidgetItem(model.id, m_list);
        if (!model.displayName.isEmpty() && model.displayName != model.id)
            item->setToolTip(model.displayName);
    }
    m_fetched->setText(
        tr("%n model(s), fetched %1", nullptr, static_cast<int>(list.models.size()))
            .arg(QLocale().toString(list.fetchedAt.toLocalTime(), QLocale::ShortFormat)));
}

void ModelListPanel::keep(const QList<Providers::ModelInfo>& models)
{
    const Providers::CachedModels list{QDateTime::currentDateTimeUtc(), models};
    QString error = m_services.config.profile().ensureExists();
    if (error.isEmpty())
        error = Providers::ModelCache(m_services.config.profile().modelCacheDirectory())
                    .save(m_provider.name, list);
    if (!error.isEmpty())
        m_message->showMessage(InlineMessage::Kind::Warning,
                               tr("The list was not kept: %1").arg(error));
    showList(list);
    Q_EMIT modelsChanged(m_provider.name);
}

void ModelListPanel::refresh()
{
    m_refresh->setEnabled(false);
    m_message->clear();
    m_fetched->setText(tr("Fetching the model list…"));
    m_services.keys.resolve(
        m_provider, this, [this, name = m_provider.name](const Secrets::KeyLookup& key) {
            if (name != m_provider.name)
                return;
            if (!key.problem.isEmpty()) {
                m_refresh->setEnabled(true);
                showCached();
                m_message->showError(tr("Nothing was sent: %1").arg(key.problem));
                return;
            }
            fetch(key.key);
        });
}

void ModelListPanel::fetch(const QString& key)
{
    const Providers::ProviderAdapter* adapter = Providers::adapterFor(m_provider.kind);
    if (!adapter) {
        m_refresh->setEnabled(true);
        showCached();
        return;
    }
    m_call = new Providers::ModelListCall(m_services.network, *adapter, m_provider, key,
                                          m_services.config.config().timeouts.firstTokenMs, this);
    connect(m_call, &Providers::ModelListCall::finished, this,
            [this, call = m_call.data()](const Providers::ModelListResult& result) {
                call->deleteLater();
                m_refresh->setEnabled(true);
                if (result.outcome != Chat::Outcome::Ok) {
                    showCached();
                    QString text = QStringLiteral("%1 — %2").arg(Chat::outcomeName(result.outcome),
                                                                 result.error);
                    if (const QString advice = Chat::outcomeAdvice(result.outcome);
                        !advice.isEmpty())
                        text += u'\n' + tr("What to do: %1.").arg(advice);
                    m_message->showError(text);
                    return;
                }
                keep(result.models);
            });
    m_call->start();
}

} // namespace Ui
