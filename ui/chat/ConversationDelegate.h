#pragma once

#include <QStyledItemDelegate>

namespace Ui {

/// A conversation in the list: its title (elided), a pin when pinned, and when it was last
/// active, quiet on the right. Editing renames it in place.
class ConversationDelegate final : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    /// "14:02" today, "Yesterday", "Mon", "12 Mar", "12 Mar 2024".
    static QString when(qint64 msSinceEpoch, const QDateTime& now);
};

/// A search result: the conversation's title, and the matching message's snippet with the
/// matched words highlighted.
class SearchHitDelegate final : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace Ui
