#include "WindowUnderTest.h"

#include "MainWindow.h"
#include "chat/ChatPage.h"
#include "chat/ChatSession.h"
#include "chat/Composer.h"
#include "chat/ComposerEdit.h"
#include "chat/MessageView.h"
#include "chat/TranscriptView.h"
#include "config/ConfigFile.h"
#include "config/Profile.h"
#include "session/GatewayController.h"
#include "session/ProfileSession.h"
#include "storage/HistoryWorker.h"

#include <QDir>
#include <QNetworkProxy>
#include <QTest>

namespace TestSupport {

void ProfileConfig::addProvider(const QString& name, const QUrl& baseUrl, const QString& apiKeyEnv)
{
    Providers::ProviderConfig provider;
    provider.name = name;
    provider.kind = Providers::Kind::OpenAi;
    provider.baseUrl = baseUrl;
    provider.apiKeyEnv = apiKeyEnv;
    config.providers.append(provider);
}

void ProfileConfig::addRoute(const QString& name, const QStringList& targets, int retriesPerTarget)
{
    Routing::Route route;
    route.name = name;
    for (const QString& id : targets)
        route.targets.append(Routing::TargetSpec{*Routing::Target::parse(id), {}, {}, {}, {}, 1.0});
    route.policy.retriesPerTarget = retriesPerTarget;
    route.policy.baseBackoffMs = 10;
    config.routes.append(route);
}

QString ProfileConfig::save(const QString& directory) const
{
    QDir().mkpath(directory);
    return Config::ConfigFile(Config::Profile(directory).configPath()).save(config);
}

WindowUnderTest::WindowUnderTest(const QString& profileDirectory)
{
    m_network.setProxy(QNetworkProxy::NoProxy);
    m_profile = std::make_unique<Session::ProfileSession>(Config::Profile(profileDirectory),
                                                          m_network, m_keys);
    m_history = std::make_unique<Storage::HistoryWorker>(m_profile->profile().databasePath());
    m_uiState = std::make_unique<QSettings>(
        QDir(profileDirectory).filePath(QStringLiteral("ui.ini")), QSettings::IniFormat);
    m_configStore = std::make_unique<Config::ConfigStore>(Config::Profile(profileDirectory));
    m_gateway = std::make_unique<Session::GatewayController>(*m_profile, m_keyStore);
    m_window = std::make_unique<Ui::MainWindow>(
        *m_profile, *m_history, Ui::SettingsServices{*m_configStore, m_keyStore, m_keys, m_network},
        *m_gateway, *m_uiState);
}

std::unique_ptr<WindowUnderTest> WindowUnderTest::started(const QString& profileDirectory,
                                                          const ProfileConfig& profile, QSize size)
{
    if (!profile.save(profileDirectory).isEmpty())
        return nullptr;
    auto app = std::make_unique<WindowUnderTest>(profileDirectory);
    app->window().resize(size);
    app->window().show();
    if (!QTest::qWaitForWindowExposed(&app->window()))
        return nullptr;
    return app;
}

WindowUnderTest::~WindowUnderTest()
{
    m_window.reset();
    m_gateway.reset();
    m_history.reset();
    m_uiState.reset();
    m_profile.reset();
}

Ui::ChatPage* WindowUnderTest::chat() const
{
    return m_window->chatPage();
}

Ui::Composer* WindowUnderTest::composer() const
{
    return chat()->composer();
}

Ui::ComposerEdit* WindowUnderTest::editor() const
{
    return composer()->editor();
}

Ui::TranscriptView* WindowUnderTest::transcript() const
{
    return chat()->transcript();
}

Ui::MessageView* WindowUnderTest::lastMessage() const
{
    Ui::TranscriptView* view = transcript();
    if (view->streamingView())
        return view->streamingView();
    const QList<Ui::MessageView*> all =
        view->widget()->findChildren<Ui::MessageView*>(QString(), Qt::FindChildrenRecursively);
    // The one lowest in the column.
    Ui::MessageView* last = nullptr;
    for (Ui::MessageView* candidate : all) {
        if (!last
            || candidate->mapTo(view->widget(), QPoint()).y()
                   > last->mapTo(view->widget(), QPoint()).y())
            last = candidate;
    }
    return last;
}

void WindowUnderTest::send(const QString& text)
{
    Ui::ComposerEdit* edit = editor();
    edit->setFocus();
    edit->setPlainText(text);
    QTest::keyClick(edit, Qt::Key_Return);
}

bool WindowUnderTest::busy() const
{
    return m_window->session().isBusy();
}

} // namespace TestSupport
