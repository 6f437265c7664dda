#pragma once

#include "providers/ProviderAdapter.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <optional>

class QNetworkAccessManager;

namespace Providers {

/// A model server found running on this machine.
struct LocalServer {
    QString presetId;    ///< "ollama", "lmstudio", "llamacpp"
    QString displayName; ///< the preset's name, "Ollama (local)"
    QUrl baseUrl;        ///< where it answered
    QList<ModelInfo> models;
};

/// Looks for local model servers (Ollama, LM Studio, llama.cpp server) on their default loopback
/// ports by asking each one's OpenAI-compatible models endpoint, all at once, each with a short
/// timeout; no key is sent. Ends with one `finished` listing the servers that answered with a
/// model list, in the order of the candidates; `found` reports each as it answers.
class LocalServerDetector : public QObject {
    Q_OBJECT

public:
    /// Where to look: a preset and the base URL to try.
    struct Candidate {
        QString presetId;
        QUrl baseUrl;
    };

    static constexpr int kDefaultTimeoutMs = 1'500;

    /// The local presets at their default addresses (127.0.0.1:11434, :1234, :8080).
    static QList<Candidate> defaultCandidates();

    LocalServerDetector(QNetworkAccessManager& network,
                        QList<Candidate> candidates = defaultCandidates(),
                        int timeoutMs = kDefaultTimeoutMs, QObject* parent = nullptr);
    void start();

Q_SIGNALS:
    void found(const Providers::LocalServer& server);
    void finished(const QList<Providers::LocalServer>& servers);

private:
    QNetworkAccessManager& m_network;
    QList<Candidate> m_candidates;
    int m_timeoutMs;
    QList<std::optional<LocalServer>> m_results;
    qsizetype m_pending = 0;
};

} // namespace Providers
