#include "providers/ProviderCall.h"

#include "providers/ProviderAdapter.h"
#include "providers/UpstreamClient.h"
#include "providers/UpstreamReply.h"
#include "secrets/KeyTransportPolicy.h"

#include <QCoreApplication>
#include <QDateTime>

namespace Providers {
namespace {

constexpr qint64 kMaxBufferedBody = 32 * 1024 * 1024;

std::optional<qint64> parseRetryAfter(const QByteArray& value)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double seconds = trimmed.toDouble(&ok);
    if (ok && seconds >= 0)
        return static_cast<qint64>(seconds * 1000);
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(trimmed), Qt::RFC2822Date);
    if (when.isValid())
        return std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(when));
    return std::nullopt;
}

} // namespace

ProviderCall::ProviderCall(UpstreamClient& upstream, const ProviderAdapter& adapter,
                           ProviderConfig provider, QString apiKey, Chat::ChatRequest request,
                           CallTimeouts timeouts, QObject* parent)
    : QObject(parent)
    , m_upstream(upstream)
    , m_adapter(adapter)
    , m_provider(std::move(provider))
    , m_apiKey(std::move(apiKey))
    , m_request(std::move(request))
    , m_timeouts(timeouts)
{
    m_redactor.addSecret(m_apiKey);
    m_attempt.provider = m_provider.name;
    m_attempt.model = m_request.model;
    for (QTimer* timer : {&m_connectTimer, &m_firstTokenTimer, &m_stallTimer, &m_totalTimer})
        timer->setSingleShot(true);
    m_connectTimer.setInterval(m_timeouts.connectMs);
    m_firstTokenTimer.setInterval(m_timeouts.firstTokenMs);
    m_stallTimer.setInterval(m_timeouts.stallMs);
    m_totalTimer.setInterval(m_timeouts.totalMs);

    connect(&m_connectTimer, &QTimer::timeout, this, [this] {
        abortWith(Chat::Outcome::TimeoutConnect, tr("no connection to %1 within %2 s")
                                                     .arg(m_provider.baseUrl.host())
                                                     .arg(m_timeouts.connectMs / 1000.0));
    });
    connect(&m_firstTokenTimer, &QTimer::timeout, this, [this] {
        abortWith(Chat::Outcome::TimeoutFirstToken,
                  tr("no answer within %1 s").arg(m_timeouts.firstTokenMs / 1000.0));
    });
    connect(&m_stallTimer, &QTimer::timeout, this, [this] {
        abortWith(Chat::Outcome::Stalled,
                  tr("the answer stopped for %1 s in the middle").arg(m_timeouts.stallMs / 1000.0));
    });
    connect(&m_totalTimer, &QTimer::timeout, this, [this] {
        // The outcome names have no "total" word: before any token it is a first-token timeout,
        // after one the answer stopped progressing in time.
        abortWith(m_attempt.ttftMs ? Chat::Outcome::Stalled : Chat::Outcome::TimeoutFirstToken,
                  tr("the answer took longer than %1 s in all").arg(m_timeouts.totalMs / 1000.0));
    });
}

ProviderCall::~ProviderCall()
{
    // The reply is a child: destroyed with this call, it ends its exchange (aborts the
    // QNetworkReply, drops the loopback connection) without telling anyone.
    if (m_reply)
        m_reply->disconnect(this);
}

void ProviderCall::start()
{
    m_attempt.startedAt = QDateTime::currentDateTimeUtc();
    m_clock.start();
    m_decoder = m_adapter.streamDecoder();

    // The resolver already refuses such keys; this is the last line before the wire.
    const QString refused =
        m_apiKey.isEmpty() ? QString() : Secrets::keyTransportProblem(m_provider);
    if (!refused.isEmpty()) {
        QTimer::singleShot(0, this, [this, refused] { complete(Chat::Outcome::Auth, refused); });
        return;
    }
    const QNetworkRequest request = m_adapter.chatRequest(m_provider, m_request, m_apiKey);
    m_reply = m_upstream.post(request, m_adapter.chatBody(m_request), this);
    connect(m_reply, &UpstreamReply::requestSent, this, [this] { m_connectTimer.stop(); });
    connect(m_reply, &UpstreamReply::metaDataChanged, this, &ProviderCall::onMetaData);
    connect(m_reply, &UpstreamReply::readyRead, this, &ProviderCall::onReadyRead);
    connect(m_reply, &UpstreamReply::finished, this, &ProviderCall::onReplyFinished);
    m_connectTimer.start();
    m_firstTokenTimer.start();
    m_totalTimer.start();
}

