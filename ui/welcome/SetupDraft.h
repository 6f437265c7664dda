#pragma once

#include "providers/ProviderAdapter.h"
#include "providers/ProviderConfig.h"

#include <QList>
#include <QString>

namespace Ui {

/// Where the key of a provider being set up is to be kept once the setup finishes.
enum class KeyKeeping {
    None,        ///< a server on this computer, or one that needs no key
    Keychain,    ///< the OS keychain (KeyStore)
    Session,     ///< in memory until the app quits (no keychain on this system)
    Environment, ///< the provider's api_key_env variable, exported by the user
};

/// The provider the welcome flow is setting up, as it goes from step to step. Nothing of it is
/// written anywhere until the last step: a provider that fails its test leaves no trace.
struct SetupDraft {
    Providers::ProviderConfig provider;
    QString key; ///< what the user pasted (or the variable's value), for the test; never written
    KeyKeeping keeping = KeyKeeping::None;
    QList<Providers::ModelInfo> models; ///< what the test (or the local server) listed
    QString chatModel;                  ///< the model the test request went to
};

} // namespace Ui
