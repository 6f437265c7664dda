#include "storage/ConnectionSettings.h"

namespace Storage {

ConnectionSettings ConnectionSettings::sqlite(QString path)
{
    ConnectionSettings settings;
    settings.driver = SqlDriver::Sqlite;
    settings.path = std::move(path);
    return settings;
}

QString ConnectionSettings::describe() const
{
    if (driver == SqlDriver::Sqlite)
        return path;
    const QString who = user.isEmpty() ? QString() : user + u'@';
    return QStringLiteral("postgresql://%1%2:%3/%4").arg(who, host).arg(port).arg(database);
}

} // namespace Storage
