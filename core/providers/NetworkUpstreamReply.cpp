#include "providers/NetworkUpstreamReply.h"

#include <QNetworkReply>

namespace Providers {

NetworkUpstreamReply::NetworkUpstreamReply(QNetworkReply* reply, QObject* parent)
    : UpstreamReply(parent)
    , m_reply(reply)
{
    m_reply->setParent(this);
    connect(m_reply, &QNetworkReply::requestSent, this, &UpstreamReply::requestSent);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &UpstreamReply::metaDataChanged);
    connect(m_reply, &QNetworkReply::readyRead, this, &UpstreamReply::readyRead);
    connect(m_reply, &QNetworkReply::finished, this, &UpstreamReply::finished);
}

NetworkUpstreamReply::~NetworkUpstreamReply()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

int NetworkUpstreamReply::httpStatus() const
{
    return m_reply ? m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() : 0;
}

QByteArray NetworkUpstreamReply::header(const QByteArray& name) const
{
    return m_reply && m_reply->hasRawHeader(name) ? m_reply->rawHeader(name) : QByteArray();
}

std::optional<qint64> NetworkUpstreamReply::contentLength() const
{
    const QVariant promised =
        m_reply ? m_reply->header(QNetworkRequest::ContentLengthHeader) : QVariant();
    if (!promised.isValid())
        return std::nullopt;
    return promised.toLongLong();
}

QByteArray NetworkUpstreamReply::readAll()
{
    return m_reply ? m_reply->readAll() : QByteArray();
}

bool NetworkUpstreamReply::isRunning() const
{
    return m_reply && m_reply->isRunning();
}

void NetworkUpstreamReply::abort()
{
    if (m_reply)
        m_reply->abort(); // emits finished
}

QString NetworkUpstreamReply::transportError() const
{
    if (!m_reply || m_reply->error() == QNetworkReply::NoError)
        return {};
    // QNetworkReply also reports an HTTP error status as an error (ContentNotFoundError,
    // InternalServerError, …): that is an answer, not a broken connection.
    const int code = m_reply->error();
    const bool statusError =
        (code >= QNetworkReply::ContentAccessDenied && code <= QNetworkReply::UnknownContentError)
        || (code >= QNetworkReply::InternalServerError
            && code <= QNetworkReply::UnknownServerError);
    if (statusError && httpStatus() >= 400)
        return {};
    return m_reply->errorString();
}

} // namespace Providers
