#pragma once

#include "cli/Command.h"

namespace Cli {

/// `routes list|show|add|remove`: the routes of the profile's config.json.
class RoutesCommand final : public Command {
    Q_OBJECT

public:
    using Command::Command;
    void run(const QStringList& arguments) override;

private:
    void list(const QStringList& arguments);
    void show(const QStringList& arguments);
    void add(const QStringList& arguments);
    void remove(const QStringList& arguments);
};

} // namespace Cli
