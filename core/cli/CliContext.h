#pragma once

#include "config/AppConfig.h"
#include "config/ConfigFile.h"
#include "config/Profile.h"
#include "secrets/KeyResolver.h"

#include <QIODevice>
#include <QString>

namespace Secrets {
class KeyStore;
}

namespace Cli {

/// Exit statuses of switchboard-cli (docs/CLI.md).
enum ExitCode : int {
    ExitOk = 0,
    ExitFailed = 1, ///< the request was made and did not succeed (no answer, provider refused)
    ExitUsage = 2,  ///< wrong arguments, or a configuration that cannot be used or written
};

/// The standard streams a command talks through; tests pass buffers.
struct Streams {
    QIODevice* in = nullptr;
    QIODevice* out = nullptr;
    QIODevice* err = nullptr;
};

/// What every command gets: the streams, the profile and its loaded configuration, the keychain
/// and the key resolver over it.
class CliContext {
public:
    CliContext(Streams streams, Config::Profile profile, Secrets::KeyStore& keyStore);

    Streams streams() const { return m_streams; }
    const Config::Profile& profile() const { return m_profile; }
    Config::ConfigFile& configFile() { return m_configFile; }
    Config::AppConfig& config() { return m_config; }
    Secrets::KeyStore& keyStore() { return m_keyStore; }
    /// Keychain, then environment, then session (docs/KEYS.md).
    Secrets::KeyResolver& keys() { return m_keys; }

    /// Loads config.json; on errors prints each and returns false.
    bool loadConfig();
    /// Creates the profile folder and writes config.json; on failure prints why and returns false.
    bool saveConfig();

    void print(const QString& text);      ///< to stdout, flushed
    void printError(const QString& line); ///< "switchboard-cli: LINE" to stderr
    /// Prints the error line and returns `code`, for `return ctx.fail(...)`.
    int fail(const QString& line, int code);

private:
    Streams m_streams;
    Config::Profile m_profile;
    Config::ConfigFile m_configFile;
    Config::AppConfig m_config;
    Secrets::KeyStore& m_keyStore;
    Secrets::KeyResolver m_keys;
};

} // namespace Cli
