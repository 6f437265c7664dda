#include "cli/CliApplication.h"

#include "cli/ChatCommand.h"
#include "cli/CompareCommand.h"
#include "cli/ExportCommand.h"
#include "cli/KeysCommand.h"
#include "cli/ProviderQueryCommand.h"
#include "cli/ProvidersCommand.h"
#include "cli/RoutesCommand.h"
#include "cli/ServeCommand.h"
#include "cli/StatsCommand.h"

#include <QCoreApplication>
#include <QTimer>

namespace Cli {
CliApplication::CliApplication(QStringList arguments, Streams streams, QObject* parent)
    : QObject(parent)
    , m_arguments(std::move(arguments))
    , m_streams(streams)
{}

CliApplication::~CliApplication() = default;

QString CliApplication::usage()
{
    return tr(
        "Usage:\n"
        "  switchboard-cli [--profile DIR] providers list [--json]\n"
        "  switchboard-cli [--profile DIR] providers add NAME (--preset PRESET | --kind "
        "openai|anthropic|gemini --base-url URL) [--api-key-env VAR] [--allow-insecure-http]\n"
        "  switchboard-cli [--profile DIR] providers set NAME [--base-url URL] [--api-key-env VAR] "
        "[--allow-insecure-http | --no-allow-insecure-http] [--confirm-new-host]\n"
        "  switchboard-cli [--profile DIR] providers remove NAME\n"
        "  switchboard-cli [--profile DIR] providers test NAME [--model MODEL] [--json]\n"
        "  switchboard-cli [--profile DIR] providers models NAME [--cached] [--json]\n"
        "  switchboard-cli [--profile DIR] providers presets\n"
        "  switchboard-cli [--profile DIR] routes list [--json] | routes show NAME [--json] | "
        "routes remove NAME\n"
        "  switchboard-cli [--profile DIR] routes add NAME --target PROVIDER/MODEL [--target ...] "
        "[--strategy ordered|cheapest|fastest|weighted] [--weights W,W,…] [--hedge-after-ms MS] "
        "[--on-bad-request stop|fallback] [--mid-stream restart|stop] [--skip-over-budget] "
        "[--replace]\n"
        "  switchboard-cli [--profile DIR] chat [--route NAME | --model PROVIDER/MODEL] "
        "[--system TEXT] [--json] [--temperature T] [--max-tokens N] [PROMPT | -]\n"
        "  switchboard-cli [--profile DIR] compare (--model PROVIDER/MODEL | --route NAME) ... "
        "(2 to 6) [--system TEXT] [--json] [--temperature T] [--max-tokens N] [PROMPT | -]\n"
        "  switchboard-cli [--profile DIR] keys set NAME        (reads the key from stdin)\n"
        "  switchboard-cli [--profile DIR] keys delete NAME\n"
        "  switchboard-cli [--profile DIR] keys set --ledger | keys delete --ledger   (a shared "
        "ledger's password)\n"
        "  switchboard-cli [--profile DIR] keys status [--json]\n"
        "  switchboard-cli [--profile DIR] stats [--since 7d|24h|30d|all|YYYY-MM-DD] "
        "[--by model|provider|day|route|origin|user] [--json | --csv]\n"
        "  switchboard-cli [--profile DIR] export --csv [--since PERIOD]\n"
        "  switchboard-cli [--profile DIR] serve [--port N] [--bind ADDRESS] | serve "
        "--print-token\n"
        "  switchboard-cli --version | --help\n"
        "\n"
        "The profile folder holds config.json and switchboard.db; it defaults to the "
        "SWITCHBOARD_PROFILE variable, then to the platform's data folder.\n"
        "Exit status: 0 success, 1 the request failed, 2 wrong arguments or configuration.\n");
}

void CliApplication::start()
{
    QTimer::singleShot(0, this, &CliApplication::run);
}

void CliApplication::interrupt()
{
    if (m_command)
        m_command->interrupt();
    else
        finish(ExitFailed);
}

void CliApplication::run()
{
    QString profileDir;
    QStringList rest;
    bool optionsEnded = false;
    for (qsizetype i = 0; i < m_arguments.size(); ++i) {
        const QString& word = m_arguments.at(i);
        if (optionsEnded) {
            rest.append(word);
        } else if (word == QLatin1String("--")) {
            optionsEnded = true;
            rest.append(word);
        } else if (word == QLatin1String("--profile")) {
            if (i + 1 >= m_arguments.size()) {
                m_context = std::make_unique<CliContext>(m_streams, Config::Profile::resolve({}),
                                                         m_keyStore);
                finish(m_context->fail(tr("--profile needs a folder"), ExitUsage));
                return;
            }
            profileDir = m_arguments.at(++i);
        } else if (word.startsWith(QLatin1String("--profile="))) {
            profileDir = word.mid(10);
        } else {
            rest.append(word);
        }
    }
    m_context =
        std::make_unique<CliContext>(m_streams, Config::Profile::resolve(profileDir), m_keyStore);

    const QString command = rest.isEmpty() ? QString() : rest.takeFirst();
    if (command.isEmpty() || command == QLatin1String("--help") || command == QLatin1String("-h")
        || command == QLatin1String("help")) {
        if (command.isEmpty()) {
            m_context->printError(tr("no command given"));
            m_context->print(usage());
            finish(ExitUsage);
        } else {
            m_context->print(usage());
            finish(ExitOk);
        }
        return;
    }
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        m_context->print(
            QStringLiteral("switchboard-cli %1\n").arg(QCoreApplication::applicationVersion()));
        finish(ExitOk);
        return;
    }

    const QString action = rest.value(0);
    if (command == QLatin1String("providers")
        && (action == QLatin1String("test") || action == QLatin1String("models")))
        m_command = new ProviderQueryCommand(*m_context, this);
    else if (command == QLatin1String("providers"))
        m_command = new ProvidersCommand(*m_context, this);
    else if (command == QLatin1String("chat"))
        m_command = new ChatCommand(*m_context, this);
    else if (command == QLatin1String("compare"))
        m_command = new CompareCommand(*m_context, this);
    else if (command == QLatin1String("keys"))
        m_command = new KeysCommand(*m_context, this);
    else if (command == QLatin1String("routes"))
        m_command = new RoutesCommand(*m_context, this);
    else if (command == QLatin1String("stats"))
        m_command = new StatsCommand(*m_context, this);
    else if (command == QLatin1String("export"))
        m_command = new ExportCommand(*m_context, this);
    else if (command == QLatin1String("serve"))
        m_command = new ServeCommand(*m_context, this);

    if (!m_command) {
        finish(m_context->fail(tr("unknown command '%1'; see switchboard-cli --help").arg(command),
                               ExitUsage));
        return;
    }
    connect(m_command, &Command::finished, this, &CliApplication::finish);
    m_command->run(rest);
}

void CliApplication::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(exitCode);
}

} // namespace Cli
