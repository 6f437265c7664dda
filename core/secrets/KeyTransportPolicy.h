#pragma once

#include "providers/ProviderConfig.h"

#include <QString>

namespace Secrets {

/// Where a key may be sent: over https, or over plain http to this machine (loopback). Plain http
/// to any other host only when the provider's config says `"allow_insecure_http": true`.
bool keyMayTravelTo(const Providers::ProviderConfig& provider);

/// Why the key of `provider` is not sent, and what to do about it; empty when it may be sent.
QString keyTransportProblem(const Providers::ProviderConfig& provider);

} // namespace Secrets
