#pragma once

#include <QCommandLineParser>
#include <QObject>
#include <QStringList>

namespace Storage {
class LedgerWriter;
}

namespace Cli {

class CliContext;

/// One top-level command of switchboard-cli. Runs asynchronously and ends with one `finished`.
class Command : public QObject {
    Q_OBJECT

public:
    explicit Command(CliContext& context, QObject* parent = nullptr);
    /// `arguments` are the words after the command's name.
    virtual void run(const QStringList& arguments) = 0;
    /// The user pressed Ctrl+C: stop what is running and finish soon.
    virtual void interrupt() {}

Q_SIGNALS:
    void finished(int exitCode);

protected:
    /// Ends the command from the event loop, never from inside the caller's stack frame.
    void done(int exitCode);
    /// done() once every ledger write asked for so far has ended (right away without a ledger),
    /// so that a command run right after sees the rows.
    void doneAfterLedger(Storage::LedgerWriter* ledger, int exitCode);
    CliContext& context() { return m_context; }
    /// Parses `arguments` of command `name`; on a mistake prints it and finishes with ExitUsage.
    bool parse(QCommandLineParser& parser, const QString& name, const QStringList& arguments);

private:
    CliContext& m_context;
    bool m_done = false;
};

} // namespace Cli
