#include "CliRunner.h"

#include "cli/CliApplication.h"

#include <QBuffer>
#include <QSignalSpy>

CliRun runCli(const QString& profile, const QStringList& arguments, const QByteArray& stdinBytes,
              int timeoutMs, const std::function<void(Cli::CliApplication&)>& whileRunning)
{
    QByteArray inBytes = stdinBytes;
    QBuffer in(&inBytes);
    QBuffer out;
    QBuffer err;
    in.open(QIODevice::ReadOnly);
    out.open(QIODevice::WriteOnly);
    err.open(QIODevice::WriteOnly);

    QStringList words{QStringLiteral("--profile"), profile};
    words += arguments;
    Cli::CliApplication cli(words, {&in, &out, &err});
    QSignalSpy done(&cli, &Cli::CliApplication::finished);
    cli.start();
    if (whileRunning)
        whileRunning(cli);
    CliRun run;
    run.finished = !done.isEmpty() || done.wait(timeoutMs);
    if (run.finished)
        run.exitCode = done.first().first().toInt();
    run.out = QString::fromUtf8(out.data());
    run.err = QString::fromUtf8(err.data());
    return run;
}
