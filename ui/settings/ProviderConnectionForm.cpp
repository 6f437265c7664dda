#include "ProviderConnectionForm.h"

#include "InlineMessage.h"
#include "config/ConfigStore.h"
#include "config/ProviderEdits.h"
#include "secrets/KeyTransportPolicy.h"
#include "secrets/NewHostCheck.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Ui {

ProviderConnectionForm::ProviderConnectionForm(SettingsServices services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_url(new QLineEdit)
    , m_apply(new QPushButton(tr("&Apply")))
    , m_keyVariable(new QLineEdit)
    , m_insecure(new QCheckBox(tr("Send the key over plain &http to this host")))
    , m_message(new InlineMessage)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    auto* urlRow = new QHBoxLayout;
    m_url->setObjectName(QStringLiteral("baseUrlEdit"));
    m_url->setAccessibleName(tr("Base URL"));
    m_apply->setObjectName(QStringLiteral("applyBaseUrl"));
    m_apply->setEnabled(false);
    urlRow->addWidget(m_url, 1);
    urlRow->addWidget(m_apply);
    auto* urlLabel = new QLabel(tr("&Base URL:"));
    urlLabel->setBuddy(m_url);
    form->addRow(urlLabel, urlRow);

    m_keyVariable->setObjectName(QStringLiteral("keyVariableEdit"));
    m_keyVariable->setAccessibleName(tr("Key variable"));
    m_keyVariable->setPlaceholderText(tr("none"));
    m_keyVariable->setToolTip(tr("An environment variable that may hold the key, read when "
                                 "there is none in the keychain"));
    auto* variableLabel = new QLabel(tr("Key &variable:"));
    variableLabel->setBuddy(m_keyVariable);
    form->addRow(variableLabel, m_keyVariable);

    m_insecure->setObjectName(QStringLiteral("allowInsecureHttp"));
    m_insecure->setToolTip(tr("Anyone on the network between here and the server could read "
                              "the key. Only on a network you trust."));
    form->addRow(QString(), m_insecure);
    layout->addLayout(form);
    m_message->setObjectName(QStringLiteral("connectionMessage"));
    layout->addWidget(m_message);

    connect(m_url, &QLineEdit::textEdited, this, [this](const QString& text) {
        m_apply->setEnabled(text.trimmed() != m_provider.baseUrl.toString());
    });
    connect(m_url, &QLineEdit::returnPressed, this, &ProviderConnectionForm::applyUrl);
    connect(m_apply, &QPushButton::clicked, this, &ProviderConnectionForm::applyUrl);
    connect(m_keyVariable, &QLineEdit::editingFinished, this,
            &ProviderConnectionForm::applyKeyVariable);
    connect(m_insecure, &QCheckBox::toggled, this, &ProviderConnectionForm::applyInsecure);
}

void ProviderConnectionForm::setProvider(const Providers::ProviderConfig& provider)
{
    if (provider.name != m_provider.name)
        m_message->clear();
    m_provider = provider;
    m_url->setText(provider.baseUrl.toString());
    m_apply->setEnabled(false);
    m_keyVariable->setText(provider.apiKeyEnv);
    const QSignalBlocker blocker(m_insecure);
    m_insecure->setChecked(provider.allowInsecureHttp);
    updateInsecureVisibility();
}

void ProviderConnectionForm::updateInsecureVisibility()
{
    // Only meaningful for plain http to another computer (or when it is already switched on).
    const bool plainRemote = m_provider.baseUrl.scheme() == QLatin1String("http")
                             && !Providers::isLoopback(m_provider.baseUrl);
    m_insecure->setVisible(plainRemote || m_provider.allowInsecureHttp);
}

void ProviderConnectionForm::applyUrl()
{
    const QString text = m_url->text().trimmed();
    const std::optional<QUrl> url = Config::parseBaseUrl(text);
    if (!url) {
        m_message->showError(tr("'%1' is not an http(s) URL").arg(text));
        return;
    }
    if (*url == m_provider.baseUrl) {
        m_apply->setEnabled(false);
        return;
    }
    Providers::ProviderConfig updated = m_provider;
    updated.baseUrl = *url;
    m_apply->setEnabled(false);
    // A new host would receive the key from now on: only with the user's word for it.
    Secrets::checkNewHost(
        m_services.keys, m_provider, updated, this,
        [this, updated, before = m_provider.baseUrl](const Secrets::NewHostRisk& risk) {
            if (updated.name != m_provider.name)
                return;
            if (!risk.needsConfirmation) {
                save(updated, before);
                return;
            }
            m_message->showMessage(
                InlineMessage::Kind::Warning,
                tr("%1. Is %2 meant to have that key?").arg(risk.message, updated.baseUrl.host()));
            QPushButton* confirm =
                m_message->addAction(tr("Send the Key to %1").arg(updated.baseUrl.host()));
            confirm->setObjectName(QStringLiteral("confirmNewHost"));
            connect(confirm, &QPushButton::clicked, this,
                    [this, updated, before] { save(updated, before); });
            QPushButton* cancel = m_message->addAction(tr("Keep %1").arg(before.host()));
            cancel->setObjectName(QStringLiteral("cancelNewHost"));
            connect(cancel, &QPushButton::clicked, this, [this] {
                m_message->clear();
                m_url->setText(m_provider.baseUrl.toString());
            });
            confirm->setFocus(Qt::OtherFocusReason);
        });
}

void ProviderConnectionForm::applyKeyVariable()
{
    const QString variable = m_keyVariable->text().trimmed();
    if (variable == m_provider.apiKeyEnv)
        return;
    Providers::ProviderConfig updated = m_provider;
    updated.apiKeyEnv = variable;
    save(updated, m_provider.baseUrl);
}

void ProviderConnectionForm::applyInsecure(bool allowed)
{
    Providers::ProviderConfig updated = m_provider;
    updated.allowInsecureHttp = allowed;
    save(updated, m_provider.baseUrl);
}

void ProviderConnectionForm::save(const Providers::ProviderConfig& updated, const QUrl& before)
{
    const QString error = m_services.config.update([&](Config::AppConfig& config) {
        if (!Config::replaceProvider(config, updated))
            return tr("no provider named '%1'").arg(updated.name);
        return QString();
    });
    if (!error.isEmpty()) {
        m_message->showError(error);
        return;
    }
    m_provider = updated;
    updateInsecureVisibility();
    QString note;
    if (!Config::sameHost(before, updated.baseUrl))
        note = tr("Saved. Its key, if it has one, now goes to %1.").arg(updated.baseUrl.host());
    if (!Secrets::keyMayTravelTo(updated)) {
        m_message->showMessage(
            InlineMessage::Kind::Warning,
            tr("%1The key is not sent over plain http to %2 (anyone on the way could read it): "
               "use an https base URL, or, on a network you trust, tick “Send the key over "
               "plain http”.")
                .arg(note.isEmpty() ? QString() : note + u' ', updated.baseUrl.host()));
    } else if (!note.isEmpty()) {
        m_message->showMessage(InlineMessage::Kind::Success, note);
    } else {
        m_message->clear();
    }
    Q_EMIT providerChanged(updated.name);
}

} // namespace Ui
