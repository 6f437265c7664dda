#pragma once

#include "providers/UpstreamReply.h"

#include <QPointer>

class QNetworkReply;

namespace Providers {

/// An UpstreamReply over a QNetworkReply: TLS, HTTP/2, proxies and everything else
/// QNetworkAccessManager does, for every provider that is not a plain-http local server.
/// Takes ownership of the reply.
class NetworkUpstreamReply : public UpstreamReply {
    Q_OBJECT

public:
    explicit NetworkUpstreamReply(QNetworkReply* reply, QObject* parent = nullptr);
    ~NetworkUpstreamReply() override;

    int httpStatus() const override;
    QByteArray header(const QByteArray& name) const override;
    std::optional<qint64> contentLength() const override;
    QByteArray readAll() override;
    bool isRunning() const override;
    void abort() override;
    QString transportError() const override;

private:
    QPointer<QNetworkReply> m_reply;
};

} // namespace Providers
