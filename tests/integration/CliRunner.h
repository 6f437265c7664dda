#pragma once

#include "storage/UsageLedger.h"

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

/// The newest ledger rows (at most 100) of the profile in `profileDir`; empty when it has no
/// database yet.
QList<Storage::LedgerEntry> ledgerRows(const QString& profileDir);

/// The CLI's failure contract, checked the same way by every fault table: the command finished
/// with exit status 1 and exactly one stderr line "switchboard-cli: …" that names `target` and
/// `outcome` and contains `errorContains`; `secret` appears on neither stream. Returns what is
/// wrong, empty when all holds (use with QVERIFY2).
QString oneLineFailureProblem(const CliRun& run, const QString& target, const QString& outcome,
                              const QString& errorContains, const QString& secret);

/// `arguments` exclude the program name; `profile` is passed as --profile. `whileRunning` is
/// called once the command started (e.g. to interrupt it).
CliRun runCli(const QString& profile, const QStringList& arguments,
              const QByteArray& stdinBytes = {}, int timeoutMs = 20'000,
              const std::function<void(Cli::CliApplication&)>& whileRunning = {});
