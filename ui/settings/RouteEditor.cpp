#include "RouteEditor.h"

#include "InlineMessage.h"
#include "RoutePolicyForm.h"
#include "RouteTargetsModel.h"
#include "TargetOverridesForm.h"
#include "config/ConfigStore.h"
#include "config/RouteEdits.h"
#include "providers/ModelCache.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace Ui {
namespace {

QString strategyHelp(Routing::Strategy strategy)
{
    switch (strategy) {
    case Routing::Strategy::Ordered:
        break;
    case Routing::Strategy::Cheapest:
        return RouteEditor::tr("The cheapest target for each request goes first, from the price "
                               "catalog; targets without a known price go last.");
    case Routing::Strategy::Fastest:
        return RouteEditor::tr("The target with the shortest median time to the first token over "
                               "the last 7 days goes first.");
    case Routing::Strategy::Weighted:
        return RouteEditor::tr("Requests are spread over the targets by their weights.");
    }
    return RouteEditor::tr("Targets are tried in the order of the list; the next one only when "
                           "one fails.");
}

} // namespace

RouteEditor::RouteEditor(SettingsServices services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_title(new QLabel)
    , m_strategy(new QComboBox)
    , m_strategyHelp(new QLabel)
    , m_targets(new RouteTargetsModel(this))
    , m_targetView(new QListView)
    , m_up(new QPushButton(tr("Move &Up")))
    , m_down(new QPushButton(tr("Move &Down")))
    , m_remove(new QPushButton(tr("Re&move")))
    , m_provider(new QComboBox)
    , m_model(new QComboBox)
    , m_add(new QPushButton(tr("&Add Target")))
    , m_overrides(new TargetOverridesForm)
    , m_overridesTitle(new QLabel)
    , m_policy(new RoutePolicyForm)
    , m_message(new InlineMessage)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title->setObjectName(QStringLiteral("routeTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);
    m_message->setObjectName(QStringLiteral("routeMessage"));
    layout->addWidget(m_message);

    auto* strategyForm = new QFormLayout;
    strategyForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_strategy->setObjectName(QStringLiteral("strategy"));
    m_strategy->setAccessibleName(tr("Strategy"));
    m_strategy->addItem(tr("ordered"), static_cast<int>(Routing::Strategy::Ordered));
    m_strategy->addItem(tr("cheapest"), static_cast<int>(Routing::Strategy::Cheapest));
    m_strategy->addItem(tr("fastest"), static_cast<int>(Routing::Strategy::Fastest));
    m_strategy->addItem(tr("weighted"), static_cast<int>(Routing::Strategy::Weighted));
    auto* strategyLabel = new QLabel(tr("&Strategy:"));
    strategyLabel->setBuddy(m_strategy);
    strategyForm->addRow(strategyLabel, m_strategy);
    m_strategyHelp->setWordWrap(true);
    m_strategyHelp->setForegroundRole(QPalette::PlaceholderText);
    strategyForm->addRow(m_strategyHelp);
    layout->addLayout(strategyForm);

    auto* targetsBox = new QGroupBox(tr("Targets"));
    auto* targetsLayout = new QVBoxLayout(targetsBox);
    auto* listRow = new QHBoxLayout;
    m_targetView->setObjectName(QStringLiteral("targetList"));
    m_targetView->setAccessibleName(tr("Targets in order"));
    m_targetView->setModel(m_targets);
    m_targetView->setDragDropMode(QAbstractItemView::InternalMove);
    m_targetView->setDefaultDropAction(Qt::MoveAction);
    m_targetView->setDragEnabled(true);
    m_targetView->setAcceptDrops(true);
    m_targetView->setDropIndicatorShown(true);
    m_targetView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_targetView->setAlternatingRowColors(true);
    m_targetView->setMinimumHeight(96);
    m_targetView->setMaximumHeight(170);
    listRow->addWidget(m_targetView, 1);
    auto* listButtons = new QVBoxLayout;
    m_up->setObjectName(QStringLiteral("moveTargetUp"));
    m_down->setObjectName(QStringLiteral("moveTargetDown"));
    m_remove->setObjectName(QStringLiteral("removeTarget"));
    listButtons->addWidget(m_up);
    listButtons->addWidget(m_down);
    listButtons->addWidget(m_remove);
    listButtons->addStretch(1);
    listRow->addLayout(listButtons);
    targetsLayout->addLayout(listRow);

    auto* addRow = new QHBoxLayout;
    auto* providerLabel = new QLabel(tr("Add &from:"));
    providerLabel->setBuddy(m_provider);
    m_provider->setObjectName(QStringLiteral("targetProvider"));
    m_provider->setAccessibleName(tr("Provider of the new target"));
    m_model->setObjectName(QStringLiteral("targetModel"));
    m_model->setAccessibleName(tr("Model of the new target"));
    m_model->setEditable(true);
    m_model->setInsertPolicy(QComboBox::NoInsert);
    m_model->setMinimumContentsLength(14);
    m_model->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_add->setObjectName(QStringLiteral("addTarget"));
    addRow->addWidget(providerLabel);
    addRow->addWidget(m_provider);
    addRow->addWidget(m_model, 1);
    addRow->addWidget(m_add);
    targetsLayout->addLayout(addRow);

    m_overridesTitle->setObjectName(QStringLiteral("overridesTitle"));
    targetsLayout->addWidget(m_overridesTitle);
    targetsLayout->addWidget(m_overrides);
    layout->addWidget(targetsBox);

    auto* policyBox = new QGroupBox(tr("When Things Go Wrong"));
    auto* policyLayout = new QVBoxLayout(policyBox);
    policyLayout->addWidget(m_policy);
    layout->addWidget(policyBox);

    auto* up = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Up), m_targetView);
    up->setContext(Qt::WidgetShortcut);
    auto* down = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Down), m_targetView);
    down->setContext(Qt::WidgetShortcut);
    connect(up, &QShortcut::activated, this, [this] { moveSelected(-1); });
    connect(down, &QShortcut::activated, this, [this] { moveSelected(+1); });
    connect(m_up, &QPushButton::clicked, this, [this] { moveSelected(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveSelected(+1); });
    connect(m_remove, &QPushButton::clicked, this, &RouteEditor::removeSelected);
    connect(m_add, &QPushButton::clicked, this, &RouteEditor::addTarget);
    connect(m_provider, &QComboBox::currentIndexChanged, this, &RouteEditor::fillModels);
    connect(m_targets, &RouteTargetsModel::edited, this, &RouteEditor::write);
    connect(m_targetView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &RouteEditor::showSelected);
    connect(m_strategy, &QComboBox::currentIndexChanged, this, [this] {
        m_route.strategy = static_cast<Routing::Strategy>(m_strategy->currentData().toInt());
        m_strategyHelp->setText(strategyHelp(m_route.strategy));
        m_targets->setTargets(m_targets->targets(), m_route.strategy);
        write();
    });
    connect(m_overrides, &TargetOverridesForm::specEdited, this,
            [this](const Routing::TargetSpec& spec) { m_targets->setSpec(selectedRow(), spec); });
    connect(m_policy, &RoutePolicyForm::policyEdited, this,
            [this](const Routing::RoutePolicy& policy) {
                m_route.policy = policy;
                write();
            });
}

