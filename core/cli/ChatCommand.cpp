#include "cli/ChatCommand.h"

#include "cli/AttemptJson.h"
#include "cli/CliContext.h"
#include "cli/PromptOptions.h"
#include "routing/Router.h"
#include "session/ConversationRecorder.h"
#include "session/LedgerLocation.h"
#include "session/ProfileServices.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace Cli {
ChatCommand::ChatCommand(CliContext& context, QObject* parent)
    : Command(context, parent)
{}

ChatCommand::~ChatCommand()
{
    delete m_run; // before the router and ledger it refers to
}

void ChatCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption route(QStringLiteral("route"), tr("Route to use."),
                                   QStringLiteral("NAME"));
    const QCommandLineOption model(QStringLiteral("model"), tr("Ask one model directly."),
                                   QStringLiteral("PROVIDER/MODEL"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print one JSON object at the end."));
    const PromptOptions promptOptions;
    parser.addOptions({route, model, json});
    promptOptions.addTo(parser);
    if (!parse(parser, QStringLiteral("chat"), arguments))
        return;
    m_json = parser.isSet(json);
    if (!context().loadConfig()) {
        done(ExitUsage);
        return;
    }

    Routing::RoutePlan plan;
    plan.origin = Chat::Origin::Cli;
    const QString planError = Routing::Router::planFor(context().config(), parser.value(route),
                                                       parser.value(model), &plan.route);
    if (!planError.isEmpty()) {
        done(context().fail(planError, ExitUsage));
        return;
    }
    PromptInput input;
    if (const QString problem = promptOptions.read(parser, context().streams().in, &input);
        !problem.isEmpty()) {
        done(context().fail(problem, ExitUsage));
        return;
    }
    plan.request.messages.append({Chat::Role::User, input.prompt});
    plan.request.system = input.system;
    plan.request.temperature = input.temperature;
    plan.request.maxTokens = input.maxTokens;

    // A shared ledger's password may come from the keychain: looked up first, asynchronously.
    m_started = true;
    Session::LedgerLocation::resolve(
        context().profile(), context().config(), &context().keyStore(), this,
        [this, plan](const Storage::ConnectionSettings& ledger) { start(plan, ledger); });
}

void ChatCommand::start(Routing::RoutePlan plan, const Storage::ConnectionSettings& ledger)
{
    if (m_interrupted) {
        done(ExitFailed);
        return;
    }
    m_services = std::make_unique<Session::ProfileServices>(context().profile(), context().config(),
                                                            m_network, context().keys(), ledger);
    for (const QString& warning : m_services->warnings())
        context().printError(tr("warning: %1").arg(warning));
    // The question is in the history before the request goes out.
    m_conversation = std::make_unique<Session::ConversationRecorder>(context().profile());
    if (const QString error = m_conversation->begin(plan.request.messages.constFirst().text,
                                                    plan.request.system, plan.route.name);
        !error.isEmpty())
        context().printError(tr("warning: %1").arg(error));
    m_run = m_services->router().route(std::move(plan), this);
    connect(m_run, &Routing::RouteRun::streamEvent, this, &ChatCommand::onEvent);
    connect(m_run, &Routing::RouteRun::finished, this, &ChatCommand::onFinished);
    m_run->start();
}

void ChatCommand::interrupt()
{
    if (m_run) {
        m_run->cancel();
        return;
    }
    m_interrupted = true; // before the request went out: it never will
    if (!m_started)
        done(ExitFailed);
}

void ChatCommand::onEvent(const Chat::StreamEvent& event)
{
    switch (event.kind) {
    case Chat::StreamEvent::Kind::TextDelta:
        m_streamed += event.text;
        if (!m_json && !event.text.isEmpty()) {
            context().print(event.text);
            m_printedText = true;
            m_lastPrinted = event.text.back();
        }
        break;
    case Chat::StreamEvent::Kind::Notice:
        if (!m_json) {
            if (m_printedText && m_lastPrinted != u'\n') {
                context().print(QStringLiteral("\n"));
                m_lastPrinted = u'\n';
            }
            context().printError(tr("note: %1").arg(event.text));
        }
        break;
    default:
        break;
    }
}

void ChatCommand::onFinished(const Routing::RouteResult& result)
{
    for (const QString& warning : result.warnings)
        context().printError(tr("warning: %1").arg(warning));
    if (m_json) {
        context().print(QString::fromUtf8(
            QJsonDocument(routeResultToJson(result)).toJson(QJsonDocument::Compact) + '\n'));
    } else if (m_printedText && m_lastPrinted != u'\n') {
        context().print(QStringLiteral("\n"));
    }
    if (m_conversation) {
        const bool cutShort =
            !result.attempts.isEmpty()
            && result.attempts.constLast().finishReason == QLatin1String("length");
        const QString error =
            result.answered ? m_conversation->finish(result.text, result.requestId, false, cutShort)
                            : m_conversation->finish(
                                result.partialText.isEmpty() ? m_streamed : result.partialText,
                                result.requestId, true, result.incomplete);
        if (!error.isEmpty())
            context().printError(tr("warning: %1").arg(error));
    }
    if (!result.answered) {
        doneAfterLedger(m_services ? m_services->ledger() : nullptr,
                        context().fail(result.error, ExitFailed));
        return;
    }
    doneAfterLedger(m_services ? m_services->ledger() : nullptr, ExitOk);
}

} // namespace Cli
