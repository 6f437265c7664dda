#include "ConversationListModel.h"

#include <QColor>
#include <QDateTime>
#include <QLocale>

namespace Ui {

const QString SearchHitModel::kOpen = QStringLiteral("\u0002");
const QString SearchHitModel::kClose = QStringLiteral("\u0003");

ConversationListModel::ConversationListModel(QObject* parent)
    : QAbstractListModel(parent)
{}

void ConversationListModel::setConversations(QList<Storage::Conversation> conversations)
{
    // The same conversations in the same order (the usual refresh): change the rows in place,
    // so a rename being typed, the selection and the scroll position stay.
    bool sameRows = conversations.size() == m_conversations.size();
    for (qsizetype i = 0; sameRows && i < conversations.size(); ++i)
        sameRows = conversations.at(i).id == m_conversations.at(i).id;
    if (sameRows) {
        for (qsizetype i = 0; i < conversations.size(); ++i) {
            if (conversations.at(i) != m_conversations.at(i)) {
                m_conversations[i] = conversations.at(i);
                Q_EMIT dataChanged(index(int(i)), index(int(i)));
            }
        }
        return;
    }
    beginResetModel();
    m_conversations = std::move(conversations);
    endResetModel();
}

int ConversationListModel::rowOf(qint64 id) const
{
    for (qsizetype i = 0; i < m_conversations.size(); ++i) {
        if (m_conversations.at(i).id == id)
            return int(i);
    }
    return -1;
}

qint64 ConversationListModel::idAt(int row) const
{
    return row >= 0 && row < m_conversations.size() ? m_conversations.at(row).id : 0;
}

int ConversationListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_conversations.size());
}

QString ConversationListModel::displayTitle(const Storage::Conversation& conversation)
{
    return conversation.title.trimmed().isEmpty() ? tr("Untitled conversation")
                                                  : conversation.title;
}

QVariant ConversationListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_conversations.size())
        return {};
    const Storage::Conversation& c = m_conversations.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayTitle(c);
    case Qt::EditRole:
        return c.title;
    case Qt::ToolTipRole:
        return tr("%1\nLast active %2")
            .arg(displayTitle(c), QLocale().toString(QDateTime::fromMSecsSinceEpoch(c.updatedAtMs),
                                                     QLocale::ShortFormat));
    case Qt::AccessibleTextRole:
        return c.pinned ? tr("%1, pinned").arg(displayTitle(c)) : displayTitle(c);
    case IdRole:
        return c.id;
    case PinnedRole:
        return c.pinned;
    case UpdatedRole:
        return c.updatedAtMs;
    default:
        return {};
    }
}

bool ConversationListModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.row() >= m_conversations.size())
        return false;
    const QString title = value.toString().simplified();
    Storage::Conversation& c = m_conversations[index.row()];
    if (title.isEmpty() || title == c.title)
        return false;
    c.title = title;
    Q_EMIT dataChanged(index, index);
    Q_EMIT renameRequested(c.id, title);
    return true;
}

Qt::ItemFlags ConversationListModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

SearchHitModel::SearchHitModel(QObject* parent)
    : QAbstractListModel(parent)
{}

void SearchHitModel::setHits(QList<Storage::HistorySearchHit> hits)
{
    beginResetModel();
    m_hits = std::move(hits);
    endResetModel();
}

int SearchHitModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant SearchHitModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_hits.size())
        return {};
    const Storage::HistorySearchHit& hit = m_hits.at(index.row());
    QString plainSnippet = hit.snippet;
    plainSnippet.remove(kOpen).remove(kClose);
    switch (role) {
    case Qt::DisplayRole:
        return hit.title.isEmpty() ? tr("Untitled conversation") : hit.title;
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return tr("%1: %2").arg(hit.title, plainSnippet);
    case ConversationIdRole:
        return hit.conversationId;
    case MessageIdRole:
        return hit.messageId;
    case SnippetRole:
        return hit.snippet;
    default:
        return {};
    }
}

QString SearchHitModel::snippetHtml(const QString& snippet, const QColor& highlight)
{
    // Markdown's marks say nothing in a one-line excerpt.
    QString text = snippet;
    text.remove(QStringLiteral("```")).remove(u'`').remove(u'*');
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    QString html = text.simplified().toHtmlEscaped();
    html.replace(kOpen, QStringLiteral("<span style=\"background-color:%1; font-weight:600;\">")
                            .arg(highlight.name()));
    html.replace(kClose, QStringLiteral("</span>"));
    return html;
}

} // namespace Ui
