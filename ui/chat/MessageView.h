#pragma once

#include "ChatEntry.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QToolButton;
class QHBoxLayout;
class QVBoxLayout;

namespace Ui {

class AttemptTrailView;
class ErrorNotice;
class MarkdownView;
class ProseView;

/// One message of the transcript. A question is a bubble of plain text (Edit and resend, Copy);
/// an answer is Markdown with its reasoning folded away above it, its attempt trail under it,
/// and Copy and Regenerate. While an answer streams, text is collected cheaply and shown on
/// flush() (the transcript calls it once per frame). A request that got no answer is shown as
/// an answer holding the error, in place, with Retry.
class MessageView final : public QWidget {
    Q_OBJECT

public:
    enum class Kind { Question, Answer };

    explicit MessageView(Kind kind, QWidget* parent = nullptr);

    Kind kind() const { return m_kind; }
    /// Shows a finished message.
    void setEntry(const ChatEntry& entry);
    const ChatEntry& entry() const { return m_entry; }

    // Streaming an answer
    void beginStreaming();
    void appendText(const QString& text);
    void appendReasoning(const QString& text);
    /// The stream broke off and starts again elsewhere: the text so far is dropped.
    void restartStreaming();
    void setStatus(const QString& status);
    /// The target being asked now (shown in the header while streaming).
    void setLiveTarget(const QString& targetId);
    void setLiveAttempts(const QList<Chat::Attempt>& attempts);
    /// Renders what arrived since the last flush; true when anything changed.
    bool flush();
    bool isStreaming() const { return m_streaming; }

    /// This view holds a request's failure instead of an answer.
    void showProblem(const ChatProblem& problem);
    /// Regenerate is offered on the last answer only; every action waits while a request runs.
    void setLastAnswer(bool last);
    void setActionsEnabled(bool enabled);

    MarkdownView* body() const { return m_body; }
    AttemptTrailView* trail() const { return m_trail; }
    ErrorNotice* notice() const { return m_notice; }
    QLabel* statusLabel() const { return m_status; }
    QString reasoningText() const { return m_reasoningText; }
    QToolButton* reasoningToggle() const { return m_reasoningToggle; }

Q_SIGNALS:
    void editSubmitted(const QString& text);
    void regenerateRequested();
    void retryRequested();
    void settingsRequested();

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    QToolButton* addAction(const QString& text, const QString& accessibleName);
    void ensureReasoning();
    void updateReasoningToggle();
    void updateHeader();
    void copyText();
    void beginEdit();
    void endEdit(bool send);
    void updateBubbleWidth();

    Kind m_kind;
    ChatEntry m_entry;
    bool m_streaming = false;
    bool m_lastAnswer = false;
    QString m_pendingReasoning;
    QString m_reasoningText;
    QString m_liveTarget;

    QVBoxLayout* m_layout;
    QWidget* m_bubble = nullptr; ///< questions: the tinted box around the text
    ProseView* m_questionText = nullptr;
    QLabel* m_header = nullptr; ///< answers: which model
    QLabel* m_status = nullptr; ///< answers: what the router is doing
    QToolButton* m_reasoningToggle = nullptr;
    ProseView* m_reasoning = nullptr;
    MarkdownView* m_body = nullptr;
    QLabel* m_state = nullptr; ///< stopped, broke off, cut at the length limit
    ErrorNotice* m_notice = nullptr;
    AttemptTrailView* m_trail = nullptr;
    QHBoxLayout* m_actions = nullptr;
    QToolButton* m_copy = nullptr;
    QToolButton* m_edit = nullptr;
    QToolButton* m_regenerate = nullptr;
    QWidget* m_editor = nullptr;
    QPlainTextEdit* m_editText = nullptr;
};

} // namespace Ui
