#include "GeneralPage.h"

#include "InlineMessage.h"
#include "config/ConfigStore.h"
#include "i18n/Translations.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Ui {

GeneralPage::GeneralPage(SettingsServices services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_system(new QRadioButton(tr("Follow the &system")))
    , m_light(new QRadioButton(tr("&Light")))
    , m_dark(new QRadioButton(tr("&Dark")))
    , m_fontSize(new QSpinBox)
    , m_language(new QComboBox)
    , m_languageNote(new QLabel)
    , m_message(new InlineMessage)
    , m_startLanguage(services.config.config().preferences.language)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_message->setObjectName(QStringLiteral("generalMessage"));
    layout->addWidget(m_message);

    auto* appearance = new QGroupBox(tr("Appearance"));
    auto* form = new QFormLayout(appearance);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    auto* themeRow = new QHBoxLayout;
    auto* themes = new QButtonGroup(this);
    for (QRadioButton* button : {m_system, m_light, m_dark}) {
        themes->addButton(button);
        themeRow->addWidget(button);
    }
    themeRow->addStretch(1);
    m_system->setObjectName(QStringLiteral("themeSystem"));
    m_light->setObjectName(QStringLiteral("themeLight"));
    m_dark->setObjectName(QStringLiteral("themeDark"));
    auto* themeLabel = new QLabel(tr("Theme:"));
    themeLabel->setBuddy(m_system);
    form->addRow(themeLabel, themeRow);

    m_fontSize->setObjectName(QStringLiteral("fontSize"));
    m_fontSize->setAccessibleName(tr("Font size"));
    m_fontSize->setRange(Config::Preferences::kMinFontPointSize - 1,
                         Config::Preferences::kMaxFontPointSize);
    m_fontSize->setSpecialValueText(tr("system default"));
    m_fontSize->setSuffix(tr(" pt"));
    m_fontSize->setKeyboardTracking(false);
    auto* fontLabel = new QLabel(tr("&Font size:"));
    fontLabel->setBuddy(m_fontSize);
    form->addRow(fontLabel, m_fontSize);
    layout->addWidget(appearance);

    auto* languageBox = new QGroupBox(tr("Language"));
    auto* languageForm = new QFormLayout(languageBox);
    languageForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->setAccessibleName(tr("Language"));
    const QList<I18n::Language> languages = I18n::availableLanguages();
    const QString systemCode = I18n::catalogueFor({});
    QString systemName = systemCode;
    for (const I18n::Language& language : languages) {
        if (language.code == systemCode)
            systemName = language.nativeName;
    }
    // What "system" means here: the system's language if Switchboard speaks it, else English.
    m_language->addItem(tr("System (%1)").arg(systemName), QString());
    for (const I18n::Language& language : languages)
        m_language->addItem(language.nativeName, language.code);
    auto* languageLabel = new QLabel(tr("&Language:"));
    languageLabel->setBuddy(m_language);
    languageForm->addRow(languageLabel, m_language);
    m_languageNote->setObjectName(QStringLiteral("languageNote"));
    m_languageNote->setWordWrap(true);
    m_languageNote->setForegroundRole(QPalette::PlaceholderText);
    m_languageNote->setText(tr("A new language applies the next time Switchboard starts."));
    languageForm->addRow(QString(), m_languageNote);
    layout->addWidget(languageBox);
    layout->addStretch(1);

    reload();
    connect(themes, &QButtonGroup::buttonToggled, this, [this](QAbstractButton*, bool checked) {
        if (checked)
            write();
    });
    connect(m_fontSize, &QSpinBox::valueChanged, this, &GeneralPage::write);
    connect(m_language, &QComboBox::currentIndexChanged, this, &GeneralPage::write);
    connect(&m_services.config, &Config::ConfigStore::changed, this, [this](const QObject* source) {
        if (source != this)
            reload();
    });
}

void GeneralPage::reload()
{
    const Config::Preferences& preferences = m_services.config.config().preferences;
    const QSignalBlocker b1(m_system), b2(m_light), b3(m_dark), b4(m_fontSize), b5(m_language);
    switch (preferences.theme) {
    case Config::Theme::System:
        m_system->setChecked(true);
        break;
    case Config::Theme::Light:
        m_light->setChecked(true);
        break;
    case Config::Theme::Dark:
        m_dark->setChecked(true);
        break;
    }
    m_fontSize->setValue(preferences.fontPointSize.value_or(m_fontSize->minimum()));
    int index = m_language->findData(preferences.language);
    if (index < 0) {
        // A language this build has no catalogue for (set by hand or by a newer build).
        m_language->addItem(tr("%1 (not available in this build)").arg(preferences.language),
                            preferences.language);
        index = m_language->count() - 1;
    }
    m_language->setCurrentIndex(index);
}

void GeneralPage::write()
{
    Config::Preferences wanted = m_services.config.config().preferences;
    wanted.theme = m_light->isChecked()  ? Config::Theme::Light
                   : m_dark->isChecked() ? Config::Theme::Dark
                                         : Config::Theme::System;
    wanted.fontPointSize = m_fontSize->value() >= Config::Preferences::kMinFontPointSize
                               ? std::optional<int>(m_fontSize->value())
                               : std::nullopt;
    wanted.language = m_language->currentData().toString();
    Config::Preferences written;
    const QString error = m_services.config.update(
        [&](Config::AppConfig& config) {
            // Only what this page shows; keys it does not know stay as they were.
            config.preferences.theme = wanted.theme;
            config.preferences.fontPointSize = wanted.fontPointSize;
            config.preferences.language = wanted.language;
            written = config.preferences;
            return QString();
        },
        this);
    m_message->showError(error);
    if (!error.isEmpty())
        return;
    const bool languageChanged = wanted.language != m_startLanguage;
    m_languageNote->setForegroundRole(languageChanged ? QPalette::WindowText
                                                      : QPalette::PlaceholderText);
    m_languageNote->setText(languageChanged
                                ? tr("Switchboard speaks the new language the next time it "
                                     "starts.")
                                : tr("A new language applies the next time Switchboard starts."));
    Q_EMIT preferencesChanged(written);
}

} // namespace Ui
