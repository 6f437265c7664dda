#include "RoutesPage.h"

#include "InlineMessage.h"
#include "RouteEditor.h"
#include "TimeoutsForm.h"
#include "config/ConfigStore.h"
#include "config/RouteEdits.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Ui {

RoutesPage::RoutesPage(SettingsServices services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_list(new QListWidget)
    , m_new(new QPushButton(tr("&New")))
    , m_rename(new QPushButton(tr("Re&name")))
    , m_remove(new QPushButton(tr("Remo&ve")))
    , m_naming(new QWidget)
    , m_name(new QLineEdit)
    , m_nameOk(new QPushButton)
    , m_message(new InlineMessage)
    , m_stack(new QStackedWidget)
    , m_editor(new RouteEditor(services))
    , m_timeouts(new TimeoutsForm(services))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* left = new QVBoxLayout;
    auto* listLabel = new QLabel(tr("R&outes"));
    listLabel->setBuddy(m_list);
    left->addWidget(listLabel);
    m_list->setObjectName(QStringLiteral("routeList"));
    m_list->setAccessibleName(tr("Routes"));
    m_list->setMinimumWidth(150);
    m_list->setMaximumWidth(200);
    left->addWidget(m_list, 1);
    auto* buttons = new QHBoxLayout;
    m_new->setObjectName(QStringLiteral("newRoute"));
    m_rename->setObjectName(QStringLiteral("renameRoute"));
    m_remove->setObjectName(QStringLiteral("removeRoute"));
    buttons->addWidget(m_new);
    buttons->addWidget(m_rename);
    buttons->addWidget(m_remove);
    left->addLayout(buttons);

    auto* namingLayout = new QHBoxLayout(m_naming);
    namingLayout->setContentsMargins(0, 0, 0, 0);
    m_name->setObjectName(QStringLiteral("routeNameEdit"));
    m_name->setAccessibleName(tr("Route name"));
    m_nameOk->setObjectName(QStringLiteral("routeNameOk"));
    auto* cancel = new QPushButton(tr("Cancel"));
    namingLayout->addWidget(m_name, 1);
    namingLayout->addWidget(m_nameOk);
    namingLayout->addWidget(cancel);
    m_naming->setVisible(false);
    left->addWidget(m_naming);
    m_message->setObjectName(QStringLiteral("routesMessage"));
    m_message->setMaximumWidth(200);
    left->addWidget(m_message);
    layout->addLayout(left);

    auto* right = new QWidget;
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 6, 0);
    auto* empty = new QLabel(tr("No routes yet. A route is a list of models tried in order; "
                                "“default” is used by chats that name no model. Press New to "
                                "create one."));
    empty->setWordWrap(true);
    empty->setAlignment(Qt::AlignCenter);
    m_stack->addWidget(empty);
    m_stack->addWidget(m_editor);
    rightLayout->addWidget(m_stack);
    auto* timeoutsBox = new QGroupBox(tr("Timeouts of Every Request"));
    auto* timeoutsLayout = new QVBoxLayout(timeoutsBox);
    timeoutsLayout->addWidget(m_timeouts);
    rightLayout->addWidget(timeoutsBox);
    rightLayout->addStretch(1);
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(right);
    layout->addWidget(scroll, 1);

    connect(m_list, &QListWidget::currentRowChanged, this, &RoutesPage::showSelected);
    connect(m_new, &QPushButton::clicked, this, [this] { startNaming(false); });
    connect(m_rename, &QPushButton::clicked, this, [this] { startNaming(true); });
    connect(m_remove, &QPushButton::clicked, this, &RoutesPage::confirmRemove);
    connect(m_nameOk, &QPushButton::clicked, this, &RoutesPage::finishNaming);
    connect(m_name, &QLineEdit::returnPressed, this, &RoutesPage::finishNaming);
    connect(cancel, &QPushButton::clicked, this, [this] {
        m_naming->setVisible(false);
        m_message->clear();
    });
    connect(&m_services.config, &Config::ConfigStore::changed, this, [this](const QObject* source) {
        // The editor keeps what it just wrote; reloading it would reset its fields.
        if (source != m_editor)
            reload();
    });
    reload();
}

