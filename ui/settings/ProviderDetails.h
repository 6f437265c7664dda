#pragma once

#include "SettingsServices.h"
#include "providers/ProviderConfig.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace Ui {

class InlineMessage;
class ModelListPanel;
class ProviderConnectionForm;
class ProviderKeyPanel;
class ProviderTestPanel;

/// Everything about one configured provider: connection, key, test, models, and removing it.
class ProviderDetails final : public QWidget {
    Q_OBJECT

public:
    ProviderDetails(SettingsServices services, QWidget* parent = nullptr);

    void setProvider(const Providers::ProviderConfig& provider);
    QString providerName() const { return m_provider.name; }

Q_SIGNALS:
    /// The provider was removed; `summary` says what went with it.
    void removed(const QString& name, const QString& summary);

private:
    void confirmRemove();
    void remove();
    void deleteStoredKey(const QString& name, const QString& summary);

    SettingsServices m_services;
    Providers::ProviderConfig m_provider;
    QLabel* m_title;
    QLabel* m_subtitle;
    ProviderConnectionForm* m_connection;
    ProviderKeyPanel* m_key;
    ProviderTestPanel* m_test;
    ModelListPanel* m_models;
    QPushButton* m_remove;
    InlineMessage* m_removeMessage;
};

} // namespace Ui
