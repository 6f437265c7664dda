#include "GeminiReplies.h"

#include <QCryptographicHash>

#include <initializer_list>
#include <optional>
#include <utility>
#include <vector>

namespace TestSupport {
namespace {

/// Ordered JSON as Google writes it: `"key": value` with a space after the colon and none after
/// the comma (stream chunks), or pretty-printed with 2 spaces (whole answers and errors).
class Json {
public:
    Json() = default; // null
    Json(const char* text)
        : m_scalar(quote(QString::fromUtf8(text)))
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
    Json(bool b)
        : m_scalar(b ? "true" : "false")
    {}

    static Json raw(QByteArray text)
    {
        Json j;
        j.m_scalar = std::move(text);
        return j;
    }
    static Json object(std::initializer_list<std::pair<const char*, Json>> members = {})
    {
        Json j;
        j.m_kind = Kind::Object;
        for (const auto& [key, value] : members)
            j.insert(key, value);
        return j;
    }
    static Json array(std::initializer_list<Json> items = {})
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
                out += quote(QString::fromUtf8(m_keys[i])) + ": ";
            out += m_values[i].serialize(indent, level + 1);
        }
        if (indent && !m_values.empty())
            out += '\n' + QByteArray(indent * level, ' ');
        out += isObject ? '}' : ']';
        return out;
    }

private:
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

    enum class Kind { Scalar, Object, Array };
    Kind m_kind = Kind::Scalar;
    QByteArray m_scalar = "null";
    std::vector<QByteArray> m_keys;
    std::vector<Json> m_values;
};

/// A stable id per content, shaped like the API's responseId (23 characters of base64url).
QString responseId(const QStringList& parts)
{
    const QByteArray hash =
        QCryptographicHash::hash(parts.join(QChar(0)).toUtf8(), QCryptographicHash::Sha1);
    return QString::fromLatin1(
        hash.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals).left(23));
}

QString bareModel(const QString& model)
{
    return model.startsWith(QLatin1String("models/")) ? model.mid(7) : model;
}

/// usageMetadata in the API's key order (proto field order): prompt, cached, candidates, total,
/// the prompt's modality details, thoughts.
Json usageMetadata(int prompt, int cached, int candidates, int thoughts)
{
    Json usage = Json::object({{"promptTokenCount", prompt}});
    if (cached > 0)
        usage.insert("cachedContentTokenCount", cached);
    if (candidates > 0)
        usage.insert("candidatesTokenCount", candidates);
    usage.insert("totalTokenCount", prompt + candidates + thoughts);
    usage.insert("promptTokensDetails",
                 Json::array({Json::object({{"modality", "TEXT"}, {"tokenCount", prompt}})}));
    if (thoughts > 0)
        usage.insert("thoughtsTokenCount", thoughts);
    return usage;
}

Json textPart(const QString& text, bool thought = false)
{
    Json part = Json::object({{"text", text}});
    if (thought)
        part.insert("thought", true);
    return part;
}

MockReply jsonReply(int status, const Json& body)
{
    MockReply reply;
    reply.status = status;
    reply.body = body.serialize(2) + '\n';
    reply.withHeader("Content-Type", "application/json; charset=UTF-8");
    return reply;
}

} // namespace

QByteArray geminiEvent(QByteArrayView json)
{
    return "data: " + json.toByteArray() + "\r\n\r\n";
}

