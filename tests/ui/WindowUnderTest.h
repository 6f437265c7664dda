#pragma once

// What app/gui/main.cpp builds, over a throwaway profile, for the UI tests and benchmarks: the
// network, keys without a keychain, the profile's services, the history worker, window state in
// an INI file of the profile, and the main window. Destroyed and built again on the same folder,
// it is the app restarted.
#include "config/AppConfig.h"
#include "config/ConfigStore.h"
#include "secrets/KeyResolver.h"
#include "secrets/KeyStore.h"

#include <QNetworkAccessManager>
#include <QSettings>
#include <QSize>
#include <QString>
#include <QUrl>

#include <memory>

namespace Session {
class GatewayController;
class ProfileSession;
} // namespace Session
namespace Storage {
class HistoryWorker;
}
namespace Ui {
class ChatPage;
class Composer;
class ComposerEdit;
class MainWindow;
class MessageView;
class TranscriptView;
} // namespace Ui

namespace TestSupport {

/// A config.json of OpenAI-compatible providers (the mock) and routes, written to a folder.
struct ProfileConfig {
    Config::AppConfig config;

    void addProvider(const QString& name, const QUrl& baseUrl, const QString& apiKeyEnv = {});
    /// A route of PROVIDER/MODEL targets, tried in order, with no same-target retries.
    void addRoute(const QString& name, const QStringList& targets, int retriesPerTarget = 0);
    /// Writes config.json into `directory`; returns an error text, empty on success.
    QString save(const QString& directory) const;
};

class WindowUnderTest {
public:
    explicit WindowUnderTest(const QString& profileDirectory);
    /// Writes `profile` into the folder, then builds the window and shows it at `size`; null when
    /// that fails.
    static std::unique_ptr<WindowUnderTest> started(const QString& profileDirectory,
                                                    const ProfileConfig& profile,
                                                    QSize size = QSize(1000, 700));
    ~WindowUnderTest();
    WindowUnderTest(const WindowUnderTest&) = delete;
    WindowUnderTest& operator=(const WindowUnderTest&) = delete;

    Ui::MainWindow& window() { return *m_window; }
    Session::ProfileSession& profile() { return *m_profile; }
    Storage::HistoryWorker& history() { return *m_history; }
    QSettings& uiState() { return *m_uiState; }
    Config::ConfigStore& configStore() { return *m_configStore; }
    Session::GatewayController& gateway() { return *m_gateway; }
    Secrets::KeyResolver& keys() { return m_keys; }

    Ui::ChatPage* chat() const;
    Ui::Composer* composer() const;
    Ui::ComposerEdit* editor() const;
    Ui::TranscriptView* transcript() const;
    /// The last message view of the transcript (the streaming one while an answer streams).
    Ui::MessageView* lastMessage() const;

    /// Types `text` into the message field and presses Enter.
    void send(const QString& text);
    bool busy() const;

private:
    QNetworkAccessManager m_network;
    /// The settings' keychain, under a service name of the tests' own; the chat's resolver asks
    /// no keychain (the mock providers need no key), so it is touched only when a test edits keys.
    Secrets::KeyStore m_keyStore{QStringLiteral("SwitchboardTest-window"), 0};
    Secrets::KeyResolver m_keys;
    std::unique_ptr<Session::ProfileSession> m_profile;
    std::unique_ptr<Storage::HistoryWorker> m_history;
    std::unique_ptr<Config::ConfigStore> m_configStore;
    std::unique_ptr<Session::GatewayController> m_gateway;
    std::unique_ptr<QSettings> m_uiState;
    std::unique_ptr<Ui::MainWindow> m_window;
};

} // namespace TestSupport
