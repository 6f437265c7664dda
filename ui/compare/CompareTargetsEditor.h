#pragma once

#include "compare/CompareTarget.h"

#include <QList>
#include <QWidget>

class QHBoxLayout;
class QPushButton;

namespace Config {
class Profile;
struct AppConfig;
} // namespace Config

namespace Ui {

class TargetPicker;

/// The 2 to 6 targets of a compare, in order: one chat TargetPicker per column (a route or one
/// provider's model), each with a button that removes it, and Add target.
class CompareTargetsEditor final : public QWidget {
    Q_OBJECT

public:
    explicit CompareTargetsEditor(QWidget* parent = nullptr);

    /// The routes and models to offer; keeps each picker's choice if it is still there.
    void setChoices(const Config::AppConfig& config, const Config::Profile& profile);
    /// Shows these targets, one picker each (a reopened compare).
    void setTargets(const QList<Compare::CompareTarget>& targets);
    /// What each picker names, as compare targets: a configured route's name is a route, anything
    /// else a provider/model.
    QList<Compare::CompareTarget> targets() const;
    QList<TargetPicker*> pickers() const { return m_pickers; }
    QPushButton* addButton() const { return m_add; }

    void addTarget(const QString& choice = {});
    void removeTarget(int index);

Q_SIGNALS:
    void changed();

private:
    void updateButtons();

    const Config::AppConfig* m_config = nullptr;
    const Config::Profile* m_profile = nullptr;
    QHBoxLayout* m_row;
    QList<TargetPicker*> m_pickers;
    QList<QWidget*> m_cells;
    QPushButton* m_add;
};

} // namespace Ui
