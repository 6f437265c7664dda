#pragma once

#include "storage/CompareSession.h"

#include <QString>
#include <QStringList>

namespace Ui::ColumnFigures {

/// A column's figures in words, one per item, in the order the view shows them: time to first
/// token, total time, tokens per second, input and output tokens, cost. A figure that is not
/// known says "unknown" (a cost that is not known is never shown as $0).
QStringList figures(const Storage::CompareColumnRecord& record);
/// "answered by PROVIDER/MODEL" for a route column that answered; empty otherwise.
QString answeredBy(const Storage::CompareColumnRecord& record);
/// The column's cost: "$0.000120", "$0.000120 (estimate)", or "unknown".
QString cost(const Storage::CompareColumnRecord& record);

} // namespace Ui::ColumnFigures
