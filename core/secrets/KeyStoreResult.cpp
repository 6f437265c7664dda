#include "secrets/KeyStoreResult.h"

namespace Secrets {

QString keyStoreStatusName(KeyStoreStatus status)
{
    switch (status) {
    case KeyStoreStatus::Ok:
        return QStringLiteral("ok");
    case KeyStoreStatus::NotFound:
        return QStringLiteral("not_found");
    case KeyStoreStatus::NoBackend:
        return QStringLiteral("no_backend");
    case KeyStoreStatus::AccessDenied:
        return QStringLiteral("access_denied");
    case KeyStoreStatus::OtherError:
        break;
    }
    return QStringLiteral("error");
}

} // namespace Secrets
