#include "config/TimeoutsSection.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

#include <array>

namespace Config {
namespace {

const QStringList kKeys{QStringLiteral("connect_ms"), QStringLiteral("first_token_ms"),
                        QStringLiteral("stall_ms"), QStringLiteral("total_ms")};

std::array<int*, 4> fields(Providers::CallTimeouts& t)
{
    return {&t.connectMs, &t.firstTokenMs, &t.stallMs, &t.totalMs};
}

} // namespace

void readTimeouts(const QJsonValue& value, AppConfig& config, ConfigErrors& errors)
{
    if (value.isUndefined())
        return;
    if (!value.isObject()) {
        errors.fail(QStringLiteral("timeouts"),
                    QCoreApplication::translate("Config", "must be an object"));
        return;
    }
    const QJsonObject object = value.toObject();
    const std::array<int*, 4> targets = fields(config.timeouts);
    for (qsizetype i = 0; i < kKeys.size(); ++i) {
        if (const std::optional<double> ms = optionalNumber(object, kKeys[i], 1, 24.0 * 3600 * 1000,
                                                            QStringLiteral("timeouts"), errors))
            *targets[i] = static_cast<int>(*ms);
    }
}

QJsonValue writeTimeouts(const AppConfig& config)
{
    Providers::CallTimeouts defaults;
    Providers::CallTimeouts current = config.timeouts;
    const std::array<int*, 4> mine = fields(current);
    const std::array<int*, 4> base = fields(defaults);
    bool changed = false;
    QJsonObject object;
    for (qsizetype i = 0; i < kKeys.size(); ++i) {
        changed = changed || *mine[i] != *base[i];
        object.insert(kKeys[i], *mine[i]);
    }
    return changed ? QJsonValue(object) : QJsonValue(QJsonValue::Undefined);
}

} // namespace Config
