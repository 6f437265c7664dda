#include "CompareSetup.h"

#include "CompareTargetsEditor.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace Ui {
namespace {

QPlainTextEdit* field(const QString& objectName, const QString& placeholder, int lines)
{
    auto* edit = new QPlainTextEdit;
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    edit->setAccessibleName(placeholder);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 14);
    return edit;
}

} // namespace

CompareSetup::CompareSetup(QWidget* parent)
    : QFrame(parent)
    , m_prompt(field(QStringLiteral("comparePrompt"),
                     tr("One prompt for every column (Ctrl+Enter runs the compare)"), 3))
    , m_systemToggle(new QToolButton)
    , m_system(field(QStringLiteral("compareSystemPrompt"), tr("System prompt (optional)"), 2))
    , m_targets(new CompareTargetsEditor)
    , m_run(new QPushButton(tr("Run")))
    , m_problem(new QLabel)
{
    setObjectName(QStringLiteral("compareSetup"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 4);
    layout->setSpacing(6);
    layout->addWidget(m_prompt);
    m_systemToggle->setObjectName(QStringLiteral("compareSystemToggle"));
    m_systemToggle->setText(tr("System prompt"));
    m_systemToggle->setCheckable(true);
    m_systemToggle->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_system->hide();
    layout->addWidget(m_system);

    auto* row = new QHBoxLayout;
    row->setSpacing(8);
    row->addWidget(m_systemToggle);
    auto* targetsLabel = new QLabel(tr("Targets:"));
    row->addWidget(targetsLabel);
    row->addWidget(m_targets, 1);
    m_run->setObjectName(QStringLiteral("runCompareButton"));
    m_run->setDefault(true);
    row->addWidget(m_run);
    layout->addLayout(row);

    m_problem->setObjectName(QStringLiteral("compareProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->hide();
    layout->addWidget(m_problem);

    connect(m_systemToggle, &QToolButton::toggled, this, [this](bool shown) {
        m_system->setVisible(shown);
        if (shown)
            m_system->setFocus();
    });
    connect(m_run, &QPushButton::clicked, this, [this] {
        if (m_running)
            Q_EMIT stopRequested();
        else
            Q_EMIT runRequested();
    });
    connect(m_prompt, &QPlainTextEdit::textChanged, this, &CompareSetup::updateRunButton);
    connect(m_targets, &CompareTargetsEditor::changed, this, &CompareSetup::updateRunButton);
    setFocusProxy(m_prompt);
    updateRunButton();
}

void CompareSetup::setChoices(const Config::AppConfig& config, const Config::Profile& profile)
{
    m_targets->setChoices(config, profile);
}

Compare::CompareRequest CompareSetup::request() const
{
    Compare::CompareRequest request;
    request.prompt = m_prompt->toPlainText().trimmed();
    request.system = m_system->toPlainText().trimmed();
    request.targets = m_targets->targets();
    return request;
}

void CompareSetup::setRequest(const Compare::CompareRequest& request)
{
    m_prompt->setPlainText(request.prompt);
    m_system->setPlainText(request.system);
    m_systemToggle->setChecked(!request.system.isEmpty());
    m_targets->setTargets(request.targets);
}

void CompareSetup::setRunning(bool running)
{
    m_running = running;
    updateRunButton();
}

void CompareSetup::setProblem(const QString& text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

void CompareSetup::updateRunButton()
{
    m_run->setText(m_running ? tr("Stop all") : tr("Run"));
    m_run->setToolTip(m_running ? tr("Stop every column") : tr("Ask every target (Ctrl+Enter)"));
    m_targets->setEnabled(!m_running);
    const bool ready = !m_prompt->toPlainText().trimmed().isEmpty()
                       && m_targets->targets().size() >= Compare::kMinColumns;
    m_run->setEnabled(m_running || ready);
}

} // namespace Ui
