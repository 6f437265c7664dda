#pragma once

#include "cli/Command.h"

#include <QDateTime>

namespace Storage {
struct ConnectionSettings;
}

namespace Cli {

/// `export --csv [--since PERIOD]`: the ledger's rows, oldest first, as CSV on stdout. Errors in
/// the ledger are redacted when recorded; the export redacts once more as a last net.
class ExportCommand final : public Command {
    Q_OBJECT

public:
    explicit ExportCommand(CliContext& context, QObject* parent = nullptr);
    void run(const QStringList& arguments) override;

private:
    void write(const Storage::ConnectionSettings& ledger, const QDateTime& from);
};

} // namespace Cli
