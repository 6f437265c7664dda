#pragma once

#include "SettingsServices.h"
#include "routing/Route.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QListView;
class QPushButton;

namespace Ui {

class InlineMessage;
class RoutePolicyForm;
class RouteTargetsModel;
class TargetOverridesForm;

/// One route: its strategy, its targets in order (drag to reorder, or Move Up / Move Down), adding
/// targets from the configured providers' models, the selected target's overrides and the
/// route's policy. Every change is written to config.json at once.
class RouteEditor final : public QWidget {
    Q_OBJECT

public:
    RouteEditor(SettingsServices services, QWidget* parent = nullptr);

    void setRoute(const Routing::Route& route);
    QString routeName() const { return m_route.name; }
    RouteTargetsModel* targetsModel() const { return m_targets; }

private:
    void write();
    void fillProviders();
    void fillModels();
    void addTarget();
    void moveSelected(int delta);
    void removeSelected();
    void showSelected();
    int selectedRow() const;

    SettingsServices m_services;
    Routing::Route m_route;
    QLabel* m_title;
    QComboBox* m_strategy;
    QLabel* m_strategyHelp;
    RouteTargetsModel* m_targets;
    QListView* m_targetView;
    QPushButton* m_up;
    QPushButton* m_down;
    QPushButton* m_remove;
    QComboBox* m_provider;
    QComboBox* m_model;
    QPushButton* m_add;
    TargetOverridesForm* m_overrides;
    QLabel* m_overridesTitle;
    RoutePolicyForm* m_policy;
    InlineMessage* m_message;
};

} // namespace Ui
