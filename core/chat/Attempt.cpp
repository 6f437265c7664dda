#include "chat/Attempt.h"

namespace Chat {

QString originName(Origin origin)
{
    switch (origin) {
    case Origin::Chat:
        return QStringLiteral("chat");
    case Origin::Compare:
        return QStringLiteral("compare");
    case Origin::Gateway:
        return QStringLiteral("gateway");
    case Origin::Cli:
        return QStringLiteral("cli");
    }
    return QStringLiteral("cli");
}

Origin originFromName(const QString& name)
{
    for (Origin o : {Origin::Chat, Origin::Compare, Origin::Gateway, Origin::Cli}) {
        if (originName(o) == name)
            return o;
    }
    return Origin::Cli;
}

} // namespace Chat
