#pragma once

#include "compare/ColumnResult.h"
#include "compare/CompareRequest.h"
#include "storage/CompareSession.h"

#include <QList>
#include <QObject>

namespace Routing {
class Router;
}

namespace Compare {

class CompareColumn;

/// How a compare ended (or stands): its request and every column's result. A value.
struct CompareResult {
    CompareRequest request;
    QList<ColumnResult> columns;
    bool cancelled = false; ///< the whole compare was cancelled

    int answeredCount() const;
    /// What CompareStore::save keeps of it (title from the prompt, times: now).
    Storage::CompareSession session() const;
};

/// One compare in flight: a CompareColumn per target, all started at once so that their requests
/// run concurrently, each its own Routing::RouteRun through the shared Router. A view connects
/// to each column() for its stream and to this object for the whole. A finished column can be
/// retried alone; everything can be cancelled at once. Saving is the caller's (CompareStore, from
/// the thread that owns the database): session() gives the value to save.
class CompareRun : public QObject {
    Q_OBJECT

public:
    /// `routes` are the targets' routes in order (CompareRequest::resolve made them); one column
    /// per target. The router must outlive this run.
    CompareRun(Routing::Router& router, CompareRequest request, QList<Routing::Route> routes,
               QObject* parent = nullptr);
    ~CompareRun() override;

    const CompareRequest& request() const { return m_request; }
    int columnCount() const { return int(m_columns.size()); }
    CompareColumn* column(int index) const { return m_columns.value(index); }
    QList<CompareColumn*> columns() const { return m_columns; }
    bool isRunning() const;

    /// Starts every column that is not running.
    void start();
    /// Starts one finished column again, alone: a new request through its route. Returns why it
    /// cannot (no such column, still running), empty when it started.
    QString retryColumn(int index);
    /// Cancels every running column; `finished` follows once all have ended.
    void cancel();
    /// Shows a saved compare's columns (by position) without running them, e.g. to retry one.
    void restore(const Storage::CompareSession& session);

    CompareResult result() const;

Q_SIGNALS:
    void columnStarted(int index);
    void columnFinished(int index, const Compare::ColumnResult& result);
    /// No column runs any more: after start(), and again after each retry.
    void finished(const Compare::CompareResult& result);

private:
    void onColumnFinished(int index);

    CompareRequest m_request;
    QList<CompareColumn*> m_columns;
    bool m_cancelled = false;
    bool m_starting = false;
};

} // namespace Compare
