#include "RoutePolicyForm.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>

namespace Ui {
namespace {

constexpr int kDefaultHedgeMs = 2'500;

} // namespace

RoutePolicyForm::RoutePolicyForm(QWidget* parent)
    : QWidget(parent)
    , m_retries(new QSpinBox)
    , m_maxAttempts(new QSpinBox)
    , m_hedge(new QCheckBox(tr("&Hedge after")))
    , m_hedgeAfter(new QSpinBox)
    , m_midStream(new QComboBox)
    , m_badRequest(new QComboBox)
{
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);

    m_retries->setObjectName(QStringLiteral("retriesPerTarget"));
    m_retries->setAccessibleName(tr("Retries per target"));
    m_retries->setRange(0, 5);
    m_retries->setToolTip(tr("Retries of the same target after a transient failure (rate limit, "
                             "overload, timeout), with backoff"));
    form->addRow(tr("Retries per &target:"), m_retries);

    m_maxAttempts->setObjectName(QStringLiteral("maxAttempts"));
    m_maxAttempts->setAccessibleName(tr("Attempts at most"));
    m_maxAttempts->setRange(0, 50);
    // Room for the longest "automatic (N)" the special value shows.
    m_maxAttempts->setMinimumWidth(
        m_maxAttempts->fontMetrics().horizontalAdvance(tr("automatic (%1)").arg(12)) + 48);
    form->addRow(tr("Attempts at &most:"), m_maxAttempts);

    auto* hedgeRow = new QHBoxLayout;
    m_hedge->setObjectName(QStringLiteral("hedgeEnabled"));
    m_hedgeAfter->setObjectName(QStringLiteral("hedgeAfterMs"));
    m_hedgeAfter->setAccessibleName(tr("Hedge after"));
    m_hedgeAfter->setRange(1, 600'000);
    m_hedgeAfter->setSingleStep(250);
    m_hedgeAfter->setSuffix(tr(" ms"));
    m_hedge->setToolTip(tr("When the first target has sent no token by then, start the next one "
                           "as well; the first to stream wins, the other is cancelled"));
    hedgeRow->addWidget(m_hedge);
    hedgeRow->addWidget(m_hedgeAfter);
    hedgeRow->addWidget(new QLabel(tr("without a token")));
    hedgeRow->addStretch(1);
    auto* hedgeLabel = new QLabel(tr("Hedging:"));
    hedgeLabel->setBuddy(m_hedge);
    form->addRow(hedgeLabel, hedgeRow);

    m_midStream->setObjectName(QStringLiteral("midStreamPolicy"));
    m_midStream->setAccessibleName(tr("When a stream breaks"));
    m_midStream->addItem(tr("restart on the next target"),
                         static_cast<int>(Routing::MidStreamPolicy::Restart));
    m_midStream->addItem(tr("stop"), static_cast<int>(Routing::MidStreamPolicy::Stop));
    m_midStream->setToolTip(tr("Either way the partial answer is kept, marked as such, never "
                               "merged into the answer"));
    form->addRow(tr("When a stream &breaks:"), m_midStream);

    m_badRequest->setObjectName(QStringLiteral("onBadRequest"));
    m_badRequest->setAccessibleName(tr("On a bad request"));
    m_badRequest->addItem(tr("stop (it would fail everywhere)"), false);
    m_badRequest->addItem(tr("fall back to the next target"), true);
    form->addRow(tr("On a bad &request:"), m_badRequest);

    for (QSpinBox* box : {m_retries, m_maxAttempts, m_hedgeAfter})
        box->setKeyboardTracking(false);
    connect(m_retries, &QSpinBox::valueChanged, this, &RoutePolicyForm::emitPolicy);
    connect(m_maxAttempts, &QSpinBox::valueChanged, this, &RoutePolicyForm::emitPolicy);
    connect(m_hedgeAfter, &QSpinBox::valueChanged, this, &RoutePolicyForm::emitPolicy);
    connect(m_hedge, &QCheckBox::toggled, this, [this](bool on) {
        m_hedgeAfter->setEnabled(on);
        emitPolicy();
    });
    connect(m_midStream, &QComboBox::currentIndexChanged, this, &RoutePolicyForm::emitPolicy);
    connect(m_badRequest, &QComboBox::currentIndexChanged, this, &RoutePolicyForm::emitPolicy);
}

void RoutePolicyForm::setPolicy(const Routing::RoutePolicy& policy, int targetCount)
{
    m_policy = policy;
    const QSignalBlocker b1(m_retries), b2(m_maxAttempts), b3(m_hedge), b4(m_hedgeAfter),
        b5(m_midStream), b6(m_badRequest);
    m_retries->setValue(policy.retriesPerTarget);
    Routing::Route sized;
    sized.targets.resize(targetCount);
    sized.policy = policy;
    sized.policy.maxAttempts = 0;
    m_maxAttempts->setSpecialValueText(tr("automatic (%1)").arg(sized.attemptBudget()));
    m_maxAttempts->setValue(policy.maxAttempts);
    m_hedge->setChecked(policy.hedgeAfterMs.has_value());
    m_hedgeAfter->setEnabled(policy.hedgeAfterMs.has_value());
    m_hedgeAfter->setValue(policy.hedgeAfterMs.value_or(kDefaultHedgeMs));
    m_midStream->setCurrentIndex(m_midStream->findData(static_cast<int>(policy.midStream)));
    m_badRequest->setCurrentIndex(policy.fallBackOnBadRequest ? 1 : 0);
}

void RoutePolicyForm::emitPolicy()
{
    Routing::RoutePolicy policy = m_policy;
    policy.retriesPerTarget = m_retries->value();
    policy.maxAttempts = m_maxAttempts->value();
    policy.hedgeAfterMs =
        m_hedge->isChecked() ? std::optional<int>(m_hedgeAfter->value()) : std::nullopt;
    policy.midStream = static_cast<Routing::MidStreamPolicy>(m_midStream->currentData().toInt());
    policy.fallBackOnBadRequest = m_badRequest->currentData().toBool();
    if (policy == m_policy)
        return;
    m_policy = policy;
    Q_EMIT policyEdited(policy);
}

} // namespace Ui
