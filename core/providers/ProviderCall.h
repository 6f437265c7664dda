#pragma once

#include "chat/Attempt.h"
#include "chat/ChatRequest.h"
#include "chat/StreamEvent.h"
#include "providers/ProviderConfig.h"
#include "secrets/Redactor.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace Providers {

class ProviderAdapter;
class StreamDecoder;
class UpstreamClient;
class UpstreamReply;

/// Every wait of a call has a limit; none can hang.
struct CallTimeouts {
    int connectMs = 10'000;    ///< until the request is on the wire
    int firstTokenMs = 60'000; ///< from the start until the first text or reasoning token
    int stallMs = 30'000;      ///< silence in the middle of a streamed answer
    int totalMs = 600'000;     ///< the whole call
};

/// One request to one provider over one UpstreamReply: streams normalized events as they arrive
/// and ends with exactly one `finished` carrying the attempt record (outcome, timings, usage).
/// Knows nothing of routing: what to do with a failure is the caller's business.
class ProviderCall : public QObject {
    Q_OBJECT

public:
    ProviderCall(UpstreamClient& upstream, const ProviderAdapter& adapter, ProviderConfig provider,
                 QString apiKey, Chat::ChatRequest request, CallTimeouts timeouts,
                 QObject* parent = nullptr);
    ~ProviderCall() override;

    void start();
    /// Aborts the network reply; `finished` follows with the `cancelled` outcome.
    void cancel();
    bool isFinished() const { return m_finished; }
    const Chat::Attempt& attempt() const { return m_attempt; }

Q_SIGNALS:
    void streamEvent(const Chat::StreamEvent& event);
    void finished(const Chat::Attempt& attempt);

private:
    void onMetaData();
    void onReadyRead();
    void onReplyFinished();
    void abortWith(Chat::Outcome outcome, const QString& message);
    void handleEvents(const QList<Chat::StreamEvent>& events);
    void finishHttpError();
    void finishBody();
    void complete(Chat::Outcome outcome, const QString& message = {});
    QString describe(const QString& text) const;

    UpstreamClient& m_upstream;
    const ProviderAdapter& m_adapter;
    ProviderConfig m_provider;
    QString m_apiKey;
    Chat::ChatRequest m_request;
    CallTimeouts m_timeouts;
    Secrets::Redactor m_redactor;

    QPointer<UpstreamReply> m_reply;
    std::unique_ptr<StreamDecoder> m_decoder;
    bool m_streamBody = false; ///< the answer is an event stream (decided from its Content-Type)
    QByteArray m_body;         ///< error bodies and non-streamed answers
    qint64 m_bodyBytes = 0;
    QElapsedTimer m_clock;
    QTimer m_connectTimer;
    QTimer m_firstTokenTimer;
    QTimer m_stallTimer;
    QTimer m_totalTimer;

    std::optional<Chat::Outcome> m_abortOutcome; ///< why we aborted the reply ourselves
    QString m_abortMessage;
    std::optional<Chat::Outcome> m_streamOutcome; ///< an in-band error or garbage in the body
    QString m_streamMessage;
    bool m_finished = false;
    Chat::Attempt m_attempt;
};

} // namespace Providers
