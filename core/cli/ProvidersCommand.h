#pragma once

#include "cli/Command.h"

#include <QList>

class QUrl;

namespace Providers {
struct ProviderConfig;
}
namespace Secrets {
struct KeyStatus;
}

namespace Cli {

/// `providers list|add|set|remove|presets`: the providers of the profile's config.json. (`test`
/// and `models` talk to the network: ProviderQueryCommand.)
class ProvidersCommand final : public Command {
    Q_OBJECT

public:
    using Command::Command;
    void run(const QStringList& arguments) override;

private:
    void list(const QStringList& arguments);
    void printList(const QList<Secrets::KeyStatus>& keys, bool asJson);
    void add(const QStringList& arguments);
    void set(const QStringList& arguments);
    void saveSet(const Providers::ProviderConfig& updated, const QUrl& before);
    void remove(const QStringList& arguments);
    void presets(const QStringList& arguments);
};

} // namespace Cli
