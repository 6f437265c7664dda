#include "cli/ExportCommand.h"

#include "cli/CliContext.h"
#include "cli/CsvLine.h"
#include "pricing/UsdText.h"
#include "secrets/Redactor.h"
#include "session/LedgerLocation.h"
#include "storage/Database.h"
#include "storage/LedgerRowReader.h"
#include "storage/StatsPeriod.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Cli {

using Pricing::usdText;

namespace {

QString optionalNumber(const std::optional<qint64>& value)
{
    return value ? QString::number(*value) : QString();
}

} // namespace

ExportCommand::ExportCommand(CliContext& context, QObject* parent)
    : Command(context, parent)
{}

void ExportCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption csv(QStringLiteral("csv"), tr("Write CSV (the only format)."));
    const QCommandLineOption since(QStringLiteral("since"),
                                   tr("Period: 7d, 24h, 30d, all (default) or YYYY-MM-DD."),
                                   QStringLiteral("PERIOD"), QStringLiteral("all"));
    parser.addOptions({csv, since});
    if (!parse(parser, QStringLiteral("export"), arguments))
        return;
    if (!parser.isSet(csv) || !parser.positionalArguments().isEmpty()) {
        done(context().fail(tr("use: switchboard-cli export --csv [--since PERIOD]"), ExitUsage));
        return;
    }
    QString error;
    const std::optional<Storage::StatsPeriod> period =
        Storage::StatsPeriod::parseSince(parser.value(since), QDateTime::currentDateTime(), &error);
    if (!period) {
        done(context().fail(error, ExitUsage));
        return;
    }
    if (!context().loadConfig()) {
        done(ExitUsage);
        return;
    }
    Session::LedgerLocation::resolve(
        context().profile(), context().config(), &context().keyStore(), this,
        [this, from = period->from](const Storage::ConnectionSettings& ledger) {
            write(ledger, from);
        });
}

void ExportCommand::write(const Storage::ConnectionSettings& ledger, const QDateTime& from)
{
    QString error = context().profile().ensureExists();
    Storage::Database db(ledger);
    if (error.isEmpty())
        error = db.open();
    if (!db.isOpen()) {
        done(context().fail(error, ExitFailed));
        return;
    }
    if (!error.isEmpty())
        context().printError(tr("warning: %1").arg(error));

    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM attempts WHERE started_at_ms >= ? ORDER BY "
                                 "started_at_ms, id")
                      .arg(Storage::LedgerRowReader::columns()));
    query.addBindValue(from.toMSecsSinceEpoch());
    if (!query.exec()) {
        done(context().fail(tr("cannot read the ledger: %1").arg(query.lastError().text()),
                            ExitFailed));
        return;
    }
    QString text = csvLine({QStringLiteral("started_at"),    QStringLiteral("request_id"),
                            QStringLiteral("attempt_index"), QStringLiteral("origin"),
                            QStringLiteral("route"),         QStringLiteral("provider"),
                            QStringLiteral("model"),         QStringLiteral("outcome"),
                            QStringLiteral("http_status"),   QStringLiteral("error"),
                            QStringLiteral("ttft_ms"),       QStringLiteral("total_ms"),
                            QStringLiteral("input_tokens"),  QStringLiteral("output_tokens"),
                            QStringLiteral("cached_tokens"), QStringLiteral("reasoning_tokens"),
                            QStringLiteral("cost_usd"),      QStringLiteral("cost_source"),
                            QStringLiteral("order_reason"),  QStringLiteral("user_agent")});
    int rows = 0;
    while (query.next()) {
        const Storage::LedgerEntry e = Storage::LedgerRowReader::read(query);
        const Chat::Attempt& a = e.attempt;
        text += csvLine({a.startedAt.toUTC().toString(Qt::ISODateWithMs),
                         a.requestId,
                         QString::number(a.index),
                         Chat::originName(e.origin),
                         e.route,
                         a.provider,
                         a.model,
                         e.pending ? QStringLiteral("pending") : Chat::outcomeName(a.outcome),
                         a.httpStatus > 0 ? QString::number(a.httpStatus) : QString(),
                         Secrets::Redactor::redactPatterns(a.error),
                         optionalNumber(a.ttftMs),
                         QString::number(a.totalMs),
                         optionalNumber(a.usage.inputTokens),
                         optionalNumber(a.usage.outputTokens),
                         optionalNumber(a.usage.cachedTokens),
                         optionalNumber(a.usage.reasoningTokens),
                         a.costMicroUsd ? usdText(*a.costMicroUsd) : QString(),
                         a.costSource,
                         a.orderReason,
                         Secrets::Redactor::redactPatterns(e.clientAgent)});
        if (++rows % 1000 == 0) { // stream big ledgers out in pieces
            context().print(text);
            text.clear();
        }
    }
    context().print(text);
    done(ExitOk);
}

} // namespace Cli
