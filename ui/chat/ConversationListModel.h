#pragma once

#include "storage/Conversation.h"

#include <QAbstractListModel>
#include <QList>

namespace Ui {

/// The stored conversations, pinned first, then the most recently active; renamed in place.
class ConversationListModel final : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role { IdRole = Qt::UserRole + 1, PinnedRole, UpdatedRole };

    explicit ConversationListModel(QObject* parent = nullptr);

    /// A list in the same order only changes its rows in place (an edit in progress stays).
    void setConversations(QList<Storage::Conversation> conversations);
    const QList<Storage::Conversation>& conversations() const { return m_conversations; }
    /// The row of a conversation, -1 when it is not listed.
    int rowOf(qint64 id) const;
    qint64 idAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    static QString displayTitle(const Storage::Conversation& conversation);

Q_SIGNALS:
    /// The user renamed a conversation in place.
    void renameRequested(qint64 id, const QString& title);

private:
    QList<Storage::Conversation> m_conversations;
};

/// Search results: which conversation, and the message's snippet with the matched words marked.
class SearchHitModel final : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role { ConversationIdRole = Qt::UserRole + 1, MessageIdRole, SnippetRole };
    /// The markers around matched words in SnippetRole's text.
    static const QString kOpen;
    static const QString kClose;

    explicit SearchHitModel(QObject* parent = nullptr);

    void setHits(QList<Storage::HistorySearchHit> hits);
    const QList<Storage::HistorySearchHit>& hits() const { return m_hits; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;

    /// The snippet as HTML: the text escaped, each matched word highlighted.
    static QString snippetHtml(const QString& snippet, const QColor& highlight);

private:
    QList<Storage::HistorySearchHit> m_hits;
};

} // namespace Ui
