#pragma once

#include "MockReply.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

namespace TestSupport {

/// Token counts an Anthropic reply reports.
struct AnthropicUsage {
    int inputTokens = 12;
    int outputTokens = -1; ///< negative: one per delta (at least 1)
    int cacheReadTokens = 0;
    int cacheWriteTokens = 0;
};

/// One event as api.anthropic.com frames it: `event: TYPE\ndata: JSON\n\n`.
QByteArray anthropicEvent(QByteArrayView type, QByteArrayView json);

/// A Messages stream byte for byte like api.anthropic.com (compare
/// tests/fixtures/anthropic-vercel-text-ping.sse and anthropic-vercel-clear-thinking.sse):
/// message_start (usage with cache counts, service_tier), with thinking deltas a thinking block
/// (thinking_delta each, then a signature_delta), a ping, a text block with one text_delta per
/// item (left out when there is no text), message_delta with the stop reason and the final usage,
/// message_stop. `request-id` header; the message id is derived from the content.
MockReply anthropicStream(const QStringList& textDeltas, const QString& model,
                          const QStringList& thinkingDeltas = {},
                          const QString& stopReason = QStringLiteral("end_turn"),
                          const AnthropicUsage& usage = {});

/// A non-streamed Messages answer: one text block, stop_reason end_turn, usage.
MockReply anthropicMessage(const QString& text, const QString& model);

/// `{"type":"error","error":{"type":…,"message":…},"request_id":…}` with that status, the
/// `request-id` and `x-should-retry` headers as the API sends them.
MockReply anthropicError(int status, const QString& type, const QString& message);

/// One page of `GET /v1/models`: `{data:[{type,id,display_name,created_at}], has_more, first_id,
/// last_id}`. An empty `lastId` means the last id of the page.
MockReply anthropicModels(const QStringList& ids, bool hasMore = false, const QString& lastId = {});

} // namespace TestSupport
