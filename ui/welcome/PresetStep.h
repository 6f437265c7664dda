#pragma once

#include "SetupDraft.h"
#include "providers/LocalServerDetector.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QNetworkAccessManager;
class QPushButton;
class QVBoxLayout;

namespace Ui {

/// Step 1 of the setup: pick a known service, or a model server found running on this computer
/// (offered without a key).
class PresetStep final : public QWidget {
    Q_OBJECT

public:
    PresetStep(QNetworkAccessManager& network,
               QList<Providers::LocalServerDetector::Candidate> localCandidates,
               QWidget* parent = nullptr);

    /// Looks for local servers (again).
    void detectLocalServers();
    QString selectedPreset() const;
    void selectPreset(const QString& id);

Q_SIGNALS:
    void presetChosen(const QString& presetId);
    void localServerChosen(const Providers::LocalServer& server);

private:
    void showLocalServers(const QList<Providers::LocalServer>& servers);
    void clearLocalServers();
    void choose();

    QNetworkAccessManager& m_network;
    QList<Providers::LocalServerDetector::Candidate> m_candidates;
    QLabel* m_localStatus;
    QVBoxLayout* m_localList;
    QPushButton* m_lookAgain;
    QListWidget* m_presets;
    QPushButton* m_continue;
};

} // namespace Ui
