#include "cli/Command.h"

#include "cli/CliContext.h"
#include "storage/LedgerWriter.h"

#include <QCoreApplication>
#include <QTimer>

namespace Cli {

Command::Command(CliContext& context, QObject* parent)
    : QObject(parent)
    , m_context(context)
{}

bool Command::parse(QCommandLineParser& parser, const QString& name, const QStringList& arguments)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    QStringList words = arguments;
    words.prepend(QStringLiteral("switchboard-cli ") + name);
    if (!parser.parse(words)) {
        done(m_context.fail(parser.errorText() + QStringLiteral("; see switchboard-cli --help"),
                            ExitUsage));
        return false;
    }
    return true;
}

void Command::done(int exitCode)
{
    if (m_done)
        return;
    m_done = true;
    QTimer::singleShot(0, this, [this, exitCode] { Q_EMIT finished(exitCode); });
}

void Command::doneAfterLedger(Storage::LedgerWriter* ledger, int exitCode)
{
    if (!ledger) {
        done(exitCode);
        return;
    }
    connect(
        ledger, &Storage::LedgerWriter::flushed, this, [this, exitCode] { done(exitCode); },
        Qt::SingleShotConnection);
    ledger->flush();
}

} // namespace Cli
