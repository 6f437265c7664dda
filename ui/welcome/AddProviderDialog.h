#pragma once

#include "providers/LocalServerDetector.h"
#include "settings/SettingsServices.h"

#include <QDialog>

namespace Ui {

class ProviderSetup;

/// Settings ▸ Providers ▸ Add Provider: the guided setup in a window of its own (opened with
/// open(), never exec()).
class AddProviderDialog final : public QDialog {
    Q_OBJECT

public:
    AddProviderDialog(SettingsServices services, QWidget* parent = nullptr,
                      QList<Providers::LocalServerDetector::Candidate> localCandidates =
                          Providers::LocalServerDetector::defaultCandidates());

    ProviderSetup* setup() const { return m_setup; }

Q_SIGNALS:
    void providerAdded(const QString& name);

private:
    ProviderSetup* m_setup;
};

} // namespace Ui
