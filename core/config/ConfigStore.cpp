#include "config/ConfigStore.h"

#include <QCoreApplication>

namespace Config {

ConfigStore::ConfigStore(Profile profile, QObject* parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_file(m_profile.configPath())
{
    LoadResult loaded = m_file.load();
    m_config = std::move(loaded.config);
    m_problems = loaded.errors;
}

void ConfigStore::reload()
{
    LoadResult loaded = m_file.load();
    m_config = std::move(loaded.config);
    m_problems = loaded.errors;
    Q_EMIT changed(nullptr);
}

QString ConfigStore::update(const Edit& edit, const QObject* source)
{
    LoadResult loaded = m_file.load();
    if (!loaded.ok()) {
        const bool wasOk = m_problems.isEmpty();
        m_config = std::move(loaded.config);
        m_problems = loaded.errors;
        if (wasOk)
            Q_EMIT changed(nullptr);
        return QCoreApplication::translate("Config",
                                           "%1 — fix config.json by hand (it is left untouched), "
                                           "then change the setting again")
            .arg(m_problems.constFirst());
    }
    AppConfig changedConfig = std::move(loaded.config);
    if (QString refused = edit(changedConfig); !refused.isEmpty())
        return refused;
    QString error = m_profile.ensureExists();
    if (error.isEmpty())
        error = m_file.save(changedConfig);
    if (!error.isEmpty())
        return error;
    m_config = std::move(changedConfig);
    m_problems.clear();
    Q_EMIT changed(source);
    return {};
}

} // namespace Config
