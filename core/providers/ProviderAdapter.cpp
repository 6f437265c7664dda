#include "providers/ProviderAdapter.h"

#include "providers/AnthropicAdapter.h"
#include "providers/GeminiAdapter.h"
#include "providers/OpenAiAdapter.h"

#include <QCoreApplication>

namespace Providers {

const ProviderAdapter* adapterFor(Kind kind)
{
    static const OpenAiAdapter openAi;
    static const AnthropicAdapter anthropic;
    static const GeminiAdapter gemini;
    switch (kind) {
    case Kind::OpenAi:
        return &openAi;
    case Kind::Anthropic:
        return &anthropic;
    case Kind::Gemini:
        return &gemini;
    }
    return nullptr;
}

QString previewData(QStringView data)
{
    constexpr qsizetype kMax = 80;
    return data.size() <= kMax ? data.toString() : data.left(kMax).toString() + u'…';
}

std::optional<qint64> jsonCount(const QJsonValue& value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    constexpr double kLargest = 9007199254740992.0; // 2^53: every whole number below is exact
    if (!(number >= 0 && number <= kLargest))       // also false for NaN
        return std::nullopt;
    return static_cast<qint64>(number);
}

QNetworkRequest baseRequest(const QUrl& url)
{
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json, text/event-stream");
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("Switchboard/%1").arg(QCoreApplication::applicationVersion()));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    return request;
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

QString describeBody(const QByteArray& body)
{
    if (body.trimmed().isEmpty())
        return QCoreApplication::translate("Providers", "empty response body");
    constexpr qsizetype kMax = 200;
    QString text = QString::fromUtf8(body.left(kMax)).simplified();
    if (body.size() > kMax)
        text += u'…';
    if (text.isEmpty()) // e.g. nothing but a byte order mark, which fromUtf8 drops
        return QCoreApplication::translate("Providers", "empty response body");
    return text;
}

} // namespace Providers
