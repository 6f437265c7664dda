#pragma once

#include "routing/Route.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QSpinBox;

namespace Ui {

/// What one target of a route changes for the requests sent to it: weight (weighted strategy),
/// temperature, max tokens, reasoning effort, and a longer first-token wait for reasoning models.
/// Each field has a "default" value that leaves the override out of config.json.
class TargetOverridesForm final : public QWidget {
    Q_OBJECT

public:
    explicit TargetOverridesForm(QWidget* parent = nullptr);

    void setSpec(const Routing::TargetSpec& spec, Routing::Strategy strategy);

Q_SIGNALS:
    void specEdited(const Routing::TargetSpec& spec);

private:
    void emitSpec();

    Routing::TargetSpec m_spec;
    QDoubleSpinBox* m_weight;
    QDoubleSpinBox* m_temperature;
    QSpinBox* m_maxTokens;
    QComboBox* m_effort;
    QSpinBox* m_firstToken;
};

} // namespace Ui
