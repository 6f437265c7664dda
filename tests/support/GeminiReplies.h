#pragma once

#include "MockReply.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

namespace TestSupport {

/// Token counts a Gemini reply reports (`usageMetadata`).
struct GeminiUsage {
    int promptTokens = 12;
    int candidatesTokens = -1; ///< negative: one per text delta (at least 1)
    int thoughtsTokens = -1;   ///< negative: one per thought delta; 0 leaves the count out
    int cachedTokens = 0;      ///< cachedContentTokenCount; 0 leaves it out
};

/// One event as generativelanguage.googleapis.com frames it: `data: JSON\r\n\r\n`.
QByteArray geminiEvent(QByteArrayView json);

/// A `streamGenerateContent?alt=sse` body byte for byte like the Gemini API (compare
/// tests/fixtures/gemini-stream-success-basic-reply-short.sse and
/// gemini-stream-success-thinking-reply-thought-summary.sse): JSON with a space after every ':',
/// one chunk per thought delta (`"thought": true` parts) then one per text delta, each with
/// `"index": 0`, the cumulative `usageMetadata`, `modelVersion` and a `responseId` derived from the
/// content; the last chunk carries `finishReason` (with no text deltas: a chunk with only the
/// finish reason, as a SAFETY stop looks).
MockReply geminiStream(const QStringList& textDeltas, const QString& model,
                       const QStringList& thoughtDeltas = {},
                       const QString& finishReason = QStringLiteral("STOP"),
                       const GeminiUsage& usage = {});

/// A non-streamed `generateContent` answer, pretty-printed (2 spaces) like the API: one text part,
/// finishReason STOP, usageMetadata, modelVersion, responseId.
MockReply geminiResponse(const QString& text, const QString& model);

/// Google's error shape with that HTTP status: `{"error": {"code", "message", "status"}}`, and
/// with a `reason` an ErrorInfo detail (domain googleapis.com) plus the LocalizedMessage the API
/// adds. Pretty-printed, final newline, `application/json; charset=UTF-8`.
MockReply geminiError(int httpStatus, const QString& status, const QString& message,
                      const QString& reason = {});

/// One page of `GET /v1beta/models`: `{"models": [...], "nextPageToken": …}` (the token left out
/// when empty). Names may be given with or without "models/". A name containing "embedding"
/// supports only embedContent (so a listing can be checked for filtering); the others
/// generateContent, countTokens and createCachedContent, inputTokenLimit 1048576.
MockReply geminiModels(const QStringList& names, const QString& nextPageToken = {});

} // namespace TestSupport
