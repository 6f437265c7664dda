#pragma once

#include "providers/ProviderAdapter.h"
#include "stream/SseParser.h"

#include <QJsonObject>

namespace Providers {

/// Reads an OpenAI Chat Completions SSE body: `data: {chunk}` events and the final `data: [DONE]`.
/// Takes choice 0 only (and says so once when a stream carries several choices); tool-call deltas
/// are skipped without disturbing the text.
class OpenAiStreamDecoder final : public StreamDecoder {
public:
    QList<Chat::StreamEvent> feed(QByteArrayView bytes) override;
    QList<Chat::StreamEvent> finish() override;
    bool reachedEnd() const override { return m_done || m_finished; }

private:
    void handleEvent(const Stream::SseEvent& event, QList<Chat::StreamEvent>& out);
    void handleChunk(const QJsonObject& chunk, QList<Chat::StreamEvent>& out);

    Stream::SseParser m_parser;
    bool m_done = false;     ///< `data: [DONE]` arrived
    bool m_finished = false; ///< choice 0 sent a finish_reason
    bool m_failed = false;   ///< an in-band error or garbage ended the answer
    bool m_toldAboutChoices = false;
    bool m_sentGenerationId = false;
};

/// Token counts from an OpenAI `usage` object (streamed or not); empty counts stay empty.
Chat::Usage usageFromOpenAi(const QJsonObject& usage);

} // namespace Providers
