#pragma once

#include "chat/Outcome.h"
#include "providers/ProviderAdapter.h"
#include "providers/ProviderConfig.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

class QNetworkAccessManager;
class QNetworkReply;

namespace Providers {

struct ModelListResult {
    Chat::Outcome outcome = Chat::Outcome::Network;
    int httpStatus = 0;
    QList<ModelInfo> models; ///< every page, sorted by id
    QString error;           ///< redacted, readable; empty on success
    qint64 elapsedMs = 0;
};

/// Asks a provider's models endpoint for its whole model list, page after page (at most
/// kMaxPages); doubles as a connection and key test. The timeout covers all pages.
class ModelListCall : public QObject {
    Q_OBJECT

public:
    ModelListCall(QNetworkAccessManager& network, const ProviderAdapter& adapter,
                  ProviderConfig provider, QString apiKey, int timeoutMs,
                  QObject* parent = nullptr);
    ~ModelListCall() override;
    void start();

    static constexpr int kMaxPages = 50;

Q_SIGNALS:
    void finished(const Providers::ModelListResult& result);

private:
    void requestPage(const QString& pageToken);
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
    int m_pages = 0;
    QList<ModelInfo> m_models;
};

} // namespace Providers
