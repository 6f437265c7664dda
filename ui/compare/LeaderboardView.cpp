#include "LeaderboardView.h"

#include "CompareLibrary.h"
#include "LeaderboardModel.h"
#include "MutedText.h"
#include "RouteConfigWriter.h"
#include "compare/LeaderboardRoute.h"
#include "session/ProfileSession.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Ui {

LeaderboardView::LeaderboardView(Session::ProfileSession& profile, CompareLibrary& library,
                                 QWidget* parent)
    : QWidget(parent)
    , m_profile(profile)
    , m_library(library)
    , m_model(new LeaderboardModel(this))
    , m_table(new QTableView)
    , m_empty(new QLabel)
    , m_routeName(new QLineEdit)
    , m_createRoute(new QPushButton(tr("Create route from leaderboard")))
    , m_status(new QLabel)
{
    setObjectName(QStringLiteral("leaderboard"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    auto* heading = new QLabel(tr("Your leaderboard"));
    QFont bold = heading->font();
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    bold.setWeight(QFont::DemiBold);
    heading->setFont(bold);
    layout->addWidget(heading);
    auto* explain = new QLabel(tr("Win rates from the compares you judged: a win counts 1, a tie "
                                  "½. Cost and speed are the medians of the judged answers."));
    explain->setWordWrap(true);
    muteText(explain);
    layout->addWidget(explain);

    auto* sorted = new QSortFilterProxyModel(this);
    sorted->setSourceModel(m_model);
    sorted->setSortRole(LeaderboardModel::kSortRole);
    m_table->setObjectName(QStringLiteral("leaderboardTable"));
    m_table->setModel(sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the leaderboard's own order first
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(LeaderboardModel::Model,
                                                      QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Leaderboard"));
    layout->addWidget(m_table, 1);
    m_empty->setObjectName(QStringLiteral("leaderboardEmpty"));
    m_empty->setText(tr("No judged compares yet. Mark the best answer of a compare and the "
                        "models' standing shows here."));
    m_empty->setWordWrap(true);
    muteText(m_empty);
    layout->addWidget(m_empty);

    auto* routeRow = new QHBoxLayout;
    auto* nameLabel = new QLabel(tr("Route name:"));
    m_routeName->setObjectName(QStringLiteral("leaderboardRouteName"));
    m_routeName->setPlaceholderText(tr("e.g. my-best"));
    m_routeName->setAccessibleName(tr("Name of the new route"));
    nameLabel->setBuddy(m_routeName);
    m_createRoute->setObjectName(QStringLiteral("createRouteButton"));
    m_createRoute->setToolTip(tr("A route that asks the best model first and falls back to the "
                                 "cheapest of the others"));
    auto* refresh = new QPushButton(tr("Refresh"));
    refresh->setObjectName(QStringLiteral("refreshLeaderboardButton"));
    routeRow->addWidget(nameLabel);
    routeRow->addWidget(m_routeName, 1);
    routeRow->addWidget(m_createRoute);
    routeRow->addStretch(1);
    routeRow->addWidget(refresh);
    layout->addLayout(routeRow);
    m_status->setObjectName(QStringLiteral("leaderboardStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    layout->addWidget(m_status);

    connect(refresh, &QPushButton::clicked, this, &LeaderboardView::refresh);
    connect(m_createRoute, &QPushButton::clicked, this, &LeaderboardView::createRoute);
    connect(m_routeName, &QLineEdit::returnPressed, this, &LeaderboardView::createRoute);
    connect(m_routeName, &QLineEdit::textChanged, this, &LeaderboardView::updateButtons);
    connect(&library, &CompareLibrary::leaderboardRead, this,
            [this](const QList<Storage::LeaderboardRow>& rows) {
                m_model->setRows(rows);
                m_table->setVisible(!rows.isEmpty());
                m_empty->setVisible(rows.isEmpty());
                updateButtons();
                Q_EMIT refreshed();
            });
    connect(&library, &CompareLibrary::changed, this, &LeaderboardView::refresh);
    m_table->hide();
    updateButtons();
}

void LeaderboardView::refresh()
{
    m_library.refreshLeaderboard();
}

void LeaderboardView::updateButtons()
{
    m_createRoute->setEnabled(!m_model->rows().isEmpty()
                              && !m_routeName->text().trimmed().isEmpty());
}

void LeaderboardView::createRoute()
{
    const QString name = m_routeName->text().trimmed();
    QString error;
    const std::optional<Routing::Route> route =
        Compare::routeFromLeaderboard(name, m_model->rows(), m_profile.config(), &error);
    if (route)
        error = addRouteToConfig(m_profile.profile(), *route);
    if (!error.isEmpty()) {
        m_status->setText(tr("The route is not created: %1").arg(error));
        return;
    }
    QStringList targets;
    for (const Routing::TargetSpec& spec : route->targets)
        targets.append(spec.target.id());
    m_status->setText(tr("Route '%1' saved: %2").arg(name, targets.join(QStringLiteral(" → "))));
    m_routeName->clear();
    Q_EMIT configChanged();
}

} // namespace Ui
