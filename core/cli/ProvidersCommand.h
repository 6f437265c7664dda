#pragma once

#include "cli/Command.h"

namespace Cli {

/// `providers list|add|remove|presets`: the providers of the profile's config.json. (`test` and
/// `models` talk to the network: ProviderQueryCommand.)
class ProvidersCommand final : public Command {
    Q_OBJECT

public:
    using Command::Command;
    void run(const QStringList& arguments) override;

private:
    void list(const QStringList& arguments);
    void add(const QStringList& arguments);
    void remove(const QStringList& arguments);
    void presets(const QStringList& arguments);
};

} // namespace Cli
