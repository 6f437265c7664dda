#pragma once

#include "ChatEntry.h"

#include <QElapsedTimer>
#include <QScrollArea>
#include <QTimer>

class QLabel;
class QScrollBar;

namespace Ui {

class MessageView;
class TranscriptColumn;

/// The conversation as a column of MessageViews. Finished messages are rendered once; only the
/// streaming answer changes, and its text is shown at most once per screen frame (deltas are
/// collected in between). Follows the bottom while an answer streams, stops following when the
/// user scrolls up, and follows again once they are back at the bottom. A long conversation opens
/// with its newest messages at once and builds the older ones in short slices, so the window
/// never stalls.
class TranscriptView final : public QScrollArea {
    Q_OBJECT

public:
    explicit TranscriptView(QWidget* parent = nullptr);
    ~TranscriptView() override;

    /// Replaces everything with these messages.
    void setEntries(const QList<ChatEntry>& entries);
    void appendEntry(const ChatEntry& entry);
    void removeFrom(int index);

    /// A new answer view at the end, streaming.
    MessageView* beginAnswer();
    MessageView* streamingView() const { return m_streaming; }
    /// Collects streamed text; it is shown at the next frame.
    void appendAnswerText(const QString& text);
    void appendAnswerReasoning(const QString& text);
    /// The streamed answer is final: it becomes the message at `index`.
    void finishAnswer(const ChatEntry& entry);
    /// The request got no answer: the streaming view shows why, in place.
    void showProblem(const ChatProblem& problem);
    void clearProblem();
    void setBusy(bool busy);

    /// Shown while there is no message.
    void setEmptyText(const QString& heading, const QString& detail);
    /// A lasting problem (the history cannot be written) shown above the messages.
    void setBanner(const QString& text);
    QString bannerText() const;

    int messageCount() const;
    MessageView* messageAt(int index) const;
    /// Every message is built (older ones of a long conversation come in slices).
    bool isComplete() const { return m_pending.isEmpty(); }
    bool followsBottom() const { return m_follow; }
    void scrollToBottom();

Q_SIGNALS:
    void editSubmitted(int index, const QString& text);
    void regenerateRequested();
    void retryRequested();
    void settingsRequested();
    /// Every message of the conversation has been built.
    void completed();

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    MessageView* makeView(const ChatEntry& entry);
    void insertView(int at, MessageView* view);
    void buildSlice();
    void onFrame();
    void onRangeChanged(int min, int max);
    void onScrolled(int value);
    void updateLastAnswer();
    void updateEmpty();
    int frameIntervalMs() const;

    void placeOverlayBar();

    /// Drawn over the page's right margin instead of beside it: the page keeps one width whether
    /// or not the conversation needs scrolling, so its text is laid out for one width only.
    QScrollBar* m_overlayBar;
    TranscriptColumn* m_column;
    QLabel* m_banner;
    QWidget* m_empty;
    QLabel* m_emptyHeading;
    QLabel* m_emptyDetail;
    QList<MessageView*> m_views;
    MessageView* m_streaming = nullptr;
    MessageView* m_problem = nullptr;
    QList<ChatEntry> m_pending; ///< older messages still to build, oldest first
    QTimer m_sliceTimer;
    QTimer m_frameTimer;
    bool m_follow = true;
    bool m_adjusting = false;
    bool m_prepended = false; ///< older messages were built above since the last layout
    int m_lastMaximum = 0;
    bool m_busy = false;
};

} // namespace Ui
