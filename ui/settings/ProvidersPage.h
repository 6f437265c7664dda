#pragma once

#include "SettingsServices.h"

#include <QWidget>

class QListWidget;
class QPushButton;
class QStackedWidget;

namespace Ui {

class InlineMessage;
class ProviderDetails;

/// Settings ▸ Providers: the configured providers, one selected at a time with its details, and
/// adding one from the presets (the same guided steps as the welcome flow).
class ProvidersPage final : public QWidget {
    Q_OBJECT

public:
    ProvidersPage(SettingsServices services, QWidget* parent = nullptr);

    /// Shows the provider of that name, if there is one.
    void selectProvider(const QString& name);
    QString selectedProvider() const;

Q_SIGNALS:
    void providerAdded(const QString& name);
    void providerRemoved(const QString& name);

private:
    void reload();
    void showSelected();
    void openAddDialog();

    SettingsServices m_services;
    QListWidget* m_list;
    QPushButton* m_add;
    QStackedWidget* m_stack;
    QWidget* m_empty;
    ProviderDetails* m_details;
    InlineMessage* m_message;
};

} // namespace Ui
