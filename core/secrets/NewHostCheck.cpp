#include "secrets/NewHostCheck.h"

#include "config/ProviderEdits.h"
#include "secrets/KeyResolver.h"

#include <QCoreApplication>
#include <QTimer>

namespace Secrets {

void checkNewHost(const KeyResolver& keys, const Providers::ProviderConfig& before,
                  const Providers::ProviderConfig& after, QObject* context,
                  std::function<void(const NewHostRisk&)> done)
{
    if (Config::sameHost(before.baseUrl, after.baseUrl)) {
        QTimer::singleShot(0, context, [done = std::move(done)] { done(NewHostRisk{}); });
        return;
    }
    keys.resolve(
        after, context,
        [after, oldHost = before.baseUrl.host(), done = std::move(done)](const KeyLookup& key) {
            NewHostRisk risk;
            if (key.source == KeySource::Keychain || key.source == KeySource::Environment) {
                const QString where =
                    key.source == KeySource::Keychain
                        ? QCoreApplication::translate("Secrets", "in the keychain")
                        : QCoreApplication::translate("Secrets", "in %1").arg(after.apiKeyEnv);
                risk.needsConfirmation = true;
                risk.message = QCoreApplication::translate(
                                   "Secrets", "the new base URL sends the requests of provider "
                                              "'%1', and its key (%2), to %3 instead of %4")
                                   .arg(after.name, where, after.baseUrl.host(), oldHost);
            }
            done(risk);
        });
}

} // namespace Secrets
