#pragma once

#include "compare/CompareTarget.h"
#include "routing/RouteRun.h"
#include "storage/CompareSession.h"

namespace Compare {

/// Where a column stands.
enum class ColumnState {
    Waiting,   ///< not started
    Running,   ///< its route is trying targets; text may be streaming
    Answered,  ///< an answer arrived whole
    Failed,    ///< every attempt failed (the record's error says why)
    Cancelled, ///< the user cancelled it (alone, or the whole compare)
};

/// One column's result: the record that is saved (target, answer, outcome, the answering
/// attempt's figures, the column's cost, the ledger's request id) and the run's whole result
/// (every attempt, notices the router left, warnings). A value: copy it freely.
struct ColumnResult {
    int index = 0;
    CompareTarget target;
    ColumnState state = ColumnState::Waiting;
    Storage::CompareColumnRecord record;
    Routing::RouteResult route; ///< empty until the run finished (or for a reopened column)
    qint64 elapsedMs = 0;       ///< wall time of the column's run, fallbacks included

    bool answered() const { return state == ColumnState::Answered; }
    bool finished() const { return state != ColumnState::Waiting && state != ColumnState::Running; }
    /// The one line that says why it has no answer: the target, then the route's error.
    QString failureLine() const;

    /// The record of a finished run (docs/COMPARE.md, "What a column shows"): ttft, total time
    /// and tokens of the attempt that answered (or of the last one tried); the cost summed over
    /// every attempt, unknown when any attempt's cost is unknown, with the least certain source.
    static Storage::CompareColumnRecord recordOf(const CompareTarget& target, int position,
                                                 const Routing::RouteResult& result);
};

} // namespace Compare
