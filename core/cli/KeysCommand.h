#pragma once

#include "cli/Command.h"

namespace Providers {
struct ProviderConfig;
}
namespace Secrets {
struct KeyStoreResult;
}

namespace Cli {

/// `keys set NAME` (the key from stdin, into the OS keychain), `keys delete NAME` and
/// `keys status [--json]` (where every provider's key comes from now). `keys set --ledger` and
/// `keys delete --ledger` do the same for the password of a shared PostgreSQL ledger. With no
/// keychain, set and delete fail and point to the environment variable route; nothing is ever
/// written elsewhere.
class KeysCommand final : public Command {
    Q_OBJECT

public:
    using Command::Command;
    void run(const QStringList& arguments) override;

private:
    void set(const QStringList& arguments);
    void remove(const QStringList& arguments);
    void status(const QStringList& arguments);
    void store(const Providers::ProviderConfig& provider, const QString& key);
    /// The one-line key or password on stdin; on a mistake prints it, finishes and returns empty.
    QString readSecret(const QString& example);
    void setLedgerPassword();
    void deleteLedgerPassword();
    /// Parses `keys ACTION NAME`; on a mistake prints it, finishes and returns an empty name.
    QString providerName(const QString& action, const QStringList& arguments);
    /// The keychain cannot be used: why, and how to give the key through the environment instead.
    int failWithoutKeychain(const QString& providerName, const Secrets::KeyStoreResult& keychain);
};

} // namespace Cli
