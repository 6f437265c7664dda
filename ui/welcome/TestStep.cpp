#include "TestStep.h"

#include "config/ConfigStore.h"
#include "providers/ProviderAdapter.h"
#include "providers/ProviderPresets.h"
#include "providers/ProviderProbe.h"
#include "settings/InlineMessage.h"
#include "settings/ProbeReport.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Ui {
namespace {

enum StepState { Waiting, Running, Passed, Failed, Skipped };

/// The state's mark, coloured: ✓ green, ✗ red, the others plain.
QString mark(int state)
{
    switch (state) {
    case Running:
        return QStringLiteral("…");
    case Passed:
        return QStringLiteral("<span style=\"color:#2e9d3a\">✓</span>");
    case Failed:
        return QStringLiteral("<span style=\"color:#d32f2f\">✗</span>");
    case Skipped:
        return QStringLiteral("–");
    default:
        break;
    }
    return QStringLiteral("○");
}

} // namespace

TestStep::TestStep(SettingsServices services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_heading(new QLabel)
    , m_models(new QLabel)
    , m_chat(new QLabel)
    , m_report(new InlineMessage)
    , m_retry(new QPushButton(tr("Try &Again")))
    , m_continue(new QPushButton(tr("&Continue")))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_heading->setObjectName(QStringLiteral("testStepHeading"));
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.15);
    m_heading->setFont(headingFont);
    layout->addWidget(m_heading);
    layout->addSpacing(6);
    for (QLabel* step : {m_models, m_chat}) {
        step->setWordWrap(true);
        step->setTextFormat(Qt::RichText);
        layout->addWidget(step);
    }
    m_models->setObjectName(QStringLiteral("modelsStepState"));
    m_chat->setObjectName(QStringLiteral("chatStepState"));
    layout->addSpacing(6);
    m_report->setObjectName(QStringLiteral("testReport"));
    layout->addWidget(m_report);
    layout->addStretch(1);

    auto* buttons = new QHBoxLayout;
    auto* backButton = new QPushButton(tr("&Back"));
    backButton->setObjectName(QStringLiteral("testStepBack"));
    buttons->addWidget(backButton);
    buttons->addStretch(1);
    m_retry->setObjectName(QStringLiteral("testRetry"));
    m_continue->setObjectName(QStringLiteral("testContinue"));
    m_continue->setDefault(true);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_continue);
    layout->addLayout(buttons);

    connect(backButton, &QPushButton::clicked, this, [this] {
        delete m_probe;
        Q_EMIT back();
    });
    connect(m_retry, &QPushButton::clicked, this, &TestStep::run);
    connect(m_continue, &QPushButton::clicked, this, [this] { Q_EMIT passed(m_draft); });
}

void TestStep::begin(const SetupDraft& draft)
{
    m_draft = draft;
    const Providers::ProviderPreset* preset = Providers::findPreset(draft.provider.preset);
    m_heading->setText(
        tr("Testing %1").arg(preset ? preset->displayName : draft.provider.baseUrl.host()));
    run();
}

void TestStep::setStep(QLabel* label, int state, const QString& text)
{
    label->setText(QStringLiteral("%1&nbsp;&nbsp;%2").arg(mark(state), text.toHtmlEscaped()));
    label->setAccessibleName(text);
    static const char* const names[] = {"waiting", "running", "passed", "failed", "skipped"};
    label->setProperty("stepState", QString::fromLatin1(names[state]));
    label->setForegroundRole(state == Waiting || state == Skipped ? QPalette::PlaceholderText
                                                                  : QPalette::WindowText);
}

void TestStep::run()
{
    delete m_probe;
    m_report->clear();
    m_retry->setVisible(false);
    m_continue->setEnabled(false);
    setStep(m_models, Running,
            tr("Step 1: asking %1 for its model list (is it reachable, is the key accepted?)")
                .arg(m_draft.provider.baseUrl.host()));
    setStep(m_chat, Waiting, tr("Step 2: one tiny test request"));
    const Providers::ProviderAdapter* adapter = Providers::adapterFor(m_draft.provider.kind);
    m_probe =
        new Providers::ProviderProbe(m_services.network, *adapter, m_draft.provider, m_draft.key,
                                     {}, m_services.config.config().timeouts, this);
    connect(m_probe, &Providers::ProviderProbe::finished, this, &TestStep::onFinished);
    m_probe->start();
}

void TestStep::onFinished(const Providers::ProbeResult& result)
{
    m_probe->deleteLater();
    m_probe = nullptr;
    const bool modelsFailed = result.failedStep == QLatin1String("models");
    if (modelsFailed) {
        setStep(m_models, Failed, tr("Step 1: the model list did not arrive"));
        setStep(m_chat, Skipped, tr("Step 2: not sent"));
    } else {
        setStep(m_models, Passed,
                result.modelListOffered ? tr("Step 1: %n model(s) listed in %1 ms", nullptr,
                                             static_cast<int>(result.models.size()))
                                              .arg(result.modelsMs)
                                        : tr("Step 1: %1 offers no model list; skipped")
                                              .arg(m_draft.provider.baseUrl.host()));
        if (result.chatModel.isEmpty())
            setStep(m_chat, Skipped, tr("Step 2: no model to ask"));
        else if (result.outcome == Chat::Outcome::Ok)
            setStep(m_chat, Passed,
                    tr("Step 2: %1 answered in %2 ms")
                        .arg(result.chatModel)
                        .arg(result.chatAttempt.totalMs));
        else
            setStep(m_chat, Failed, tr("Step 2: %1 did not answer").arg(result.chatModel));
    }
    const ProbeReport report = ProbeReport::of(m_draft.provider, result);
    m_report->showMessage(report.ok ? InlineMessage::Kind::Success : InlineMessage::Kind::Error,
                          report.text);
    m_retry->setVisible(!report.ok);
    m_continue->setEnabled(report.ok);
    if (report.ok) {
        m_draft.models = result.models;
        m_draft.chatModel = result.chatModel;
        m_continue->setFocus(Qt::OtherFocusReason);
    } else {
        m_retry->setFocus(Qt::OtherFocusReason);
    }
}

} // namespace Ui
