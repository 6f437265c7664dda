#include "providers/ModelListCall.h"

#include "providers/ProviderAdapter.h"
#include "secrets/KeyTransportPolicy.h"
#include "secrets/Redactor.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <algorithm>

namespace Providers {

ModelListCall::ModelListCall(QNetworkAccessManager& network, const ProviderAdapter& adapter,
                             ProviderConfig provider, QString apiKey, int timeoutMs,
                             QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_adapter(adapter)
    , m_provider(std::move(provider))
    , m_apiKey(std::move(apiKey))
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(timeoutMs);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        if (m_reply)
            m_reply->abort();
    });
}

ModelListCall::~ModelListCall()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ModelListCall::start()
{
    m_clock.start();
    // The resolver already refuses such keys; this is the last line before the wire.
    const QString refused =
        m_apiKey.isEmpty() ? QString() : Secrets::keyTransportProblem(m_provider);
    if (!refused.isEmpty()) {
        QTimer::singleShot(0, this, [this, refused] {
            ModelListResult result;
            result.outcome = Chat::Outcome::Auth;
            result.error = refused;
            complete(std::move(result));
        });
        return;
    }
    m_timeout.start();
    requestPage({});
}

void ModelListCall::requestPage(const QString& pageToken)
{
    ++m_pages;
    m_reply = m_network.get(m_adapter.modelsRequest(m_provider, m_apiKey, pageToken));
    connect(m_reply, &QNetworkReply::finished, this, &ModelListCall::onFinished);
}

void ModelListCall::onFinished()
{
    m_reply->deleteLater();
    ModelListResult result;
    result.httpStatus = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = m_reply->readAll();
    if (m_timedOut) {
        result.outcome = Chat::Outcome::TimeoutFirstToken;
        result.error = QCoreApplication::translate("Providers", "%1 did not answer within %2 s")
                           .arg(m_provider.baseUrl.host())
                           .arg(m_timeout.interval() / 1000.0);
    } else if (result.httpStatus == 0) {
        result.outcome = Chat::Outcome::Network;
        result.error = QCoreApplication::translate("Providers", "could not reach %1: %2")
                           .arg(m_provider.baseUrl.host(), m_reply->errorString());
    } else if (result.httpStatus >= 300) {
        const ProviderError error = m_adapter.parseError(result.httpStatus, body);
        result.outcome = Chat::outcomeForHttpError(result.httpStatus, error.type, error.code);
        result.error = QStringLiteral("HTTP %1: %2").arg(result.httpStatus).arg(error.message);
    } else {
        const ModelList list = m_adapter.parseModels(body);
        if (!list.error.isEmpty()) {
            result.outcome = Chat::Outcome::Malformed;
            result.error = list.error;
        } else {
            m_models += list.models;
            if (!list.nextPageToken.isEmpty() && m_pages < kMaxPages) {
                requestPage(list.nextPageToken);
                return;
            }
            result.outcome = Chat::Outcome::Ok;
            std::sort(m_models.begin(), m_models.end(),
                      [](const ModelInfo& a, const ModelInfo& b) { return a.id < b.id; });
            result.models = m_models;
        }
    }
    complete(std::move(result));
}

void ModelListCall::complete(ModelListResult result)
{
    if (m_done)
        return;
    m_done = true;
    m_timeout.stop();
    result.elapsedMs = m_clock.elapsed();
    Secrets::Redactor redactor;
    redactor.addSecret(m_apiKey);
    result.error = redactor.redact(result.error);
    Q_EMIT finished(result);
}

} // namespace Providers
