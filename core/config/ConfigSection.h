#pragma once

#include "config/AppConfig.h"
#include "config/ConfigErrors.h"

#include <QJsonValue>
#include <QList>
#include <QString>

namespace Config {

/// One top-level key of config.json and how to read and write it. A feature that adds settings
/// adds one section (a file of its own and a row in ConfigSections.cpp); ConfigFile stays generic.
struct ConfigSection {
    QString key;
    /// Reads the value (undefined when the key is absent) into the config, reporting problems.
    void (*read)(const QJsonValue& value, AppConfig& config, ConfigErrors& errors);
    /// The value to write; an undefined QJsonValue leaves the key out.
    QJsonValue (*write)(const AppConfig& config);
};

const QList<ConfigSection>& configSections();

} // namespace Config
