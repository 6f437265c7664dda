#include "TotalsStrip.h"

#include "SpendText.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace Ui {

TotalsStrip::TotalsStrip(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("totalsStrip"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    for (int i = 0; i < 5; ++i) {
        auto* frame = new QFrame;
        frame->setFrameShape(QFrame::StyledPanel);
        frame->setAutoFillBackground(true);
        frame->setBackgroundRole(QPalette::Base);
        auto* tile = new QVBoxLayout(frame);
        tile->setContentsMargins(12, 8, 12, 8);
        tile->setSpacing(2);
        TileLabels labels{new QLabel, new QLabel, new QLabel};
        labels.caption->setForegroundRole(QPalette::PlaceholderText);
        QFont big = labels.value->font();
        big.setPointSizeF(big.pointSizeF() * 1.6);
        big.setBold(true);
        labels.value->setFont(big);
        labels.value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        labels.detail->setForegroundRole(QPalette::PlaceholderText);
        labels.detail->setWordWrap(true);
        tile->addWidget(labels.caption);
        tile->addWidget(labels.value);
        tile->addWidget(labels.detail);
        tile->addStretch(1);
        layout->addWidget(frame, 1);
        m_tiles.append(labels);
    }
    setSnapshot({});
}

QList<TotalsStrip::Tile> TotalsStrip::tiles(const Storage::StatsSnapshot& s)
{
    const Storage::UsageStats& t = s.totals;
    QString unknown = tr("every cost known");
    if (t.unknownCostAttempts > 0)
        unknown = tr("attempts of unknown cost: %1").arg(countText(t.unknownCostAttempts));
    return {
        {tr("Spend"),
         t.attempts > 0 && t.unknownCostAttempts == t.attempts ? tr("unknown")
                                                               : usdText(t.costMicroUsd),
         t.attempts > 0 ? unknown : QString()},
        {tr("Requests"), countText(t.requests),
         tr("attempts: %1, failed: %2").arg(countText(t.attempts), countText(t.failed))},
        {tr("Tokens"), countText(t.inputTokens + t.outputTokens),
         tr("%1 in, %2 out").arg(countText(t.inputTokens), countText(t.outputTokens))},
        {tr("Answered first"), rateText(t.successRate()),
         tr("%1 after a fallback, %2 unanswered")
             .arg(rateText(t.fallbackRate()), rateText(t.failureRate()))},
        {tr("First token"), msText(s.ttftP50Ms), tr("p50; p95 %1").arg(msText(s.ttftP95Ms))},
    };
}

void TotalsStrip::setSnapshot(const Storage::StatsSnapshot& snapshot)
{
    const QList<Tile> values = tiles(snapshot);
    for (qsizetype i = 0; i < m_tiles.size() && i < values.size(); ++i) {
        m_tiles[i].caption->setText(values[i].caption);
        m_tiles[i].value->setText(values[i].value);
        m_tiles[i].detail->setText(values[i].detail);
        m_tiles[i].value->setObjectName(QStringLiteral("total_") + QString::number(i));
    }
}

QString TotalsStrip::valueOf(const QString& caption) const
{
    for (const TileLabels& tile : m_tiles) {
        if (tile.caption->text() == caption)
            return tile.value->text();
    }
    return {};
}

QString TotalsStrip::detailOf(const QString& caption) const
{
    for (const TileLabels& tile : m_tiles) {
        if (tile.caption->text() == caption)
            return tile.detail->text();
    }
    return {};
}

} // namespace Ui
