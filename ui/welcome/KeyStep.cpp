#include "KeyStep.h"

#include "config/ConfigStore.h"
#include "config/ProviderEdits.h"
#include "providers/ProviderPresets.h"
#include "secrets/KeyStore.h"
#include "secrets/KeyText.h"
#include "secrets/Redactor.h"
#include "settings/InlineMessage.h"

#include <QButtonGroup>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Ui {

KeyStep::KeyStep(SettingsServices services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_heading(new QLabel)
    , m_name(new QLineEdit)
    , m_urlLabel(new QLabel(tr("&Base URL:")))
    , m_url(new QLineEdit)
    , m_keyPage(new QLabel)
    , m_keyLabel(new QLabel(tr("API &key:")))
    , m_key(new QLineEdit)
    , m_reveal(new QPushButton(tr("S&how")))
    , m_keychainNote(new QLabel)
    , m_noKeychain(new QWidget)
    , m_session(new QRadioButton(tr("Keep the key in &memory until Switchboard quits")))
    , m_environment(new QRadioButton(tr("Read the key from an &environment variable:")))
    , m_variable(new QLineEdit)
    , m_variableState(new QLabel)
    , m_message(new InlineMessage)
    , m_test(new QPushButton(tr("&Test")))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_heading->setObjectName(QStringLiteral("keyStepHeading"));
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.15);
    m_heading->setFont(headingFont);
    layout->addWidget(m_heading);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto* nameLabel = new QLabel(tr("&Name:"));
    nameLabel->setBuddy(m_name);
    m_name->setObjectName(QStringLiteral("providerNameEdit"));
    m_name->setAccessibleName(tr("Provider name"));
    m_name->setToolTip(tr("How routes and the model picker call it: NAME/MODEL"));
    form->addRow(nameLabel, m_name);
    m_urlLabel->setBuddy(m_url);
    m_url->setObjectName(QStringLiteral("setupBaseUrlEdit"));
    m_url->setAccessibleName(tr("Base URL"));
    m_url->setPlaceholderText(QStringLiteral("https://…/v1"));
    form->addRow(m_urlLabel, m_url);

    auto* keyRow = new QHBoxLayout;
    m_keyLabel->setBuddy(m_key);
    m_key->setObjectName(QStringLiteral("setupKeyEdit"));
    m_key->setAccessibleName(tr("API key"));
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setPlaceholderText(tr("Paste the key"));
    m_reveal->setObjectName(QStringLiteral("revealKey"));
    m_reveal->setCheckable(true);
    m_reveal->setAccessibleName(tr("Show the key"));
    keyRow->addWidget(m_key, 1);
    keyRow->addWidget(m_reveal);
    form->addRow(m_keyLabel, keyRow);
    m_keyPage->setObjectName(QStringLiteral("keyPageLink"));
    m_keyPage->setOpenExternalLinks(true);
    m_keyPage->setTextInteractionFlags(Qt::TextBrowserInteraction);
    form->addRow(QString(), m_keyPage);
    layout->addLayout(form);

    m_keychainNote->setObjectName(QStringLiteral("keychainNote"));
    m_keychainNote->setWordWrap(true);
    m_keychainNote->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_keychainNote);

    auto* choices = new QVBoxLayout(m_noKeychain);
    choices->setContentsMargins(0, 0, 0, 0);
    auto* group = new QButtonGroup(this);
    group->addButton(m_session);
    group->addButton(m_environment);
    m_session->setObjectName(QStringLiteral("keepForSession"));
    m_environment->setObjectName(QStringLiteral("keepInEnvironment"));
    m_session->setChecked(true);
    choices->addWidget(m_session);
    auto* variableRow = new QHBoxLayout;
    variableRow->addWidget(m_environment);
    m_variable->setObjectName(QStringLiteral("setupKeyVariable"));
    m_variable->setAccessibleName(tr("Environment variable"));
    variableRow->addWidget(m_variable, 1);
    choices->addLayout(variableRow);
    m_variableState->setObjectName(QStringLiteral("variableState"));
    m_variableState->setWordWrap(true);
    m_variableState->setIndent(24);
    choices->addWidget(m_variableState);
    m_noKeychain->setVisible(false);
    layout->addWidget(m_noKeychain);

    m_message->setObjectName(QStringLiteral("keyStepMessage"));
    layout->addWidget(m_message);
    layout->addStretch(1);

    auto* buttons = new QHBoxLayout;
    auto* backButton = new QPushButton(tr("&Back"));
    backButton->setObjectName(QStringLiteral("keyStepBack"));
    buttons->addWidget(backButton);
    buttons->addStretch(1);
    m_test->setObjectName(QStringLiteral("keyStepTest"));
    m_test->setDefault(true);
    buttons->addWidget(m_test);
    layout->addLayout(buttons);

    connect(backButton, &QPushButton::clicked, this, &KeyStep::back);
    connect(m_test, &QPushButton::clicked, this, &KeyStep::submit);
    connect(m_key, &QLineEdit::returnPressed, this, &KeyStep::submit);
    connect(m_reveal, &QPushButton::toggled, this, [this](bool shown) {
        m_key->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_reveal->setText(shown ? tr("H&ide") : tr("S&how"));
    });
    connect(m_session, &QRadioButton::toggled, this, &KeyStep::updateKeepingChoice);
    connect(m_variable, &QLineEdit::textChanged, this, &KeyStep::updateKeepingChoice);
}

