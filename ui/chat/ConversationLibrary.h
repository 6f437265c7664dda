#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace Storage {
class HistoryStore;
class HistoryWorker;
} // namespace Storage

namespace Ui {

class ConversationListModel;
class SearchHitModel;

/// The stored conversations as the list shows them, and search over their messages: every read
/// and write goes through the history worker, off this thread. Results arrive in the models.
class ConversationLibrary final : public QObject {
    Q_OBJECT

public:
    explicit ConversationLibrary(Storage::HistoryWorker& history, QObject* parent = nullptr);

    ConversationListModel* conversations() const { return m_conversations; }
    SearchHitModel* hits() const { return m_hits; }

    /// Reads the list again.
    void refresh();
    /// Finds messages with every word of `query`; an empty query clears the results.
    void search(const QString& query);
    QString query() const { return m_query; }
    void rename(qint64 id, const QString& title);
    void setPinned(qint64 id, bool pinned);
    void remove(qint64 id);

Q_SIGNALS:
    void refreshed();
    void searched(const QString& query);
    void removed(qint64 id);
    void problem(const QString& text);

private:
    /// Writes through the history worker, then reads the list again.
    void change(std::function<bool(Storage::HistoryStore&, QString*)> write);

    Storage::HistoryWorker& m_history;
    ConversationListModel* m_conversations;
    SearchHitModel* m_hits;
    QString m_query;
    quint64 m_refreshes = 0;
};

} // namespace Ui
