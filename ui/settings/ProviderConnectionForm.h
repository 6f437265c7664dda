#pragma once

#include "SettingsServices.h"
#include "providers/ProviderConfig.h"

#include <QWidget>

class QCheckBox;
class QLineEdit;
class QPushButton;

namespace Ui {

class InlineMessage;

/// Where a provider is reached and how its key travels: the base URL, the environment variable
/// that may hold the key, and whether the key may go over plain http to another computer. The
/// keys issue's rules apply as in `providers set`: a bad URL is refused with the CLI's words, and
/// moving to another host while a key exists asks, in place, whether that host is meant to get the
/// key.
class ProviderConnectionForm final : public QWidget {
    Q_OBJECT

public:
    ProviderConnectionForm(SettingsServices services, QWidget* parent = nullptr);

    void setProvider(const Providers::ProviderConfig& provider);

Q_SIGNALS:
    /// The provider was written with a new base URL, key variable or http choice.
    void providerChanged(const QString& name);

private:
    void applyUrl();
    void applyKeyVariable();
    void applyInsecure(bool allowed);
    void save(const Providers::ProviderConfig& updated, const QUrl& before);
    void updateInsecureVisibility();

    SettingsServices m_services;
    Providers::ProviderConfig m_provider;
    QLineEdit* m_url;
    QPushButton* m_apply;
    QLineEdit* m_keyVariable;
    QCheckBox* m_insecure;
    InlineMessage* m_message;
};

} // namespace Ui
