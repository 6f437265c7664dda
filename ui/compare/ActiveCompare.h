#pragma once

#include "compare/CompareRun.h"
#include "storage/CompareSession.h"

#include <QObject>
#include <QPointer>
#include <QSet>

namespace Session {
class ProfileSession;
}

namespace Ui {

class CompareLibrary;

/// The compare on the page: its Compare::CompareRun through the profile's router, and its saved
/// copy. A new compare is saved when its columns first all end; a column retried alone updates
/// its saved column; the verdict is stored as it is given. Reopening a saved compare shows its
/// columns and makes a run of them (resolved against today's configuration) so that any column
/// can be retried. When the configuration reloads, the run is dropped before the router goes and
/// made again after. Holds no widget: the page follows its signals.
class ActiveCompare final : public QObject {
    Q_OBJECT

public:
    ActiveCompare(Session::ProfileSession& profile, CompareLibrary& library,
                  QObject* parent = nullptr);
    ~ActiveCompare() override;

    /// Checks and sends a new compare; returns why it cannot be sent (empty when it started).
    QString start(const Compare::CompareRequest& request);
    /// Shows a saved compare.
    void open(const Storage::CompareSession& session);
    /// An empty page: no compare (what ran is cancelled and saved as it stands).
    void clear();
    QString retry(int index);
    void stopColumn(int index);
    void stopAll();
    /// Marks the columns at these positions best (one: a winner, several: a tie; none: cleared).
    void setVerdict(const QList<int>& best);

    Compare::CompareRun* run() const { return m_run; }
    bool isRunning() const { return m_run && m_run->isRunning(); }
    qint64 compareId() const { return m_compareId; }
    const Storage::CompareSession& session() const { return m_session; }
    /// Why the columns cannot be retried (a route of the compare is gone); empty when they can.
    QString retryProblem() const { return m_retryProblem; }

    /// Ends the run now: the router it uses is about to be replaced.
    void dropRun();
    /// Makes the run again over the reloaded configuration.
    void rebuildRun();

Q_SIGNALS:
    /// The page shows these columns (a new compare, or a reopened one), then runAttached() follows
    /// when there is a run to follow.
    void columnsReset(const QList<Compare::ColumnResult>& columns);
    void runAttached(Compare::CompareRun* run);
    void runningChanged(bool running);
    /// The compare is saved under this id (or was reopened with it).
    void saved(qint64 compareId);
    /// The stored columns changed (saved, retried, judged): best marks, conversation links.
    void sessionChanged(const Storage::CompareSession& session);
    void problem(const QString& text);

private:
    void attach(Compare::CompareRun* run);
    void onColumnFinished(int index, const Compare::ColumnResult& result);
    void onFinished(const Compare::CompareResult& result);
    void storeColumn(int index);

    Session::ProfileSession& m_profile;
    CompareLibrary& m_library;
    QPointer<Compare::CompareRun> m_run;
    Compare::CompareRequest m_request;
    Storage::CompareSession m_session; ///< what is (or will be) saved
    qint64 m_compareId = 0;
    bool m_saving = false;
    bool m_started = false; ///< the first run of a new compare has begun
    QSet<int> m_retried;    ///< columns running again alone
    QSet<int> m_toStore;    ///< retried columns that ended before the compare had its id
    QString m_retryProblem;
};

} // namespace Ui
