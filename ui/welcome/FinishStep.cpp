#include "FinishStep.h"

#include "config/ConfigStore.h"
#include "config/ProviderEdits.h"
#include "providers/ModelCache.h"
#include "providers/ProviderPresets.h"
#include "routing/Route.h"
#include "secrets/KeyResolver.h"
#include "secrets/KeyStore.h"
#include "secrets/Redactor.h"
#include "settings/InlineMessage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Ui {

FinishStep::FinishStep(SettingsServices services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_heading(new QLabel)
    , m_model(new QComboBox)
    , m_joinRoute(new QCheckBox)
    , m_message(new InlineMessage)
    , m_finish(new QPushButton(tr("&Finish Setup")))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_heading->setObjectName(QStringLiteral("finishHeading"));
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.15);
    m_heading->setFont(headingFont);
    layout->addWidget(m_heading);
    auto* intro = new QLabel(tr("Chats that name no model go through the route “default”: a "
                                "list of models tried in order. Pick the one this provider "
                                "adds to it."));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    auto* modelLabel = new QLabel(tr("&Model:"));
    modelLabel->setBuddy(m_model);
    m_model->setObjectName(QStringLiteral("defaultModel"));
    m_model->setAccessibleName(tr("Model for the route default"));
    m_model->setEditable(true);
    m_model->setInsertPolicy(QComboBox::NoInsert);
    m_model->setMinimumContentsLength(28);
    m_model->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    form->addRow(modelLabel, m_model);
    m_joinRoute->setObjectName(QStringLiteral("joinDefaultRoute"));
    m_joinRoute->setChecked(true);
    form->addRow(QString(), m_joinRoute);
    layout->addLayout(form);
    m_message->setObjectName(QStringLiteral("finishMessage"));
    layout->addWidget(m_message);
    layout->addStretch(1);

    auto* buttons = new QHBoxLayout;
    auto* backButton = new QPushButton(tr("&Back"));
    backButton->setObjectName(QStringLiteral("finishBack"));
    buttons->addWidget(backButton);
    buttons->addStretch(1);
    m_finish->setObjectName(QStringLiteral("finishSetup"));
    m_finish->setDefault(true);
    buttons->addWidget(m_finish);
    layout->addLayout(buttons);

    connect(backButton, &QPushButton::clicked, this, &FinishStep::back);
    connect(m_finish, &QPushButton::clicked, this, &FinishStep::finish);
}

void FinishStep::begin(const SetupDraft& draft)
{
    m_draft = draft;
    m_message->clear();
    m_finish->setEnabled(true);
    m_heading->setText(tr("%1 works").arg(draft.provider.name));
    m_model->clear();
    for (const Providers::ModelInfo& model : draft.models)
        m_model->addItem(model.id);
    const Providers::ProviderPreset* preset = Providers::findPreset(draft.provider.preset);
    QString preferred = draft.chatModel;
    if (preset && !preset->testModel.isEmpty() && m_model->findText(preset->testModel) >= 0)
        preferred = preset->testModel;
    if (m_model->findText(preferred) < 0 && !preferred.isEmpty())
        m_model->insertItem(0, preferred);
    m_model->setCurrentIndex(std::max(0, m_model->findText(preferred)));

    const Routing::Route* route = m_services.config.config().findRoute(Routing::defaultRouteName());
    m_joinRoute->setText(route
                             ? tr("Add it to the end of the route “default” (%n target(s) so far)",
                                  nullptr, static_cast<int>(route->targets.size()))
                             : tr("Create the route “default” with it"));
    m_model->setFocus(Qt::OtherFocusReason);
}

void FinishStep::finish()
{
    m_message->clear();
    if (m_joinRoute->isChecked() && m_model->currentText().trimmed().isEmpty()) {
        m_message->showError(tr("Pick a model for the route “default”, or untick the box."));
        return;
    }
    m_finish->setEnabled(false);
    if (m_draft.keeping != KeyKeeping::Keychain) {
        if (m_draft.keeping == KeyKeeping::Session)
            m_services.keys.setSessionKey(m_draft.provider.name, m_draft.key);
        writeConfig();
        return;
    }
    m_services.keyStore.set(
        m_draft.provider.name, m_draft.key, this, [this](const Secrets::KeyStoreResult& result) {
            if (result.ok()) {
                writeConfig();
                return;
            }
            m_finish->setEnabled(true);
            const QString why = Secrets::Redactor::redactPatterns(result.message);
            if (result.status != Secrets::KeyStoreStatus::NoBackend) {
                m_message->showError(tr("The key could not be stored: %1").arg(why));
                return;
            }
            m_message->showMessage(
                InlineMessage::Kind::Warning,
                tr("%1 — Switchboard never keeps keys in a file instead.").arg(why));
            connect(m_message->addAction(tr("Keep the Key for This Session")),
                    &QPushButton::clicked, this, &FinishStep::keepForSession);
        });
}

void FinishStep::keepForSession()
{
    m_draft.keeping = KeyKeeping::Session;
    finish();
}

void FinishStep::writeConfig()
{
    const Providers::ProviderConfig provider = m_draft.provider;
    const QString model = m_joinRoute->isChecked() ? m_model->currentText().trimmed() : QString();
    QString joined;
    const QString error = m_services.config.update(
        [&](Config::AppConfig& config) {
            if (QString problem = Config::newProviderNameProblem(config, provider.name);
                !problem.isEmpty())
                return problem;
            if (model.isEmpty())
                config.providers.append(provider);
            else
                joined = Config::addProvider(config, provider, model);
            return QString();
        },
        this); // the window knows by the source that the welcome flow goes on to its last step
    if (!error.isEmpty()) {
        m_finish->setEnabled(true);
        m_message->showError(error);
        return;
    }
    if (!m_draft.models.isEmpty()) {
        // The model list the test fetched: pickers have it at once.
        Providers::ModelCache(m_services.config.profile().modelCacheDirectory())
            .save(provider.name, {QDateTime::currentDateTimeUtc(), m_draft.models});
    }
    m_draft.key.clear();
    Q_EMIT added(provider.name, joined);
}

} // namespace Ui
