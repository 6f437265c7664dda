#pragma once

#include "routing/Route.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace Ui {

/// How a route behaves when things go wrong (docs/ROUTING.md): retries, the attempt budget,
/// hedging, a stream that breaks mid-answer, a request the provider calls bad.
class RoutePolicyForm final : public QWidget {
    Q_OBJECT

public:
    explicit RoutePolicyForm(QWidget* parent = nullptr);

    void setPolicy(const Routing::RoutePolicy& policy, int targetCount);

Q_SIGNALS:
    void policyEdited(const Routing::RoutePolicy& policy);

private:
    void emitPolicy();

    Routing::RoutePolicy m_policy;
    QSpinBox* m_retries;
    QSpinBox* m_maxAttempts;
    QCheckBox* m_hedge;
    QSpinBox* m_hedgeAfter;
    QComboBox* m_midStream;
    QComboBox* m_badRequest;
};

} // namespace Ui
