#pragma once

#include "SettingsServices.h"
#include "config/Preferences.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QRadioButton;
class QSpinBox;

namespace Ui {

class InlineMessage;

/// Settings ▸ General: theme (the system's, light or dark), font size and language, written to
/// config.json "preferences". Theme and font size apply at once (the window listens to
/// preferencesChanged); a new language applies on the next start, and the page says so.
class GeneralPage final : public QWidget {
    Q_OBJECT

public:
    GeneralPage(SettingsServices services, QWidget* parent = nullptr);

Q_SIGNALS:
    void preferencesChanged(const Config::Preferences& preferences);

private:
    void reload();
    void write();

    SettingsServices m_services;
    QRadioButton* m_system;
    QRadioButton* m_light;
    QRadioButton* m_dark;
    QSpinBox* m_fontSize;
    QComboBox* m_language;
    QLabel* m_languageNote;
    InlineMessage* m_message;
    QString m_startLanguage;
};

} // namespace Ui
