#include "compare/CompareRun.h"

#include "compare/CompareColumn.h"

#include <QCoreApplication>

namespace Compare {

int CompareResult::answeredCount() const
{
    return int(std::count_if(columns.cbegin(), columns.cend(),
                             [](const ColumnResult& c) { return c.answered(); }));
}

Storage::CompareSession CompareResult::session() const
{
    Storage::CompareSession s;
    s.prompt = request.prompt;
    s.systemPrompt = request.system;
    s.temperature = request.temperature;
    s.maxTokens = request.maxTokens;
    for (const ColumnResult& column : columns)
        s.columns.append(column.record);
    return s;
}

CompareRun::CompareRun(Routing::Router& router, CompareRequest request,
                       QList<Routing::Route> routes, QObject* parent)
    : QObject(parent)
    , m_request(std::move(request))
{
    Q_ASSERT(routes.size() == m_request.targets.size());
    for (qsizetype i = 0; i < m_request.targets.size() && i < routes.size(); ++i) {
        Routing::RoutePlan plan;
        plan.route = routes.at(i);
        plan.origin = Chat::Origin::Compare;
        plan.request.system = m_request.system;
        plan.request.messages.append({Chat::Role::User, m_request.prompt});
        plan.request.temperature = m_request.temperature;
        plan.request.maxTokens = m_request.maxTokens;
        const int index = int(i);
        auto* column = new CompareColumn(router, index, m_request.targets.at(i), plan, this);
        connect(column, &CompareColumn::started, this,
                [this, index] { Q_EMIT columnStarted(index); });
        connect(column, &CompareColumn::finished, this, [this, index] { onColumnFinished(index); });
        m_columns.append(column);
    }
}

CompareRun::~CompareRun()
{
    // The columns cancel what still runs as they go; nobody listens any more.
    for (CompareColumn* column : m_columns)
        column->disconnect(this);
}

bool CompareRun::isRunning() const
{
    return std::any_of(m_columns.cbegin(), m_columns.cend(),
                       [](const CompareColumn* c) { return c->isRunning(); });
}

void CompareRun::start()
{
    m_cancelled = false;
    // Every column is launched before any event is handled: their requests go out together. A
    // column that ends at once (nothing it could try) does not end the compare while the others
    // are still being started.
    m_starting = true;
    for (CompareColumn* column : m_columns) {
        if (!column->isRunning())
            column->start();
    }
    m_starting = false;
    if (!isRunning())
        Q_EMIT finished(result());
}

QString CompareRun::retryColumn(int index)
{
    CompareColumn* c = column(index);
    if (!c)
        return QCoreApplication::translate("Compare", "there is no column %1").arg(index + 1);
    if (c->isRunning())
        return QCoreApplication::translate("Compare", "column %1 (%2) is still running")
            .arg(index + 1)
            .arg(c->target().label());
    m_cancelled = false;
    c->start();
    return {};
}

void CompareRun::cancel()
{
    if (!isRunning())
        return;
    m_cancelled = true;
    for (CompareColumn* column : m_columns)
        column->cancel();
}

void CompareRun::restore(const Storage::CompareSession& session)
{
    for (const Storage::CompareColumnRecord& record : session.columns) {
        if (CompareColumn* c = column(record.position))
            c->restore(record);
    }
}

CompareResult CompareRun::result() const
{
    CompareResult r;
    r.request = m_request;
    r.cancelled = m_cancelled;
    for (const CompareColumn* column : m_columns)
        r.columns.append(column->result());
    return r;
}

void CompareRun::onColumnFinished(int index)
{
    Q_EMIT columnFinished(index, m_columns.at(index)->result());
    if (!m_starting && !isRunning())
        Q_EMIT finished(result());
}

} // namespace Compare
