#include "storage/ConversationDocument.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace Storage {

const QString ConversationDocument::kFormatName = QStringLiteral("switchboard-conversation");

namespace {

/// A Markdown code fence opening or closing line: up to three spaces, then ``` or ~~~ (three
/// or more). Returns the fence (e.g. "````"), empty for any other line.
QString fenceOf(const QString& line)
{
    int i = 0;
    while (i < line.size() && i < 3 && line.at(i) == QLatin1Char(' '))
        ++i;
    if (i >= line.size())
        return {};
    const QChar c = line.at(i);
    if (c != QLatin1Char('`') && c != QLatin1Char('~'))
        return {};
    int end = i;
    while (end < line.size() && line.at(end) == c)
        ++end;
    return end - i >= 3 ? line.mid(i, end - i) : QString();
}

/// The text as it goes into the Markdown export: unchanged, except that a code fence left open
/// (an answer cut off inside a code block) is closed, so the headings after it stay headings.
QString withFencesClosed(const QString& text)
{
    QString open;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        const QString fence = fenceOf(line);
        if (fence.isEmpty())
            continue;
        if (open.isEmpty())
            open = fence;
        else if (fence.at(0) == open.at(0) && fence.size() >= open.size()
                 && line.trimmed() == fence)
            open.clear();
    }
    QString result = text;
    if (!result.endsWith(QLatin1Char('\n')))
        result += QLatin1Char('\n');
    if (!open.isEmpty())
        result += open + QLatin1Char('\n');
    return result;
}

QString roleHeading(Chat::Role role)
{
    switch (role) {
    case Chat::Role::System:
        return QCoreApplication::translate("Storage", "System");
    case Chat::Role::User:
        return QCoreApplication::translate("Storage", "User");
    case Chat::Role::Assistant:
        return QCoreApplication::translate("Storage", "Assistant");
    }
    return {};
}

/// Reads the fields of an imported document, remembering the first problem with where it is.
class ImportReader {
public:
    QString problem;

    bool failed() const { return !problem.isEmpty(); }

    void fail(const QString& where, const QString& what)
    {
        if (problem.isEmpty())
            problem = QStringLiteral("%1: %2").arg(where, what);
    }

    QString text(const QJsonObject& object, const QString& key, const QString& where, bool required)
    {
        const QJsonValue value = object.value(key);
        if (value.isString())
            return value.toString();
        if ((value.isUndefined() || value.isNull()) && !required)
            return {};
        fail(where + QLatin1Char('.') + key,
             QCoreApplication::translate("Storage", "should be a string"));
        return {};
    }

    bool flag(const QJsonObject& object, const QString& key, const QString& where)
    {
        const QJsonValue value = object.value(key);
        if (value.isBool())
            return value.toBool();
        if (!value.isUndefined())
            fail(where + QLatin1Char('.') + key,
                 QCoreApplication::translate("Storage", "should be true or false"));
        return false;
    }

    /// A whole number; `fallback` when the key is absent.
    qint64 integer(const QJsonObject& object, const QString& key, const QString& where,
                   qint64 fallback)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            return fallback;
        constexpr double kLargestExact = 9007199254740992.0; // 2^53
        const double number = value.toDouble();
        // Range first: converting an out-of-range double to an integer is undefined.
        if (!value.isDouble() || !(number >= 0 && number <= kLargestExact)
            || number != static_cast<double>(static_cast<qint64>(number))) {
            fail(where + QLatin1Char('.') + key,
                 QCoreApplication::translate("Storage", "should be a whole number"));
            return fallback;
        }
        return static_cast<qint64>(number);
    }
};

} // namespace

QString ConversationDocument::toMarkdown() const
{
    QString title = conversation.title.simplified();
    if (title.isEmpty())
        title = QCoreApplication::translate("Storage", "Untitled conversation");
    QString out = QStringLiteral("# ") + title + QLatin1Char('\n');
    if (!conversation.systemPrompt.isEmpty()) {
        out += QStringLiteral("\n## ") + roleHeading(Chat::Role::System) + QStringLiteral("\n\n")
               + withFencesClosed(conversation.systemPrompt);
    }
    for (const ConversationMessage& m : messages) {
        out += QStringLiteral("\n## ") + roleHeading(m.role) + QStringLiteral("\n\n")
               + withFencesClosed(m.text);
        if (m.interrupted)
            out += QStringLiteral("\n*") + QCoreApplication::translate("Storage", "(interrupted)")
                   + QStringLiteral("*\n");
        else if (m.incomplete)
            out += QStringLiteral("\n*") + QCoreApplication::translate("Storage", "(incomplete)")
                   + QStringLiteral("*\n");
    }
    return out;
}