void KeyStep::begin(const QString& presetId, const QString& name)
{
    m_presetId = presetId;
    const Providers::ProviderPreset* preset = Providers::findPreset(presetId);
    const QString service = preset ? preset->displayName : presetId;
    m_heading->setText(tr("Connect %1").arg(service));
    m_name->setText(name);
    const bool custom = !preset || preset->baseUrl.isEmpty();
    m_needsUrl = custom;
    m_urlLabel->setVisible(custom);
    m_url->setVisible(custom);
    m_url->clear();
    m_key->clear();
    m_reveal->setChecked(false);
    m_message->clear();
    if (preset && !preset->keyPageUrl.isEmpty()) {
        const QString url = preset->keyPageUrl.toString();
        m_keyPage->setText(
            tr("Create a key at <a href=\"%1\">%2</a>, then paste it here.")
                .arg(url.toHtmlEscaped(), preset->keyPageUrl.host().toHtmlEscaped()));
    } else {
        m_keyPage->setText(tr("Leave it empty if the server needs no key."));
    }
    m_variable->setText(preset ? preset->apiKeyEnv : QString());
    m_keychainNote->setText(tr("Checking for a keychain…"));
    m_noKeychain->setVisible(false);
    m_services.keyStore.checkBackend(this, [this](const Secrets::KeyStoreResult& result) {
        showKeychain(result.ok(), Secrets::Redactor::redactPatterns(result.message));
    });
    (custom ? m_url : m_key)->setFocus(Qt::OtherFocusReason);
}

void KeyStep::showKeychain(bool available, const QString& message)
{
    m_keychain = available;
    m_noKeychain->setVisible(!available);
    if (available) {
        m_keychainNote->setForegroundRole(QPalette::PlaceholderText);
        m_keychainNote->setText(tr("The key goes to your keychain (under “%1”), never into a "
                                   "file.")
                                    .arg(m_services.keyStore.serviceName()));
        return;
    }
    m_keychainNote->setForegroundRole(QPalette::WindowText);
    m_keychainNote->setText(tr("%1. Switchboard never keeps keys in a file instead; choose how "
                               "to give it the key:")
                                .arg(message));
    updateKeepingChoice();
}

void KeyStep::updateKeepingChoice()
{
    const bool fromVariable = !m_keychain && m_environment->isChecked();
    m_variable->setEnabled(fromVariable);
    m_key->setEnabled(!fromVariable);
    m_keyLabel->setEnabled(!fromVariable);
    m_variableState->setVisible(fromVariable);
    if (!fromVariable)
        return;
    const QString variable = m_variable->text().trimmed();
    if (variable.isEmpty())
        m_variableState->setText(tr("Name the variable that holds the key."));
    else if (qEnvironmentVariableIsEmpty(variable.toLocal8Bit().constData()))
        m_variableState->setText(tr("%1 is not set in Switchboard's environment: export %1=… "
                                    "and start Switchboard again.")
                                     .arg(variable));
    else
        m_variableState->setText(tr("%1 is set; the test uses it.").arg(variable));
}

void KeyStep::submit()
{
    SetupDraft draft;
    const QString name = m_name->text().trimmed();
    if (const QString problem = Config::newProviderNameProblem(m_services.config.config(), name);
        !problem.isEmpty()) {
        m_message->showError(problem);
        m_name->setFocus(Qt::OtherFocusReason);
        return;
    }
    draft.provider = Config::providerFromPreset(name, m_presetId);
    if (m_needsUrl) {
        const std::optional<QUrl> url = Config::parseBaseUrl(m_url->text().trimmed());
        if (!url) {
            m_message->showError(tr("'%1' is not an http(s) URL").arg(m_url->text().trimmed()));
            m_url->setFocus(Qt::OtherFocusReason);
            return;
        }
        draft.provider.baseUrl = *url;
    }
    const Providers::ProviderPreset* preset = Providers::findPreset(m_presetId);
    const bool keyOptional = !preset || !preset->needsKey;
    if (!m_keychain && m_environment->isChecked()) {
        const QString variable = m_variable->text().trimmed();
        draft.key = qEnvironmentVariable(variable.toLocal8Bit().constData()).trimmed();
        if (variable.isEmpty() || draft.key.isEmpty()) {
            m_message->showError(variable.isEmpty()
                                     ? tr("Name the variable that holds the key.")
                                     : tr("%1 is not set in Switchboard's environment: export "
                                          "%1=… and start Switchboard again, or keep the key in "
                                          "memory for this session.")
                                           .arg(variable));
            return;
        }
        draft.provider.apiKeyEnv = variable;
        draft.keeping = KeyKeeping::Environment;
    } else {
        const QString typed = m_key->text().trimmed();
        if (typed.isEmpty() && !keyOptional) {
            m_message->showError(tr("Paste the key first; %1 does not answer without one.")
                                     .arg(preset ? preset->displayName : name));
            m_key->setFocus(Qt::OtherFocusReason);
            return;
        }
        if (!typed.isEmpty()) {
            const QByteArray bytes = typed.toLatin1();
            if (!Secrets::KeyText::isPlausible(bytes) || typed.size() != bytes.size()) {
                m_message->showError(tr("The key has spaces, several lines or characters a key "
                                        "does not have; paste the key alone."));
                return;
            }
            draft.key = typed;
            draft.keeping = m_keychain ? KeyKeeping::Keychain : KeyKeeping::Session;
        }
    }
    m_message->clear();
    Q_EMIT ready(draft);
}

} // namespace Ui
