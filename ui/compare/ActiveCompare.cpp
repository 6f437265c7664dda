#include "ActiveCompare.h"

#include "CompareLibrary.h"
#include "compare/CompareColumn.h"
#include "session/ProfileServices.h"
#include "session/ProfileSession.h"
#include "storage/CompareStore.h"

namespace Ui {
namespace {

Compare::ColumnResult resultOf(const Storage::CompareColumnRecord& record)
{
    Compare::ColumnResult result;
    result.index = record.position;
    result.target = {record.targetKind, record.target};
    result.record = record;
    if (record.answered)
        result.state = Compare::ColumnState::Answered;
    else if (record.outcome == Chat::Outcome::Cancelled)
        result.state = Compare::ColumnState::Cancelled;
    else
        result.state = Compare::ColumnState::Failed;
    return result;
}

} // namespace

ActiveCompare::ActiveCompare(Session::ProfileSession& profile, CompareLibrary& library,
                             QObject* parent)
    : QObject(parent)
    , m_profile(profile)
    , m_library(library)
{}

ActiveCompare::~ActiveCompare()
{
    // The page is closing: what still runs is cancelled (the ledger records it), quietly.
    if (m_run) {
        m_run->disconnect(this);
        delete m_run;
    }
}

QString ActiveCompare::start(const Compare::CompareRequest& request)
{
    if (isRunning())
        return tr("A compare is still running: stop it first.");
    QList<Routing::Route> routes;
    if (QString problem = request.resolve(m_profile.config(), &routes); !problem.isEmpty())
        return problem;
    dropRun();
    m_request = request;
    m_compareId = 0;
    m_saving = false;
    m_started = true;
    m_retried.clear();
    m_toStore.clear();
    m_retryProblem.clear();
    m_session = {};
    QList<Compare::ColumnResult> columns;
    for (int i = 0; i < request.targets.size(); ++i) {
        Compare::ColumnResult column;
        column.index = i;
        column.target = request.targets.at(i);
        columns.append(column);
    }
    Q_EMIT columnsReset(columns);
    attach(new Compare::CompareRun(m_profile.services().router(), request, routes, this));
    Q_EMIT runAttached(m_run);
    m_run->start();
    Q_EMIT runningChanged(true);
    return {};
}

void ActiveCompare::open(const Storage::CompareSession& session)
{
    dropRun();
    m_session = session;
    m_compareId = session.id;
    m_saving = false;
    m_started = false;
    m_retried.clear();
    m_toStore.clear();
    m_request = Compare::CompareRequest::fromSession(session);
    QList<Compare::ColumnResult> columns;
    for (const Storage::CompareColumnRecord& record : session.columns)
        columns.append(resultOf(record));
    Q_EMIT columnsReset(columns);
    Q_EMIT saved(m_compareId);
    Q_EMIT sessionChanged(m_session);
    rebuildRun();
    Q_EMIT runningChanged(false);
}

void ActiveCompare::clear()
{
    dropRun();
    m_session = {};
    m_request = {};
    m_compareId = 0;
    m_saving = false;
    m_started = false;
    m_retried.clear();
    m_toStore.clear();
    m_retryProblem.clear();
    Q_EMIT columnsReset({});
    Q_EMIT runningChanged(false);
}

void ActiveCompare::rebuildRun()
{
    if (m_run || m_request.targets.isEmpty())
        return;
    QList<Routing::Route> routes;
    m_retryProblem = m_request.resolve(m_profile.config(), &routes);
    if (!m_retryProblem.isEmpty())
        return;
    attach(new Compare::CompareRun(m_profile.services().router(), m_request, routes, this));
    m_run->restore(m_session);
    Q_EMIT runAttached(m_run);
}

void ActiveCompare::attach(Compare::CompareRun* run)
{
    m_run = run;
    connect(run, &Compare::CompareRun::columnFinished, this, &ActiveCompare::onColumnFinished);
    connect(run, &Compare::CompareRun::finished, this, &ActiveCompare::onFinished);
}

void ActiveCompare::dropRun()
{
    if (!m_run)
        return;
    Compare::CompareRun* run = m_run;
    m_run = nullptr;
    const bool wasRunning = run->isRunning();
    Compare::CompareResult result = run->result();
    run->disconnect(this);
    for (Compare::CompareColumn* column : run->columns())
        column->disconnect();
    delete run; // cancels what still runs: those attempts are recorded as cancelled
    if (!wasRunning)
        return;
    // What still ran ends as cancelled, on the page and in the saved copy.
    for (Compare::ColumnResult& column : result.columns) {
        if (!column.finished()) {
            column.state = Compare::ColumnState::Cancelled;
            column.record.outcome = Chat::Outcome::Cancelled;
            onColumnFinished(column.index, column);
        }
    }
    result.cancelled = true;
    Q_EMIT columnsReset(result.columns); // the views of the run that is gone show how it ended
    onFinished(result);
}

QString ActiveCompare::retry(int index)
{
    if (!m_run)
        return m_retryProblem.isEmpty() ? tr("This compare cannot run now.") : m_retryProblem;
    QString problem = m_run->retryColumn(index);
    if (problem.isEmpty()) {
        m_retried.insert(index);
        m_session.judgedAtMs.reset(); // the store clears the verdict with the new answer
        for (Storage::CompareColumnRecord& column : m_session.columns)
            column.best = false;
        Q_EMIT sessionChanged(m_session);
        Q_EMIT runningChanged(true);
    }
    return problem;
}

void ActiveCompare::stopColumn(int index)
{
    if (m_run)
        if (Compare::CompareColumn* column = m_run->column(index))
            column->cancel();
}

void ActiveCompare::stopAll()
{
    if (m_run)
        m_run->cancel();
}

void ActiveCompare::setVerdict(const QList<int>& best)
{
    if (!m_compareId || isRunning())
        return;
    for (Storage::CompareColumnRecord& column : m_session.columns)
        column.best = best.contains(column.position);
    m_library.setVerdict(m_compareId, Storage::CompareVerdict{best});
    Q_EMIT sessionChanged(m_session);
}

void ActiveCompare::onColumnFinished(int index, const Compare::ColumnResult& result)
{
    if (index >= 0 && index < m_session.columns.size()) {
        const qint64 conversation = m_session.columns.at(index).conversationId;
        m_session.columns[index] = result.record;
        m_session.columns[index].conversationId = conversation;
    }
    if (m_retried.remove(index)) {
        m_toStore.insert(index);
        if (m_compareId)
            storeColumn(index);
    }
}

void ActiveCompare::storeColumn(int index)
{
    m_toStore.remove(index);
    if (index >= 0 && index < m_session.columns.size())
        m_library.updateColumn(m_compareId, m_session.columns.at(index));
}

void ActiveCompare::onFinished(const Compare::CompareResult& result)
{
    Q_EMIT runningChanged(false);
    if (m_compareId || m_saving || !m_started)
        return;
    m_saving = true;
    m_session = result.session();
    m_session.title = Storage::CompareStore::titleFor(m_request.prompt);
    QPointer<ActiveCompare> self(this);
    m_library.save(m_session, [this, self](std::optional<qint64> id) {
        if (!self)
            return;
        m_saving = false;
        if (!id)
            return;
        m_compareId = *id;
        m_session.id = *id;
        Q_EMIT saved(m_compareId);
        Q_EMIT sessionChanged(m_session);
        for (int index : QSet<int>(m_toStore))
            storeColumn(index);
    });
}

} // namespace Ui
