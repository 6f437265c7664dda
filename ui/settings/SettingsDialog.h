#pragma once

#include "SettingsServices.h"
#include "config/Preferences.h"

#include <QDialog>

class QListWidget;
class QStackedWidget;

namespace Ui {

class BudgetsPage;
class GeneralPage;
class ProvidersPage;
class RoutesPage;

/// The settings window: Providers, Routes, Budgets and General, one page at a time. Not modal
/// (open it with show() or open(); never exec()); every edit is written to config.json at once,
/// so there is nothing to apply or cancel — Close closes.
class SettingsDialog final : public QDialog {
    Q_OBJECT

public:
    enum class Page { Providers, Routes, Budgets, General };

    SettingsDialog(SettingsServices services, QWidget* parent = nullptr);

    void showPage(Page page);
    Page currentPage() const;
    ProvidersPage* providersPage() const { return m_providers; }
    RoutesPage* routesPage() const { return m_routes; }
    BudgetsPage* budgetsPage() const { return m_budgets; }
    GeneralPage* generalPage() const { return m_general; }

Q_SIGNALS:
    /// config.json was written (or read again): whatever shows providers or routes reloads.
    void configChanged();
    void providerAdded(const QString& name);
    /// Theme, font size or language changed; the window applies theme and font size at once.
    void preferencesChanged(const Config::Preferences& preferences);

private:
    QListWidget* m_nav;
    QStackedWidget* m_pages;
    ProvidersPage* m_providers;
    RoutesPage* m_routes;
    BudgetsPage* m_budgets;
    GeneralPage* m_general;
};

} // namespace Ui
