#pragma once

#include "compare/ColumnResult.h"

#include <QFrame>
#include <QTimer>

class QLabel;
class QPushButton;
class QScrollBar;
class QScrollArea;
class QToolButton;

namespace Ui {

class ErrorNotice;
class MarkdownView;

/// One column of the compare page: which target it asks (and, while it streams, which target of
/// a route is being tried), the answer rendered as Markdown with code cards (the chat's
/// MarkdownView), in a scroll area of its own, and once it ends its figures or, in place of the
/// answer, why it failed. Its buttons: Best (the verdict), Stop, Retry, Copy, Continue in chat.
/// Streaming text is collected and shown once per frame.
class CompareColumnView final : public QFrame {
    Q_OBJECT

public:
    explicit CompareColumnView(int index, QWidget* parent = nullptr);

    int index() const { return m_index; }
    /// Empties the column for the target it asks, before it runs.
    void setTarget(const Compare::CompareTarget& target);

    // A run
    void begin();
    void appendText(const QString& text);
    void noteReasoning();
    /// The answer so far broke off: it restarts on the route's next target.
    void restart();
    void setLiveTarget(const QString& targetId);
    void setNotice(const QString& text);
    /// The run ended (or a stored column was reopened): its answer or its error, its figures.
    void showResult(const Compare::ColumnResult& result);

    /// Whether the verdict can be given now (the compare is saved and nothing runs).
    void setVerdictEnabled(bool enabled);
    void setBest(bool best);
    bool isBest() const;
    /// Continue in chat is offered for answered columns of a saved compare.
    void setContinueEnabled(bool enabled);
    /// Retry waits while the whole compare's run is being set up (e.g. the config reloads).
    void setRetryAllowed(bool allowed);

    /// Shows the answer as the text the model sent (Markdown source) instead of rendered.
    void setPlainText(bool plain);
    bool showsPlainText() const { return m_plainShown; }
    /// The answer's vertical scroll bar (the board can move the columns together).
    QScrollBar* verticalScrollBar() const;

    bool isRunning() const { return m_running; }
    const Compare::ColumnResult& result() const { return m_result; }
    MarkdownView* body() const { return m_body; }
    QLabel* plainBody() const { return m_plain; }
    ErrorNotice* notice() const { return m_notice; }
    QLabel* titleLabel() const { return m_title; }
    QLabel* statusLabel() const { return m_status; }
    QLabel* figuresLabel() const { return m_figures; }
    QPushButton* stopButton() const { return m_stop; }
    QPushButton* retryButton() const { return m_retry; }
    QToolButton* bestButton() const { return m_best; }
    QPushButton* continueButton() const { return m_continue; }

Q_SIGNALS:
    void stopRequested(int index);
    void retryRequested(int index);
    /// The user marked or unmarked this column as best.
    void bestToggled(int index, bool best);
    void continueRequested(int index);

private:
    void flush();
    void updateButtons();
    void syncPlainText();

    int m_index;
    Compare::ColumnResult m_result;
    bool m_running = false;
    bool m_retryAllowed = true;
    bool m_verdictEnabled = false;
    bool m_continueEnabled = false;
    bool m_settingBest = false;
    QString m_liveTarget;
    QTimer m_frame;

    QLabel* m_title;
    QToolButton* m_best;
    QLabel* m_status;
    QScrollArea* m_scroll;
    MarkdownView* m_body;
    QLabel* m_plain; ///< the answer as sent, selectable
    bool m_plainShown = false;
    ErrorNotice* m_notice;
    QLabel* m_figures;
    QPushButton* m_stop;
    QPushButton* m_retry;
    QPushButton* m_copy;
    QPushButton* m_continue;
};

} // namespace Ui
