#include "BudgetsPage.h"

#include "InlineMessage.h"
#include "config/BudgetsSection.h"
#include "config/ConfigStore.h"
#include "pricing/UsdText.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace Ui {
namespace {

QString amountText(const std::optional<qint64>& microUsd)
{
    return microUsd ? Pricing::usdText(*microUsd) : QString();
}

} // namespace

BudgetsPage::BudgetsPage(SettingsServices services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_grid(new QGridLayout)
    , m_message(new InlineMessage)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* intro = new QLabel(tr("Limits in US dollars, from the costs in the local ledger. At "
                                "80% and at 100% of a limit Switchboard tells you, once per "
                                "month or day; it does not stop requests. Leave a field empty "
                                "for no limit."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addSpacing(6);
    m_message->setObjectName(QStringLiteral("budgetsMessage"));
    layout->addWidget(m_message);
    m_grid->setHorizontalSpacing(14);
    m_grid->setVerticalSpacing(8);
    layout->addLayout(m_grid);
    layout->addStretch(1);
    connect(&m_services.config, &Config::ConfigStore::changed, this, [this](const QObject* source) {
        if (source != this)
            reload();
    });
    reload();
}

BudgetsPage::Row BudgetsPage::addRow(int gridRow, const QString& provider, const QString& label)
{
    Row row{provider, new QLineEdit, new QLineEdit};
    auto* name = new QLabel(label);
    m_grid->addWidget(name, gridRow, 0);
    const struct {
        QLineEdit* edit;
        QString what;
        QString key;
    } fields[] = {{row.monthly, tr("monthly"), QStringLiteral("monthly")},
                  {row.daily, tr("daily"), QStringLiteral("daily")}};
    int column = 1;
    for (const auto& field : fields) {
        field.edit->setObjectName(
            QStringLiteral("budget_%1_%2")
                .arg(provider.isEmpty() ? QStringLiteral("all") : provider, field.key));
        field.edit->setAccessibleName(tr("%1, %2 limit in US dollars").arg(label, field.what));
        field.edit->setPlaceholderText(tr("no limit"));
        field.edit->setAlignment(Qt::AlignRight);
        field.edit->setMaximumWidth(140);
        m_grid->addWidget(field.edit, gridRow, column++);
        connect(field.edit, &QLineEdit::editingFinished, this,
                [this, row, edit = field.edit] { write(row, edit); });
    }
    name->setBuddy(row.monthly);
    return row;
}

void BudgetsPage::reload()
{
    while (QLayoutItem* item = m_grid->takeAt(0)) {
        if (QWidget* widget = item->widget()) {
            widget->hide();
            widget->deleteLater();
        }
        delete item;
    }
    m_rows.clear();
    const Config::AppConfig& config = m_services.config.config();
    auto* month = new QLabel(tr("Per month (USD)"));
    auto* day = new QLabel(tr("Per day (USD)"));
    for (QLabel* heading : {month, day}) {
        QFont bold = heading->font();
        bold.setBold(true);
        heading->setFont(bold);
    }
    m_grid->addWidget(month, 0, 1);
    m_grid->addWidget(day, 0, 2);
    m_rows.append(addRow(1, QString(), tr("&All providers")));
    int gridRow = 2;
    for (const Providers::ProviderConfig& provider : config.providers)
        m_rows.append(addRow(gridRow++, provider.name, provider.name));
    // Limits for providers that are no longer configured still count; show them too.
    for (auto it = config.budgets.providers.cbegin(); it != config.budgets.providers.cend(); ++it) {
        if (!config.findProvider(it.key()))
            m_rows.append(addRow(gridRow++, it.key(), tr("%1 (not configured)").arg(it.key())));
    }
    m_grid->setColumnStretch(3, 1);
    for (const Row& row : std::as_const(m_rows)) {
        const Pricing::BudgetLimits limits = row.provider.isEmpty()
                                                 ? config.budgets.overall
                                                 : config.budgets.providers.value(row.provider);
        row.monthly->setText(amountText(limits.monthlyMicroUsd));
        row.daily->setText(amountText(limits.dailyMicroUsd));
    }
}

void BudgetsPage::write(const Row& row, QLineEdit* edited)
{
    std::optional<qint64> monthly, daily;
    for (QLineEdit* edit : {row.monthly, row.daily}) {
        const QString text = edit->text().trimmed();
        if (text.isEmpty())
            continue;
        const std::optional<qint64> amount = Config::budgetMicroUsd(text);
        if (!amount) {
            m_message->showError(
                tr("%1: %2").arg(edit->accessibleName(), Config::budgetAmountRule()));
            if (edit == edited)
                edit->selectAll();
            return;
        }
        (edit == row.monthly ? monthly : daily) = amount;
    }
    const Pricing::BudgetLimits limits{monthly, daily};
    const Pricing::Budgets& current = m_services.config.config().budgets;
    if (limits
        == (row.provider.isEmpty() ? current.overall : current.providers.value(row.provider))) {
        m_message->clear();
        return;
    }
    const QString error = m_services.config.update(
        [&](Config::AppConfig& config) {
            if (row.provider.isEmpty())
                config.budgets.overall = limits;
            else if (limits.isEmpty())
                config.budgets.providers.remove(row.provider);
            else
                config.budgets.providers.insert(row.provider, limits);
            return QString();
        },
        this);
    m_message->showError(error);
    if (!error.isEmpty())
        return;
    row.monthly->setText(amountText(monthly));
    row.daily->setText(amountText(daily));
}

} // namespace Ui
