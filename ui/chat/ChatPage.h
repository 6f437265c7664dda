#pragma once

#include <QTimer>
#include <QWidget>

namespace Config {
class Profile;
struct AppConfig;
} // namespace Config

namespace Ui {

class ChatSession;
class Composer;
class TranscriptView;

/// The right side of the window for one ChatSession: the transcript above, the composer below,
/// and the wiring between them and the session. Escape stops a streaming answer, otherwise it
/// returns to the message field.
class ChatPage final : public QWidget {
    Q_OBJECT

public:
    explicit ChatPage(ChatSession& session, QWidget* parent = nullptr);

    TranscriptView* transcript() const { return m_transcript; }
    Composer* composer() const { return m_composer; }

    /// The routes and models to offer, after the configuration (re)loaded.
    void setConfiguration(const Config::AppConfig& config, const Config::Profile& profile);
    void focusComposer();

Q_SIGNALS:
    void settingsRequested();
    /// The user picked where messages go (the window remembers it for the next start).
    void targetChosen(const QString& target);

private:
    void onReset();
    void updateEmptyText();
    void escape();

    ChatSession& m_session;
    TranscriptView* m_transcript;
    Composer* m_composer;
    QTimer m_systemPromptDelay;
    const Config::AppConfig* m_config = nullptr;
};

} // namespace Ui
