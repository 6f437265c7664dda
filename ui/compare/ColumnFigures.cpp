#include "ColumnFigures.h"

#include "dashboard/SpendText.h"

#include <QCoreApplication>
#include <QLocale>

namespace Ui::ColumnFigures {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Ui::ColumnFigures", text);
}

QString unknown()
{
    return tr("unknown");
}

QString tokens(const std::optional<qint64>& count)
{
    return count ? countText(*count) : unknown();
}

QString seconds(qint64 ms)
{
    return QLocale().toString(double(ms) / 1000.0, 'f', 2) + tr(" s");
}

} // namespace

QString cost(const Storage::CompareColumnRecord& record)
{
    if (!record.costMicroUsd)
        return unknown();
    QString text = usdText(*record.costMicroUsd);
    if (record.costSource == QLatin1String("estimate"))
        text += tr(" (estimate)");
    return text;
}

QStringList figures(const Storage::CompareColumnRecord& record)
{
    const std::optional<double> tps = record.tokensPerSecond();
    return {
        tr("first token %1").arg(record.ttftMs ? msText(double(*record.ttftMs)) : unknown()),
        tr("total %1").arg(seconds(record.totalMs)),
        tr("%1 tok/s").arg(tps ? QLocale().toString(*tps, 'f', 1) : unknown()),
        tr("%1 in / %2 out").arg(tokens(record.inputTokens), tokens(record.outputTokens)),
        tr("cost %1").arg(cost(record)),
    };
}

QString answeredBy(const Storage::CompareColumnRecord& record)
{
    if (record.targetKind != Storage::CompareTargetKind::Route || !record.answered
        || record.provider.isEmpty())
        return {};
    return tr("answered by %1/%2").arg(record.provider, record.model);
}

} // namespace Ui::ColumnFigures
