#pragma once

#include "SetupDraft.h"
#include "settings/SettingsServices.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;

namespace Ui {

class InlineMessage;

/// Step 4 of the setup: pick the model the route "default" gets, then write everything — the key
/// to the keychain (or the session), the provider and the route to config.json, the model list to
/// the cache.
class FinishStep final : public QWidget {
    Q_OBJECT

public:
    FinishStep(SettingsServices services, QWidget* parent = nullptr);

    void begin(const Ui::SetupDraft& draft);

Q_SIGNALS:
    void back();
    /// Written; `routeTarget` is what joined the route "default" (empty when nothing did).
    void added(const QString& name, const QString& routeTarget);

private:
    void finish();
    void keepForSession();
    void writeConfig();

    SettingsServices m_services;
    SetupDraft m_draft;
    QLabel* m_heading;
    QComboBox* m_model;
    QCheckBox* m_joinRoute;
    InlineMessage* m_message;
    QPushButton* m_finish;
};

} // namespace Ui
