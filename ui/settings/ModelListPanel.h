#pragma once

#include "SettingsServices.h"
#include "providers/ModelCache.h"
#include "providers/ModelListCall.h"
#include "providers/ProviderConfig.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace Ui {

class InlineMessage;

/// A provider's model list as last fetched (kept in the profile's cache), when it was fetched,
/// and Refresh to ask the provider again.
class ModelListPanel final : public QWidget {
    Q_OBJECT

public:
    ModelListPanel(SettingsServices services, QWidget* parent = nullptr);

    void setProvider(const Providers::ProviderConfig& provider);
    void refresh();
    /// Shows (and keeps) a list fetched elsewhere, e.g. by a test.
    void keep(const QList<Providers::ModelInfo>& models);

Q_SIGNALS:
    /// A new list was fetched and kept.
    void modelsChanged(const QString& provider);

private:
    void showCached();
    void showList(const Providers::CachedModels& list);
    void fetch(const QString& key);

    SettingsServices m_services;
    Providers::ProviderConfig m_provider;
    QLabel* m_fetched;
    QListWidget* m_list;
    QPushButton* m_refresh;
    InlineMessage* m_message;
    QPointer<Providers::ModelListCall> m_call;
};

} // namespace Ui
