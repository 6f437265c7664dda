#include "MockReply.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QtDebug>

#include <cmath>
#include <initializer_list>
#include <limits>
#include <utility>
#include <vector>

#ifndef SWITCHBOARD_FIXTURES_DIR
#error "SWITCHBOARD_FIXTURES_DIR must name tests/fixtures"
#endif

namespace TestSupport {

namespace {

constexpr qint64 MockCreated = 1735689600; // 2025-01-01T00:00:00Z: stable bytes run to run
constexpr int MockPromptTokens = 12;

/// Minimal ordered JSON. QJsonObject sorts its keys; the API's bytes keep their own order.
class Json {
public:
    using Members = std::initializer_list<std::pair<const char*, Json>>;

    Json() = default; // null
    Json(const char* text)
        : Json(QString::fromUtf8(text))
    {}
    Json(const QString& text)
        : m_scalar(quote(text))
    {}
    Json(qint64 n)
        : m_scalar(QByteArray::number(n))
    {}
    Json(int n)
        : m_scalar(QByteArray::number(n))
    {}

    static Json object(Members members)
    {
        Json j;
        j.m_kind = Kind::Object;
        for (const auto& [key, value] : members)
            j.insert(key, value);
        return j;
    }
    static Json array(std::initializer_list<Json> items)
    {
        Json j;
        j.m_kind = Kind::Array;
        j.m_values.assign(items);
        return j;
    }
    void insert(const char* key, Json value)
    {
        m_keys.emplace_back(key);
        m_values.push_back(std::move(value));
    }
    void append(Json value) { m_values.push_back(std::move(value)); }

    /// `indent` 0: compact, as in SSE chunks; otherwise pretty-printed like Python's json.dumps.
    QByteArray serialize(int indent = 0, int level = 0) const
    {
        if (m_kind == Kind::Scalar)
            return m_scalar;
        const bool isObject = m_kind == Kind::Object;
        QByteArray out(1, isObject ? '{' : '[');
        const QByteArray inner = indent ? '\n' + QByteArray(indent * (level + 1), ' ') : "";
        for (std::size_t i = 0; i < m_values.size(); ++i) {
            out += (i ? "," : "") + inner;
            if (isObject)
                out += quote(QString::fromUtf8(m_keys[i])) + (indent ? ": " : ":");
            out += m_values[i].serialize(indent, level + 1);
        }
        if (indent && !m_values.empty())
            out += '\n' + QByteArray(indent * level, ' ');
        out += isObject ? '}' : ']';
        return out;
    }

    static QByteArray quote(const QString& text)
    {
        QByteArray out(1, '"');
        for (const char ch : text.toUtf8()) {
            switch (ch) {
            case '"':
                out += "\\\"";
                break;
            case '\\':
                out += "\\\\";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\r':
                out += "\\r";
                break;
            case '\t':
                out += "\\t";
                break;
            case '\b':
                out += "\\b";
                break;
            case '\f':
                out += "\\f";
                break;
            default:
                if (static_cast<unsigned char>(ch) < 0x20)
                    out += "\\u00"
                           + QByteArray::number(static_cast<int>(ch), 16).rightJustified(2, '0');
                else
                    out += ch;
            }
        }
        return out + '"';
    }

private:
    enum class Kind { Scalar, Object, Array };
    Kind m_kind = Kind::Scalar;
    QByteArray m_scalar = "null";
    std::vector<QByteArray> m_keys;
    std::vector<Json> m_values;
};

/// A stable id per content, shaped like the API's (`chatcmpl-` + 29 characters).
QString completionId(const QStringList& parts)
{
    const QByteArray hash =
        QCryptographicHash::hash(parts.join(QChar(0)).toUtf8(), QCryptographicHash::Sha1).toHex();
    return QStringLiteral("chatcmpl-mock") + QString::fromLatin1(hash.left(25));
}

Json usage(int completionTokens, int reasoningTokens)
{
    return Json::object({
        {"prompt_tokens", MockPromptTokens},
        {"completion_tokens", completionTokens},
        {"total_tokens", MockPromptTokens + completionTokens},
        {"prompt_tokens_details", Json::object({{"cached_tokens", 0}, {"audio_tokens", 0}})},
        {"completion_tokens_details", Json::object({{"reasoning_tokens", reasoningTokens},
                                                    {"audio_tokens", 0},
                                                    {"accepted_prediction_tokens", 0},
                                                    {"rejected_prediction_tokens", 0}})},
    });
}

// --- fromJson helpers ----------------------------------------------------------------------

struct JsonReader {
    const QJsonObject& json;
    QString error;

