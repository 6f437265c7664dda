#include "providers/ProviderProbe.h"

#include "providers/ProviderAdapter.h"
#include "providers/ProviderPresets.h"

#include <QTimer>

namespace Providers {

ProviderProbe::ProviderProbe(QNetworkAccessManager& network, const ProviderAdapter& adapter,
                             ProviderConfig provider, QString apiKey, QString model,
                             CallTimeouts timeouts, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_upstream(network)
    , m_adapter(adapter)
    , m_provider(std::move(provider))
    , m_apiKey(std::move(apiKey))
    , m_requestedModel(std::move(model))
    , m_timeouts(timeouts)
{}

void ProviderProbe::start()
{
    auto* call = new ModelListCall(m_network, m_adapter, m_provider, m_apiKey,
                                   m_timeouts.firstTokenMs, this);
    connect(call, &ModelListCall::finished, this, [this, call](const ModelListResult& result) {
        call->deleteLater();
        onModels(result);
    });
    call->start();
}

void ProviderProbe::onModels(const ModelListResult& models)
{
    m_result.modelsMs = models.elapsedMs;
    m_result.models = models.models;
    if (models.outcome != Chat::Outcome::Ok) {
        // Some services (Perplexity) have no models endpoint: a 404 there says nothing about the
        // key, so go on to the chat request when there is a model to ask.
        const bool noListing = models.outcome == Chat::Outcome::NotFound;
        if (!noListing || chooseModel().isEmpty()) {
            m_result.outcome = models.outcome;
            m_result.error = models.error;
            m_result.failedStep = QStringLiteral("models");
            finish();
            return;
        }
        m_result.modelListOffered = false;
    }
    m_result.chatModel = chooseModel();
    if (m_result.chatModel.isEmpty()) {
        m_result.outcome = Chat::Outcome::Ok; // reachable and key accepted; nothing to chat with
        finish();
        return;
    }
    Chat::ChatRequest request;
    request.model = m_result.chatModel;
    request.maxTokens = 1;
    request.messages.append({Chat::Role::User, QStringLiteral("Reply with one word: ok")});
    auto* call =
        new ProviderCall(m_upstream, m_adapter, m_provider, m_apiKey, request, m_timeouts, this);
    connect(call, &ProviderCall::finished, this, [this, call](const Chat::Attempt& attempt) {
        call->deleteLater();
        onChat(attempt);
    });
    call->start();
}

void ProviderProbe::onChat(const Chat::Attempt& attempt)
{
    m_result.chatAttempt = attempt;
    m_result.outcome = attempt.outcome;
    m_result.error = attempt.error;
    if (attempt.outcome != Chat::Outcome::Ok)
        m_result.failedStep = QStringLiteral("chat");
    finish();
}

QString ProviderProbe::chooseModel() const
{
    if (!m_requestedModel.isEmpty())
        return m_requestedModel;
    const ProviderPreset* preset = findPreset(m_provider.preset);
    const QString testModel = preset ? preset->testModel : QString();
    const auto listed = [this](const QString& id) {
        return std::any_of(m_result.models.begin(), m_result.models.end(),
                           [&id](const ModelInfo& m) { return m.id == id; });
    };
    if (!testModel.isEmpty() && (m_result.models.isEmpty() || listed(testModel)))
        return testModel;
    return m_result.models.isEmpty() ? QString() : m_result.models.constFirst().id;
}

void ProviderProbe::finish()
{
    QTimer::singleShot(0, this, [this] { Q_EMIT finished(m_result); });
}

} // namespace Providers
