#include "TrafficChart.h"

#include "ChartStyle.h"
#include "DayBuckets.h"
#include "SpendText.h"

#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QCoreApplication>
#include <QCursor>
#include <QLineSeries>
#include <QToolTip>
#include <QValueAxis>

namespace Ui {
namespace {

/// Tokens in the unit that keeps the axis short: 1, thousands or millions.
struct TokenScale {
    double divisor = 1;
    QString title;
};

TokenScale tokenScale(double max)
{
    if (max >= 1e6)
        return {1e6, QCoreApplication::translate("Ui::Dashboard", "tokens (millions)")};
    if (max >= 1e4)
        return {1e3, QCoreApplication::translate("Ui::Dashboard", "tokens (thousands)")};
    return {1, QCoreApplication::translate("Ui::Dashboard", "tokens")};
}

} // namespace

TrafficChart::TrafficChart(QWidget* parent)
    : DashboardChart(parent)
{
    setObjectName(QStringLiteral("trafficChart"));
    setRenderHint(QPainter::Antialiasing); // its lines need it
}

bool TrafficChart::setSnapshot(const Storage::StatsSnapshot& snapshot)
{
    clear();
    if (snapshot.isEmpty())
        return false;
    const DayBuckets buckets(snapshot.days);
    const QList<Storage::UsageStats> values = buckets.sum(snapshot.perDay);
    const auto describe = [buckets, values](int b) {
        const Storage::UsageStats& v = values.value(b);
        return tr("%1\n%2 requests, %3 attempts\n%4 input tokens, %5 output tokens")
            .arg(buckets.describe(b), countText(v.requests), countText(v.attempts),
                 countText(v.inputTokens), countText(v.outputTokens));
    };

    auto* bars = new QBarSeries;
    auto* requests = new QBarSet(tr("Requests"));
    requests->setColor(ChartStyle::series(0));
    requests->setBorderColor(ChartStyle::series(0));
    double maxRequests = 1;
    double maxTokens = 1;
    for (const Storage::UsageStats& v : values) {
        requests->append(double(v.requests));
        maxRequests = std::max(maxRequests, double(v.requests));
        maxTokens = std::max({maxTokens, double(v.inputTokens), double(v.outputTokens)});
    }
    bars->append(requests);
    bars->setBarWidth(buckets.count() > 20 ? 0.8 : 0.6);
    connectHover(requests, describe);
    chart()->addSeries(bars);

    const TokenScale scale = tokenScale(maxTokens);
    auto* input = new QLineSeries;
    input->setName(tr("Input tokens"));
    auto* output = new QLineSeries;
    output->setName(tr("Output tokens"));
    for (qsizetype b = 0; b < values.size(); ++b) {
        input->append(double(b), double(values[b].inputTokens) / scale.divisor);
        output->append(double(b), double(values[b].outputTokens) / scale.divisor);
    }
    for (auto [line, color] :
         {std::pair(input, ChartStyle::series(1)), std::pair(output, ChartStyle::series(2))}) {
        QPen pen(color);
        pen.setWidthF(2.0);
        line->setPen(pen);
        line->setPointsVisible(values.size() <= 31);
        connect(line, &QLineSeries::hovered, this, [this, describe](const QPointF& point, bool on) {
            const QString tip = on ? describe(int(std::lround(point.x()))) : QString();
            Q_EMIT hovered(tip);
            if (tip.isEmpty())
                QToolTip::hideText();
            else
                QToolTip::showText(QCursor::pos(), tip, this);
        });
        chart()->addSeries(line);
    }

    QAbstractAxis* days = addDayAxis(buckets);
    bars->attachAxis(days);
    addValueAxis(bars, Qt::AlignLeft, maxRequests, QStringLiteral("%.0f"), tr("requests"));
    input->attachAxis(days);
    QValueAxis* tokens = addValueAxis(input, Qt::AlignRight, maxTokens / scale.divisor,
                                      QStringLiteral("%.0f"), scale.title);
    if (tokens->max() < 10)
        tokens->setLabelFormat(QStringLiteral("%.1f"));
    tokens->setGridLineVisible(false);
    output->attachAxis(days);
    output->attachAxis(tokens);
    restyle();
    return true;
}

} // namespace Ui
