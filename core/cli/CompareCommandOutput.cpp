#include "cli/CompareCommandOutput.h"

#include "cli/AttemptJson.h"
#include "cli/TextTable.h"
#include "pricing/UsdText.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Cli {
namespace {

QString orDash(const QString& text)
{
    return text.isEmpty() ? QStringLiteral("-") : text;
}

QString msText(const std::optional<qint64>& ms)
{
    return ms ? QCoreApplication::translate("Cli::CompareCommand", "%1 ms").arg(*ms) : QString();
}

QString secondsText(qint64 ms)
{
    return QCoreApplication::translate("Cli::CompareCommand", "%1 s")
        .arg(double(ms) / 1000.0, 0, 'f', 2);
}

QString tpsText(const std::optional<double>& tps)
{
    return tps ? QString::number(*tps, 'f', 1) : QString();
}

QString countText(const std::optional<qint64>& count)
{
    return count ? QString::number(*count) : QStringLiteral("?");
}

QString outcomeText(const Compare::ColumnResult& column)
{
    if (column.record.outcome)
        return Chat::outcomeName(*column.record.outcome);
    return column.state == Compare::ColumnState::Cancelled ? QStringLiteral("cancelled")
                                                           : QStringLiteral("-");
}

QJsonValue orNull(const std::optional<qint64>& value)
{
    return value ? QJsonValue(double(*value)) : QJsonValue(QJsonValue::Null);
}

} // namespace

QString compareCostText(const Storage::CompareColumnRecord& record)
{
    if (!record.costMicroUsd)
        return QStringLiteral("?");
    const QString usd = QStringLiteral("$") + Pricing::usdText(*record.costMicroUsd);
    return record.costSource == QLatin1String("estimate") ? QStringLiteral("~") + usd : usd;
}

QString compareColumnHeader(const Compare::ColumnResult& column)
{
    const Storage::CompareColumnRecord& r = column.record;
    QString who = column.target.label();
    if (column.target.kind == Storage::CompareTargetKind::Route && !r.provider.isEmpty())
        who += QCoreApplication::translate("Cli::CompareCommand", " (answered by %1/%2)")
                   .arg(r.provider, r.model);
    QStringList parts{QStringLiteral("== ") + who, outcomeText(column)};
    if (!column.answered()) {
        parts.append(QCoreApplication::translate("Cli::CompareCommand", "no answer"));
        return parts.join(QStringLiteral(" \u00b7 "));
    }
    if (r.ttftMs)
        parts.append(QCoreApplication::translate("Cli::CompareCommand", "first token %1")
                         .arg(msText(r.ttftMs)));
    if (const std::optional<double> tps = r.tokensPerSecond())
        parts.append(
            QCoreApplication::translate("Cli::CompareCommand", "%1 tok/s").arg(tpsText(tps)));
    parts.append(
        QCoreApplication::translate("Cli::CompareCommand", "total %1").arg(secondsText(r.totalMs)));
    parts.append(QCoreApplication::translate("Cli::CompareCommand", "%1 in / %2 out")
                     .arg(countText(r.inputTokens), countText(r.outputTokens)));
    parts.append(r.costMicroUsd
                     ? compareCostText(r)
                     : QCoreApplication::translate("Cli::CompareCommand", "cost unknown"));
    return parts.join(QStringLiteral(" \u00b7 "));
}

QString compareSummaryTable(const Compare::CompareResult& result)
{
    QList<QStringList> rows{{QCoreApplication::translate("Cli::CompareCommand", "TARGET"),
                             QCoreApplication::translate("Cli::CompareCommand", "OUTCOME"),
                             QCoreApplication::translate("Cli::CompareCommand", "TTFT"),
                             QCoreApplication::translate("Cli::CompareCommand", "TOK/S"),
                             QCoreApplication::translate("Cli::CompareCommand", "TOTAL"),
                             QCoreApplication::translate("Cli::CompareCommand", "IN"),
                             QCoreApplication::translate("Cli::CompareCommand", "OUT"),
                             QCoreApplication::translate("Cli::CompareCommand", "COST")}};
    bool estimated = false;
    bool unknown = false;
    for (const Compare::ColumnResult& column : result.columns) {
        const Storage::CompareColumnRecord& r = column.record;
        const bool shown = r.attempts > 0;
        rows.append({column.target.label(), outcomeText(column), orDash(msText(r.ttftMs)),
                     orDash(tpsText(r.tokensPerSecond())),
                     shown ? secondsText(r.totalMs) : QStringLiteral("-"),
                     shown ? countText(r.inputTokens) : QStringLiteral("-"),
                     shown ? countText(r.outputTokens) : QStringLiteral("-"), compareCostText(r)});
        estimated = estimated || (r.costMicroUsd && r.costSource == QLatin1String("estimate"));
        unknown = unknown || !r.costMicroUsd;
    }
    QString text = textTable(rows, 2);
    if (estimated)
        text += QCoreApplication::translate(
            "Cli::CompareCommand",
            "~ estimated: token counts the provider did not report are estimated, and a "
            "refused request counts as $0\n");
    if (unknown)
        text += QCoreApplication::translate(
            "Cli::CompareCommand", "? unknown: no price is known for a model the column tried\n");
    return text;
}

QJsonObject compareToJson(const Compare::CompareResult& result, std::optional<qint64> compareId)
{
    QJsonArray columns;
    for (const Compare::ColumnResult& column : result.columns) {
        const Storage::CompareColumnRecord& r = column.record;
        QJsonObject object = routeResultToJson(column.route);
        object.insert(QStringLiteral("target"), column.target.label());
        object.insert(QStringLiteral("target_kind"),
                      Storage::compareTargetKindName(column.target.kind));
        const std::optional<double> tps = r.tokensPerSecond();
        object.insert(QStringLiteral("tokens_per_second"),
                      tps ? QJsonValue(*tps) : QJsonValue(QJsonValue::Null));
        object.insert(QStringLiteral("ttft_ms"), orNull(r.ttftMs));
        object.insert(QStringLiteral("total_ms"), double(r.totalMs));
        object.insert(QStringLiteral("elapsed_ms"), double(column.elapsedMs));
        object.insert(QStringLiteral("cost_usd"), r.costMicroUsd
                                                      ? QJsonValue(double(*r.costMicroUsd) / 1e6)
                                                      : QJsonValue(QJsonValue::Null));
        object.insert(QStringLiteral("cost_source"),
                      r.costSource.isEmpty() ? QStringLiteral("unknown") : r.costSource);
        columns.append(object);
    }
    return QJsonObject{
        {QStringLiteral("prompt"), result.request.prompt},
        {QStringLiteral("system"), result.request.system.isEmpty()
                                       ? QJsonValue(QJsonValue::Null)
                                       : QJsonValue(result.request.system)},
        {QStringLiteral("compare_id"),
         compareId ? QJsonValue(double(*compareId)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("columns"), columns},
    };
}

} // namespace Cli