void RouteEditor::setRoute(const Routing::Route& route)
{
    const bool other = route.name != m_route.name;
    const int row = other ? 0 : selectedRow();
    m_route = route;
    if (other)
        m_message->clear();
    m_title->setText(tr("Route %1").arg(route.name));
    {
        const QSignalBlocker blocker(m_strategy);
        m_strategy->setCurrentIndex(m_strategy->findData(static_cast<int>(route.strategy)));
    }
    m_strategyHelp->setText(strategyHelp(route.strategy));
    m_targets->setTargets(route.targets, route.strategy); // says nothing of an edit
    m_policy->setPolicy(route.policy, static_cast<int>(route.targets.size()));
    fillProviders();
    if (!route.targets.isEmpty())
        m_targetView->setCurrentIndex(
            m_targets->index(std::clamp(row, 0, static_cast<int>(route.targets.size()) - 1)));
    showSelected();
}

void RouteEditor::write()
{
    Routing::Route edited = m_route;
    edited.targets = m_targets->targets();
    const QString error = m_services.config.update(
        [&](Config::AppConfig& config) {
            Routing::Route* route = Config::findRoute(config, edited.name);
            if (!route)
                return tr("no route named '%1'").arg(edited.name);
            // Only what this editor shows; anything else a hand edit set stays.
            route->targets = edited.targets;
            route->strategy = edited.strategy;
            route->policy.retriesPerTarget = edited.policy.retriesPerTarget;
            route->policy.maxAttempts = edited.policy.maxAttempts;
            route->policy.hedgeAfterMs = edited.policy.hedgeAfterMs;
            route->policy.midStream = edited.policy.midStream;
            route->policy.fallBackOnBadRequest = edited.policy.fallBackOnBadRequest;
            return QString();
        },
        this);
    m_message->showError(error);
    if (!error.isEmpty())
        return;
    m_route = edited;
    m_policy->setPolicy(m_route.policy, static_cast<int>(m_route.targets.size()));
    showSelected();
}

