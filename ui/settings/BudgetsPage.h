#pragma once

#include "SettingsServices.h"
#include "pricing/Budgets.h"

#include <QWidget>

class QGridLayout;
class QLineEdit;

namespace Ui {

class InlineMessage;

/// Settings ▸ Budgets: monthly and daily spending limits over all providers and per provider
/// (config.json "budgets"). Reaching 80% and 100% of a limit is reported once per month or day.
/// Amounts are US dollars, kept exactly; an empty field is no limit.
class BudgetsPage final : public QWidget {
    Q_OBJECT

public:
    BudgetsPage(SettingsServices services, QWidget* parent = nullptr);

private:
    struct Row {
        QString provider; ///< empty: the overall limits
        QLineEdit* monthly;
        QLineEdit* daily;
    };

    void reload();
    void write(const Row& row, QLineEdit* edited);
    Row addRow(int gridRow, const QString& provider, const QString& label);

    SettingsServices m_services;
    QGridLayout* m_grid;
    QList<Row> m_rows;
    InlineMessage* m_message;
};

} // namespace Ui
