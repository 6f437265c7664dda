#include "TargetOverridesForm.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

namespace Ui {
namespace {

constexpr double kNoTemperature = -0.1;

} // namespace

TargetOverridesForm::TargetOverridesForm(QWidget* parent)
    : QWidget(parent)
    , m_weight(new QDoubleSpinBox)
    , m_temperature(new QDoubleSpinBox)
    , m_maxTokens(new QSpinBox)
    , m_effort(new QComboBox)
    , m_firstToken(new QSpinBox)
{
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);

    m_weight->setObjectName(QStringLiteral("targetWeight"));
    m_weight->setAccessibleName(tr("Weight"));
    m_weight->setRange(0, 1'000'000);
    m_weight->setDecimals(2);
    m_weight->setToolTip(tr("For the weighted strategy: this target's share of the requests"));
    form->addRow(tr("&Weight:"), m_weight);

    m_temperature->setObjectName(QStringLiteral("targetTemperature"));
    m_temperature->setAccessibleName(tr("Temperature"));
    m_temperature->setRange(kNoTemperature, 2);
    m_temperature->setSingleStep(0.1);
    m_temperature->setDecimals(1);
    m_temperature->setSpecialValueText(tr("model default"));
    form->addRow(tr("T&emperature:"), m_temperature);

    m_maxTokens->setObjectName(QStringLiteral("targetMaxTokens"));
    m_maxTokens->setAccessibleName(tr("Max tokens"));
    m_maxTokens->setRange(0, 10'000'000);
    m_maxTokens->setSingleStep(256);
    m_maxTokens->setSpecialValueText(tr("model default"));
    form->addRow(tr("Max &tokens:"), m_maxTokens);

    m_effort->setObjectName(QStringLiteral("targetReasoningEffort"));
    m_effort->setAccessibleName(tr("Reasoning effort"));
    m_effort->addItem(tr("model default"), QString());
    m_effort->addItem(tr("low"), QStringLiteral("low"));
    m_effort->addItem(tr("medium"), QStringLiteral("medium"));
    m_effort->addItem(tr("high"), QStringLiteral("high"));
    form->addRow(tr("&Reasoning effort:"), m_effort);

    m_firstToken->setObjectName(QStringLiteral("targetFirstToken"));
    m_firstToken->setAccessibleName(tr("First token within"));
    m_firstToken->setRange(0, 3'600'000);
    m_firstToken->setSingleStep(1000);
    m_firstToken->setSuffix(tr(" ms"));
    m_firstToken->setSpecialValueText(tr("as for every request"));
    m_firstToken->setToolTip(tr("Reasoning models may think for minutes before the first token"));
    form->addRow(tr("&First token within:"), m_firstToken);

    for (QAbstractSpinBox* box :
         {static_cast<QAbstractSpinBox*>(m_weight), static_cast<QAbstractSpinBox*>(m_temperature),
          static_cast<QAbstractSpinBox*>(m_maxTokens),
          static_cast<QAbstractSpinBox*>(m_firstToken)})
        box->setKeyboardTracking(false);
    connect(m_weight, &QDoubleSpinBox::valueChanged, this, &TargetOverridesForm::emitSpec);
    connect(m_temperature, &QDoubleSpinBox::valueChanged, this, &TargetOverridesForm::emitSpec);
    connect(m_maxTokens, &QSpinBox::valueChanged, this, &TargetOverridesForm::emitSpec);
    connect(m_firstToken, &QSpinBox::valueChanged, this, &TargetOverridesForm::emitSpec);
    connect(m_effort, &QComboBox::currentIndexChanged, this, &TargetOverridesForm::emitSpec);
}

void TargetOverridesForm::setSpec(const Routing::TargetSpec& spec, Routing::Strategy strategy)
{
    m_spec = spec;
    const QSignalBlocker b1(m_weight), b2(m_temperature), b3(m_maxTokens), b4(m_effort),
        b5(m_firstToken);
    m_weight->setValue(spec.weight);
    m_weight->setEnabled(strategy == Routing::Strategy::Weighted);
    m_temperature->setValue(spec.temperature.value_or(kNoTemperature));
    m_maxTokens->setValue(spec.maxTokens.value_or(0));
    m_effort->setCurrentIndex(std::max(0, m_effort->findData(spec.reasoningEffort)));
    m_firstToken->setValue(spec.firstTokenMs.value_or(0));
}

void TargetOverridesForm::emitSpec()
{
    Routing::TargetSpec spec = m_spec;
    spec.weight = m_weight->value();
    spec.temperature =
        m_temperature->value() < 0 ? std::nullopt : std::optional<double>(m_temperature->value());
    spec.maxTokens =
        m_maxTokens->value() > 0 ? std::optional<int>(m_maxTokens->value()) : std::nullopt;
    spec.reasoningEffort = m_effort->currentData().toString();
    spec.firstTokenMs =
        m_firstToken->value() > 0 ? std::optional<int>(m_firstToken->value()) : std::nullopt;
    if (spec == m_spec)
        return;
    m_spec = spec;
    Q_EMIT specEdited(spec);
}

} // namespace Ui
