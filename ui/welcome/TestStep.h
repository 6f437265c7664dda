#pragma once

#include "SetupDraft.h"
#include "providers/ProviderProbe.h"
#include "settings/SettingsServices.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;

namespace Ui {

class InlineMessage;

/// Step 3 of the setup: `providers test` on the draft, before anything is written — the model
/// list (reachable? key accepted?), then one tiny request. Shows each step's result; on failure
/// which step failed and what to do, with Back and Try Again.
class TestStep final : public QWidget {
    Q_OBJECT

public:
    TestStep(SettingsServices services, QWidget* parent = nullptr);

    void begin(const Ui::SetupDraft& draft);
    bool isRunning() const { return m_probe != nullptr; }

Q_SIGNALS:
    void back();
    void passed(const Ui::SetupDraft& draft);

private:
    void run();
    void onFinished(const Providers::ProbeResult& result);
    void setStep(QLabel* label, int state, const QString& text);

    SettingsServices m_services;
    SetupDraft m_draft;
    QLabel* m_heading;
    QLabel* m_models;
    QLabel* m_chat;
    InlineMessage* m_report;
    QPushButton* m_retry;
    QPushButton* m_continue;
    QPointer<Providers::ProviderProbe> m_probe;
};

} // namespace Ui
