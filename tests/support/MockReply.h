#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace TestSupport {

/// What the mock provider answers to one request: an HTTP status, headers and body bytes, plus a
/// delivery plan (delays, how the body is cut into writes, faults). Provider-neutral: the factories
/// below produce the OpenAI Chat Completions wire format; other formats are just other bodies.
///
/// Body framing: chunked (`Transfer-Encoding: chunked`, each write one HTTP chunk, `0\r\n\r\n` at
/// the end) or `Content-Length`. Every byte count below (`splits`, `stallAfterBytes`,
/// `dropAfterBytes`) counts body bytes, never framing.
struct MockReply {
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    int status = 200;
    QByteArray reason; ///< empty: the standard phrase for `status`
    Headers headers;   ///< extra headers, written after the defaults (see `contentType`)
    QByteArray body;
    bool stream = false; ///< an event stream: SSE Content-Type and chunked encoding by default
    std::optional<bool> chunkedEncoding; ///< unset: chunked iff `stream`; false: Content-Length

    // Delivery plan
    QList<qsizetype> splits;  ///< byte lengths of the first body writes; the rest is one write
    int headerDelayMs = 0;    ///< after the request arrived, before the status line
    int firstByteDelayMs = 0; ///< after the headers, before the first body byte
    int chunkDelayMs = 2;     ///< between two body writes
    qsizetype stallAfterBytes = -1; ///< after this many body bytes, pause `stallMs`
    int stallMs = 0;                ///< negative: never continue (until the client gives up)
    qsizetype dropAfterBytes = -1;  ///< after this many body bytes close the connection, unfinished
    bool dropBeforeHeaders = false; ///< read the request, then close without answering
    int times = 1; ///< how many requests this queued reply answers; <= 0: all of them

    /// The standard reason phrase ("Too Many Requests"), or "Unknown".
    static QByteArray defaultReason(int status);
    QByteArray reasonPhrase() const;
    bool usesChunkedEncoding() const { return chunkedEncoding.value_or(stream); }
    /// The Content-Type header if set, else `text/event-stream; charset=utf-8` for streams and
    /// `application/json` otherwise.
    QByteArray contentType() const;
    /// The first extra header with that name (case-insensitive), or a null QByteArray.
    QByteArray header(QByteArrayView name) const;

    /// Appends a header; returns *this for chaining.
    MockReply& withHeader(QByteArray name, QByteArray value);
    /// Cuts the whole body into writes of `n` bytes (the last one may be shorter).
    MockReply& splitEvery(qsizetype n);

    /// `data: {chunk}\n\n` events exactly like api.openai.com: a role chunk
    /// (`"role":"assistant","content":"","refusal":null`), DeepSeek-style `reasoning_content`
    /// deltas, one content delta per item, a finish chunk (`"delta":{}`), with `includeUsage` a
    /// `"choices":[]` usage chunk (and `"usage":null` on the others), then `data: [DONE]`.
    static MockReply openAiStream(const QStringList& deltas, const QString& model,
                                  bool includeUsage,
                                  const QString& finishReason = QStringLiteral("stop"),
                                  const QStringList& reasoningDeltas = {});
    /// A non-streamed `chat.completion` object (pretty-printed like the API) with usage.
    static MockReply openAiCompletion(const QString& text, const QString& model);
    /// `{"error":{"message":..,"type":..,"param":null,"code":..}}` with that status; an empty
    /// `code` is written as null.
    static MockReply openAiError(int status, const QString& message,
                                 const QString& type = QStringLiteral("invalid_request_error"),
                                 const QString& code = {});
    /// The `GET /v1/models` list.
    static MockReply openAiModels(const QStringList& ids);
    /// A stream reply whose body is the fixture file byte for byte (see `fixturePath`); a sibling
    /// `.splits` file (one length per line) becomes `splits`. `*.json` files are served as plain
    /// JSON, `*.ndjson` as `application/x-ndjson`. A missing file gives a 500 reply and a warning.
    static MockReply fixture(const QString& fileName);
    /// `fileName` inside SWITCHBOARD_FIXTURES_DIR (or itself if absolute).
    static QString fixturePath(const QString& fileName);
    /// The fixture's bytes; `ok` tells whether the file could be read.
    static QByteArray fixtureBytes(const QString& fileName, bool* ok = nullptr);

    /// snake_case JSON for the control endpoint; the body as `body` (UTF-8 text) or `body_base64`.
    QJsonObject toJson() const;
    /// The inverse of `toJson`, plus `fixture`, `split_every` and the templates `openai_stream`,
    /// `openai_completion`, `openai_error`, `openai_models`. Unknown keys are errors.
    static std::optional<MockReply> fromJson(const QJsonObject& json, QString* error = nullptr);
};

} // namespace TestSupport
