#pragma once

#include "storage/CompareLeaderboard.h"
#include "storage/CompareSession.h"

#include <QList>
#include <QObject>

#include <functional>
#include <optional>

namespace Storage {
class CompareStore;
class HistoryWorker;
} // namespace Storage

namespace Ui {

/// The saved compares and the leaderboard for the GUI: every read and write runs on the history
/// worker's thread (its own database connection, Storage::CompareStore and CompareLeaderboard),
/// never on this one. Results come back as signals or callbacks here; failures as problem().
class CompareLibrary final : public QObject {
    Q_OBJECT

public:
    explicit CompareLibrary(Storage::HistoryWorker& history, QObject* parent = nullptr);

    /// Saves a whole compare; `done` gets its id (empty when it could not be saved).
    void save(const Storage::CompareSession& session,
              std::function<void(std::optional<qint64>)> done);
    /// A column retried alone; the compare's verdict is cleared by the store.
    void updateColumn(qint64 compareId, const Storage::CompareColumnRecord& column);
    void setVerdict(qint64 compareId, const Storage::CompareVerdict& verdict);
    /// Turns an answered column into a conversation; `done` gets its id.
    void continueAsConversation(qint64 compareId, int position,
                                std::function<void(std::optional<qint64>)> done);
    void open(qint64 compareId, std::function<void(std::optional<Storage::CompareSession>)> done);
    void remove(qint64 compareId);

    /// Reads the list of compares again: sessionsRead() follows.
    void refreshSessions();
    /// Reads the leaderboard again: leaderboardRead() follows.
    void refreshLeaderboard();

Q_SIGNALS:
    void sessionsRead(const QList<Storage::CompareSession>& sessions);
    void leaderboardRead(const QList<Storage::LeaderboardRow>& rows);
    /// A compare was saved, changed or judged (the list and the leaderboard may have changed).
    void changed();
    void problem(const QString& text);

private:
    /// Runs `job` with the store on the history thread and reports its error text here.
    void write(std::function<QString(Storage::CompareStore&)> job);

    Storage::HistoryWorker& m_history;
};

} // namespace Ui
