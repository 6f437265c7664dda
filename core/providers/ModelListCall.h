#pragma once

#include "chat/Outcome.h"
#include "providers/ProviderConfig.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

class QNetworkAccessManager;
class QNetworkReply;

namespace Providers {

class ProviderAdapter;

struct ModelListResult {
    Chat::Outcome outcome = Chat::Outcome::Network;
    int httpStatus = 0;
    QStringList models;
    QString error; ///< redacted, readable; empty on success
    qint64 elapsedMs = 0;
};

/// Asks a provider's models endpoint for its model list; doubles as a connection and key test.
class ModelListCall : public QObject {
    Q_OBJECT

public:
    ModelListCall(QNetworkAccessManager& network, const ProviderAdapter& adapter,
                  ProviderConfig provider, QString apiKey, int timeoutMs,
                  QObject* parent = nullptr);
    ~ModelListCall() override;
    void start();

Q_SIGNALS:
    void finished(const Providers::ModelListResult& result);

private:
    void onFinished();
    void complete(ModelListResult result);

    QNetworkAccessManager& m_network;
    const ProviderAdapter& m_adapter;
    ProviderConfig m_provider;
    QString m_apiKey;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timeout;
    QElapsedTimer m_clock;
    bool m_timedOut = false;
    bool m_done = false;
};

} // namespace Providers
