#pragma once

#include "chat/Attempt.h"
#include "providers/ModelListCall.h"
#include "providers/ProviderCall.h"
#include "providers/ProviderConfig.h"
#include "providers/UpstreamClient.h"

#include <QObject>
#include <QPointer>

class QNetworkAccessManager;

namespace Providers {

class ProviderAdapter;

/// What `providers test` found out.
struct ProbeResult {
    Chat::Outcome outcome = Chat::Outcome::Network;
    QString error;                ///< redacted, readable; empty on success
    QString failedStep;           ///< "models" or "chat" when it failed
    bool modelListOffered = true; ///< false when the service has no models endpoint
    QList<ModelInfo> models;
    qint64 modelsMs = 0;
    QString chatModel;         ///< the model the tiny request went to; empty when none was sent
    Chat::Attempt chatAttempt; ///< that request, with its timings
};

/// Checks a provider the way a user needs it checked: is it reachable, is the key accepted (the
/// models endpoint), and does one tiny chat request (one output token) get an answer. The model
/// is the one asked for, else the preset's small test model, else the first one listed.
class ProviderProbe : public QObject {
    Q_OBJECT

public:
    ProviderProbe(QNetworkAccessManager& network, const ProviderAdapter& adapter,
                  ProviderConfig provider, QString apiKey, QString model, CallTimeouts timeouts,
                  QObject* parent = nullptr);
    void start();

Q_SIGNALS:
    void finished(const Providers::ProbeResult& result);

private:
    void onModels(const ModelListResult& models);
    void onChat(const Chat::Attempt& attempt);
    QString chooseModel() const;
    void finish();

    QNetworkAccessManager& m_network;
    UpstreamClient m_upstream; ///< the probe's chat goes where a real call would
    const ProviderAdapter& m_adapter;
    ProviderConfig m_provider;
    QString m_apiKey;
    QString m_requestedModel;
    CallTimeouts m_timeouts;
    ProbeResult m_result;
};

} // namespace Providers
