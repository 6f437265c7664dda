#include "ConversationDelegate.h"

#include "ConversationListModel.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QDateTime>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QTextDocument>

namespace Ui {
namespace {

constexpr int kPadX = 10;
constexpr int kPadY = 7;

void drawBackground(QPainter* painter, const QStyleOptionViewItem& option)
{
    QStyleOptionViewItem background = option;
    background.text.clear();
    background.icon = {};
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &background, painter, widget);
}

QColor textColour(const QStyleOptionViewItem& option, bool muted)
{
    const bool selected = option.state & QStyle::State_Selected;
    if (selected)
        return option.palette.color(QPalette::HighlightedText);
    return option.palette.color(muted ? QPalette::PlaceholderText : QPalette::Text);
}

void drawPin(QPainter* painter, const QRectF& box, const QColor& colour)
{
    // A small push pin: a round head and a needle, slanted.
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->translate(box.center());
    painter->rotate(35);
    const double s = box.height() / 12.0;
    painter->setPen(QPen(colour, 1.4 * s, Qt::SolidLine, Qt::RoundCap));
    painter->drawLine(QPointF(0, 1 * s), QPointF(0, 6 * s));
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour);
    painter->drawRoundedRect(QRectF(-3 * s, -5 * s, 6 * s, 5 * s), 1.5 * s, 1.5 * s);
    painter->drawRect(QRectF(-4.5 * s, -0.5 * s, 9 * s, 1.5 * s));
    painter->restore();
}

} // namespace

QString ConversationDelegate::when(qint64 msSinceEpoch, const QDateTime& now)
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(msSinceEpoch);
    const QLocale locale;
    const qint64 days = at.date().daysTo(now.date());
    if (days == 0) {
        QString format = locale.timeFormat(QLocale::ShortFormat);
        format.remove(QLatin1String(":ss"));
        return at.time().toString(format);
    }
    if (days == 1)
        return tr("Yesterday");
    if (days > 1 && days < 7)
        return locale.dayName(at.date().dayOfWeek(), QLocale::ShortFormat);
    if (at.date().year() == now.date().year())
        return at.date().toString(QStringLiteral("d MMM"));
    return at.date().toString(QStringLiteral("d MMM yyyy"));
}

void ConversationDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                 const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    drawBackground(painter, opt);
    const QRect r = opt.rect.adjusted(kPadX, 0, -kPadX, 0);
    painter->save();
    QFont small = opt.font;
    small.setPointSizeF(small.pointSizeF() * 0.85);
    const QString time = when(index.data(ConversationListModel::UpdatedRole).toLongLong(),
                              QDateTime::currentDateTime());
    const int timeWidth = QFontMetrics(small).horizontalAdvance(time);
    int left = r.left();
    if (index.data(ConversationListModel::PinnedRole).toBool()) {
        const int size = opt.fontMetrics.height() * 3 / 4;
        drawPin(painter, QRectF(left, r.center().y() - size / 2.0, size, size),
                textColour(opt, true));
        left += size + 6;
    }
    const QRect titleRect(left, r.top(), r.right() - left - timeWidth - 8, r.height());
    painter->setFont(opt.font);
    painter->setPen(textColour(opt, false));
    painter->drawText(titleRect, Qt::AlignVCenter | Qt::AlignLeft,
                      opt.fontMetrics.elidedText(opt.text, Qt::ElideRight, titleRect.width()));
    painter->setFont(small);
    painter->setPen(textColour(opt, true));
    painter->drawText(r, Qt::AlignVCenter | Qt::AlignRight, time);
    painter->restore();
}

QSize ConversationDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    return {200, option.fontMetrics.height() + 2 * kPadY + 2};
}

void SearchHitDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    drawBackground(painter, opt);
    const QRect r = opt.rect.adjusted(kPadX, kPadY, -kPadX, -kPadY);
    painter->save();
    QFont bold = opt.font;
    bold.setWeight(QFont::DemiBold);
    painter->setFont(bold);
    painter->setPen(textColour(opt, false));
    const QFontMetrics boldMetrics(bold);
    painter->drawText(QRect(r.left(), r.top(), r.width(), boldMetrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      boldMetrics.elidedText(opt.text, Qt::ElideRight, r.width()));

    const bool dark = opt.palette.color(QPalette::Base).lightness() < 128;
    const QColor mark = dark ? QColor(0x7a, 0x5c, 0x00) : QColor(0xff, 0xe5, 0x8f);
    QTextDocument snippet;
    QFont small = opt.font;
    small.setPointSizeF(small.pointSizeF() * 0.9);
    snippet.setDefaultFont(small);
    snippet.setDocumentMargin(0);
    snippet.setHtml(
        SearchHitModel::snippetHtml(index.data(SearchHitModel::SnippetRole).toString(), mark));
    snippet.setTextWidth(r.width());
    painter->translate(r.left(), r.top() + boldMetrics.height() + 2);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = opt.palette;
    context.palette.setColor(QPalette::Text, textColour(opt, true));
    context.clip = QRectF(0, 0, r.width(), r.height() - boldMetrics.height() - 2);
    painter->setClipRect(context.clip);
    snippet.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize SearchHitDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    QFont small = option.font;
    small.setPointSizeF(small.pointSizeF() * 0.9);
    return {200,
            option.fontMetrics.height() + 3 * QFontMetrics(small).lineSpacing() + 2 * kPadY + 4};
}

} // namespace Ui
