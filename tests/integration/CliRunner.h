#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>

namespace Cli {
class CliApplication;
}

/// Runs switchboard-cli's code in-process, exactly as the executable does, with buffers for the
/// standard streams.
struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
    bool finished = false;
};

/// `arguments` exclude the program name; `profile` is passed as --profile. `whileRunning` is
/// called once the command started (e.g. to interrupt it).
CliRun runCli(const QString& profile, const QStringList& arguments,
              const QByteArray& stdinBytes = {}, int timeoutMs = 20'000,
              const std::function<void(Cli::CliApplication&)>& whileRunning = {});
