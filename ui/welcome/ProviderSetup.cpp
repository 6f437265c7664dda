#include "ProviderSetup.h"

#include "FinishStep.h"
#include "KeyStep.h"
#include "PresetStep.h"
#include "SetupDraft.h"
#include "TestStep.h"
#include "config/ConfigStore.h"
#include "config/ProviderEdits.h"
#include "providers/ProviderPresets.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Ui {

ProviderSetup::ProviderSetup(SettingsServices services,
                             QList<Providers::LocalServerDetector::Candidate> localCandidates,
                             QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_pages(new QStackedWidget)
    , m_choose(new PresetStep(services.network, std::move(localCandidates)))
    , m_key(new KeyStep(services))
    , m_test(new TestStep(services))
    , m_finish(new FinishStep(services))
    , m_done(new QWidget)
    , m_doneTitle(new QLabel)
    , m_doneText(new QLabel)
    , m_doneButton(new QPushButton(tr("Start &Chatting")))
    , m_addAnother(new QPushButton(tr("Add &Another Provider")))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* crumbs = new QHBoxLayout;
    crumbs->setSpacing(18);
    for (const QString& name :
         {tr("1  Choose"), tr("2  Key"), tr("3  Test"), tr("4  Default route")}) {
        auto* crumb = new QLabel(name);
        crumb->setObjectName(QStringLiteral("setupCrumb"));
        m_crumbs.append(crumb);
        crumbs->addWidget(crumb);
    }
    crumbs->addStretch(1);
    layout->addLayout(crumbs);
    auto* rule = new QFrame;
    rule->setFrameShape(QFrame::HLine);
    rule->setFrameShadow(QFrame::Sunken);
    layout->addWidget(rule);
    layout->addSpacing(4);

    auto* doneLayout = new QVBoxLayout(m_done);
    doneLayout->setContentsMargins(0, 0, 0, 0);
    m_doneTitle->setObjectName(QStringLiteral("doneTitle"));
    QFont titleFont = m_doneTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    m_doneTitle->setFont(titleFont);
    doneLayout->addWidget(m_doneTitle);
    m_doneText->setObjectName(QStringLiteral("doneText"));
    m_doneText->setWordWrap(true);
    doneLayout->addWidget(m_doneText);
    doneLayout->addStretch(1);
    auto* doneButtons = new QHBoxLayout;
    m_addAnother->setObjectName(QStringLiteral("addAnother"));
    m_doneButton->setObjectName(QStringLiteral("doneButton"));
    m_doneButton->setDefault(true);
    doneButtons->addWidget(m_addAnother);
    doneButtons->addStretch(1);
    doneButtons->addWidget(m_doneButton);
    doneLayout->addLayout(doneButtons);

    for (QWidget* page : {static_cast<QWidget*>(m_choose), static_cast<QWidget*>(m_key),
                          static_cast<QWidget*>(m_test), static_cast<QWidget*>(m_finish), m_done})
        m_pages->addWidget(page);
    layout->addWidget(m_pages, 1);

    connect(m_choose, &PresetStep::presetChosen, this, &ProviderSetup::choosePreset);
    connect(m_choose, &PresetStep::localServerChosen, this, &ProviderSetup::chooseLocalServer);
    connect(m_key, &KeyStep::back, this, [this] { go(Step::Choose); });
    connect(m_key, &KeyStep::ready, this, [this](const SetupDraft& draft) {
        m_cameFromKeyStep = true;
        go(Step::Test);
        m_test->begin(draft);
    });
    connect(m_test, &TestStep::back, this,
            [this] { go(m_cameFromKeyStep ? Step::Key : Step::Choose); });
    connect(m_test, &TestStep::passed, this, [this](const SetupDraft& draft) {
        go(Step::Finish);
        m_finish->begin(draft);
    });
    connect(m_finish, &FinishStep::back, this, [this] { go(Step::Test); });
    connect(m_finish, &FinishStep::added, this, &ProviderSetup::showDone);
    connect(m_doneButton, &QPushButton::clicked, this, [this] { Q_EMIT finished(m_added); });
    connect(m_addAnother, &QPushButton::clicked, this, &ProviderSetup::restart);

    go(Step::Choose);
    m_choose->detectLocalServers();
}

void ProviderSetup::setDoneText(const QString& text)
{
    m_doneButton->setText(text);
}

void ProviderSetup::restart()
{
    go(Step::Choose);
    m_choose->detectLocalServers();
}

void ProviderSetup::go(Step step)
{
    m_step = step;
    m_pages->setCurrentIndex(static_cast<int>(step));
    const int current = static_cast<int>(step);
    for (int i = 0; i < m_crumbs.size(); ++i) {
        QLabel* crumb = m_crumbs.at(i);
        QFont font = crumb->font();
        font.setBold(i == current);
        crumb->setFont(font);
        crumb->setForegroundRole(i == current || step == Step::Done ? QPalette::WindowText
                                                                    : QPalette::PlaceholderText);
    }
    Q_EMIT stepChanged(step);
}

QString ProviderSetup::freeName(const QString& base) const
{
    const Config::AppConfig& config = m_services.config.config();
    if (!config.findProvider(base))
        return base;
    for (int n = 2;; ++n) {
        const QString candidate = QStringLiteral("%1-%2").arg(base).arg(n);
        if (!config.findProvider(candidate))
            return candidate;
    }
}

void ProviderSetup::choosePreset(const QString& presetId)
{
    const Providers::ProviderPreset* preset = Providers::findPreset(presetId);
    if (preset && !preset->needsKey && !preset->baseUrl.isEmpty()) {
        // A local server at its usual address: nothing to ask, straight to the test.
        SetupDraft draft;
        draft.provider = Config::providerFromPreset(freeName(presetId), presetId);
        m_cameFromKeyStep = false;
        go(Step::Test);
        m_test->begin(draft);
        return;
    }
    go(Step::Key);
    m_key->begin(presetId, freeName(presetId == QLatin1String("custom") ? QStringLiteral("custom")
                                                                        : presetId));
}

void ProviderSetup::chooseLocalServer(const Providers::LocalServer& server)
{
    SetupDraft draft;
    draft.provider = Config::providerFromPreset(freeName(server.presetId), server.presetId);
    draft.provider.baseUrl = server.baseUrl;
    draft.models = server.models;
    m_cameFromKeyStep = false;
    go(Step::Test);
    m_test->begin(draft);
}

void ProviderSetup::showDone(const QString& name, const QString& routeTarget)
{
    m_added = name;
    m_doneTitle->setText(tr("✓  %1 is ready").arg(name));
    QString text = routeTarget.isEmpty()
                       ? tr("Provider '%1' is configured.").arg(name)
                       : tr("Provider '%1' is configured, and the route “default” now ends with "
                            "%2: chats that name no model go there.")
                             .arg(name, routeTarget);
    text += u' '
            + tr("Settings ▸ Providers changes its key or base URL; Settings ▸ Routes orders the "
                 "fallbacks.");
    m_doneText->setText(text);
    go(Step::Done);
    m_doneButton->setFocus(Qt::OtherFocusReason);
    Q_EMIT providerAdded(name);
}

} // namespace Ui
