#include "CompareLibrary.h"

#include "storage/CompareStore.h"
#include "storage/HistoryWorker.h"

#include <QCoreApplication>

namespace Ui {
namespace {

/// Why the store cannot be used at all (no database), or empty.
QString unavailable(const Storage::HistoryAccess& access)
{
    if (access.compares)
        return {};
    return access.problem.isEmpty()
               ? QCoreApplication::translate("Ui::CompareLibrary", "the history is not available")
               : access.problem;
}

template <typename T>
struct Answer {
    T value{};
    QString error;
};

} // namespace

CompareLibrary::CompareLibrary(Storage::HistoryWorker& history, QObject* parent)
    : QObject(parent)
    , m_history(history)
{}

void CompareLibrary::write(std::function<QString(Storage::CompareStore&)> job)
{
    m_history.post<QString>(
        [job = std::move(job)](Storage::HistoryAccess& access) {
            if (QString why = unavailable(access); !why.isEmpty())
                return why;
            return job(*access.compares);
        },
        this,
        [this](QString error) {
            if (!error.isEmpty())
                Q_EMIT problem(tr("The compare is not saved: %1").arg(error));
            Q_EMIT changed();
        });
}

void CompareLibrary::save(const Storage::CompareSession& session,
                          std::function<void(std::optional<qint64>)> done)
{
    using Result = Answer<std::optional<qint64>>;
    m_history.post<Result>(
        [session](Storage::HistoryAccess& access) {
            Result result;
            result.error = unavailable(access);
            if (result.error.isEmpty())
                result.value = access.compares->save(session, &result.error);
            return result;
        },
        this,
        [this, done = std::move(done)](Result result) {
            if (!result.value)
                Q_EMIT problem(tr("The compare is not saved: %1").arg(result.error));
            done(result.value);
            Q_EMIT changed();
        });
}

void CompareLibrary::updateColumn(qint64 compareId, const Storage::CompareColumnRecord& column)
{
    write([compareId, column](Storage::CompareStore& store) {
        QString error;
        store.updateColumn(compareId, column, &error);
        return error;
    });
}

void CompareLibrary::setVerdict(qint64 compareId, const Storage::CompareVerdict& verdict)
{
    write([compareId, verdict](Storage::CompareStore& store) {
        QString error;
        store.setVerdict(compareId, verdict, &error);
        return error;
    });
}

void CompareLibrary::remove(qint64 compareId)
{
    write([compareId](Storage::CompareStore& store) {
        QString error;
        store.remove(compareId, &error);
        return error;
    });
}

void CompareLibrary::continueAsConversation(qint64 compareId, int position,
                                            std::function<void(std::optional<qint64>)> done)
{
    using Result = Answer<std::optional<qint64>>;
    m_history.post<Result>(
        [compareId, position](Storage::HistoryAccess& access) {
            Result result;
            result.error = unavailable(access);
            if (result.error.isEmpty())
                result.value =
                    access.compares->continueAsConversation(compareId, position, &result.error);
            return result;
        },
        this,
        [this, done = std::move(done)](Result result) {
            if (!result.value)
                Q_EMIT problem(tr("Cannot continue in chat: %1").arg(result.error));
            done(result.value);
            Q_EMIT changed();
        });
}

void CompareLibrary::open(qint64 compareId,
                          std::function<void(std::optional<Storage::CompareSession>)> done)
{
    using Result = Answer<std::optional<Storage::CompareSession>>;
    m_history.post<Result>(
        [compareId](Storage::HistoryAccess& access) {
            Result result;
            result.error = unavailable(access);
            if (result.error.isEmpty())
                result.value = access.compares->session(compareId, &result.error);
            return result;
        },
        this,
        [this, done = std::move(done)](Result result) {
            if (!result.value)
                Q_EMIT problem(tr("Cannot open the compare: %1").arg(result.error));
            done(std::move(result.value));
        });
}

void CompareLibrary::refreshSessions()
{
    using Result = Answer<QList<Storage::CompareSession>>;
    m_history.post<Result>(
        [](Storage::HistoryAccess& access) {
            Result result;
            result.error = unavailable(access);
            if (result.error.isEmpty())
                result.value = access.compares->sessions(&result.error);
            return result;
        },
        this,
        [this](Result result) {
            if (!result.error.isEmpty())
                Q_EMIT problem(tr("Cannot list the compares: %1").arg(result.error));
            Q_EMIT sessionsRead(result.value);
        });
}

void CompareLibrary::refreshLeaderboard()
{
    using Result = Answer<QList<Storage::LeaderboardRow>>;
    m_history.post<Result>(
        [](Storage::HistoryAccess& access) {
            Result result;
            result.error = unavailable(access);
            if (result.error.isEmpty() && access.leaderboard)
                result.value = access.leaderboard->rows({}, &result.error);
            return result;
        },
        this,
        [this](Result result) {
            if (!result.error.isEmpty())
                Q_EMIT problem(tr("Cannot read the leaderboard: %1").arg(result.error));
            Q_EMIT leaderboardRead(result.value);
        });
}

} // namespace Ui