void ProviderCall::cancel()
{
    abortWith(Chat::Outcome::Cancelled, tr("cancelled"));
}

void ProviderCall::abortWith(Chat::Outcome outcome, const QString& message)
{
    if (m_finished || m_abortOutcome)
        return;
    m_abortOutcome = outcome;
    m_abortMessage = message;
    if (m_reply && m_reply->isRunning())
        m_reply->abort(); // emits finished, which completes the attempt
    else
        complete(outcome, message);
}

void ProviderCall::onMetaData()
{
    if (const int status = m_reply->httpStatus(); status > 0)
        m_attempt.httpStatus = status;
    const QByteArray contentType = m_reply->header("Content-Type");
    m_streamBody = contentType.toLower().contains("text/event-stream");
    if (const QByteArray retryAfter = m_reply->header("Retry-After"); !retryAfter.isNull())
        m_attempt.retryAfterMs = parseRetryAfter(retryAfter);
    // Providers that name the generation (OpenAI, OpenRouter) make later look-ups possible.
    for (const char* name : {"x-request-id", "x-generation-id", "request-id"}) {
        const QByteArray value = m_reply->header(name);
        if (m_attempt.generationId.isEmpty() && !value.isNull())
            m_attempt.generationId = QString::fromLatin1(value);
    }
}

void ProviderCall::onReadyRead()
{
    if (m_finished || m_abortOutcome)
        return;
    const QByteArray bytes = m_reply->readAll();
    if (bytes.isEmpty())
        return;
    m_bodyBytes += bytes.size();
    m_connectTimer.stop();
    m_stallTimer.start();

    const bool success = m_attempt.httpStatus >= 200 && m_attempt.httpStatus < 300;
    if (success && m_streamBody) {
        handleEvents(m_decoder->feed(bytes));
        return;
    }
    if (m_body.size() + bytes.size() > kMaxBufferedBody) {
        abortWith(Chat::Outcome::Malformed,
                  tr("the answer is larger than %1 MiB").arg(kMaxBufferedBody / (1024 * 1024)));
        return;
    }
    m_body.append(bytes);
}

void ProviderCall::handleEvents(const QList<Chat::StreamEvent>& events)
{
    for (const Chat::StreamEvent& item : events) {
        if (m_finished || m_abortOutcome)
            return;
        switch (item.kind) {
        case Chat::StreamEvent::Kind::TextDelta:
        case Chat::StreamEvent::Kind::ReasoningDelta:
            if (!m_attempt.ttftMs) {
                m_attempt.ttftMs = m_clock.elapsed();
                m_firstTokenTimer.stop();
            }
            if (item.kind == Chat::StreamEvent::Kind::TextDelta)
                m_attempt.text += item.text;
            break;
        case Chat::StreamEvent::Kind::Usage: {
            // Usage may come in pieces or twice; a later report overrides what it carries.
            const Chat::Usage& u = item.usage;
            Chat::Usage& mine = m_attempt.usage;
            mine.inputTokens = u.inputTokens ? u.inputTokens : mine.inputTokens;
            mine.outputTokens = u.outputTokens ? u.outputTokens : mine.outputTokens;
            mine.cachedTokens = u.cachedTokens ? u.cachedTokens : mine.cachedTokens;
            mine.cacheWriteTokens = u.cacheWriteTokens ? u.cacheWriteTokens : mine.cacheWriteTokens;
            mine.reasoningTokens = u.reasoningTokens ? u.reasoningTokens : mine.reasoningTokens;
            mine.billedMicroUsd = u.billedMicroUsd ? u.billedMicroUsd : mine.billedMicroUsd;
            break;
        }
        case Chat::StreamEvent::Kind::Finish:
            m_attempt.finishReason = item.text;
            break;
        case Chat::StreamEvent::Kind::Error: {
            const int status = item.errorStatus > 0 ? item.errorStatus : 500;
            m_streamOutcome = Chat::outcomeForHttpError(status, item.errorType, item.errorCode);
            m_streamMessage = item.text;
            break;
        }
        case Chat::StreamEvent::Kind::Malformed:
            m_streamOutcome = Chat::Outcome::Malformed;
            m_streamMessage = item.text;
            break;
        case Chat::StreamEvent::Kind::GenerationId:
            m_attempt.generationId = item.text;
            break;
        case Chat::StreamEvent::Kind::Notice:
            break;
        }
        Q_EMIT streamEvent(item);
        if (m_streamOutcome) {
            // The provider said the answer is over; no need to wait for it to close.
            abortWith(*m_streamOutcome, m_streamMessage);
            return;
        }
    }
}

