#pragma once

#include "chat/ChatRequest.h"
#include "chat/StreamEvent.h"
#include "providers/ProviderConfig.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QNetworkRequest>
#include <QStringList>

#include <memory>
#include <optional>

namespace Providers {

/// Turns one provider's streamed body into normalized events, fed as bytes arrive.
class StreamDecoder {
public:
    virtual ~StreamDecoder() = default;
    virtual QList<Chat::StreamEvent> feed(QByteArrayView bytes) = 0;
    /// The body ended; returns what the last bytes completed.
    virtual QList<Chat::StreamEvent> finish() = 0;
    /// True once the protocol's own end marker arrived ([DONE], message_stop, a final
    /// finishReason). A body that ends without it was cut off.
    virtual bool reachedEnd() const = 0;
};

/// An error answer as the provider described it.
struct ProviderError {
    QString message; ///< the provider's own words, or a description of the body when unreadable
    QString type;
    QString code;
};

/// One model as a provider's listing describes it. What the listing does not say stays empty.
struct ModelInfo {
    QString id;
    QString displayName;
    std::optional<qint64> contextWindow;
    QString inputUsdPerToken;  ///< decimal string exactly as listed (OpenRouter); empty if unknown
    QString outputUsdPerToken; ///< decimal string exactly as listed; empty if unknown

    friend bool operator==(const ModelInfo&, const ModelInfo&) = default;
};

/// One page of a provider's model listing.
struct ModelList {
    QList<ModelInfo> models;
    QString nextPageToken; ///< non-empty: ask again with it for the next page
    QString error;         ///< non-empty when the body could not be read
};

/// One wire protocol: builds requests and reads answers. Stateless and const; knows nothing of
/// routing, timeouts or keys' storage.
class ProviderAdapter {
public:
    virtual ~ProviderAdapter() = default;

    virtual Kind kind() const = 0;
    virtual QNetworkRequest chatRequest(const ProviderConfig& provider,
                                        const Chat::ChatRequest& request,
                                        const QString& apiKey) const = 0;
    virtual QByteArray chatBody(const Chat::ChatRequest& request) const = 0;
    virtual std::unique_ptr<StreamDecoder> streamDecoder() const = 0;
    /// A whole non-streamed answer, as events (text, usage, finish) or one Malformed event.
    virtual QList<Chat::StreamEvent> parseCompletion(const QByteArray& body) const = 0;
    virtual ProviderError parseError(int httpStatus, const QByteArray& body) const = 0;

    /// The models endpoint; `pageToken` is a previous page's nextPageToken, empty for the first.
    virtual QNetworkRequest modelsRequest(const ProviderConfig& provider, const QString& apiKey,
                                          const QString& pageToken) const = 0;
    virtual ModelList parseModels(const QByteArray& body) const = 0;
};

/// The start of a streamed event's data (80 characters, then "…"), for error messages about it.
QString previewData(QStringView data);

/// A count from a provider's JSON (tokens, a context window): a whole number from 0 to 2^53.
/// Empty when absent, not a number, negative or beyond that: a broken answer must not become a
/// huge or negative count (nor undefined behaviour on conversion).
std::optional<qint64> jsonCount(const QJsonValue& value);

/// The request every adapter starts from: Accept for JSON and event streams, Switchboard's
/// User-Agent, and no automatic redirects (a redirect could carry the key to another host; the
/// user fixes the base URL instead). Adapters add their content type and key header.
QNetworkRequest baseRequest(const QUrl& url);

/// The adapter for a protocol; nullptr for a protocol this build cannot speak yet.
const ProviderAdapter* adapterFor(Kind kind);

/// Joins a base URL and a path below it ("https://h/v1" + "chat/completions").
QUrl endpointUrl(const QUrl& base, QStringView relativePath);

/// A short readable description of a body that is not the provider's JSON (an HTML error page,
/// plain text, nothing): its first 200 bytes, simplified, or "empty response body".
QString describeBody(const QByteArray& body);

} // namespace Providers
