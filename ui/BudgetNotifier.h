#pragma once

#include "pricing/Budgets.h"
#include "storage/ConnectionSettings.h"

#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>

#include <memory>

namespace Storage {
class StatsWorker;
struct StatsSnapshot;
} // namespace Storage

namespace Ui {

/// Tells the desktop user when spending crosses 80% or 100% of a budget (config.json "budgets",
/// overall or per provider, monthly or daily): check() after a request, and once a minute for
/// requests made elsewhere (the compare view, the gateway, the CLI, a team's other members). The
/// spend is read from the ledger's rollup (the profile's file or the shared server) on a
/// StatsWorker thread, never on the GUI thread. Each threshold is announced
/// once per month or day (and once per run of the app for those already crossed at start).
class BudgetNotifier final : public QObject {
    Q_OBJECT

public:
    BudgetNotifier(Storage::ConnectionSettings ledger, Pricing::Budgets budgets,
                   QObject* parent = nullptr);
    ~BudgetNotifier() override;

    void setBudgets(Pricing::Budgets budgets);
    /// Another ledger (the profile now points at a shared server, or back at its file).
    void setLedger(Storage::ConnectionSettings ledger);
    /// Reads the spend again (soon: checks asked for in one burst are read once).
    void check();

Q_SIGNALS:
    /// One sentence per threshold newly crossed, for a banner or the status bar.
    void crossed(const QString& text);

private:
    void onReady(const Storage::StatsSnapshot& snapshot);

    Storage::ConnectionSettings m_ledger;
    Pricing::Budgets m_budgets;
    std::unique_ptr<Storage::StatsWorker> m_worker;
    QTimer m_soon;
    QTimer m_everyMinute;
    quint64 m_generation = 0;
    QSet<QString> m_announced;
};

} // namespace Ui
