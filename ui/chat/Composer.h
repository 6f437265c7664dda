#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

namespace Ui {

class ComposerEdit;
class TargetPicker;

/// Under the transcript: the message field (Enter sends, Shift+Enter starts a new line), the
/// route-or-model picker, the conversation's system prompt (folded away until asked for), and
/// Send, which becomes Stop while an answer streams.
class Composer final : public QFrame {
    Q_OBJECT

public:
    explicit Composer(QWidget* parent = nullptr);

    ComposerEdit* editor() const { return m_edit; }
    TargetPicker* picker() const { return m_picker; }
    QPushButton* sendButton() const { return m_send; }
    ComposerEdit* systemPromptEditor() const { return m_system; }
    QToolButton* systemPromptToggle() const { return m_systemToggle; }

    QString text() const;
    void setText(const QString& text);
    void setSystemPrompt(const QString& prompt);
    QString systemPrompt() const;
    /// While an answer streams Send becomes Stop; the field stays editable.
    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }
    void focusEditor();

Q_SIGNALS:
    void sendRequested(const QString& text);
    void stopRequested();
    void systemPromptEdited(const QString& prompt);

protected:
    void changeEvent(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void submit();
    void updateSendButton();
    void updateSystemToggle();
    void applyPalette();

    ComposerEdit* m_system;
    QToolButton* m_systemToggle;
    ComposerEdit* m_edit;
    TargetPicker* m_picker;
    QLabel* m_hint;
    QPushButton* m_send;
    bool m_busy = false;
    bool m_applyingPalette = false;
};

} // namespace Ui
