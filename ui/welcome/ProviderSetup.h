#pragma once

#include "providers/LocalServerDetector.h"
#include "settings/SettingsServices.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace Ui {

class FinishStep;
class KeyStep;
class PresetStep;
class TestStep;
struct SetupDraft;

/// The guided way to add a provider, for the first run and for Settings ▸ Providers ▸ Add:
/// choose a service or a local server, paste the key, test it, pick the default route's model,
/// done. Asynchronous throughout; nothing is written before the test has passed.
class ProviderSetup final : public QWidget {
    Q_OBJECT

public:
    enum class Step { Choose, Key, Test, Finish, Done };

    ProviderSetup(SettingsServices services,
                  QList<Providers::LocalServerDetector::Candidate> localCandidates =
                      Providers::LocalServerDetector::defaultCandidates(),
                  QWidget* parent = nullptr);

    Step step() const { return m_step; }
    /// Back to the first step, looking for local servers again.
    void restart();
    /// The text of the Done step's main button ("Start Chatting", "Close").
    void setDoneText(const QString& text);

Q_SIGNALS:
    /// The provider is configured (config.json written, key kept).
    void providerAdded(const QString& name);
    /// The user is done: the Done step's main button.
    void finished(const QString& name);
    void stepChanged(Ui::ProviderSetup::Step step);

private:
    void go(Step step);
    void choosePreset(const QString& presetId);
    void chooseLocalServer(const Providers::LocalServer& server);
    void showDone(const QString& name, const QString& routeTarget);
    QString freeName(const QString& base) const;

    SettingsServices m_services;
    Step m_step = Step::Choose;
    QList<QLabel*> m_crumbs;
    QStackedWidget* m_pages;
    PresetStep* m_choose;
    KeyStep* m_key;
    TestStep* m_test;
    FinishStep* m_finish;
    QWidget* m_done;
    QLabel* m_doneTitle;
    QLabel* m_doneText;
    QPushButton* m_doneButton;
    QPushButton* m_addAnother;
    QString m_added;
    bool m_cameFromKeyStep = false;
};

} // namespace Ui
