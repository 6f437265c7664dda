#pragma once

#include "providers/LocalServerDetector.h"
#include "settings/SettingsServices.h"

#include <QWidget>

namespace Ui {

class ProviderSetup;

/// What the main window shows while no provider is configured: a greeting and the guided setup
/// of a first provider, which takes well under a minute.
class WelcomeFlow final : public QWidget {
    Q_OBJECT

public:
    WelcomeFlow(SettingsServices services,
                QList<Providers::LocalServerDetector::Candidate> localCandidates =
                    Providers::LocalServerDetector::defaultCandidates(),
                QWidget* parent = nullptr);

    ProviderSetup* setup() const { return m_setup; }

Q_SIGNALS:
    void providerAdded(const QString& name);
    /// The user pressed Start Chatting.
    void finished(const QString& name);

private:
    ProviderSetup* m_setup;
};

} // namespace Ui
