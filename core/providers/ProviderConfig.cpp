#include "providers/ProviderConfig.h"

#include <QHostAddress>

namespace Providers {

QString kindName(Kind kind)
{
    switch (kind) {
    case Kind::OpenAi:
        return QStringLiteral("openai");
    case Kind::Anthropic:
        return QStringLiteral("anthropic");
    case Kind::Gemini:
        return QStringLiteral("gemini");
    }
    return QStringLiteral("openai");
}

std::optional<Kind> kindFromName(QStringView name)
{
    for (Kind kind : {Kind::OpenAi, Kind::Anthropic, Kind::Gemini}) {
        if (name == kindName(kind))
            return kind;
    }
    return std::nullopt;
}

bool isLoopback(const QUrl& url)
{
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool isValidProviderName(QStringView name)
{
    if (name.isEmpty() || name.size() > 64)
        return false;
    for (QChar c : name) {
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z')
                        || (c >= u'0' && c <= u'9') || c == u'-' || c == u'_' || c == u'.';
        if (!ok)
            return false;
    }
    return true;
}

} // namespace Providers