    bool fail(const QString& message)
    {
        if (error.isEmpty())
            error = message;
        return false;
    }
    template <typename Int>
    bool integer(const char* key, Int& out)
    {
        const QJsonValue v = json.value(QLatin1String(key));
        if (v.isUndefined())
            return true;
        const double d = v.toDouble(std::nan(""));
        if (!v.isDouble() || std::trunc(d) != d || d < double(std::numeric_limits<Int>::min())
            || d > double(std::numeric_limits<Int>::max()))
            return fail(QStringLiteral("\"%1\" must be an integer").arg(QLatin1String(key)));
        out = static_cast<Int>(d);
        return true;
    }
    bool boolean(const char* key, bool& out)
    {
        const QJsonValue v = json.value(QLatin1String(key));
        if (v.isUndefined())
            return true;
        if (!v.isBool())
            return fail(QStringLiteral("\"%1\" must be a boolean").arg(QLatin1String(key)));
        out = v.toBool();
        return true;
    }
    bool string(const char* key, QString& out)
    {
        const QJsonValue v = json.value(QLatin1String(key));
        if (v.isUndefined())
            return true;
        if (!v.isString())
            return fail(QStringLiteral("\"%1\" must be a string").arg(QLatin1String(key)));
        out = v.toString();
        return true;
    }
    bool strings(const char* key, QStringList& out)
    {
        const QJsonValue v = json.value(QLatin1String(key));
        if (v.isUndefined())
            return true;
        out.clear();
        for (const QJsonValue item : v.toArray()) {
            if (!item.isString())
                return fail(
                    QStringLiteral("\"%1\" must be an array of strings").arg(QLatin1String(key)));
            out.append(item.toString());
        }
        return v.isArray()
               || fail(QStringLiteral("\"%1\" must be an array").arg(QLatin1String(key)));
    }
};

std::optional<MockReply> templateReply(const QString& kind, const QJsonValue& value, QString* error)
{
    if (kind == u"openai_models") {
        QStringList ids;
        const QJsonObject wrapped{{QStringLiteral("ids"), value}};
        JsonReader r{wrapped, {}};
        if (!r.strings("ids", ids)) {
            *error = r.error;
            return std::nullopt;
        }
        return MockReply::openAiModels(ids);
    }
    if (!value.isObject()) {
        *error = QStringLiteral("\"%1\" must be an object").arg(kind);
        return std::nullopt;
    }
    const QJsonObject args = value.toObject();
    JsonReader r{args, {}};
    QString model = QStringLiteral("mock-small");
    bool ok = r.string("model", model);
    if (ok && kind == u"openai_stream") {
        QStringList deltas, reasoning;
        QString finishReason = QStringLiteral("stop");
        bool includeUsage = true;
        ok = r.strings("deltas", deltas) && r.strings("reasoning", reasoning)
             && r.string("finish_reason", finishReason) && r.boolean("include_usage", includeUsage);
        if (ok)
            return MockReply::openAiStream(deltas, model, includeUsage, finishReason, reasoning);
    } else if (ok && kind == u"openai_completion") {
        QString text;
        if (r.string("text", text))
            return MockReply::openAiCompletion(text, model);
    } else if (ok) { // openai_error
        int status = 400;
        QString message, type = QStringLiteral("invalid_request_error"), code;
        ok = r.integer("status", status) && r.string("message", message) && r.string("type", type)
             && r.string("code", code);
        if (ok)
            return MockReply::openAiError(status, message, type, code);
    }
    *error = QStringLiteral("%1: %2").arg(kind, r.error);
    return std::nullopt;
}

} // namespace

QByteArray MockReply::defaultReason(int status)
{
    static const QList<QPair<int, const char*>> phrases = {
        {100, "Continue"},
        {200, "OK"},
        {201, "Created"},
        {202, "Accepted"},
        {204, "No Content"},
        {301, "Moved Permanently"},
        {302, "Found"},
        {304, "Not Modified"},
        {307, "Temporary Redirect"},
        {308, "Permanent Redirect"},
        {400, "Bad Request"},
        {401, "Unauthorized"},
        {402, "Payment Required"},
        {403, "Forbidden"},
        {404, "Not Found"},
        {405, "Method Not Allowed"},
        {408, "Request Timeout"},
        {409, "Conflict"},
        {413, "Content Too Large"},
        {415, "Unsupported Media Type"},
        {422, "Unprocessable Entity"},
        {429, "Too Many Requests"},
        {431, "Request Header Fields Too Large"},
        {500, "Internal Server Error"},
        {501, "Not Implemented"},
        {502, "Bad Gateway"},
        {503, "Service Unavailable"},
        {504, "Gateway Timeout"},
        {505, "HTTP Version Not Supported"},
        {529, "Site Overloaded"},
    };
    for (const auto& [code, phrase] : phrases)
        if (code == status)
            return phrase;
    return "Unknown";
}

QByteArray MockReply::reasonPhrase() const
{
    return reason.isEmpty() ? defaultReason(status) : reason;
}

QByteArray MockReply::contentType() const
{
    if (const QByteArray value = header("Content-Type"); !value.isNull())
        return value;
    return stream ? QByteArrayLiteral("text/event-stream; charset=utf-8")
                  : QByteArrayLiteral("application/json");
}

QByteArray MockReply::header(QByteArrayView name) const
{
    for (const auto& [key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value.isNull() ? QByteArray("") : value;
    return {};
}

MockReply& MockReply::withHeader(QByteArray name, QByteArray value)
{
    headers.append({std::move(name), std::move(value)});
    return *this;
}

MockReply& MockReply::splitEvery(qsizetype n)
{
    splits.clear();
    if (n > 0)
        for (qsizetype at = 0; at < body.size(); at += n)
            splits.append(qMin(n, body.size() - at));
    return *this;
}

MockReply MockReply::openAiStream(const QStringList& deltas, const QString& model,
                                  bool includeUsage, const QString& finishReason,
                                  const QStringList& reasoningDeltas)
{
    const QString id = completionId(QStringList{model, finishReason} + reasoningDeltas + deltas);
    const auto event = [&](Json choice, bool usageChunk = false) {
        Json chunk = Json::object({{"id", id},
                                   {"object", "chat.completion.chunk"},
                                   {"created", MockCreated},
                                   {"model", model},
                                   {"system_fingerprint", "fp_mock"}});
        chunk.insert("choices", usageChunk ? Json::array({}) : Json::array({std::move(choice)}));
        if (usageChunk)
            chunk.insert("usage", usage(int(deltas.size() + reasoningDeltas.size()),
                                        int(reasoningDeltas.size())));
        else if (includeUsage)
            chunk.insert("usage", Json());
        return "data: " + chunk.serialize() + "\n\n";
    };
    const auto choice = [](Json delta, Json finish = Json()) {
        return Json::object({{"index", 0},
                             {"delta", std::move(delta)},
                             {"logprobs", Json()},
                             {"finish_reason", finish}});
    };
    const bool reasoning = !reasoningDeltas.isEmpty();

    MockReply reply;
    reply.stream = true;
    reply.body =
        event(choice(Json::object({{"role", "assistant"}, {"content", ""}, {"refusal", Json()}})));
    for (const QString& text : reasoningDeltas)
        reply.body +=
            event(choice(Json::object({{"content", Json()}, {"reasoning_content", text}})));
    for (const QString& text : deltas)
        reply.body += event(
            choice(reasoning ? Json::object({{"content", text}, {"reasoning_content", Json()}})
                             : Json::object({{"content", text}})));
    reply.body += event(choice(Json::object({}), finishReason));
    if (includeUsage)
        reply.body += event({}, true);
    reply.body += "data: [DONE]\n\n";
    return reply;
}

MockReply MockReply::openAiCompletion(const QString& text, const QString& model)
{
    const Json message = Json::object({{"role", "assistant"},
                                       {"content", text},
                                       {"refusal", Json()},
                                       {"annotations", Json::array({})}});
    const Json body = Json::object({
        {"id", completionId({model, text})},
        {"object", "chat.completion"},
        {"created", MockCreated},
        {"model", model},
        {"choices", Json::array({Json::object({{"index", 0},
                                               {"message", message},
                                               {"logprobs", Json()},
                                               {"finish_reason", "stop"}})})},
        {"usage", usage(int(qMax<qsizetype>(1, (text.size() + 3) / 4)), 0)},
        {"service_tier", "default"},
        {"system_fingerprint", "fp_mock"},
    });
    MockReply reply;
    reply.body = body.serialize(2);
    return reply;
}

MockReply MockReply::openAiError(int status, const QString& message, const QString& type,
                                 const QString& code)
{
    const Json error = Json::object({{"message", message},
                                     {"type", type},
                                     {"param", Json()},
                                     {"code", code.isEmpty() ? Json() : Json(code)}});
    MockReply reply;
    reply.status = status;
    reply.body = Json::object({{"error", error}}).serialize(4) + '\n';
    return reply;
}

MockReply MockReply::openAiModels(const QStringList& ids)
{
    Json data = Json::array({});
    for (const QString& id : ids)
        data.append(Json::object(
            {{"id", id}, {"object", "model"}, {"created", MockCreated}, {"owned_by", "mock"}}));
    MockReply reply;
    reply.body = Json::object({{"object", "list"}, {"data", data}}).serialize(2);
    return reply;
}

QString MockReply::fixturePath(const QString& fileName)
{
    return QDir(QStringLiteral(SWITCHBOARD_FIXTURES_DIR)).filePath(fileName);
}

QByteArray MockReply::fixtureBytes(const QString& fileName, bool* ok)
{
    QFile file(fixturePath(fileName));
    const bool opened = file.open(QIODevice::ReadOnly);
    if (ok)
        *ok = opened;
    return opened ? file.readAll() : QByteArray();
}

MockReply MockReply::fixture(const QString& fileName)
{
    bool ok = false;
    MockReply reply;
    reply.body = fixtureBytes(fileName, &ok);
    if (!ok) {
        qWarning("MockReply::fixture: cannot read %s", qPrintable(fixturePath(fileName)));
        return openAiError(500, QStringLiteral("mock provider: cannot read fixture ") + fileName,
                           QStringLiteral("server_error"));
    }
    const QFileInfo info(fixturePath(fileName));
    reply.stream = info.suffix() != u"json";
    if (info.suffix() == u"ndjson")
        reply.withHeader("Content-Type", "application/x-ndjson");

    QFile splitsFile(info.dir().filePath(info.completeBaseName() + QStringLiteral(".splits")));
    if (splitsFile.open(QIODevice::ReadOnly)) {
        for (const QByteArray& line : splitsFile.readAll().split('\n')) {
            bool isNumber = false;
            const qsizetype n = line.trimmed().toLongLong(&isNumber);
            if (isNumber && n > 0)
                reply.splits.append(n);
        }
    }
    return reply;
}

QJsonObject MockReply::toJson() const
{
    QJsonObject json;
    json.insert(QStringLiteral("status"), status);
    if (!reason.isEmpty())
        json.insert(QStringLiteral("reason"), QString::fromLatin1(reason));
    QJsonArray headerArray;
    for (const auto& [name, value] : headers)
        headerArray.append(QJsonArray{QString::fromLatin1(name), QString::fromUtf8(value)});
    json.insert(QStringLiteral("headers"), headerArray);
    if (const QString text = QString::fromUtf8(body); text.toUtf8() == body)
        json.insert(QStringLiteral("body"), text);
    else
        json.insert(QStringLiteral("body_base64"), QString::fromLatin1(body.toBase64()));
    json.insert(QStringLiteral("stream"), stream);
    if (chunkedEncoding)
        json.insert(QStringLiteral("chunked_encoding"), *chunkedEncoding);
    QJsonArray splitArray;
    for (const qsizetype n : splits)
        splitArray.append(qint64(n));
    json.insert(QStringLiteral("splits"), splitArray);
    json.insert(QStringLiteral("header_delay_ms"), headerDelayMs);
    json.insert(QStringLiteral("first_byte_delay_ms"), firstByteDelayMs);
    json.insert(QStringLiteral("chunk_delay_ms"), chunkDelayMs);
    json.insert(QStringLiteral("stall_after_bytes"), qint64(stallAfterBytes));
    json.insert(QStringLiteral("stall_ms"), stallMs);
    json.insert(QStringLiteral("drop_after_bytes"), qint64(dropAfterBytes));
    json.insert(QStringLiteral("drop_before_headers"), dropBeforeHeaders);
    json.insert(QStringLiteral("times"), times);
    return json;
}

std::optional<MockReply> MockReply::fromJson(const QJsonObject& json, QString* error)
{
    static const QStringList bases = {QStringLiteral("fixture"), QStringLiteral("openai_stream"),
                                      QStringLiteral("openai_completion"),
                                      QStringLiteral("openai_error"),
                                      QStringLiteral("openai_models")};
    static const QStringList fields = {QStringLiteral("status"),
                                       QStringLiteral("reason"),
                                       QStringLiteral("headers"),
                                       QStringLiteral("body"),
                                       QStringLiteral("body_base64"),
                                       QStringLiteral("stream"),
                                       QStringLiteral("chunked_encoding"),
                                       QStringLiteral("splits"),
                                       QStringLiteral("split_every"),
                                       QStringLiteral("header_delay_ms"),
                                       QStringLiteral("first_byte_delay_ms"),
                                       QStringLiteral("chunk_delay_ms"),
                                       QStringLiteral("stall_after_bytes"),
                                       QStringLiteral("stall_ms"),
                                       QStringLiteral("drop_after_bytes"),
                                       QStringLiteral("drop_before_headers"),
                                       QStringLiteral("times")};
    QString ignored;
    QString& err = error ? *error : ignored;
    const auto failed = [&](const QString& message) {
        err = message;
        return std::nullopt;
    };

    // 1. the base: a fixture, a template, or an empty 200
    MockReply reply;
    QString base;
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (bases.contains(it.key())) {
            if (!base.isEmpty())
                return failed(
                    QStringLiteral("\"%1\" and \"%2\" exclude each other").arg(base, it.key()));
            base = it.key();
        } else if (!fields.contains(it.key())) {
            return failed(QStringLiteral("unknown key \"%1\"").arg(it.key()));
        }
    }
    if (base == u"fixture") {
        const QString name = json.value(base).toString();
        bool ok = false;
        fixtureBytes(name, &ok);
        if (!ok)
            return failed(QStringLiteral("cannot read fixture \"%1\"").arg(name));
        reply = fixture(name);
    } else if (!base.isEmpty()) {
        auto made = templateReply(base, json.value(base), &err);
        if (!made)
            return std::nullopt;
        reply = std::move(*made);
    }

    // 2. explicit fields override the base
    JsonReader r{json, {}};
    QString reasonText, bodyText, bodyBase64;
    bool chunked = false;
    qsizetype splitEveryBytes = 0;
    const bool ok = r.integer("status", reply.status) && r.string("reason", reasonText)
                    && r.string("body", bodyText) && r.string("body_base64", bodyBase64)
                    && r.boolean("stream", reply.stream) && r.boolean("chunked_encoding", chunked)
                    && r.integer("split_every", splitEveryBytes)
                    && r.integer("header_delay_ms", reply.headerDelayMs)
                    && r.integer("first_byte_delay_ms", reply.firstByteDelayMs)
                    && r.integer("chunk_delay_ms", reply.chunkDelayMs)
                    && r.integer("stall_after_bytes", reply.stallAfterBytes)
                    && r.integer("stall_ms", reply.stallMs)
                    && r.integer("drop_after_bytes", reply.dropAfterBytes)
                    && r.boolean("drop_before_headers", reply.dropBeforeHeaders)
                    && r.integer("times", reply.times);
    if (!ok)
        return failed(r.error);
    if (json.contains(QLatin1String("reason")))
        reply.reason = reasonText.toLatin1();
    if (json.contains(QLatin1String("chunked_encoding")))
        reply.chunkedEncoding = chunked;
    if (json.contains(QLatin1String("body")) && json.contains(QLatin1String("body_base64")))
        return failed(QStringLiteral("\"body\" and \"body_base64\" exclude each other"));
    if (json.contains(QLatin1String("body")))
        reply.body = bodyText.toUtf8();
    if (json.contains(QLatin1String("body_base64"))) {
        auto decoded = QByteArray::fromBase64Encoding(bodyBase64.toLatin1(),
                                                      QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return failed(QStringLiteral("\"body_base64\" is not valid base64"));
        reply.body = *decoded;
    }

    if (const QJsonValue h = json.value(QLatin1String("headers")); !h.isUndefined()) {
        reply.headers.clear();
        if (h.isObject()) {
            const QJsonObject object = h.toObject();
            for (auto it = object.begin(); it != object.end(); ++it) {
                if (!it.value().isString() && !it.value().isDouble())
                    return failed(QStringLiteral("header values must be strings"));
                reply.headers.append(
                    {it.key().toLatin1(), it.value().isString()
                                              ? it.value().toString().toUtf8()
                                              : QByteArray::number(it.value().toInteger())});
            }
        } else if (h.isArray()) {
            for (const QJsonValue pair : h.toArray()) {
                const QJsonArray p = pair.toArray();
                if (p.size() != 2 || !p[0].isString() || !p[1].isString())
                    return failed(
                        QStringLiteral("\"headers\" entries must be [name, value] strings"));
                reply.headers.append({p[0].toString().toLatin1(), p[1].toString().toUtf8()});
            }
        } else {
            return failed(QStringLiteral("\"headers\" must be an object or an array of pairs"));
        }
    }

    if (const QJsonValue s = json.value(QLatin1String("splits")); !s.isUndefined()) {
        if (!s.isArray())
            return failed(QStringLiteral("\"splits\" must be an array of byte counts"));
        reply.splits.clear();
        for (const QJsonValue n : s.toArray()) {
            if (!n.isDouble() || n.toDouble() < 0 || std::trunc(n.toDouble()) != n.toDouble())
                return failed(QStringLiteral("\"splits\" must be an array of byte counts"));
            reply.splits.append(static_cast<qsizetype>(n.toDouble()));
        }
    }
    if (splitEveryBytes > 0)
        reply.splitEvery(splitEveryBytes);
    return reply;
}

} // namespace TestSupport
