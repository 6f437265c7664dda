#include "SubtitleDelegate.h"

#include <QApplication>
#include <QPainter>

namespace Ui {
namespace {

constexpr int kPadding = 6;
constexpr int kGap = 14;

} // namespace

SubtitleDelegate::SubtitleDelegate(Layout layout, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_layout(layout)
{}

void SubtitleDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                             const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString title = opt.text;
    const QString subtitle = index.data(SubtitleRole).toString();
    opt.text.clear();
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    QColor titleColor =
        opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor subtitleColor =
        selected ? titleColor : opt.palette.color(group, QPalette::PlaceholderText);
    if (selected)
        subtitleColor.setAlphaF(0.8);

    const QRect area = opt.rect.adjusted(kPadding, kPadding / 2, -kPadding, -kPadding / 2);
    const QFontMetrics metrics(opt.font);
    painter->save();
    painter->setFont(opt.font);
    painter->setPen(titleColor);
    if (m_layout == Layout::TwoLines) {
        const QRect top(area.left(), area.top(), area.width(), metrics.height());
        painter->drawText(top, Qt::AlignLeft | Qt::AlignVCenter,
                          metrics.elidedText(title, Qt::ElideRight, top.width()));
        painter->setPen(subtitleColor);
        const QRect bottom(area.left(), top.bottom() + 1, area.width(), metrics.height());
        painter->drawText(bottom, Qt::AlignLeft | Qt::AlignVCenter,
                          metrics.elidedText(subtitle, Qt::ElideRight, bottom.width()));
    } else {
        const int titleWidth = metrics.horizontalAdvance(title);
        painter->drawText(area, Qt::AlignLeft | Qt::AlignVCenter, title);
        painter->setPen(subtitleColor);
        const QRect rest = area.adjusted(titleWidth + kGap, 0, 0, 0);
        painter->drawText(rest, Qt::AlignLeft | Qt::AlignVCenter,
                          metrics.elidedText(subtitle, Qt::ElideRight, rest.width()));
    }
    painter->restore();
}

QSize SubtitleDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QFontMetrics metrics(option.font);
    const int lines = m_layout == Layout::TwoLines ? 2 : 1;
    const QString title = index.data(Qt::DisplayRole).toString();
    const QString subtitle = index.data(SubtitleRole).toString();
    const int width =
        m_layout == Layout::TwoLines
            ? std::max(metrics.horizontalAdvance(title), metrics.horizontalAdvance(subtitle))
            : metrics.horizontalAdvance(title) + kGap + metrics.horizontalAdvance(subtitle);
    return {width + 2 * kPadding, lines * metrics.height() + kPadding + (lines - 1)};
}

} // namespace Ui
