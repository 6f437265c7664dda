#include "DashboardReport.h"

#include "BudgetGauge.h"
#include "ChartStyle.h"
#include "DashboardChart.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace Ui {
namespace {

/// Where the next block goes on the current page; starts a page when a block does not fit.
class PageCursor {
public:
    PageCursor(QPdfWriter& writer, QPainter& painter)
        : m_writer(writer)
        , m_painter(painter)
        , m_page(painter.viewport())
        , m_footerFont(painter.font())
    {
        m_footerFont.setPointSizeF(7.5);
        m_footerFont.setBold(false);
        footer();
    }

    qreal width() const { return m_page.width(); }
    qreal y() const { return m_y; }
    /// Makes room for `height`, on a new page if needed; returns the top of the block.
    qreal take(qreal height)
    {
        if (m_y > 0 && m_y + height > bottom())
            newPage();
        const qreal top = m_y;
        m_y += height;
        return top;
    }
    bool fits(qreal height) const { return m_y + height <= bottom(); }
    void newPage()
    {
        m_writer.newPage();
        ++m_number;
        m_y = 0;
        footer();
    }
    void skip(qreal height) { m_y += height; }

private:
    qreal bottom() const { return m_page.height() - footerHeight(); }
    qreal footerHeight() const { return QFontMetricsF(m_footerFont).height() * 2; }
    void footer()
    {
        m_painter.save();
        m_painter.setFont(m_footerFont);
        m_painter.setPen(QColor(0x707070));
        m_painter.drawText(
            QRectF(0, m_page.height() - footerHeight(), m_page.width(), footerHeight()),
            Qt::AlignRight | Qt::AlignBottom,
            QCoreApplication::translate("Ui::Dashboard", "Switchboard · page %1").arg(m_number));
        m_painter.restore();
    }

