#pragma once

#include "cli/Command.h"

namespace Cli {

/// `stats [--since 7d|24h|30d|all|YYYY-MM-DD] [--by model|provider|day|route|origin]
/// [--json | --csv]`: requests, attempts, failures, fallback rate, tokens, spend (with the count
/// of attempts whose cost is unknown) and time to first token, from the ledger's rollup.
class StatsCommand final : public Command {
    Q_OBJECT

public:
    explicit StatsCommand(CliContext& context, QObject* parent = nullptr);
    void run(const QStringList& arguments) override;
};

} // namespace Cli
