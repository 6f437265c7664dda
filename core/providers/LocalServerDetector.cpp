#include "providers/LocalServerDetector.h"

#include "providers/ModelListCall.h"
#include "providers/ProviderPresets.h"

#include <QTimer>

namespace Providers {

QList<LocalServerDetector::Candidate> LocalServerDetector::defaultCandidates()
{
    QList<Candidate> candidates;
    for (const char* id : {"ollama", "lmstudio", "llamacpp"}) {
        if (const ProviderPreset* preset = findPreset(QString::fromLatin1(id)))
            candidates.append({preset->id, preset->baseUrl});
    }
    return candidates;
}

LocalServerDetector::LocalServerDetector(QNetworkAccessManager& network,
                                         QList<Candidate> candidates, int timeoutMs,
                                         QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_candidates(std::move(candidates))
    , m_timeoutMs(timeoutMs)
{}

void LocalServerDetector::start()
{
    m_results = QList<std::optional<LocalServer>>(m_candidates.size());
    m_pending = m_candidates.size();
    if (m_pending == 0) {
        QTimer::singleShot(0, this, [this] { Q_EMIT finished({}); });
        return;
    }
    for (qsizetype i = 0; i < m_candidates.size(); ++i) {
        const Candidate& candidate = m_candidates.at(i);
        const ProviderPreset* preset = findPreset(candidate.presetId);
        ProviderConfig provider;
        provider.name = candidate.presetId;
        provider.kind = Kind::OpenAi;
        provider.baseUrl = candidate.baseUrl;
        provider.preset = candidate.presetId;
        auto* call = new ModelListCall(m_network, *adapterFor(Kind::OpenAi), provider, {},
                                       m_timeoutMs, this);
        const QString name = preset ? preset->displayName : candidate.presetId;
        connect(
            call, &ModelListCall::finished, this,
            [this, call, i, candidate, name](const ModelListResult& result) {
                call->deleteLater();
                if (result.outcome == Chat::Outcome::Ok) {
                    LocalServer server{candidate.presetId, name, candidate.baseUrl, result.models};
                    m_results[i] = server;
                    Q_EMIT found(server);
                }
                if (--m_pending > 0)
                    return;
                QList<LocalServer> servers;
                for (const std::optional<LocalServer>& server : std::as_const(m_results)) {
                    if (server)
                        servers.append(*server);
                }
                Q_EMIT finished(servers);
            });
        call->start();
    }
}

} // namespace Providers
