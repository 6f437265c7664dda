// libFuzzer target for Gateway::parseCompletionRequest, which reads every byte a local client
// sends to POST /v1/chat/completions. See docs/FUZZING.md.
//
// Input: the request body as is (seeds: tests/fuzz/seeds/fuzz_gatewayrequest/). Checked on
// every input, with small limits so that they are reached too:
//  1. It ends in a request or in an error, never both, never neither.
//  2. An error is 400 or 413 and its body is OpenAI's shape: {"error": {message, type, param,
//     code}} with a non-empty message.
//  3. A request has a model, 1..maxMessages messages, temperature in [0, 2], max tokens >= 1.
//  4. Written back as an OpenAI body and read again, a request gives the same request.
#include "gateway/CompletionRequest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

[[noreturn]] void fail(const char* what, int line)
{
    std::fprintf(stderr, "fuzz_gatewayrequest: invariant failed at line %d: %s\n", line, what);
    std::abort();
}

#define FUZZ_CHECK(cond)                                                                           \
    do {                                                                                           \
        if (!(cond)) {                                                                             \
            fail(#cond, __LINE__);                                                                 \
        }                                                                                          \
    } while (false)

QString roleName(Chat::Role role)
{
    switch (role) {
    case Chat::Role::System:
        return QStringLiteral("system");
    case Chat::Role::Assistant:
        return QStringLiteral("assistant");
    case Chat::Role::User:
        break;
    }
    return QStringLiteral("user");
}

QByteArray writeBack(const Gateway::CompletionRequest& request)
{
    QJsonArray messages;
    for (const Chat::Message& message : request.chat.messages)
        messages.append(QJsonObject{{QStringLiteral("role"), roleName(message.role)},
                                    {QStringLiteral("content"), message.text}});
    QJsonObject body{{QStringLiteral("model"), request.model},
                     {QStringLiteral("messages"), messages},
                     {QStringLiteral("stream"), request.stream}};
    if (request.stream)
        body.insert(QStringLiteral("stream_options"),
                    QJsonObject{{QStringLiteral("include_usage"), request.includeUsage}});
    if (request.chat.temperature)
        body.insert(QStringLiteral("temperature"), *request.chat.temperature);
    if (request.chat.maxTokens)
        body.insert(QStringLiteral("max_completion_tokens"), *request.chat.maxTokens);
    if (!request.chat.reasoningEffort.isEmpty())
        body.insert(QStringLiteral("reasoning_effort"), request.chat.reasoningEffort);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    Gateway::RequestLimits limits;
    limits.maxBodyBytes = 8192;
    limits.maxMessages = 8;
    const QByteArrayView body(reinterpret_cast<const char*>(data), qsizetype(size));
    const Gateway::ParsedCompletion parsed = Gateway::parseCompletionRequest(body, limits);

    if (!parsed.request) {
        FUZZ_CHECK(parsed.error.status == 400 || parsed.error.status == 413);
        const QJsonObject error = QJsonDocument::fromJson(parsed.error.body())
                                      .object()
                                      .value(QLatin1String("error"))
                                      .toObject();
        FUZZ_CHECK(error.size() == 4);
        FUZZ_CHECK(!error.value(QLatin1String("message")).toString().isEmpty());
        FUZZ_CHECK(error.value(QLatin1String("type")).isString());
        FUZZ_CHECK(error.value(QLatin1String("param")).isString()
                   || error.value(QLatin1String("param")).isNull());
        FUZZ_CHECK(error.value(QLatin1String("code")).isString()
                   || error.value(QLatin1String("code")).isNull());
        return 0;
    }
    const Gateway::CompletionRequest& request = *parsed.request;
    FUZZ_CHECK(!request.model.isEmpty());
    FUZZ_CHECK(!request.chat.messages.isEmpty());
    FUZZ_CHECK(request.chat.messages.size() <= limits.maxMessages);
    FUZZ_CHECK(!request.chat.temperature
               || (*request.chat.temperature >= 0 && *request.chat.temperature <= 2));
    FUZZ_CHECK(!request.chat.maxTokens || *request.chat.maxTokens >= 1);
    FUZZ_CHECK(request.chat.stream);

    limits.maxBodyBytes = 1 << 24; // the written-back form may be longer (escapes)
    const Gateway::ParsedCompletion again =
        Gateway::parseCompletionRequest(writeBack(request), limits);
    FUZZ_CHECK(again.request.has_value());
    FUZZ_CHECK(again.request->model == request.model);
    FUZZ_CHECK(again.request->chat.messages == request.chat.messages);
    FUZZ_CHECK(again.request->chat.temperature == request.chat.temperature);
    FUZZ_CHECK(again.request->chat.maxTokens == request.chat.maxTokens);
    FUZZ_CHECK(again.request->chat.reasoningEffort == request.chat.reasoningEffort);
    FUZZ_CHECK(again.request->stream == request.stream);
    FUZZ_CHECK(again.request->includeUsage == request.includeUsage);
    return 0;
}
