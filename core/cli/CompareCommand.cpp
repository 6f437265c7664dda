#include "cli/CompareCommand.h"

#include "cli/CliContext.h"
#include "cli/CompareCommandOutput.h"
#include "cli/PromptOptions.h"
#include "compare/CompareColumn.h"
#include "config/Profile.h"
#include "session/LedgerLocation.h"
#include "session/ProfileServices.h"
#include "storage/CompareStore.h"
#include "storage/Database.h"

#include <QJsonDocument>

namespace Cli {

CompareCommand::CompareCommand(CliContext& context, QObject* parent)
    : Command(context, parent)
{}

CompareCommand::~CompareCommand()
{
    delete m_run; // before the router and ledger it refers to
}

void CompareCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption model(QStringLiteral("model"), tr("A column asking one model."),
                                   QStringLiteral("PROVIDER/MODEL"));
    const QCommandLineOption route(QStringLiteral("route"), tr("A column through a route."),
                                   QStringLiteral("NAME"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print one JSON object at the end."));
    const PromptOptions promptOptions;
    parser.addOptions({model, route, json});
    promptOptions.addTo(parser);
    if (!parse(parser, QStringLiteral("compare"), arguments))
        return;
    m_json = parser.isSet(json);
    if (!context().loadConfig()) {
        done(ExitUsage);
        return;
    }

    // The columns in the order the targets were given, --model and --route mixed.
    Compare::CompareRequest request;
    QStringList models = parser.values(model);
    QStringList routes = parser.values(route);
    for (const QString& name : parser.optionNames()) {
        if (name == model.names().constFirst() && !models.isEmpty())
            request.targets.append(Compare::CompareTarget::model(models.takeFirst()));
        else if (name == route.names().constFirst() && !routes.isEmpty())
            request.targets.append(Compare::CompareTarget::route(routes.takeFirst()));
    }
    if (const QString problem = Compare::CompareRequest::checkTargetCount(request.targets.size());
        !problem.isEmpty()) {
        done(context().fail(problem, ExitUsage));
        return;
    }
    PromptInput input;
    if (const QString problem = promptOptions.read(parser, context().streams().in, &input);
        !problem.isEmpty()) {
        done(context().fail(problem, ExitUsage));
        return;
    }
    request.prompt = input.prompt;
    request.system = input.system;
    request.temperature = input.temperature;
    request.maxTokens = input.maxTokens;
    QList<Routing::Route> resolved;
    if (const QString problem = request.resolve(context().config(), &resolved);
        !problem.isEmpty()) {
        done(context().fail(problem, ExitUsage));
        return;
    }

    // A shared ledger's password may come from the keychain: looked up first, asynchronously.
    m_started = true;
    Session::LedgerLocation::resolve(
        context().profile(), context().config(), &context().keyStore(), this,
        [this, request, resolved](const Storage::ConnectionSettings& ledger) {
            start(request, resolved, ledger);
        });
}

void CompareCommand::start(const Compare::CompareRequest& request,
                           const QList<Routing::Route>& resolved,
                           const Storage::ConnectionSettings& ledger)
{
    if (m_interrupted) {
        done(ExitFailed);
        return;
    }
    m_services = std::make_unique<Session::ProfileServices>(context().profile(), context().config(),
                                                            m_network, context().keys(), ledger);
    for (const QString& warning : m_services->warnings())
        warn(warning);
    m_run = new Compare::CompareRun(m_services->router(), request, resolved, this);
    for (Compare::CompareColumn* column : m_run->columns()) {
        const QString label = column->target().label();
        connect(column, &Compare::CompareColumn::streamEvent, this,
                [this, label](const Chat::StreamEvent& event) {
                    if (!m_json && event.kind == Chat::StreamEvent::Kind::Notice)
                        context().printError(tr("note: %1: %2").arg(label, event.text));
                });
    }
    connect(m_run, &Compare::CompareRun::columnFinished, this, &CompareCommand::onColumnFinished);
    connect(m_run, &Compare::CompareRun::finished, this, &CompareCommand::onFinished);
    m_run->start();
}

void CompareCommand::interrupt()
{
    m_interrupted = true;
    if (m_run && m_run->isRunning())
        m_run->cancel();
    else if (!m_started)
        done(ExitFailed);
}

void CompareCommand::warn(const QString& warning)
{
    if (m_warned.contains(warning))
        return;
    m_warned.insert(warning);
    context().printError(tr("warning: %1").arg(warning));
}

void CompareCommand::onColumnFinished(int, const Compare::ColumnResult& column)
{
    for (const QString& warning : column.route.warnings)
        warn(warning);
    if (m_json || m_interrupted)
        return;
    QString text = compareColumnHeader(column) + u'\n';
    if (column.answered()) {
        text += column.record.text;
        if (!text.endsWith(u'\n'))
            text += u'\n';
    }
    context().print(text + u'\n');
}

std::optional<qint64> CompareCommand::save(const Compare::CompareResult& result)
{
    // The profile's own SQLite file, wherever the ledger is: compares sit beside the history.
    Storage::Database database(context().profile().databasePath());
    QString error = database.open();
    std::optional<qint64> id;
    if (error.isEmpty())
        id = Storage::CompareStore(database).save(result.session(), &error);
    if (!id)
        warn(tr("the compare is not saved: %1").arg(error));
    return id;
}

void CompareCommand::finish(int exitCode)
{
    doneAfterLedger(m_services ? m_services->ledger() : nullptr, exitCode);
}

void CompareCommand::onFinished(const Compare::CompareResult& result)
{
    const std::optional<qint64> id = save(result);
    if (m_json) {
        context().print(QString::fromUtf8(
            QJsonDocument(compareToJson(result, id)).toJson(QJsonDocument::Compact) + '\n'));
    } else {
        context().print(compareSummaryTable(result));
    }
    if (m_interrupted || result.cancelled) {
        finish(context().fail(tr("cancelled: %1 of %2 columns had answered")
                                  .arg(result.answeredCount())
                                  .arg(result.columns.size()),
                              ExitFailed));
        return;
    }
    QStringList reasons;
    for (const Compare::ColumnResult& column : result.columns) {
        if (!column.answered())
            reasons.append(column.failureLine());
    }
    if (result.answeredCount() == 0) {
        finish(context().fail(tr("no column answered: %1").arg(reasons.join(QStringLiteral("; "))),
                              ExitFailed));
        return;
    }
    for (const QString& reason : std::as_const(reasons))
        context().printError(reason);
    finish(ExitOk);
}

} // namespace Cli
