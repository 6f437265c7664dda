#include "cli/ChatCommand.h"

#include "cli/AttemptJson.h"
#include "cli/CliContext.h"
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
    const QCommandLineOption system(QStringLiteral("system"), tr("System prompt."),
                                    QStringLiteral("TEXT"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print one JSON object at the end."));
    const QCommandLineOption temperature(QStringLiteral("temperature"), tr("Sampling temperature."),
                                         QStringLiteral("T"));
    const QCommandLineOption maxTokens(QStringLiteral("max-tokens"), tr("Answer length limit."),
                                       QStringLiteral("N"));
    parser.addOptions({route, model, system, json, temperature, maxTokens});
    parser.addPositionalArgument(QStringLiteral("PROMPT"), tr("The prompt, or - to read stdin."));
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

    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        done(context().fail(tr("give the prompt as one argument (quote it), or - to read stdin"),
                            ExitUsage));
        return;
    }
    QString prompt = positional.value(0);
    if (prompt == QLatin1String("-")) {
        QIODevice* in = context().streams().in;
        prompt = in ? QString::fromUtf8(in->readAll()) : QString();
    }
    if (prompt.trimmed().isEmpty()) {
        done(context().fail(tr("the prompt is empty"), ExitUsage));
        return;
    }
    plan.request.messages.append({Chat::Role::User, prompt});
    plan.request.system = parser.value(system);
    if (parser.isSet(temperature)) {
        bool ok = false;
        const double t = parser.value(temperature).toDouble(&ok);
        if (!ok || t < 0 || t > 2) {
            done(context().fail(tr("--temperature takes a number from 0 to 2"), ExitUsage));
            return;
        }
        plan.request.temperature = t;
    }
    if (parser.isSet(maxTokens)) {
        bool ok = false;
        const int n = parser.value(maxTokens).toInt(&ok);
        if (!ok || n < 1) {
            done(context().fail(tr("--max-tokens takes a positive whole number"), ExitUsage));
            return;
        }
        plan.request.maxTokens = n;
    }

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
