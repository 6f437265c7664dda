#include "providers/ProviderAdapter.h"

#include "providers/OpenAiAdapter.h"

namespace Providers {

const ProviderAdapter* adapterFor(Kind kind)
{
    static const OpenAiAdapter openAi;
    switch (kind) {
    case Kind::OpenAi:
        return &openAi;
    case Kind::Anthropic:
        return nullptr;
    case Kind::Gemini:
        return nullptr;
    }
    return nullptr;
}

QUrl endpointUrl(const QUrl& base, QStringView relativePath)
{
    QUrl url = base;
    QString path = url.path();
    if (!path.endsWith(u'/'))
        path += u'/';
    path += relativePath;
    url.setPath(path);
    return url;
}

} // namespace Providers
