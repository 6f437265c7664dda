#include "config/Profile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace Config {

Profile::Profile(QString directory)
    : m_directory(QDir::cleanPath(QFileInfo(directory).absoluteFilePath()))
{}

Profile Profile::resolve(const QString& explicitDirectory)
{
    if (!explicitDirectory.isEmpty())
        return Profile(explicitDirectory);
    const QString fromEnvironment = qEnvironmentVariable("SWITCHBOARD_PROFILE");
    if (!fromEnvironment.isEmpty())
        return Profile(fromEnvironment);
    QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (base.isEmpty())
        base = QDir::homePath() + QStringLiteral("/.local/share");
    return Profile(base + QStringLiteral("/switchboard"));
}

QString Profile::configPath() const
{
    return m_directory + QStringLiteral("/config.json");
}

QString Profile::databasePath() const
{
    return m_directory + QStringLiteral("/switchboard.db");
}

QString Profile::modelCacheDirectory() const
{
    return m_directory + QStringLiteral("/cache/models");
}

QString Profile::attemptJournalDirectory() const
{
    return m_directory + QStringLiteral("/journal");
}

QString Profile::ensureExists() const
{
    QDir dir(m_directory);
    if (dir.exists())
        return {};
    if (!dir.mkpath(QStringLiteral("."))) {
        return QCoreApplication::translate("Config", "cannot create the profile folder %1")
            .arg(m_directory);
    }
    QFile::setPermissions(m_directory,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return {};
}

} // namespace Config
