#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace Config {

/// Collects what is wrong with a configuration file, each message naming the file, the path
/// inside it and the problem: "…/config.json: providers[1].kind: unknown kind 'x'".
class ConfigErrors {
public:
    explicit ConfigErrors(QString file);
    void fail(const QString& where, const QString& what);
    QStringList messages() const { return m_messages; }
    bool isEmpty() const { return m_messages.isEmpty(); }

private:
    QString m_file;
    QStringList m_messages;
};

/// A string member that may be absent (empty string) but not of another type.
std::optional<QString> optionalString(const QJsonObject& object, const QString& key,
                                      const QString& where, ConfigErrors& errors);

/// A number member within [min, max] that may be absent (nullopt, no error).
std::optional<double> optionalNumber(const QJsonObject& object, const QString& key, double min,
                                     double max, const QString& where, ConfigErrors& errors,
                                     bool* bad = nullptr);

/// A boolean member that may be absent (nullopt, no error) but not of another type.
std::optional<bool> optionalBool(const QJsonObject& object, const QString& key,
                                 const QString& where, ConfigErrors& errors, bool* bad = nullptr);

} // namespace Config
