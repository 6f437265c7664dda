#pragma once

#include "providers/ProviderConfig.h"

#include <QObject>
#include <QString>

#include <functional>

namespace Secrets {

class KeyResolver;

/// What moving a provider to another host would do with its key.
struct NewHostRisk {
    /// The host changes and a key exists now (in the keychain or in the provider's variable): from
    /// now on that key would go to the new host, so only with the user's word for it.
    bool needsConfirmation = false;
    /// "the new base URL sends the requests of provider 'x', and its key (in the keychain), to
    /// new.example instead of old.example"; empty when no confirmation is needed.
    QString message;
};

/// Finds out whether changing the base URL of `before` into that of `after` needs the user's
/// confirmation (docs/KEYS.md, "Base URL rules"): another path or port on the same host never
/// does; another host does when a key is stored or exported for the provider. `done` runs on the
/// event loop, never inside this call, and not at all once `context` is gone.
void checkNewHost(const KeyResolver& keys, const Providers::ProviderConfig& before,
                  const Providers::ProviderConfig& after, QObject* context,
                  std::function<void(const NewHostRisk&)> done);

} // namespace Secrets
