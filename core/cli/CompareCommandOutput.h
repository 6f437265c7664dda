#pragma once

#include "compare/CompareRun.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace Cli {

/// The line above a column's answer in `compare`'s text output: the target (and for a route who
/// answered), the outcome and the figures, e.g.
/// `== openai/gpt-4o-mini · ok · first token 412 ms · 58.1 tok/s · total 0.98 s · 9 in / 3 out ·
/// $0.000021`.
QString compareColumnHeader(const Compare::ColumnResult& column);

/// The table after the answers: one row per column in order (target, outcome, ttft, tok/s, total,
/// tokens in/out, cost), with a note when a cost is estimated or unknown.
QString compareSummaryTable(const Compare::CompareResult& result);

/// The cost of a column: "$0.000021", "~$0.000020" when estimated, "?" when unknown.
QString compareCostText(const Storage::CompareColumnRecord& record);

/// `compare --json` (docs/CLI.md): {"prompt", "system", "compare_id", "columns": [...]}, each
/// column the object `chat --json` prints plus "target", "target_kind", "tokens_per_second",
/// "ttft_ms", "total_ms", "elapsed_ms", "cost_usd" and "cost_source" of the column.
QJsonObject compareToJson(const Compare::CompareResult& result, std::optional<qint64> compareId);

} // namespace Cli
