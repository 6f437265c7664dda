#pragma once

#include "compare/CompareRequest.h"

#include <QFrame>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

namespace Config {
class Profile;
struct AppConfig;
} // namespace Config

namespace Ui {

class CompareTargetsEditor;

/// Above the columns: the prompt, the optional system prompt (folded away until asked for), the
/// targets, and Run (Ctrl+Enter), which becomes Stop all while the compare runs.
class CompareSetup final : public QFrame {
    Q_OBJECT

public:
    explicit CompareSetup(QWidget* parent = nullptr);

    void setChoices(const Config::AppConfig& config, const Config::Profile& profile);
    /// What the fields ask for.
    Compare::CompareRequest request() const;
    /// Shows a reopened compare's prompt, system prompt and targets.
    void setRequest(const Compare::CompareRequest& request);
    void setRunning(bool running);
    void setProblem(const QString& text);

    QPlainTextEdit* promptEdit() const { return m_prompt; }
    QPlainTextEdit* systemEdit() const { return m_system; }
    QToolButton* systemToggle() const { return m_systemToggle; }
    CompareTargetsEditor* targets() const { return m_targets; }
    QPushButton* runButton() const { return m_run; }
    QLabel* problemLabel() const { return m_problem; }

Q_SIGNALS:
    void runRequested();
    void stopRequested();

private:
    void updateRunButton();

    QPlainTextEdit* m_prompt;
    QToolButton* m_systemToggle;
    QPlainTextEdit* m_system;
    CompareTargetsEditor* m_targets;
    QPushButton* m_run;
    QLabel* m_problem;
    bool m_running = false;
};

} // namespace Ui
