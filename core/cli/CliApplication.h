#pragma once

#include "cli/CliContext.h"
#include "secrets/KeyStore.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>

namespace Cli {

class Command;

/// switchboard-cli without its main(): parses the global options, picks the command and runs it.
/// The executable and the tests drive the same object.
class CliApplication : public QObject {
    Q_OBJECT

public:
    /// `arguments` exclude the program name.
    CliApplication(QStringList arguments, Streams streams, QObject* parent = nullptr);
    ~CliApplication() override;

    /// Starts on the next event loop turn; `finished` follows exactly once.
    void start();
    /// Ctrl+C: cancels the running command (a chat stops its request and records it).
    void interrupt();

    static QString usage();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void run();
    void finish(int exitCode);

    QStringList m_arguments;
    Streams m_streams;
    Secrets::KeyStore m_keyStore; ///< before the context, which refers to it
    std::unique_ptr<CliContext> m_context;
    QPointer<Command> m_command;
    bool m_finished = false;
};

} // namespace Cli
