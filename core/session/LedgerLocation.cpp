#include "session/LedgerLocation.h"

#include "config/AppConfig.h"
#include "config/Profile.h"
#include "secrets/KeyStore.h"

#include <QTimer>

namespace Session::LedgerLocation {

QString keychainAccount()
{
    return QStringLiteral("ledger/postgresql");
}

Storage::ConnectionSettings settings(const Config::Profile& profile,
                                     const Config::AppConfig& config, const QString& password)
{
    const Config::LedgerSettings& ledger = config.ledger;
    if (!ledger.isShared()) {
        Storage::ConnectionSettings s = Storage::ConnectionSettings::sqlite(profile.databasePath());
        s.attemptJournal = profile.attemptJournalDirectory();
        return s;
    }
    Storage::ConnectionSettings s;
    s.attemptJournal = profile.attemptJournalDirectory();
    s.driver = Storage::SqlDriver::Postgresql;
    s.host = ledger.host;
    s.port = ledger.port;
    s.database = ledger.database;
    s.user = ledger.user;
    s.sslmode = ledger.sslmode;
    s.password = password;
    if (s.password.isEmpty() && !ledger.passwordEnv.isEmpty())
        s.password = qEnvironmentVariable(ledger.passwordEnv.toLocal8Bit().constData());
    return s;
}

void resolve(const Config::Profile& profile, const Config::AppConfig& config,
             Secrets::KeyStore* keychain, QObject* context,
             std::function<void(const Storage::ConnectionSettings&)> done)
{
    const Storage::ConnectionSettings fromEnvironment = settings(profile, config);
    if (fromEnvironment.driver != Storage::SqlDriver::Postgresql || !keychain) {
        QTimer::singleShot(0, context, [done, fromEnvironment] { done(fromEnvironment); });
        return;
    }
    keychain->get(keychainAccount(), context,
                  [done, fromEnvironment](const Secrets::KeyStoreResult& result) {
                      Storage::ConnectionSettings s = fromEnvironment;
                      if (result.ok() && !result.key.isEmpty())
                          s.password = result.key;
                      done(s);
                  });
}

} // namespace Session::LedgerLocation
