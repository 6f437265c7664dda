#include "TranscriptColumn.h"

#include <QChildEvent>
#include <QCoreApplication>
#include <QEvent>

namespace Ui {

TranscriptColumn::TranscriptColumn(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("transcriptColumn"));
}

void TranscriptColumn::insertRow(int index, QWidget* row)
{
    row->setParent(this);
    row->installEventFilter(this);
    m_rows.insert(std::clamp<qsizetype>(index, 0, m_rows.size()), row);
    if (!row->isHidden() || !row->testAttribute(Qt::WA_WState_ExplicitShowHide))
        row->show();
    scheduleRelayout();
}

void TranscriptColumn::setMaximumRowWidth(int width)
{
    m_maximumRowWidth = width;
    scheduleRelayout();
}

void TranscriptColumn::setMargins(int horizontal, int vertical)
{
    m_marginX = horizontal;
    m_marginY = vertical;
    scheduleRelayout();
}

void TranscriptColumn::setSpacing(int spacing)
{
    m_spacing = spacing;
    scheduleRelayout();
}

void TranscriptColumn::scheduleRelayout()
{
    if (m_scheduled)
        return;
    m_scheduled = true;
    QCoreApplication::postEvent(this, new QEvent(QEvent::LayoutRequest));
}

void TranscriptColumn::relayout()
{
    m_scheduled = false;
    const int rowWidth = std::max(120, std::min(m_maximumRowWidth, width() - 2 * m_marginX));
    const int x = std::max(0, (width() - rowWidth) / 2);
    int y = m_marginY;
    bool first = true;
    for (QWidget* row : std::as_const(m_rows)) {
        if (row->isHidden())
            continue;
        if (!first)
            y += m_spacing;
        first = false;
        // A row whose layout did not change answers from its layout's cache.
        const int height =
            row->hasHeightForWidth() ? row->heightForWidth(rowWidth) : row->sizeHint().height();
        const QRect geometry(x, y, rowWidth, std::max(0, height));
        if (row->geometry() != geometry)
            row->setGeometry(geometry);
        y += geometry.height();
    }
    m_laidOutWidth = width();
    m_contentHeight = y + m_marginY;
    if (height() != m_contentHeight)
        resize(width(), m_contentHeight);
}

bool TranscriptColumn::event(QEvent* event)
{
    switch (event->type()) {
    case QEvent::LayoutRequest:
        relayout();
        return true;
    case QEvent::Resize:
        if (width() != m_laidOutWidth)
            relayout();
        break;
    case QEvent::ChildRemoved:
        m_rows.removeAll(static_cast<QChildEvent*>(event)->child());
        scheduleRelayout();
        break;
    default:
        break;
    }
    return QWidget::event(event);
}

bool TranscriptColumn::eventFilter(QObject* watched, QEvent* event)
{
    // A row shown or hidden changes where the rows below it go; a row whose layout is about to
    // be redone may ask for another height.
    if (event->type() == QEvent::ShowToParent || event->type() == QEvent::HideToParent
        || event->type() == QEvent::LayoutRequest)
        scheduleRelayout();
    return QWidget::eventFilter(watched, event);
}

} // namespace Ui
