// The gateway's request parsing and error shapes: OpenAI-shaped bodies become router requests,
// everything else is refused with OpenAI's error object naming the field; the bearer check,
// the User-Agent kept in the ledger, and the answer objects.
#include "gateway/ApiError.h"
#include "gateway/BearerToken.h"
#include "gateway/ClientAgent.h"
#include "gateway/CompletionJson.h"
#include "gateway/CompletionRequest.h"
#include "routing/RouteRun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using Gateway::ApiError;
using Gateway::ParsedCompletion;

namespace {

ParsedCompletion parse(const QByteArray& body, Gateway::RequestLimits limits = {})
{
    return Gateway::parseCompletionRequest(body, limits);
}

QJsonObject errorObject(const ApiError& error)
{
    return QJsonDocument::fromJson(error.body()).object().value(QLatin1String("error")).toObject();
}

} // namespace

class TestGatewayRequest : public QObject {
    Q_OBJECT

private slots:
    void openAiRequestBecomesARouterRequest()
    {
        const ParsedCompletion parsed =
            parse("{\"model\":\"route/default\",\"messages\":["
                  "{\"role\":\"system\",\"content\":\"Be brief.\"},"
                  "{\"role\":\"developer\",\"content\":\"Use English.\"},"
                  "{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"Hello\"},"
                  "{\"type\":\"text\",\"text\":\"there\"}],\"name\":\"ann\"},"
                  "{\"role\":\"assistant\",\"content\":\"Hi!\",\"refusal\":null},"
                  "{\"role\":\"user\",\"content\":\"Bye\"}],"
                  "\"temperature\":0.5,\"max_tokens\":50,\"max_completion_tokens\":70,"
                  "\"stream\":true,\"stream_options\":{\"include_usage\":true},"
                  "\"reasoning_effort\":\"low\",\"user\":\"u1\",\"seed\":3,\"n\":1}");
        QVERIFY2(parsed.request, parsed.error.body().constData());
        const Gateway::CompletionRequest& r = *parsed.request;
        QCOMPARE(r.model, QStringLiteral("route/default"));
        QVERIFY(r.stream);
        QVERIFY(r.includeUsage);
        QCOMPARE(r.chat.messages.size(), 5);
        QCOMPARE(r.chat.messages[0].role, Chat::Role::System);
        QCOMPARE(r.chat.messages[1].role, Chat::Role::System);
        QCOMPARE(r.chat.messages[2].role, Chat::Role::User);
        QCOMPARE(r.chat.messages[2].text, QStringLiteral("Hello\n\nthere"));
        QCOMPARE(r.chat.messages[3].role, Chat::Role::Assistant);
        QCOMPARE(r.chat.messages[4].text, QStringLiteral("Bye"));
        QCOMPARE(r.chat.temperature, 0.5);
        QCOMPARE(r.chat.maxTokens, 70); // max_completion_tokens wins over the older name
        QCOMPARE(r.chat.reasoningEffort, QStringLiteral("low"));
        QVERIFY(r.chat.stream); // upstream always streams
    }

    void nullMeansAbsent()
    {
        const ParsedCompletion parsed =
            parse("{\"model\":\"a/b\",\"messages\":[{\"role\":\"user\",\"content\":\"x\"}],"
                  "\"temperature\":null,\"max_tokens\":null,\"stream\":null,"
                  "\"stream_options\":null,\"reasoning_effort\":null}");
        QVERIFY(parsed.request);
        QVERIFY(!parsed.request->stream);
        QVERIFY(!parsed.request->chat.temperature);
        QVERIFY(!parsed.request->chat.maxTokens);
    }

