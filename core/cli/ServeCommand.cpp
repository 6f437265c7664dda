#include "cli/ServeCommand.h"

#include "cli/CliContext.h"
#include "gateway/GatewayServer.h"
#include "session/LedgerLocation.h"
#include "session/ProfileServices.h"

namespace Cli {

ServeCommand::ServeCommand(CliContext& context, QObject* parent)
    : Command(context, parent)
{}

ServeCommand::~ServeCommand()
{
    delete m_server; // before the router it routes through
}

void ServeCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption port(QStringLiteral("port"),
                                  tr("Port to listen on (default %1; 0 picks a free one).")
                                      .arg(Gateway::GatewayOptions::kDefaultPort),
                                  QStringLiteral("N"));
    const QCommandLineOption bind(QStringLiteral("bind"),
                                  tr("Listen on this address instead of 127.0.0.1 (reachable "
                                     "from the network: only the token guards it)."),
                                  QStringLiteral("ADDRESS"));
    const QCommandLineOption printToken(
        QStringLiteral("print-token"),
        tr("Print the gateway's token (creating it in the keychain on first use) and exit."));
    parser.addOptions({port, bind, printToken});
    if (!parse(parser, QStringLiteral("serve"), arguments))
        return;
    if (!parser.positionalArguments().isEmpty()) {
        done(context().fail(tr("serve takes no arguments besides its options; see "
                               "switchboard-cli --help"),
                            ExitUsage));
        return;
    }
    if (parser.isSet(printToken)) {
        if (parser.isSet(port) || parser.isSet(bind)) {
            done(context().fail(tr("--print-token takes no other option"), ExitUsage));
            return;
        }
        Gateway::GatewayToken::obtain(
            context().keyStore(), this,
            [this](const Gateway::TokenResult& t) { this->printToken(t); });
        return;
    }
    if (parser.isSet(port)) {
        bool ok = false;
        const uint value = parser.value(port).toUInt(&ok);
        if (!ok || value > 65535) {
            done(context().fail(
                tr("--port takes a number from 0 to 65535, not '%1'").arg(parser.value(port)),
                ExitUsage));
            return;
        }
        m_options.port = quint16(value);
    }
    if (parser.isSet(bind)) {
        const QHostAddress address(parser.value(bind));
        if (address.isNull()) {
            done(context().fail(
                tr("--bind takes an IP address of this machine (e.g. 127.0.0.1 or 0.0.0.0), not "
                   "'%1'")
                    .arg(parser.value(bind)),
                ExitUsage));
            return;
        }
        m_options.address = address;
    }
    if (!context().loadConfig()) {
        done(ExitUsage);
        return;
    }
    Gateway::GatewayToken::obtain(
        context().keyStore(), this, [this](const Gateway::TokenResult& t) {
            if (!t.error.isEmpty()) {
                serve(t, {});
                return;
            }
            // A shared ledger's password may come from the keychain too: looked up next.
            Session::LedgerLocation::resolve(
                context().profile(), context().config(), &context().keyStore(), this,
                [this, t](const Storage::ConnectionSettings& ledger) { serve(t, ledger); });
        });
}

void ServeCommand::printToken(const Gateway::TokenResult& token)
{
    if (!token.error.isEmpty()) {
        done(context().fail(token.error, ExitUsage));
        return;
    }
    if (token.source == Gateway::TokenSource::Memory) {
        // A token made now would not be the one a later `serve` uses.
        done(context().fail(tr("%1 No token to print: `serve` shows the one it makes when it "
                               "starts.")
                                .arg(token.message),
                            ExitFailed));
        return;
    }
    context().print(token.token + u'\n');
    done(ExitOk);
}

void ServeCommand::serve(const Gateway::TokenResult& token,
                         const Storage::ConnectionSettings& ledger)
{
    if (!token.error.isEmpty()) {
        done(context().fail(token.error, ExitUsage));
        return;
    }
    if (m_interrupted) {
        done(ExitFailed);
        return;
    }
    m_services = std::make_unique<Session::ProfileServices>(context().profile(), context().config(),
                                                            m_network, context().keys(), ledger);
    for (const QString& warning : m_services->warnings())
        context().printError(tr("warning: %1").arg(warning));
    m_server = new Gateway::GatewayServer(m_services->router(),
                                          context().profile().modelCacheDirectory(), this);
    m_server->setToken(token.token);
    if (const QString error = m_server->start(m_options); !error.isEmpty()) {
        done(context().fail(error, ExitFailed));
        return;
    }
    connect(m_server, &Gateway::GatewayServer::stopped, this,
            [this] { doneAfterLedger(m_services->ledger(), ExitOk); });
    if (!Gateway::GatewayServer::isLoopback(m_server->address())) {
        context().printError(
            tr("warning: listening on %1, which other machines can reach: only the token keeps "
               "them out, and it travels over plain http")
                .arg(m_server->address().toString()));
    }

    // Not translated: scripts read the base URL from this first line (docs/CLI.md).
    context().print(QStringLiteral("Listening on %1\n").arg(m_server->baseUrl().toString()));
    switch (token.source) {
    case Gateway::TokenSource::Environment:
        context().print(
            tr("Token: the one in %1.\n")
                .arg(QString::fromLatin1(Gateway::GatewayToken::environmentVariable())));
        break;
    case Gateway::TokenSource::Keychain:
        context().print(tr("Token: in the keychain%1; `switchboard-cli serve --print-token` "
                           "prints it.\n")
                            .arg(token.created ? tr(" (created now)") : QString()));
        break;
    case Gateway::TokenSource::Memory:
        context().printError(tr("warning: %1").arg(token.message));
        // Not translated either: without a keychain this line is the only way to the token.
        context().print(QStringLiteral("Token (this run only): %1\n").arg(token.token));
        break;
    }
    context().print(tr("Clients send it as 'Authorization: Bearer TOKEN' (the OpenAI SDKs: "
                       "api_key / OPENAI_API_KEY, base URL as above). Stop with Ctrl+C.\n"));
}

void ServeCommand::interrupt()
{
    if (m_interrupted)
        return;
    m_interrupted = true;
    if (m_server && m_server->isListening())
        m_server->stop(); // `stopped` ends the command
    else
        done(ExitFailed);
}

} // namespace Cli
