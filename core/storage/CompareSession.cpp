#include "storage/CompareSession.h"

#include "storage/LatencyHistogram.h"

namespace Storage {

QString compareTargetKindName(CompareTargetKind kind)
{
    return kind == CompareTargetKind::Route ? QStringLiteral("route") : QStringLiteral("model");
}

std::optional<CompareTargetKind> compareTargetKindFromName(QStringView name)
{
    for (CompareTargetKind kind : {CompareTargetKind::Model, CompareTargetKind::Route}) {
        if (name == compareTargetKindName(kind))
            return kind;
    }
    return std::nullopt;
}

std::optional<double> CompareColumnRecord::tokensPerSecond() const
{
    if (!answered)
        return std::nullopt;
    return Storage::tokensPerSecond(outputTokens, ttftMs, totalMs);
}

QString CompareColumnRecord::targetLabel() const
{
    return targetKind == CompareTargetKind::Route ? QStringLiteral("route/") + target : target;
}

QList<int> CompareSession::bestPositions() const
{
    QList<int> positions;
    for (const CompareColumnRecord& column : columns) {
        if (column.best)
            positions.append(column.position);
    }
    return positions;
}

} // namespace Storage
