#include "ChartCard.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace Ui {

ChartCard::ChartCard(const QString& title, QWidget* content, QWidget* parent)
    : QFrame(parent)
    , m_title(new QLabel(title))
    , m_info(new QLabel)
    , m_save(new QToolButton)
    , m_stack(new QStackedWidget)
    , m_content(content)
    , m_empty(new QLabel)
    , m_header(new QHBoxLayout)
{
    setObjectName(QStringLiteral("chartCard"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    m_title->setFont(titleFont);
    m_info->setObjectName(QStringLiteral("cardInfo"));
    m_info->setWordWrap(true);
    m_info->setForegroundRole(QPalette::PlaceholderText);
    m_info->setMinimumHeight(m_info->fontMetrics().height() * 2);
    m_info->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_save->setObjectName(QStringLiteral("savePng"));
    m_save->setText(tr("PNG…"));
    m_save->setToolTip(tr("Save this chart as a PNG image"));
    m_save->setAutoRaise(true);
    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_content);
    m_stack->addWidget(m_empty);

    m_header->addWidget(m_title);
    m_header->addStretch(1);
    m_header->addWidget(m_save);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(4);
    layout->addLayout(m_header);
    layout->addWidget(m_info);
    layout->addWidget(m_stack, 1);
    connect(m_save, &QToolButton::clicked, this, &ChartCard::savePngRequested);
    // Until the first figures arrive: a word, not an empty chart (cheaper to draw, too).
    setEmpty(true, tr("Loading…"));
}

QString ChartCard::title() const
{
    return m_title->text();
}

void ChartCard::addHeaderWidget(QWidget* widget)
{
    m_header->insertWidget(m_header->count() - 1, widget);
}

void ChartCard::setEmpty(bool empty, const QString& emptyText)
{
    m_empty->setText(emptyText);
    m_stack->setCurrentWidget(empty ? static_cast<QWidget*>(m_empty) : m_content);
    m_save->setEnabled(!empty);
}

bool ChartCard::isEmpty() const
{
    return m_stack->currentWidget() == m_empty;
}

void ChartCard::setNote(const QString& note)
{
    m_note = note;
    m_info->setText(note);
}

void ChartCard::setHoverText(const QString& text)
{
    m_info->setText(text.isEmpty() ? m_note : QString(text).replace(u'\n', QStringLiteral(" · ")));
}

QString ChartCard::infoText() const
{
    return m_info->text();
}

} // namespace Ui
