#pragma once

#include "SetupDraft.h"
#include "settings/SettingsServices.h"

#include <QWidget>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace Ui {

class InlineMessage;

/// Step 2 of the setup, for a service: its name here, the base URL where the preset has none, and
/// the key — with the link to the service's key page. Says whether a keychain will hold the key;
/// with none it says so plainly and offers to keep the key in memory for the session or to read
/// it from an environment variable. Never a file.
class KeyStep final : public QWidget {
    Q_OBJECT

public:
    KeyStep(SettingsServices services, QWidget* parent = nullptr);

    /// Starts the step for a preset; `name` is the suggested provider name.
    void begin(const QString& presetId, const QString& name);

Q_SIGNALS:
    void back();
    void ready(const Ui::SetupDraft& draft);

private:
    void showKeychain(bool available, const QString& message);
    void updateKeepingChoice();
    void submit();

    SettingsServices m_services;
    QString m_presetId;
    bool m_keychain = false;
    bool m_needsUrl = false;
    QLabel* m_heading;
    QLineEdit* m_name;
    QLabel* m_urlLabel;
    QLineEdit* m_url;
    QLabel* m_keyPage;
    QLabel* m_keyLabel;
    QLineEdit* m_key;
    QPushButton* m_reveal;
    QLabel* m_keychainNote;
    QWidget* m_noKeychain;
    QRadioButton* m_session;
    QRadioButton* m_environment;
    QLineEdit* m_variable;
    QLabel* m_variableState;
    InlineMessage* m_message;
    QPushButton* m_test;
};

} // namespace Ui
