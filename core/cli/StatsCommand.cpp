#include "cli/StatsCommand.h"

#include "cli/CliContext.h"
#include "cli/CsvLine.h"
#include "cli/TextTable.h"
#include "pricing/UsdText.h"
#include "session/LedgerLocation.h"
#include "storage/Database.h"
#include "storage/StatsQueries.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Cli {

using Pricing::usdText;

namespace {

struct Grouping {
    const char* name;
    Storage::StatsGrouping value;
};

constexpr Grouping kGroupings[] = {
    {"model", Storage::StatsGrouping::Model},   {"provider", Storage::StatsGrouping::Provider},
    {"day", Storage::StatsGrouping::Day},       {"route", Storage::StatsGrouping::Route},
    {"origin", Storage::StatsGrouping::Origin}, {"user", Storage::StatsGrouping::User}};

/// One printed line: the usage of a group and, when known, its time to first token.
struct Line {
    QString key;
    Storage::UsageStats usage;
    std::optional<double> ttftP50;
    std::optional<double> ttftP95;
};

QString rateText(std::optional<double> rate)
{
    return rate ? QString::number(*rate * 100.0, 'f', 1) + u'%' : QStringLiteral("-");
}

QString msText(std::optional<double> ms)
{
    return ms ? QString::number(qRound64(*ms)) : QString();
}

QJsonValue msJson(std::optional<double> ms)
{
    return ms ? QJsonValue(qRound64(*ms)) : QJsonValue(QJsonValue::Null);
}

QJsonObject toJson(const Line& line)
{
    const Storage::UsageStats& u = line.usage;
    return QJsonObject{
        {QStringLiteral("key"), line.key},
        {QStringLiteral("requests"), u.requests},
        {QStringLiteral("answered"), u.wonFirst + u.fallbacks},
        {QStringLiteral("fallbacks"), u.fallbacks},
        {QStringLiteral("fallback_rate"),
         u.fallbackRate() ? QJsonValue(*u.fallbackRate()) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("attempts"), u.attempts},
        {QStringLiteral("failures"), u.failed},
        {QStringLiteral("cancelled"), u.cancelled},
        {QStringLiteral("input_tokens"), u.inputTokens},
        {QStringLiteral("output_tokens"), u.outputTokens},
        {QStringLiteral("cached_tokens"), u.cachedTokens},
        {QStringLiteral("reasoning_tokens"), u.reasoningTokens},
        {QStringLiteral("cost_micro_usd"), u.costMicroUsd},
        {QStringLiteral("cost_usd"), usdText(u.costMicroUsd)},
        {QStringLiteral("unknown_cost_attempts"), u.unknownCostAttempts},
        {QStringLiteral("ttft_p50_ms"), msJson(line.ttftP50)},
        {QStringLiteral("ttft_p95_ms"), msJson(line.ttftP95)},
    };
}

QStringList csvCells(const Line& line)
{
    const Storage::UsageStats& u = line.usage;
    return {line.key,
            QString::number(u.requests),
            QString::number(u.wonFirst + u.fallbacks),
            QString::number(u.fallbacks),
            u.fallbackRate() ? QString::number(*u.fallbackRate(), 'f', 4) : QString(),
            QString::number(u.attempts),
            QString::number(u.failed),
            QString::number(u.cancelled),
            QString::number(u.inputTokens),
            QString::number(u.outputTokens),
            QString::number(u.cachedTokens),
            QString::number(u.reasoningTokens),
            usdText(u.costMicroUsd),
            QString::number(u.unknownCostAttempts),
            msText(line.ttftP50),
            msText(line.ttftP95)};
}

} // namespace

StatsCommand::StatsCommand(CliContext& context, QObject* parent)
    : Command(context, parent)
{}

void StatsCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption since(QStringLiteral("since"),
                                   tr("Period: 7d, 24h, 30d (default), all or YYYY-MM-DD."),
                                   QStringLiteral("PERIOD"), QStringLiteral("30d"));
    const QCommandLineOption by(QStringLiteral("by"),
                                tr("One line per model, provider, day, route, origin or user."),
                                QStringLiteral("GROUP"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print one JSON object."));
    const QCommandLineOption csv(QStringLiteral("csv"), tr("Print CSV."));
    parser.addOptions({since, by, json, csv});
    if (!parse(parser, QStringLiteral("stats"), arguments))
        return;
    if (!parser.positionalArguments().isEmpty()) {
        done(context().fail(tr("stats takes no arguments; see switchboard-cli --help"), ExitUsage));
        return;
    }
    if (parser.isSet(json) && parser.isSet(csv)) {
        done(context().fail(tr("choose one of --json and --csv"), ExitUsage));
        return;
    }
    const QDateTime now = QDateTime::currentDateTime();
    QString periodError;
    const std::optional<Storage::StatsPeriod> period =
        Storage::StatsPeriod::parseSince(parser.value(since), now, &periodError);
    if (!period) {
        done(context().fail(periodError, ExitUsage));
        return;
    }
    std::optional<Storage::StatsGrouping> grouping;
    if (parser.isSet(by)) {
        for (const Grouping& g : kGroupings) {
            if (parser.value(by) == QLatin1String(g.name))
                grouping = g.value;
        }
        if (!grouping) {
            done(context().fail(
                tr("--by takes model, provider, day, route, origin or user, not '%1'")
                    .arg(parser.value(by)),
                ExitUsage));
            return;
        }
    }

    if (!context().loadConfig()) {
        done(ExitUsage);
        return;
    }
    const Options options{*period, grouping, parser.value(by), parser.isSet(json),
                          parser.isSet(csv)};
    // A shared ledger's password may come from the keychain: looked up first, asynchronously.
    Session::LedgerLocation::resolve(
        context().profile(), context().config(), &context().keyStore(), this,
        [this, options](const Storage::ConnectionSettings& ledger) { report(ledger, options); });
}

void StatsCommand::report(const Storage::ConnectionSettings& ledger, const Options& options)
{
    const std::optional<Storage::StatsPeriod> period = options.period;
    const std::optional<Storage::StatsGrouping> grouping = options.grouping;
    QString error = context().profile().ensureExists();
    Storage::Database db(ledger);
    if (error.isEmpty())
        error = db.open();
    if (!db.isOpen()) {
        done(context().fail(error, ExitFailed));
        return;
    }
    if (!error.isEmpty()) // a newer database: read-only, still readable
        context().printError(tr("warning: %1").arg(error));

    Storage::StatsQueries stats(db);
    const QList<Storage::LatencyStats> latency =
        stats.latency(*period, Storage::StatsSource::Rollup, true);
    Line total{tr("total"), stats.totals(*period), {}, {}};
    if (!latency.isEmpty() && latency.constLast().provider.isEmpty()) {
        total.ttftP50 = latency.constLast().ttftP50Ms;
        total.ttftP95 = latency.constLast().ttftP95Ms;
    }
    QList<Line> lines;
    if (grouping) {
        for (const Storage::UsageStats& row : stats.usage(*period, *grouping)) {
            Line line{row.key, row, {}, {}};
            if (*grouping == Storage::StatsGrouping::Route && line.key.isEmpty())
                line.key = tr("(direct)");
            if (*grouping == Storage::StatsGrouping::Model) {
                for (const Storage::LatencyStats& l : latency) {
                    if (!l.provider.isEmpty() && l.provider + u'/' + l.model == row.key) {
                        line.ttftP50 = l.ttftP50Ms;
                        line.ttftP95 = l.ttftP95Ms;
                    }
                }
            }
            lines.append(line);
        }
    }
    if (!stats.lastError().isEmpty()) {
        done(context().fail(tr("cannot read the statistics: %1").arg(stats.lastError()),
                            ExitFailed));
        return;
    }

    if (options.json) {
        QJsonArray rows;
        for (const Line& line : lines)
            rows.append(toJson(line));
        QJsonObject object{{QStringLiteral("since"), period->from.toUTC().toString(Qt::ISODate)},
                           {QStringLiteral("totals"), toJson(total)}};
        if (grouping) {
            object.insert(QStringLiteral("by"), options.byName);
            object.insert(QStringLiteral("rows"), rows);
        }
        context().print(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact))
                        + u'\n');
        done(ExitOk);
        return;
    }
    if (options.csv) {
        QString text =
            csvLine({grouping ? options.byName : QStringLiteral("key"), QStringLiteral("requests"),
                     QStringLiteral("answered"), QStringLiteral("fallbacks"),
                     QStringLiteral("fallback_rate"), QStringLiteral("attempts"),
                     QStringLiteral("failures"), QStringLiteral("cancelled"),
                     QStringLiteral("input_tokens"), QStringLiteral("output_tokens"),
                     QStringLiteral("cached_tokens"), QStringLiteral("reasoning_tokens"),
                     QStringLiteral("cost_usd"), QStringLiteral("unknown_cost_attempts"),
                     QStringLiteral("ttft_p50_ms"), QStringLiteral("ttft_p95_ms")});
        for (const Line& line : lines)
            text += csvLine(csvCells(line));
        text += csvLine(csvCells(total));
        context().print(text);
        done(ExitOk);
        return;
    }

    // A table for people.
    const QStringList headers{grouping ? options.byName : QString(),
                              tr("requests"),
                              tr("attempts"),
                              tr("failures"),
                              tr("fallbacks"),
                              tr("in tok"),
                              tr("out tok"),
                              tr("spend USD"),
                              tr("unknown cost"),
                              tr("ttft p50 ms"),
                              tr("ttft p95 ms")};
    QList<QStringList> table{headers};
    lines.append(total);
    for (const Line& line : std::as_const(lines)) {
        const Storage::UsageStats& u = line.usage;
        table.append({line.key, QString::number(u.requests), QString::number(u.attempts),
                      QString::number(u.failed), rateText(u.fallbackRate()),
                      QString::number(u.inputTokens), QString::number(u.outputTokens),
                      usdText(u.costMicroUsd), QString::number(u.unknownCostAttempts),
                      msText(line.ttftP50).isEmpty() ? QStringLiteral("-") : msText(line.ttftP50),
                      msText(line.ttftP95).isEmpty() ? QStringLiteral("-") : msText(line.ttftP95)});
    }
    QString text = tr("Since %1:\n").arg(period->from.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    text += textTable(table);
    if (total.usage.unknownCostAttempts > 0)
        text += tr("%n attempt(s) have no known cost and are not in the spend.\n", nullptr,
                   int(total.usage.unknownCostAttempts));
    context().print(text);
    done(ExitOk);
}

} // namespace Cli
