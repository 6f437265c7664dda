#pragma once

#include "cli/Command.h"
#include "storage/StatsPeriod.h"
#include "storage/StatsQueries.h"

#include <optional>

namespace Storage {
struct ConnectionSettings;
}

namespace Cli {

/// `stats [--since 7d|24h|30d|all|YYYY-MM-DD] [--by model|provider|day|route|origin|user]
/// [--json | --csv]`: requests, attempts, failures, fallback rate, tokens, spend (with the count
/// of attempts whose cost is unknown) and time to first token, from the ledger's rollup (the
/// profile's, or the team's shared one that config.json names).
class StatsCommand final : public Command {
    Q_OBJECT

public:
    explicit StatsCommand(CliContext& context, QObject* parent = nullptr);
    void run(const QStringList& arguments) override;

private:
    struct Options {
        Storage::StatsPeriod period;
        std::optional<Storage::StatsGrouping> grouping;
        QString byName;
        bool json = false;
        bool csv = false;
    };
    void report(const Storage::ConnectionSettings& ledger, const Options& options);
};

} // namespace Cli