void RouteEditor::fillProviders()
{
    const QString current = m_provider->currentText();
    const QSignalBlocker blocker(m_provider);
    m_provider->clear();
    for (const Providers::ProviderConfig& provider : m_services.config.config().providers)
        m_provider->addItem(provider.name);
    m_provider->setCurrentIndex(std::max(0, m_provider->findText(current)));
    const bool any = m_provider->count() > 0;
    m_provider->setEnabled(any);
    m_model->setEnabled(any);
    m_add->setEnabled(any);
    fillModels();
}

void RouteEditor::fillModels()
{
    const QString typed = m_model->currentText();
    m_model->clear();
    const QString provider = m_provider->currentText();
    if (provider.isEmpty()) {
        m_model->lineEdit()->setPlaceholderText(tr("add a provider first"));
        return;
    }
    const std::optional<Providers::CachedModels> cached =
        Providers::ModelCache(m_services.config.profile().modelCacheDirectory()).load(provider);
    if (cached) {
        for (const Providers::ModelInfo& model : cached->models)
            m_model->addItem(model.id);
        m_model->lineEdit()->setPlaceholderText(tr("model"));
    } else {
        m_model->lineEdit()->setPlaceholderText(
            tr("model id (no list fetched yet: Providers ▸ Refresh)"));
    }
    m_model->setCurrentIndex(m_model->findText(typed));
    if (m_model->currentIndex() < 0)
        m_model->setEditText(cached && !cached->models.isEmpty() ? cached->models.first().id
                                                                 : QString());
}

void RouteEditor::addTarget()
{
    const QString model = m_model->currentText().trimmed();
    const std::optional<Routing::Target> target =
        Routing::Target::parse(m_provider->currentText() + u'/' + model);
    if (!target || model.isEmpty()) {
        m_message->showError(
            tr("'%1' is not PROVIDER/MODEL").arg(m_provider->currentText() + u'/' + model));
        return;
    }
    m_targets->append(Routing::TargetSpec{*target, {}, {}, {}, {}, 1.0});
    m_targetView->setCurrentIndex(m_targets->index(m_targets->rowCount() - 1));
}

int RouteEditor::selectedRow() const
{
    const QModelIndex current = m_targetView->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void RouteEditor::moveSelected(int delta)
{
    const int row = selectedRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_targets->rowCount())
        return;
    // moveRows takes the row to insert before: one further when moving down.
    if (m_targets->moveRows({}, row, 1, {}, delta > 0 ? to + 1 : to))
        m_targetView->setCurrentIndex(m_targets->index(to));
}

void RouteEditor::removeSelected()
{
    const int row = selectedRow();
    m_targets->removeAt(row);
    showSelected();
}

void RouteEditor::showSelected()
{
    const int row = selectedRow();
    const bool has = row >= 0;
    m_up->setEnabled(has && row > 0);
    m_down->setEnabled(has && row + 1 < m_targets->rowCount());
    m_remove->setEnabled(has);
    m_overrides->setEnabled(has);
    m_overridesTitle->setText(has ? tr("Overrides for %1:").arg(m_targets->spec(row).target.id())
                                  : tr("Select a target to change what it overrides."));
    if (has)
        m_overrides->setSpec(m_targets->spec(row), m_route.strategy);
}

} // namespace Ui