MockReply geminiStream(const QStringList& textDeltas, const QString& model,
                       const QStringList& thoughtDeltas, const QString& finishReason,
                       const GeminiUsage& usage)
{
    const QString id = responseId(QStringList{model, finishReason} + thoughtDeltas + textDeltas);
    const qsizetype thoughtCount = thoughtDeltas.size();
    const qsizetype textCount = textDeltas.size();
    const int totalThoughts = usage.thoughtsTokens >= 0 ? usage.thoughtsTokens : int(thoughtCount);
    const int totalCandidates =
        usage.candidatesTokens >= 0 ? usage.candidatesTokens : int(qMax<qsizetype>(1, textCount));

    // `part` null: a candidate without content (a stop with nothing more to say).
    const auto chunk = [&](std::optional<Json> part, bool last, int candidates, int thoughts) {
        Json candidate = Json::object();
        if (part)
            candidate.insert("content", Json::object({{"parts", Json::array({std::move(*part)})},
                                                      {"role", "model"}}));
        if (last)
            candidate.insert("finishReason", finishReason);
        candidate.insert("index", 0);
        return geminiEvent(
            Json::object({{"candidates", Json::array({candidate})},
                          {"usageMetadata", usageMetadata(usage.promptTokens, usage.cachedTokens,
                                                          candidates, thoughts)},
                          {"modelVersion", bareModel(model)},
                          {"responseId", id}})
                .serialize());
    };

    MockReply reply;
    reply.stream = true;
    for (qsizetype i = 0; i < thoughtCount; ++i) {
        const bool last = textCount == 0 && i + 1 == thoughtCount;
        reply.body += chunk(textPart(thoughtDeltas.at(i), true), last, last ? totalCandidates : 0,
                            int(totalThoughts * (i + 1) / thoughtCount));
    }
    for (qsizetype i = 0; i < textCount; ++i) {
        const bool last = i + 1 == textCount;
        reply.body += chunk(textPart(textDeltas.at(i)), last,
                            int(totalCandidates * (i + 1) / textCount), totalThoughts);
    }
    if (textCount == 0 && thoughtCount == 0)
        reply.body += chunk(std::nullopt, true, totalCandidates, totalThoughts);
    return reply;
}

MockReply geminiResponse(const QString& text, const QString& model)
{
    const int candidates = int(qMax<qsizetype>(1, (text.size() + 3) / 4));
    const Json candidate = Json::object(
        {{"content", Json::object({{"parts", Json::array({textPart(text)})}, {"role", "model"}})},
         {"finishReason", "STOP"},
         {"avgLogprobs", Json::raw("-0.0123")}});
    return jsonReply(200, Json::object({{"candidates", Json::array({candidate})},
                                        {"usageMetadata", usageMetadata(12, 0, candidates, 0)},
                                        {"modelVersion", bareModel(model)},
                                        {"responseId", responseId({model, text})}}));
}

MockReply geminiError(int httpStatus, const QString& status, const QString& message,
                      const QString& reason)
{
    Json error = Json::object({{"code", httpStatus}, {"message", message}, {"status", status}});
    if (!reason.isEmpty()) {
        error.insert(
            "details",
            Json::array(
                {Json::object({{"@type", "type.googleapis.com/google.rpc.ErrorInfo"},
                               {"reason", reason},
                               {"domain", "googleapis.com"},
                               {"metadata",
                                Json::object({{"service", "generativelanguage.googleapis.com"}})}}),
                 Json::object({{"@type", "type.googleapis.com/google.rpc.LocalizedMessage"},
                               {"locale", "en-US"},
                               {"message", message}})}));
    }
    return jsonReply(httpStatus, Json::object({{"error", error}}));
}

MockReply geminiModels(const QStringList& names, const QString& nextPageToken)
{
    Json models = Json::array();
    for (const QString& given : names) {
        const QString id = bareModel(given);
        QStringList words = id.split(u'-');
        for (QString& word : words) {
            if (!word.isEmpty())
                word[0] = word[0].toUpper();
        }
        const bool embedding = id.contains(QLatin1String("embedding"));
        Json methods = embedding ? Json::array({"embedContent"})
                                 : Json::array({"generateContent", "countTokens",
                                                "createCachedContent", "batchGenerateContent"});
        Json model = Json::object({{"name", QStringLiteral("models/") + id},
                                   {"version", "001"},
                                   {"displayName", words.join(u' ')},
                                   {"description", QStringLiteral("Mock model ") + id},
                                   {"inputTokenLimit", embedding ? 2048 : 1048576},
                                   {"outputTokenLimit", embedding ? 1 : 8192},
                                   {"supportedGenerationMethods", std::move(methods)}});
        if (!embedding) {
            model.insert("temperature", 1);
            model.insert("topP", Json::raw("0.95"));
            model.insert("topK", 40);
            model.insert("maxTemperature", 2);
        }
        models.append(std::move(model));
    }
    Json body = Json::object({{"models", std::move(models)}});
    if (!nextPageToken.isEmpty())
        body.insert("nextPageToken", nextPageToken);
    return jsonReply(200, body);
}

} // namespace TestSupport
