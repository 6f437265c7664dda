#pragma once

#include <QStyledItemDelegate>

namespace Ui {

/// Paints a list row as its title (the display text) with a dimmer subtitle beside or below it,
/// e.g. "openai" over "OpenAI · api.openai.com". The subtitle is the item's SubtitleRole.
class SubtitleDelegate final : public QStyledItemDelegate {
    Q_OBJECT

public:
    static constexpr int SubtitleRole = Qt::UserRole + 1;
    enum class Layout { SameLine, TwoLines };

    explicit SubtitleDelegate(Layout layout, QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    Layout m_layout;
};

} // namespace Ui
