#include "CompareTargetsEditor.h"

#include "chat/TargetPicker.h"
#include "compare/CompareRequest.h"
#include "config/AppConfig.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QToolButton>

namespace Ui {

CompareTargetsEditor::CompareTargetsEditor(QWidget* parent)
    : QWidget(parent)
    , m_row(new QHBoxLayout(this))
    , m_add(new QPushButton(tr("Add target")))
{
    setObjectName(QStringLiteral("compareTargets"));
    m_row->setContentsMargins(0, 0, 0, 0);
    m_row->setSpacing(6);
    m_add->setObjectName(QStringLiteral("addTargetButton"));
    m_add->setToolTip(tr("Add a column (up to %1)").arg(Compare::kMaxColumns));
    m_row->addWidget(m_add);
    m_row->addStretch(1);
    connect(m_add, &QPushButton::clicked, this, [this] { addTarget(); });
}

void CompareTargetsEditor::setChoices(const Config::AppConfig& config,
                                      const Config::Profile& profile)
{
    m_config = &config;
    m_profile = &profile;
    for (TargetPicker* picker : std::as_const(m_pickers))
        picker->setChoices(config, profile);
    while (m_pickers.size() < Compare::kMinColumns)
        addTarget();
}

void CompareTargetsEditor::setTargets(const QList<Compare::CompareTarget>& targets)
{
    while (!m_pickers.isEmpty())
        removeTarget(int(m_pickers.size()) - 1);
    for (const Compare::CompareTarget& target : targets)
        addTarget(target.name);
}

QList<Compare::CompareTarget> CompareTargetsEditor::targets() const
{
    QList<Compare::CompareTarget> out;
    for (const TargetPicker* picker : m_pickers) {
        const QString choice = picker->choice();
        if (choice.isEmpty())
            continue;
        const bool route = (m_config && m_config->findRoute(choice)) || !choice.contains(u'/');
        out.append(route ? Compare::CompareTarget::route(choice)
                         : Compare::CompareTarget::model(choice));
    }
    return out;
}

void CompareTargetsEditor::addTarget(const QString& choice)
{
    if (m_pickers.size() >= Compare::kMaxColumns)
        return;
    auto* cell = new QWidget;
    auto* layout = new QHBoxLayout(cell);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto* picker = new TargetPicker;
    picker->setObjectName(QStringLiteral("compareTargetPicker"));
    picker->setAccessibleName(tr("Target %1").arg(m_pickers.size() + 1));
    picker->setToolTip(tr("A route (with its fallback) or one model"));
    if (m_config && m_profile)
        picker->setChoices(*m_config, *m_profile);
    if (!choice.isEmpty()) {
        picker->setChoice(choice);
    } else if (!m_pickers.isEmpty()) {
        // A new column proposes the next thing listed, so that two columns differ.
        const int next = m_pickers.last()->currentIndex() + 1;
        const int keep = picker->currentIndex();
        int i = next;
        for (; i < picker->count(); ++i) {
            picker->setCurrentIndex(i); // headers hold no choice
            if (!picker->choice().isEmpty())
                break;
        }
        if (i >= picker->count())
            picker->setCurrentIndex(keep);
    }
    layout->addWidget(picker);
    auto* remove = new QToolButton;
    remove->setObjectName(QStringLiteral("removeTargetButton"));
    remove->setText(QStringLiteral("×"));
    remove->setAccessibleName(tr("Remove this target"));
    remove->setToolTip(tr("Remove this target"));
    layout->addWidget(remove);
    connect(remove, &QToolButton::clicked, this,
            [this, cell] { removeTarget(int(m_cells.indexOf(cell))); });
    connect(picker, &TargetPicker::choiceChanged, this, &CompareTargetsEditor::changed);
    m_row->insertWidget(int(m_cells.size()), cell);
    m_pickers.append(picker);
    m_cells.append(cell);
    updateButtons();
    Q_EMIT changed();
}

void CompareTargetsEditor::removeTarget(int index)
{
    if (index < 0 || index >= m_cells.size())
        return;
    delete m_cells.takeAt(index);
    m_pickers.removeAt(index);
    updateButtons();
    Q_EMIT changed();
}

void CompareTargetsEditor::updateButtons()
{
    m_add->setEnabled(m_pickers.size() < Compare::kMaxColumns);
    for (QWidget* cell : std::as_const(m_cells)) {
        if (auto* remove = cell->findChild<QToolButton*>(QStringLiteral("removeTargetButton")))
            remove->setEnabled(m_pickers.size() > Compare::kMinColumns);
    }
}

} // namespace Ui
