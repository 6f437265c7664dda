#include "session/ConversationRecorder.h"

#include "config/Profile.h"
#include "storage/Database.h"
#include "storage/HistoryStore.h"

#include <QCoreApplication>

namespace Session {
namespace {

constexpr qsizetype kTitleLength = 60;

} // namespace

ConversationRecorder::ConversationRecorder(const Config::Profile& profile)
    : m_database(std::make_unique<Storage::Database>(profile.databasePath()))
{}

ConversationRecorder::~ConversationRecorder()
{
    m_history.reset();
    m_database.reset();
}

QString ConversationRecorder::titleFor(const QString& prompt)
{
    const QString line = prompt.trimmed().section(u'\n', 0, 0).simplified();
    if (line.size() <= kTitleLength)
        return line;
    return line.left(kTitleLength - 1).trimmed() + QChar(0x2026);
}

QString ConversationRecorder::begin(const QString& prompt, const QString& systemPrompt,
                                    const QString& route)
{
    const QString failed = QCoreApplication::translate("Session", "the chat is not kept in the "
                                                                  "history: %1");
    if (const QString error = m_database->open(); !error.isEmpty())
        return failed.arg(error);
    m_history = std::make_unique<Storage::HistoryStore>(*m_database);
    QString error;
    m_conversation = m_history->createConversation(titleFor(prompt), route, systemPrompt, &error);
    if (!m_conversation)
        return failed.arg(error);
    Storage::ConversationMessage message;
    message.role = Chat::Role::User;
    message.text = prompt;
    if (!m_history->appendMessage(*m_conversation, message, &error))
        return failed.arg(error);
    return {};
}

QString ConversationRecorder::finish(const QString& text, const QString& requestId,
                                     bool interrupted, bool incomplete)
{
    if (!m_history || !m_conversation || text.isEmpty())
        return {};
    Storage::ConversationMessage message;
    message.role = Chat::Role::Assistant;
    message.text = text;
    message.requestId = requestId;
    message.interrupted = interrupted;
    message.incomplete = incomplete;
    QString error;
    if (!m_history->appendMessage(*m_conversation, message, &error))
        return QCoreApplication::translate("Session", "the answer is not kept in the history: %1")
            .arg(error);
    return {};
}

} // namespace Session