    QPdfWriter& m_writer;
    QPainter& m_painter;
    QRect m_page;
    QFont m_footerFont;
    qreal m_y = 0;
    int m_number = 1;
};

QFont sized(const QFont& base, qreal points, bool bold = false)
{
    QFont font = base;
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

/// Draws a paragraph at the cursor (wrapped to the page's width).
void line(QPainter& painter, PageCursor& cursor, const QFont& font, const QString& text,
          const QColor& color = QColor(0x202020))
{
    painter.setFont(font);
    painter.setPen(color);
    const QRectF bounds =
        painter.boundingRect(QRectF(0, 0, cursor.width(), 1e6), Qt::TextWordWrap, text);
    const qreal top = cursor.take(bounds.height());
    painter.drawText(QRectF(0, top, cursor.width(), bounds.height()), Qt::TextWordWrap, text);
}

void table(QPainter& painter, PageCursor& cursor, const QFont& base,
           const DashboardReport::Table& t)
{
    const QAbstractItemModel& model = *t.model;
    const int columns = model.columnCount();
    if (columns == 0)
        return;
    const QFont font = sized(base, 7);
    const QFont bold = sized(base, 7, true);
    const qreal rowHeight = QFontMetricsF(font).height() * 1.5;
    // The key column gets what it needs up to a third of the width; the rest share the remainder.
    const qreal keyWidth = cursor.width() * 0.26;
    const qreal cellWidth = (cursor.width() - keyWidth) / std::max(1, columns - 1);
    const auto left = [&](int column) {
        return column == 0 ? 0.0 : keyWidth + cellWidth * (column - 1);
    };
    const auto header = [&] {
        const qreal top = cursor.take(rowHeight);
        painter.setFont(bold);
        painter.setPen(QColor(0x202020));
        for (int c = 0; c < columns; ++c) {
            const qreal width = c == 0 ? keyWidth : cellWidth;
            painter.drawText(QRectF(left(c) + 2, top, width - 4, rowHeight),
                             (c == 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter,
                             model.headerData(c, Qt::Horizontal).toString());
        }
        painter.setPen(QColor(0x909090));
        painter.drawLine(QPointF(0, top + rowHeight), QPointF(cursor.width(), top + rowHeight));
    };
    line(painter, cursor, sized(base, 11, true), t.title);
    cursor.skip(rowHeight * 0.3);
    header();
    for (int r = 0; r < model.rowCount(); ++r) {
        if (!cursor.fits(rowHeight)) {
            cursor.newPage();
            header();
        }
        const qreal top = cursor.take(rowHeight);
        if (r % 2 == 1)
            painter.fillRect(QRectF(0, top, cursor.width(), rowHeight), QColor(0xf3f3f3));
        painter.setFont(font);
        painter.setPen(QColor(0x202020));
        for (int c = 0; c < columns; ++c) {
            const qreal width = c == 0 ? keyWidth : cellWidth;
            const QString text = painter.fontMetrics().elidedText(
                model.index(r, c).data().toString(), Qt::ElideMiddle, int(width - 4));
            painter.drawText(QRectF(left(c) + 2, top, width - 4, rowHeight),
                             (c == 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter, text);
        }
    }
    if (model.rowCount() == 0)
        line(painter, cursor, font,
             QCoreApplication::translate("Ui::Dashboard", "No requests in this period yet"));
    cursor.skip(rowHeight);
}

} // namespace

QString DashboardReport::write(const QString& path) const
{
    const auto failed = [&path](const QString& why) {
        return QCoreApplication::translate("Ui::Dashboard", "Could not write the report %1: %2")
            .arg(path, why);
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failed(file.errorString());
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 12), QPageLayout::Millimeter);
        writer.setResolution(150);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Switchboard"));
        QPainter painter;
        if (!painter.begin(&writer))
            return failed(QCoreApplication::translate("Ui::Dashboard", "cannot start a PDF"));
        const QFont base = painter.font();
        PageCursor cursor(writer, painter);
        const qreal gap = QFontMetricsF(sized(base, 10)).height();

        line(painter, cursor, sized(base, 18, true), title);
        line(painter, cursor, sized(base, 11), period);
        if (!filter.isEmpty())
            line(painter, cursor, sized(base, 10), filter);
        line(painter, cursor, sized(base, 8), generated, QColor(0x707070));
        cursor.skip(gap);

        line(painter, cursor, sized(base, 12, true),
             QCoreApplication::translate("Ui::Dashboard", "Totals"));
        for (const TotalsStrip::Tile& tile : totals)
            line(painter, cursor, sized(base, 9),
                 QStringLiteral("%1: %2 — %3").arg(tile.caption, tile.value, tile.detail));
        cursor.skip(gap);

        line(painter, cursor, sized(base, 12, true),
             QCoreApplication::translate("Ui::Dashboard", "This month and its budget"));
        painter.setFont(sized(base, 8));
        const qreal gaugeHeight = QFontMetricsF(painter.font()).height() * 4;
        const qreal gaugeTop = cursor.take(gaugeHeight);
        BudgetGauge::draw(painter, QRectF(0, gaugeTop, cursor.width(), gaugeHeight),
                          ChartStyle::print(), month, monthlyBudgetMicroUsd);
        for (const QString& sentence : budget)
            line(painter, cursor, sized(base, 9), sentence);
        cursor.skip(gap);

        for (const Chart& c : charts) {
            // As on screen, at the page's width; no taller than half as high as wide.
            const QSize size = c.chart->viewport()->size();
            const qreal height =
                std::min(size.width() > 0 ? cursor.width() * size.height() / size.width() : 0.0,
                         cursor.width() * 0.5);
            if (!cursor.fits(QFontMetricsF(sized(base, 11, true)).height() + height))
                cursor.newPage();
            line(painter, cursor, sized(base, 11, true), c.title);
            const qreal top = cursor.take(height);
            c.chart->renderForPrint(painter, QRectF(0, top, cursor.width(), height));
            cursor.skip(gap);
        }
        for (const Table& t : tables) {
            if (!cursor.fits(gap * 6))
                cursor.newPage();
            table(painter, cursor, base, t);
        }
        if (!painter.end())
            return failed(QCoreApplication::translate("Ui::Dashboard", "the PDF did not finish"));
    }
    if (!file.commit())
        return failed(file.errorString());
    return {};
}

} // namespace Ui