QByteArray ConversationDocument::toJson() const
{
    QJsonArray jsonMessages;
    for (const ConversationMessage& m : messages) {
        jsonMessages.append(QJsonObject{
            {QStringLiteral("role"), historyRoleName(m.role)},
            {QStringLiteral("text"), m.text},
            {QStringLiteral("request_id"),
             m.requestId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(m.requestId)},
            {QStringLiteral("interrupted"), m.interrupted},
            {QStringLiteral("incomplete"), m.incomplete},
            {QStringLiteral("created_at_ms"), m.createdAtMs},
        });
    }
    const QJsonObject root{
        {QStringLiteral("format"), kFormatName},
        {QStringLiteral("version"), kFormatVersion},
        {QStringLiteral("title"), conversation.title},
        {QStringLiteral("created_at_ms"), conversation.createdAtMs},
        {QStringLiteral("updated_at_ms"), conversation.updatedAtMs},
        {QStringLiteral("pinned"), conversation.pinned},
        {QStringLiteral("route"), conversation.route.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                               : QJsonValue(conversation.route)},
        {QStringLiteral("system_prompt"), conversation.systemPrompt.isEmpty()
                                              ? QJsonValue(QJsonValue::Null)
                                              : QJsonValue(conversation.systemPrompt)},
        {QStringLiteral("messages"), jsonMessages},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<ConversationDocument> ConversationDocument::fromJson(const QByteArray& json,
                                                                   qint64 nowMs, QString* error)
{
    const auto failed = [&](const QString& why) -> std::optional<ConversationDocument> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return failed(QCoreApplication::translate("Storage", "not valid JSON (%1 at byte %2)")
                          .arg(parseError.errorString())
                          .arg(parseError.offset));
    }
    if (!document.isObject())
        return failed(QCoreApplication::translate("Storage", "the document is not a JSON object"));
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != kFormatName) {
        return failed(QCoreApplication::translate("Storage", "this is not a Switchboard "
                                                             "conversation (\"format\" should "
                                                             "be \"%1\")")
                          .arg(kFormatName));
    }
    const QJsonValue versionValue = root.value(QStringLiteral("version"));
    const double version = versionValue.toDouble();
    if (!versionValue.isDouble() || !(version >= 1 && version <= 1'000'000)
        || version != static_cast<double>(static_cast<int>(version))) {
        return failed(QCoreApplication::translate("Storage", "\"version\" should be a whole "
                                                             "number from 1"));
    }
    if (version > kFormatVersion) {
        return failed(QCoreApplication::translate("Storage", "it was written by a newer "
                                                             "Switchboard (format version %1; "
                                                             "this build reads up to %2); "
                                                             "update Switchboard to import it")
                          .arg(static_cast<int>(version))
                          .arg(kFormatVersion));
    }

    const qint64 at = nowMs;
    ImportReader reader;
    const QString top = QStringLiteral("$");
    ConversationDocument result;
    Conversation& c = result.conversation;
    c.title = reader.text(root, QStringLiteral("title"), top, true);
    c.createdAtMs = reader.integer(root, QStringLiteral("created_at_ms"), top, at);
    c.updatedAtMs = reader.integer(root, QStringLiteral("updated_at_ms"), top, c.createdAtMs);
    c.pinned = reader.flag(root, QStringLiteral("pinned"), top);
    c.route = reader.text(root, QStringLiteral("route"), top, false);
    c.systemPrompt = reader.text(root, QStringLiteral("system_prompt"), top, false);
    const QJsonValue messagesValue = root.value(QStringLiteral("messages"));
    if (!messagesValue.isArray()) {
        reader.fail(QStringLiteral("$.messages"),
                    QCoreApplication::translate("Storage", "should be an array"));
    }
    QList<ConversationMessage>& list = result.messages;
    const QJsonArray array = messagesValue.toArray();
    for (qsizetype i = 0; i < array.size() && !reader.failed(); ++i) {
        const QString where = QStringLiteral("$.messages[%1]").arg(i);
        if (!array.at(i).isObject()) {
            reader.fail(where, QCoreApplication::translate("Storage", "should be an object"));
            break;
        }
        const QJsonObject object = array.at(i).toObject();
        ConversationMessage m;
        const QString role = reader.text(object, QStringLiteral("role"), where, true);
        if (!reader.failed() && !historyRoleFromName(role, &m.role)) {
            reader.fail(where + QStringLiteral(".role"),
                        QCoreApplication::translate("Storage", "should be \"system\", \"user\" "
                                                               "or \"assistant\", not \"%1\"")
                            .arg(role));
        }
        m.text = reader.text(object, QStringLiteral("text"), where, true);
        m.requestId = reader.text(object, QStringLiteral("request_id"), where, false);
        m.interrupted = reader.flag(object, QStringLiteral("interrupted"), where);
        m.incomplete = reader.flag(object, QStringLiteral("incomplete"), where);
        m.createdAtMs = reader.integer(object, QStringLiteral("created_at_ms"), where, at);
        list.append(m);
    }
    if (reader.failed())
        return failed(reader.problem);
    return result;
}

} // namespace Storage
