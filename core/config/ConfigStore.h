#pragma once

#include "config/AppConfig.h"
#include "config/ConfigFile.h"
#include "config/Profile.h"

#include <QObject>
#include <QStringList>

#include <functional>

namespace Config {

/// One profile's config.json for the desktop app's settings: the configuration as last read, the
/// problems that keep it from being written, and each edit written through at once. An edit reads
/// the file again first (the CLI or a hand edit may have changed it since), applies only its own
/// change and writes atomically, so nothing another writer did is lost. A file with errors is
/// never overwritten: edits are refused with what to fix.
class ConfigStore : public QObject {
    Q_OBJECT

public:
    /// Changes `config` in place; returns why it cannot (nothing is written then), empty on
    /// success.
    using Edit = std::function<QString(AppConfig& config)>;

    explicit ConfigStore(Profile profile, QObject* parent = nullptr);

    const Profile& profile() const { return m_profile; }
    const AppConfig& config() const { return m_config; }
    /// What is wrong with config.json as last read; non-empty: edits are refused.
    QStringList problems() const { return m_problems; }

    /// Reads config.json again and says so with changed().
    void reload();
    /// Reads config.json again, applies `edit` and writes the result. Returns an error text that
    /// says what failed and what to do, empty on success (then changed() has been emitted, with
    /// `source` — the editor, which need not reload what it just wrote).
    QString update(const Edit& edit, const QObject* source = nullptr);

Q_SIGNALS:
    /// The configuration was read again (`source` null) or an edit was written by `source`.
    void changed(const QObject* source);

private:
    Profile m_profile;
    ConfigFile m_file;
    AppConfig m_config;
    QStringList m_problems;
};

} // namespace Config
