#include "config/LedgerSection.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace Config {
namespace {

const QString kWhere = QStringLiteral("ledger");
const QStringList kSslModes{QStringLiteral("disable"),   QStringLiteral("allow"),
                            QStringLiteral("prefer"),    QStringLiteral("require"),
                            QStringLiteral("verify-ca"), QStringLiteral("verify-full")};

QString text(const char* key)
{
    return QString::fromLatin1(key);
}

} // namespace

void readLedger(const QJsonValue& value, AppConfig& config, ConfigErrors& errors)
{
    if (value.isUndefined())
        return;
    if (!value.isObject()) {
        errors.fail(kWhere, QCoreApplication::translate("Config", "must be an object"));
        return;
    }
    const QJsonObject object = value.toObject();
    LedgerSettings ledger;
    const QString driver =
        optionalString(object, text("driver"), kWhere, errors).value_or(QString());
    if (driver == QLatin1String("postgresql")) {
        ledger.driver = LedgerSettings::Driver::Postgresql;
    } else if (!driver.isEmpty() && driver != QLatin1String("sqlite")) {
        errors.fail(
            kWhere + QStringLiteral(".driver"),
            QCoreApplication::translate("Config", "must be \"sqlite\" or \"postgresql\", not '%1'")
                .arg(driver));
    }
    ledger.host = optionalString(object, text("host"), kWhere, errors).value_or(QString());
    ledger.database = optionalString(object, text("database"), kWhere, errors).value_or(QString());
    ledger.user = optionalString(object, text("user"), kWhere, errors).value_or(QString());
    ledger.passwordEnv =
        optionalString(object, text("password_env"), kWhere, errors).value_or(QString());
    ledger.sslmode = optionalString(object, text("sslmode"), kWhere, errors).value_or(QString());
    if (!ledger.sslmode.isEmpty() && !kSslModes.contains(ledger.sslmode)) {
        errors.fail(kWhere + QStringLiteral(".sslmode"),
                    QCoreApplication::translate("Config", "must be one of %1, not '%2'")
                        .arg(kSslModes.join(QStringLiteral(", ")), ledger.sslmode));
    }
    if (const std::optional<double> port =
            optionalNumber(object, text("port"), 1, 65535, kWhere, errors))
        ledger.port = static_cast<int>(*port);
    if (object.contains(text("password"))) {
        errors.fail(kWhere + QStringLiteral(".password"),
                    QCoreApplication::translate(
                        "Config", "a password is never kept in config.json: store it in the "
                                  "keychain, or name an environment variable in password_env"));
    }
    if (ledger.isShared() && (ledger.host.isEmpty() || ledger.database.isEmpty())) {
        errors.fail(kWhere, QCoreApplication::translate(
                                "Config", "a postgresql ledger needs \"host\" and \"database\""));
    }
    config.ledger = ledger;
}

QJsonValue writeLedger(const AppConfig& config)
{
    const LedgerSettings& ledger = config.ledger;
    if (ledger == LedgerSettings{})
        return QJsonValue(QJsonValue::Undefined);
    QJsonObject object{{text("driver"), ledger.isShared() ? text("postgresql") : text("sqlite")}};
    const auto put = [&object](const char* key, const QString& value) {
        if (!value.isEmpty())
            object.insert(text(key), value);
    };
    put("host", ledger.host);
    if (ledger.port != 5432)
        object.insert(text("port"), ledger.port);
    put("database", ledger.database);
    put("user", ledger.user);
    put("sslmode", ledger.sslmode);
    put("password_env", ledger.passwordEnv);
    return object;
}

} // namespace Config