    void badRequestsNameTheField_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("param");
        QTest::addColumn<QString>("code");
        const QByteArray m = "\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]";
        QTest::newRow("not json") << QByteArray("{\"model\":") << 400 << QString()
                                  << QStringLiteral("invalid_json");
        QTest::newRow("array body")
            << QByteArray("[1]") << 400 << QString() << QStringLiteral("invalid_json");
        QTest::newRow("no model") << "{" + m + "}" << 400 << QStringLiteral("model")
                                  << QStringLiteral("missing_required_parameter");
        QTest::newRow("model not a string")
            << "{\"model\":5," + m + "}" << 400 << QStringLiteral("model")
            << QStringLiteral("invalid_type");
        QTest::newRow("no messages")
            << QByteArray("{\"model\":\"a\"}") << 400 << QStringLiteral("messages")
            << QStringLiteral("missing_required_parameter");
        QTest::newRow("empty messages")
            << QByteArray("{\"model\":\"a\",\"messages\":[]}") << 400 << QStringLiteral("messages")
            << QStringLiteral("invalid_value");
        QTest::newRow("messages not an array")
            << QByteArray("{\"model\":\"a\",\"messages\":{}}") << 400 << QStringLiteral("messages")
            << QStringLiteral("invalid_type");
        QTest::newRow("message not an object")
            << QByteArray("{\"model\":\"a\",\"messages\":[\"hi\"]}") << 400
            << QStringLiteral("messages[0]") << QStringLiteral("invalid_type");
        QTest::newRow("unknown role")
            << QByteArray("{\"model\":\"a\",\"messages\":[{\"role\":\"bot\",\"content\":\"x\"}]}")
            << 400 << QStringLiteral("messages[0].role") << QStringLiteral("invalid_value");
        QTest::newRow("no content")
            << QByteArray("{\"model\":\"a\",\"messages\":[{\"role\":\"user\"}]}") << 400
            << QStringLiteral("messages[0].content")
            << QStringLiteral("missing_required_parameter");
        QTest::newRow("content a number")
            << QByteArray("{\"model\":\"a\",\"messages\":[{\"role\":\"user\",\"content\":1}]}")
            << 400 << QStringLiteral("messages[0].content") << QStringLiteral("invalid_type");
        QTest::newRow("image part")
            << QByteArray("{\"model\":\"a\",\"messages\":[{\"role\":\"user\",\"content\":"
                          "[{\"type\":\"image_url\",\"image_url\":{\"url\":\"x\"}}]}]}")
            << 400 << QStringLiteral("messages[0].content[0].type")
            << QStringLiteral("unsupported_parameter");
        QTest::newRow("tool role")
            << QByteArray("{\"model\":\"a\",\"messages\":[{\"role\":\"tool\",\"content\":\"x\"}]}")
            << 400 << QStringLiteral("messages[0].role") << QStringLiteral("unsupported_parameter");
        QTest::newRow("tools") << "{\"model\":\"a\"," + m + ",\"tools\":[]}" << 400
                               << QStringLiteral("tools")
                               << QStringLiteral("unsupported_parameter");
        QTest::newRow("n 2") << "{\"model\":\"a\"," + m + ",\"n\":2}" << 400 << QStringLiteral("n")
                             << QStringLiteral("unsupported_parameter");
        QTest::newRow("json answers")
            << "{\"model\":\"a\"," + m + ",\"response_format\":{\"type\":\"json_object\"}}" << 400
            << QStringLiteral("response_format") << QStringLiteral("unsupported_parameter");
        QTest::newRow("unknown argument")
            << "{\"model\":\"a\"," + m + ",\"colour\":1}" << 400 << QStringLiteral("colour")
            << QStringLiteral("unknown_parameter");
        QTest::newRow("temperature a string")
            << "{\"model\":\"a\"," + m + ",\"temperature\":\"hot\"}" << 400
            << QStringLiteral("temperature") << QStringLiteral("invalid_type");
        QTest::newRow("temperature 3")
            << "{\"model\":\"a\"," + m + ",\"temperature\":3}" << 400
            << QStringLiteral("temperature") << QStringLiteral("invalid_value");
        QTest::newRow("max_tokens 1.5")
            << "{\"model\":\"a\"," + m + ",\"max_tokens\":1.5}" << 400
            << QStringLiteral("max_tokens") << QStringLiteral("invalid_type");
        QTest::newRow("max_tokens 0")
            << "{\"model\":\"a\"," + m + ",\"max_tokens\":0}" << 400 << QStringLiteral("max_tokens")
            << QStringLiteral("invalid_value");
        QTest::newRow("max_tokens huge")
            << "{\"model\":\"a\"," + m + ",\"max_completion_tokens\":1e300}" << 400
            << QStringLiteral("max_completion_tokens") << QStringLiteral("invalid_value");
        QTest::newRow("stream a string")
            << "{\"model\":\"a\"," + m + ",\"stream\":\"yes\"}" << 400 << QStringLiteral("stream")
            << QStringLiteral("invalid_type");
        QTest::newRow("stream_options without stream")
            << "{\"model\":\"a\"," + m + ",\"stream_options\":{\"include_usage\":true}}" << 400
            << QStringLiteral("stream_options") << QString();
        QTest::newRow("include_usage a number")
            << "{\"model\":\"a\"," + m
                   + ",\"stream\":true,\"stream_options\":{\"include_usage\":1}}"
            << 400 << QStringLiteral("stream_options.include_usage")
            << QStringLiteral("invalid_type");
        QTest::newRow("reasoning_effort maximal")
            << "{\"model\":\"a\"," + m + ",\"reasoning_effort\":\"maximal\"}" << 400
            << QStringLiteral("reasoning_effort") << QStringLiteral("invalid_value");
    }

    void badRequestsNameTheField()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, param);
        QFETCH(QString, code);
        const ParsedCompletion parsed = parse(body);
        QVERIFY(!parsed.request);
        QCOMPARE(parsed.error.status, status);
        const QJsonObject error = errorObject(parsed.error);
        QCOMPARE(error.keys(), (QStringList{QStringLiteral("code"), QStringLiteral("message"),
                                            QStringLiteral("param"), QStringLiteral("type")}));
        QCOMPARE(error.value(QLatin1String("type")).toString(),
                 QStringLiteral("invalid_request_error"));
        QVERIFY(!error.value(QLatin1String("message")).toString().isEmpty());
        QCOMPARE(error.value(QLatin1String("param")).toString(), param);
        QCOMPARE(error.value(QLatin1String("param")).isNull(), param.isEmpty());
        QCOMPARE(error.value(QLatin1String("code")).toString(), code);
    }

    void limitsRefuseBeforeReading()
    {
        Gateway::RequestLimits limits;
        limits.maxBodyBytes = 100;
        limits.maxMessages = 2;
        const ParsedCompletion tooBig = parse(QByteArray(101, ' '), limits);
        QVERIFY(!tooBig.request);
        QCOMPARE(tooBig.error.status, 413);
        QCOMPARE(errorObject(tooBig.error).value(QLatin1String("code")).toString(),
                 QStringLiteral("request_too_large"));
        limits.maxBodyBytes = 4096;
        const ParsedCompletion tooMany =
            parse("{\"model\":\"a\",\"messages\":[{\"role\":\"user\",\"content\":\"1\"},"
                  "{\"role\":\"user\",\"content\":\"2\"},{\"role\":\"user\",\"content\":\"3\"}]}",
                  limits);
        QVERIFY(!tooMany.request);
        QCOMPARE(tooMany.error.status, 400);
        QCOMPARE(errorObject(tooMany.error).value(QLatin1String("code")).toString(),
                 QStringLiteral("too_many_messages"));
    }

    void failedRouteStatusFollowsTheLastOutcome_data()
    {
        QTest::addColumn<int>("outcome");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("rate limited")
            << int(Chat::Outcome::RateLimited) << 429 << QStringLiteral("rate_limit_exceeded");
        QTest::newRow("overloaded")
            << int(Chat::Outcome::Overloaded) << 503 << QStringLiteral("overloaded");
        QTest::newRow("server error")
            << int(Chat::Outcome::ServerError) << 502 << QStringLiteral("server_error");
        QTest::newRow("network") << int(Chat::Outcome::Network) << 502 << QStringLiteral("network");
        QTest::newRow("timeout") << int(Chat::Outcome::TimeoutFirstToken) << 504
                                 << QStringLiteral("timeout_first_token");
        QTest::newRow("upstream key refused")
            << int(Chat::Outcome::Auth) << 502 << QStringLiteral("auth");
        QTest::newRow("bad request")
            << int(Chat::Outcome::BadRequest) << 400 << QStringLiteral("bad_request");
        QTest::newRow("context") << int(Chat::Outcome::ContextLength) << 400
                                 << QStringLiteral("context_length_exceeded");
        QTest::newRow("model gone")
            << int(Chat::Outcome::NotFound) << 404 << QStringLiteral("model_not_found");
    }

    void failedRouteStatusFollowsTheLastOutcome()
    {
        QFETCH(int, outcome);
        QFETCH(int, status);
        QFETCH(QString, code);
        Routing::RouteResult result;
        result.error = QStringLiteral("all 2 attempts failed: key sk-abcdefghijklmnop123 refused");
        Chat::Attempt first;
        first.outcome = Chat::Outcome::Overloaded;
        Chat::Attempt last;
        last.outcome = Chat::Outcome(outcome);
        last.retryAfterMs = 1500;
        result.attempts = {first, last};
        const ApiError error = ApiError::fromFailedRoute(result);
        QCOMPARE(error.status, status);
        QCOMPARE(error.code, code);
        QCOMPARE(error.retryAfterMs, std::optional<qint64>(1500));
        QVERIFY(error.message.contains(QLatin1String("all 2 attempts failed")));
        QVERIFY(!error.body().contains("sk-abcdefghijklmnop123"));
    }

    void noAttemptIsServiceUnavailable()
    {
        Routing::RouteResult result;
        result.error = QStringLiteral("no target could be tried");
        QCOMPARE(ApiError::fromFailedRoute(result).status, 503);
    }

    void errorInsideAStreamIsOneDataEvent()
    {
        const QByteArray event = ApiError::shuttingDown().sseEvent();
        QVERIFY(event.startsWith("data: {\"error\":{"));
        QVERIFY(event.endsWith("}\n\n"));
        QCOMPARE(event.count('\n'), 2);
    }

    void bearerMustMatchExactly()
    {
        const QByteArray token = "sb-gw-0123456789abcdef";
        QVERIFY(Gateway::bearerMatches("Bearer sb-gw-0123456789abcdef", token));
        QVERIFY(Gateway::bearerMatches("bearer sb-gw-0123456789abcdef ", token));
        QVERIFY(!Gateway::bearerMatches("Bearer sb-gw-0123456789abcdeF", token));
        QVERIFY(!Gateway::bearerMatches("Bearer sb-gw-0123456789abcde", token));
        QVERIFY(!Gateway::bearerMatches("Bearer sb-gw-0123456789abcdefg", token));
        QVERIFY(!Gateway::bearerMatches("Basic sb-gw-0123456789abcdef", token));
        QVERIFY(!Gateway::bearerMatches("sb-gw-0123456789abcdef", token));
        QVERIFY(!Gateway::bearerMatches("", token));
        QVERIFY(!Gateway::bearerMatches("Bearer ", QByteArray()));
    }

    void generatedTokensAreLongAndDistinct()
    {
        QSet<QString> seen;
        for (int i = 0; i < 100; ++i) {
            const QString token = Gateway::generateBearerToken();
            QVERIFY(token.startsWith(QLatin1String("sb-gw-")));
            QCOMPARE(token.size(), 6 + 43);
            seen.insert(token);
        }
        QCOMPARE(seen.size(), 100);
    }

    void clientAgentIsCleanedForTheLedger()
    {
        QCOMPARE(Gateway::clientAgentForLedger("OpenAI/JS 6.49.0"),
                 QStringLiteral("OpenAI/JS 6.49.0"));
        QCOMPARE(Gateway::clientAgentForLedger("a\r\nb\tc\x01 d"), QStringLiteral("a b c d"));
        QCOMPARE(Gateway::clientAgentForLedger(""), QString());
        QVERIFY(!Gateway::clientAgentForLedger("tool sk-proj-abcdefghijklmnop")
                     .contains(QLatin1String("abcdefghijklmnop")));
        const QString longAgent = Gateway::clientAgentForLedger(QByteArray(5000, 'x'));
        QCOMPARE(longAgent.size(), Gateway::kMaxClientAgentChars);
        QVERIFY(longAgent.endsWith(QChar(0x2026)));
    }

    void chunksAreShapedLikeOpenAis()
    {
        Gateway::CompletionIdentity identity{QStringLiteral("chatcmpl-1"), 1700000000,
                                             QStringLiteral("route/default"), true};
        const QByteArray role = Gateway::CompletionJson::roleChunk(identity);
        QVERIFY(role.startsWith("data: {") && role.endsWith("}\n\n"));
        const QJsonObject chunk = QJsonDocument::fromJson(role.mid(6)).object();
        QCOMPARE(chunk.value(QLatin1String("object")).toString(),
                 QStringLiteral("chat.completion.chunk"));
        QVERIFY(chunk.value(QLatin1String("usage")).isNull());
        const QJsonObject delta = chunk.value(QLatin1String("choices"))
                                      .toArray()
                                      .at(0)
                                      .toObject()
                                      .value(QLatin1String("delta"))
                                      .toObject();
        QCOMPARE(delta.value(QLatin1String("role")).toString(), QStringLiteral("assistant"));

        Chat::Usage usage;
        usage.inputTokens = 10;
        usage.outputTokens = 4;
        usage.cachedTokens = 3;
        usage.cacheWriteTokens = 2;
        const Gateway::WireUsage anthropic = Gateway::WireUsage::fromUsage(usage, true);
        QCOMPARE(anthropic.promptTokens, 15);
        QCOMPARE(Gateway::WireUsage::fromUsage(usage, false).promptTokens, 10);
        const QJsonObject last =
            QJsonDocument::fromJson(Gateway::CompletionJson::usageChunk(identity, anthropic).mid(6))
                .object();
        QVERIFY(last.value(QLatin1String("choices")).toArray().isEmpty());
        QCOMPARE(last.value(QLatin1String("usage"))
                     .toObject()
                     .value(QLatin1String("total_tokens"))
                     .toInt(),
                 19);
        QCOMPARE(Gateway::CompletionJson::openAiFinishReason(QStringLiteral("length")),
                 QStringLiteral("length"));
        QCOMPARE(Gateway::CompletionJson::openAiFinishReason(QStringLiteral("weird")),
                 QStringLiteral("stop"));
    }
};

QTEST_GUILESS_MAIN(TestGatewayRequest)
#include "tst_gatewayrequest.moc"
