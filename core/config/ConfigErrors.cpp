#include "config/ConfigErrors.h"

#include <QCoreApplication>
#include <QJsonValue>

namespace Config {

ConfigErrors::ConfigErrors(QString file)
    : m_file(std::move(file))
{}

void ConfigErrors::fail(const QString& where, const QString& what)
{
    m_messages.append(QStringLiteral("%1: %2: %3").arg(m_file, where, what));
}

std::optional<QString> optionalString(const QJsonObject& object, const QString& key,
                                      const QString& where, ConfigErrors& errors)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return QString();
    if (!value.isString()) {
        errors.fail(where.isEmpty() ? key : where + u'.' + key,
                    QCoreApplication::translate("Config", "must be a string"));
        return std::nullopt;
    }
    return value.toString();
}

std::optional<double> optionalNumber(const QJsonObject& object, const QString& key, double min,
                                     double max, const QString& where, ConfigErrors& errors,
                                     bool* bad)
{
    const QJsonValue value = object.value(key);
    if (bad)
        *bad = false;
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isDouble() || value.toDouble() < min || value.toDouble() > max) {
        errors.fail(where.isEmpty() ? key : where + u'.' + key,
                    QCoreApplication::translate("Config", "must be a number between %1 and %2")
                        .arg(min)
                        .arg(max, 0, 'f', 0));
        if (bad)
            *bad = true;
        return std::nullopt;
    }
    return value.toDouble();
}

std::optional<bool> optionalBool(const QJsonObject& object, const QString& key,
                                 const QString& where, ConfigErrors& errors, bool* bad)
{
    const QJsonValue value = object.value(key);
    if (bad)
        *bad = false;
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isBool()) {
        errors.fail(where.isEmpty() ? key : where + u'.' + key,
                    QCoreApplication::translate("Config", "must be true or false"));
        if (bad)
            *bad = true;
        return std::nullopt;
    }
    return value.toBool();
}

} // namespace Config
