#pragma once

#include "config/AppConfig.h"

#include <QString>
#include <QStringList>

namespace Config {

struct LoadResult {
    AppConfig config;
    /// Each names the file, the path inside it and what is wrong. Non-empty means the file must
    /// not be overwritten: the user's hand edit would be lost.
    QStringList errors;
    bool ok() const { return errors.isEmpty(); }
};

/// Reads, validates and atomically writes config.json.
class ConfigFile {
public:
    explicit ConfigFile(QString path);

    QString path() const { return m_path; }
    /// A missing file is an empty configuration, not an error.
    LoadResult load() const;
    /// Writes atomically (QSaveFile), owner-only. Returns an error text, empty on success.
    QString save(const AppConfig& config) const;

    static LoadResult parse(const QByteArray& json, const QString& fileLabel);
    static QByteArray serialize(const AppConfig& config);

private:
    QString m_path;
};

} // namespace Config
