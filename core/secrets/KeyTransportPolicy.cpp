#include "secrets/KeyTransportPolicy.h"

#include <QCoreApplication>

namespace Secrets {

bool keyMayTravelTo(const Providers::ProviderConfig& provider)
{
    const QString scheme = provider.baseUrl.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return true;
    if (scheme != QLatin1String("http"))
        return false;
    return Providers::isLoopback(provider.baseUrl) || provider.allowInsecureHttp;
}

QString keyTransportProblem(const Providers::ProviderConfig& provider)
{
    if (keyMayTravelTo(provider))
        return {};
    return QCoreApplication::translate(
               "Secrets",
               "the key of provider '%1' is not sent over plain http to %2 (anyone on the way "
               "could read it); use an https base URL (switchboard-cli providers set %1 "
               "--base-url https://…), or, on a network you trust, allow it with "
               "switchboard-cli providers set %1 --allow-insecure-http")
        .arg(provider.name, provider.baseUrl.host());
}

} // namespace Secrets
