#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <optional>

namespace Providers {

/// One HTTP exchange with a provider, as a ProviderCall reads it, whichever client carries it
/// (UpstreamClient picks: LoopbackHttpReply on this thread for a local server, NetworkUpstreamReply
/// over QNetworkAccessManager for everything else). Emits `requestSent` once the request is on
/// the wire, `metaDataChanged` once the status and headers are known, `readyRead` as body bytes
/// arrive, and exactly one `finished`, also right away from abort().
class UpstreamReply : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;

    /// The HTTP status, 0 while none has arrived (and for a server never reached).
    virtual int httpStatus() const = 0;
    /// The first header field of that name (case-insensitive), or a null QByteArray.
    virtual QByteArray header(const QByteArray& name) const = 0;
    /// What `Content-Length` promised, if anything.
    virtual std::optional<qint64> contentLength() const = 0;
    /// The body bytes received since the last call (decoded from the transfer coding).
    virtual QByteArray readAll() = 0;
    virtual bool isRunning() const = 0;
    /// Ends the exchange; `finished` follows before this returns.
    virtual void abort() = 0;
    /// What broke the connection (refused, reset, cut short, garbage instead of HTTP), in words;
    /// empty when the exchange ended normally (whatever its status).
    virtual QString transportError() const = 0;

Q_SIGNALS:
    void requestSent();
    void metaDataChanged();
    void readyRead();
    void finished();
};

} // namespace Providers
