#include "CompareBoard.h"

#include "CompareColumnView.h"
#include "compare/CompareColumn.h"
#include "compare/CompareRun.h"

#include <QHBoxLayout>
#include <QScrollBar>

namespace Ui {

CompareBoard::CompareBoard(QWidget* parent)
    : QScrollArea(parent)
    , m_strip(new QWidget)
    , m_layout(new QHBoxLayout(m_strip))
{
    setObjectName(QStringLiteral("compareBoard"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_layout->setContentsMargins(12, 8, 12, 8);
    m_layout->setSpacing(10);
    setWidget(m_strip);
}

void CompareBoard::reset(const QList<Compare::ColumnResult>& columns)
{
    qDeleteAll(m_views);
    m_views.clear();
    for (const Compare::ColumnResult& column : columns) {
        auto* view = new CompareColumnView(column.index);
        view->setTarget(column.target);
        if (column.finished())
            view->showResult(column);
        connect(view, &CompareColumnView::stopRequested, this, &CompareBoard::stopRequested);
        connect(view, &CompareColumnView::retryRequested, this, &CompareBoard::retryRequested);
        connect(view, &CompareColumnView::bestToggled, this, &CompareBoard::bestToggled);
        connect(view, &CompareColumnView::continueRequested, this,
                &CompareBoard::continueRequested);
        view->setPlainText(m_plain);
        connect(view->verticalScrollBar(), &QScrollBar::valueChanged, this,
                [this, view](int value) { scrolled(view, value); });
        m_layout->addWidget(view, 1);
        m_views.append(view);
    }
}

void CompareBoard::setScrollTogether(bool together)
{
    m_together = together;
    if (together && !m_views.isEmpty())
        scrolled(m_views.constFirst(), m_views.constFirst()->verticalScrollBar()->value());
}

void CompareBoard::setPlainText(bool plain)
{
    m_plain = plain;
    for (CompareColumnView* view : std::as_const(m_views))
        view->setPlainText(plain);
}

void CompareBoard::scrolled(CompareColumnView* source, int value)
{
    if (!m_together || m_syncing)
        return;
    const QScrollBar* from = source->verticalScrollBar();
    const double share = from->maximum() > 0 ? double(value) / from->maximum() : 0.0;
    m_syncing = true; // the others' valueChanged must not move the rest again
    for (CompareColumnView* view : std::as_const(m_views)) {
        if (view == source)
            continue;
        QScrollBar* to = view->verticalScrollBar();
        to->setValue(qRound(share * to->maximum()));
    }
    m_syncing = false;
}

void CompareBoard::follow(Compare::CompareRun* run)
{
    for (Compare::CompareColumn* column : run->columns()) {
        CompareColumnView* view = m_views.value(column->index());
        if (!view)
            continue;
        connect(column, &Compare::CompareColumn::started, view, &CompareColumnView::begin);
        connect(column, &Compare::CompareColumn::streamEvent, view,
                [view](const Chat::StreamEvent& event) {
                    using Kind = Chat::StreamEvent::Kind;
                    if (event.kind == Kind::TextDelta)
                        view->appendText(event.text);
                    else if (event.kind == Kind::ReasoningDelta)
                        view->noteReasoning();
                    else if (event.kind == Kind::Notice)
                        view->setNotice(event.text);
                });
        connect(column, &Compare::CompareColumn::answerRestarted, view,
                &CompareColumnView::restart);
        connect(column, &Compare::CompareColumn::attemptStarted, view,
                [view](const Routing::Target& target, int) { view->setLiveTarget(target.id()); });
        connect(column, &Compare::CompareColumn::finished, view, &CompareColumnView::showResult);
    }
}

} // namespace Ui