void RoutesPage::reload()
{
    const QString selected = selectedRoute();
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        for (const Routing::Route& route : m_services.config.config().routes) {
            auto* item = new QListWidgetItem(route.name, m_list);
            item->setData(Qt::UserRole, route.name);
            if (route.name == selected)
                m_list->setCurrentItem(item);
        }
        if (!m_list->currentItem() && m_list->count() > 0)
            m_list->setCurrentRow(0);
    }
    m_timeouts->reload();
    showSelected();
}

QString RoutesPage::selectedRoute() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void RoutesPage::selectRoute(const QString& name)
{
    const QList<QListWidgetItem*> found = m_list->findItems(name, Qt::MatchExactly);
    if (!found.isEmpty())
        m_list->setCurrentItem(found.constFirst());
}

void RoutesPage::showSelected()
{
    const Routing::Route* route = m_services.config.config().findRoute(selectedRoute());
    m_rename->setEnabled(route != nullptr);
    m_remove->setEnabled(route != nullptr);
    if (!route) {
        m_stack->setCurrentIndex(0);
        return;
    }
    m_editor->setRoute(*route);
    m_stack->setCurrentWidget(m_editor);
}

void RoutesPage::startNaming(bool rename)
{
    m_renaming = rename;
    m_message->clear();
    m_nameOk->setText(rename ? tr("Rename") : tr("Create"));
    m_name->setText(rename ? selectedRoute()
                           : (m_services.config.config().findRoute(Routing::defaultRouteName())
                                  ? QString()
                                  : Routing::defaultRouteName()));
    m_name->setPlaceholderText(tr("name, e.g. fast or private"));
    m_naming->setVisible(true);
    m_name->selectAll();
    m_name->setFocus(Qt::OtherFocusReason);
}

void RoutesPage::finishNaming()
{
    const QString name = m_name->text().trimmed();
    const QString from = selectedRoute();
    const QString error = m_services.config.update([&](Config::AppConfig& config) {
        if (m_renaming)
            return Config::renameRoute(config, from, name);
        if (QString problem = Config::newRouteNameProblem(config, name); !problem.isEmpty())
            return problem;
        Routing::Route route;
        route.name = name;
        config.routes.append(route);
        return QString();
    });
    if (!error.isEmpty()) {
        m_message->showError(error);
        m_name->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_naming->setVisible(false);
    m_message->clear();
    selectRoute(name);
}

void RoutesPage::confirmRemove()
{
    const QString name = selectedRoute();
    if (name.isEmpty())
        return;
    QString text = tr("Remove the route '%1'?").arg(name);
    if (name == Routing::defaultRouteName())
        text += u' ' + tr("Chats that name no model use it.");
    m_message->showMessage(InlineMessage::Kind::Warning, text);
    QPushButton* yes = m_message->addAction(tr("Remove %1").arg(name));
    yes->setObjectName(QStringLiteral("confirmRemoveRoute"));
    connect(yes, &QPushButton::clicked, this, [this, name] { remove(name); });
    connect(m_message->addAction(tr("Keep It")), &QPushButton::clicked, m_message,
            &InlineMessage::clear);
    yes->setFocus(Qt::OtherFocusReason);
}

void RoutesPage::remove(const QString& name)
{
    const QString error = m_services.config.update([&](Config::AppConfig& config) {
        if (config.routes.removeIf([&](const Routing::Route& r) { return r.name == name; }) == 0)
            return tr("no route named '%1'").arg(name);
        return QString();
    });
    if (error.isEmpty())
        m_message->showMessage(InlineMessage::Kind::Info, tr("Removed route '%1'.").arg(name));
    else
        m_message->showError(error);
}

} // namespace Ui