void ProviderCall::onReplyFinished()
{
    if (!m_reply)
        return;
    m_reply->deleteLater();
    if (m_finished)
        return;
    if (m_abortOutcome) {
        complete(*m_abortOutcome, m_abortMessage);
        return;
    }
    if (m_attempt.httpStatus == 0) {
        complete(
            Chat::Outcome::Network,
            tr("could not reach %1: %2").arg(m_provider.baseUrl.host(), m_reply->transportError()));
        return;
    }
    if (m_attempt.httpStatus >= 300) {
        finishHttpError();
        return;
    }
    finishBody();
}

void ProviderCall::finishHttpError()
{
    const int status = m_attempt.httpStatus;
    if (status < 400) {
        const QString target = QString::fromUtf8(m_reply->header("Location"));
        complete(Chat::Outcome::NotFound,
                 tr("HTTP %1: the provider moved to %2; update the provider's base URL")
                     .arg(status)
                     .arg(target.isEmpty() ? tr("another address") : target));
        return;
    }
    const ProviderError error = m_adapter.parseError(status, m_body);
    complete(Chat::outcomeForHttpError(status, error.type, error.code),
             tr("HTTP %1: %2").arg(status).arg(error.message));
}

void ProviderCall::finishBody()
{
    // Qt may report a connection closed early as a clean finish: check the length it promised
    // before reading a body that may be cut.
    const std::optional<qint64> promised = m_reply->contentLength();
    if (promised && *promised > m_bodyBytes) {
        complete(Chat::Outcome::Network,
                 tr("the connection closed after %1 of %2 bytes of the answer")
                     .arg(m_bodyBytes)
                     .arg(*promised));
        return;
    }
    if (m_streamBody) {
        handleEvents(m_decoder->finish());
    } else if (m_reply->transportError().isEmpty()) {
        // Asked for a stream, got one JSON answer: some compatible servers do that.
        handleEvents(m_adapter.parseCompletion(m_body));
    }
    if (m_finished)
        return;
    if (m_abortOutcome) {
        complete(*m_abortOutcome, m_abortMessage);
        return;
    }
    if (const QString broken = m_reply->transportError(); !broken.isEmpty()) {
        complete(Chat::Outcome::Network, tr("the connection broke after %1 bytes of the answer: %2")
                                             .arg(m_bodyBytes)
                                             .arg(broken));
        return;
    }
    if (m_streamBody && !m_decoder->reachedEnd()) {
        complete(Chat::Outcome::Network,
                 tr("the connection closed before the answer was complete (%1 bytes received)")
                     .arg(m_bodyBytes));
        return;
    }
    if (m_attempt.finishReason == QLatin1String("content_filter")) {
        complete(Chat::Outcome::ContentFilter,
                 tr("the provider's content filter stopped the answer"));
        return;
    }
    complete(Chat::Outcome::Ok);
}

void ProviderCall::complete(Chat::Outcome outcome, const QString& message)
{
    if (m_finished)
        return;
    m_finished = true;
    for (QTimer* timer : {&m_connectTimer, &m_firstTokenTimer, &m_stallTimer, &m_totalTimer})
        timer->stop();
    m_attempt.outcome = outcome;
    m_attempt.totalMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    m_attempt.error = message.isEmpty() ? QString() : describe(message);
    Q_EMIT finished(m_attempt);
}

QString ProviderCall::describe(const QString& text) const
{
    return m_redactor.redact(text);
}

} // namespace Providers
