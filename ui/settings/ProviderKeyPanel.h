#pragma once

#include "SettingsServices.h"
#include "providers/ProviderConfig.h"
#include "secrets/KeyResolver.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Ui {

class InlineMessage;

/// Where a provider's key comes from right now (keychain, environment variable, this session, none
/// needed) and setting, replacing or removing it. A key typed here goes to the keychain; with no
/// keychain the panel says so and offers to keep it in memory for the session instead — never a
/// file.
class ProviderKeyPanel final : public QWidget {
    Q_OBJECT

public:
    ProviderKeyPanel(SettingsServices services, QWidget* parent = nullptr);

    void setProvider(const Providers::ProviderConfig& provider);
    /// Asks again where the key comes from.
    void refresh();

Q_SIGNALS:
    /// A key was stored, kept for the session or removed.
    void keyChanged(const QString& provider);

private:
    void showStatus(const Secrets::KeyLookup& found);
    void openEntry();
    void closeEntry();
    void store();
    void keepForSession(const QString& key);
    void confirmRemove();
    void remove();

    SettingsServices m_services;
    Providers::ProviderConfig m_provider;
    Secrets::KeySource m_source = Secrets::KeySource::None;
    QLabel* m_status;
    QPushButton* m_set;
    QPushButton* m_remove;
    QWidget* m_entry;
    QLineEdit* m_key;
    QPushButton* m_store;
    InlineMessage* m_message;
};

} // namespace Ui
