#include "CliRunner.h"

#include "cli/CliApplication.h"
#include "storage/Database.h"

#include <QBuffer>
#include <QSignalSpy>

QList<Storage::LedgerEntry> ledgerRows(const QString& profileDir)
{
    Storage::Database db(profileDir + QStringLiteral("/switchboard.db"));
    if (!db.open().isEmpty())
        return {};
    return Storage::UsageLedger(db).recent(100);
}

QString oneLineFailureProblem(const CliRun& run, const QString& target, const QString& outcome,
                              const QString& errorContains, const QString& secret)
{
    if (!run.finished)
        return QStringLiteral("the CLI hung");
    if (run.exitCode != 1)
        return QStringLiteral("exit status %1, expected 1; stderr: %2")
            .arg(run.exitCode)
            .arg(run.err);
    const QStringList lines = run.err.trimmed().split(u'\n');
    if (lines.size() != 1)
        return QStringLiteral("%1 lines on stderr, expected one: %2")
            .arg(lines.size())
            .arg(run.err);
    if (!lines.first().startsWith(QLatin1String("switchboard-cli: ")))
        return QStringLiteral("stderr does not start with the program name: ") + run.err;
    for (const QString& part : {target, outcome, errorContains}) {
        if (!run.err.contains(part))
            return QStringLiteral("stderr does not mention '%1': %2").arg(part, run.err);
    }
    if (!secret.isEmpty() && (run.err.contains(secret) || run.out.contains(secret)))
        return QStringLiteral("the secret was printed");
    return {};
}

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
