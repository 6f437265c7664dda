#pragma once

#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QModelIndex;
class QPushButton;
class QStackedWidget;

namespace Ui {

class ConversationLibrary;

/// The left side: New chat, a search field over every message (results with the matched words
/// highlighted), and the conversations, pinned first. Rename in place (F2 or double-click),
/// pin, and delete after a confirmation that appears in the panel itself (no dialog).
class ConversationPanel final : public QWidget {
    Q_OBJECT

public:
    explicit ConversationPanel(ConversationLibrary& library, QWidget* parent = nullptr);

    /// Marks the open conversation in the list (0: none, a new chat).
    void setCurrentConversation(qint64 id);
    qint64 currentConversation() const { return m_current; }
    /// Opens the next or previous conversation of the list (Ctrl+Tab, Ctrl+PgDn / PgUp).
    void activateNeighbour(int step);
    void focusSearch();

    QLineEdit* searchField() const { return m_search; }
    QListView* conversationList() const { return m_list; }
    QListView* hitList() const { return m_hitList; }
    QWidget* deleteConfirmation() const { return m_confirm; }

    /// Asks, in the panel, whether to delete this conversation.
    void confirmDelete(qint64 id);
    void renameCurrent();
    void togglePinCurrent();

Q_SIGNALS:
    void newChatRequested();
    void conversationActivated(qint64 id);
    /// A search result was chosen: open the conversation at that message.
    void hitActivated(qint64 conversationId, qint64 messageId);
    /// Escape in the panel: back to the message field.
    void leaveRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showContextMenu(const QPoint& position);
    void onSearchEdited();
    void onSearched(const QString& query);
    void onRefreshed();
    void onListActivated(const QModelIndex& index);
    qint64 selectedId() const;

    ConversationLibrary& m_library;
    QPushButton* m_newChat;
    QLineEdit* m_search;
    QStackedWidget* m_pages;
    QListView* m_list;
    QListView* m_hitList;
    QLabel* m_noHits;
    QWidget* m_confirm;
    QLabel* m_confirmText;
    QPushButton* m_confirmDelete;
    QTimer m_searchDelay;
    qint64 m_current = 0;
    qint64 m_pendingDelete = 0;
};

} // namespace Ui
