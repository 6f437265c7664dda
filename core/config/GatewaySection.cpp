#include "config/GatewaySection.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Config {
namespace {

const QString kWhere = QStringLiteral("gateway");
const QString kEnabled = QStringLiteral("enabled");
const QString kPort = QStringLiteral("port");

} // namespace

void readGateway(const QJsonValue& value, AppConfig& config, ConfigErrors& errors)
{
    if (value.isUndefined())
        return;
    if (!value.isObject()) {
        errors.fail(kWhere, QCoreApplication::translate("Config", "must be an object"));
        return;
    }
    const QJsonObject object = value.toObject();
    GatewaySettings gateway;
    if (const std::optional<bool> enabled = optionalBool(object, kEnabled, kWhere, errors))
        gateway.enabled = *enabled;
    if (const std::optional<double> port = optionalNumber(object, kPort, 0, 65535, kWhere, errors))
        gateway.port = quint16(*port);
    if (object.contains(QStringLiteral("token"))) {
        errors.fail(kWhere + QStringLiteral(".token"),
                    QCoreApplication::translate(
                        "Config", "the gateway's token is never kept in config.json: it lives in "
                                  "the keychain (the app shows it; switchboard-cli serve "
                                  "--print-token prints it)"));
    }
    QJsonObject other = object;
    other.remove(kEnabled);
    other.remove(kPort);
    gateway.otherKeys = other;
    config.gateway = gateway;
}

QJsonValue writeGateway(const AppConfig& config)
{
    if (config.gateway == GatewaySettings{})
        return QJsonValue(QJsonValue::Undefined);
    QJsonObject object = config.gateway.otherKeys;
    object.insert(kEnabled, config.gateway.enabled);
    object.insert(kPort, int(config.gateway.port));
    return object;
}

} // namespace Config
