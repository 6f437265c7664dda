#pragma once

#include "SettingsServices.h"
#include "providers/ProviderConfig.h"
#include "providers/ProviderProbe.h"

#include <QPointer>
#include <QWidget>

class QPushButton;

namespace Ui {

class InlineMessage;

/// `providers test` for the settings: a button, and the result in place — what was checked, or
/// which step failed and what to do.
class ProviderTestPanel final : public QWidget {
    Q_OBJECT

public:
    ProviderTestPanel(SettingsServices services, QWidget* parent = nullptr);

    void setProvider(const Providers::ProviderConfig& provider);
    void start();

Q_SIGNALS:
    void finished(const Providers::ProbeResult& result);

private:
    void runProbe(const QString& key);

    SettingsServices m_services;
    Providers::ProviderConfig m_provider;
    QPushButton* m_test;
    InlineMessage* m_result;
    QPointer<Providers::ProviderProbe> m_probe;
};

} // namespace Ui
