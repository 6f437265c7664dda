#include "LatencyChart.h"

#include "ChartStyle.h"
#include "SpendText.h"

#include <QBarSet>
#include <QHorizontalBarSeries>

#include <algorithm>

namespace Ui {

LatencyChart::LatencyChart(QWidget* parent)
    : DashboardChart(parent)
{
    setObjectName(QStringLiteral("latencyChart"));
}

bool LatencyChart::setSnapshot(const Storage::StatsSnapshot& snapshot)
{
    clear();
    QList<Storage::ModelStats> models;
    for (const Storage::ModelStats& m : snapshot.models) {
        if (m.latency.ttftSamples > 0 && snapshot.request.filter.matchesModelKey(m.usage.key))
            models.append(m);
    }
    if (models.isEmpty())
        return false;
    // The most answered models; drawn top to bottom by name (a horizontal axis grows upwards).
    std::sort(models.begin(), models.end(), [](const auto& a, const auto& b) {
        return a.latency.ttftSamples != b.latency.ttftSamples
                   ? a.latency.ttftSamples > b.latency.ttftSamples
                   : a.usage.key < b.usage.key;
    });
    models.resize(std::min<qsizetype>(models.size(), kMaxModels));
    std::sort(models.begin(), models.end(),
              [](const auto& a, const auto& b) { return a.usage.key > b.usage.key; });

    auto* series = new QHorizontalBarSeries;
    auto* p50 = new QBarSet(tr("p50"));
    auto* p95 = new QBarSet(tr("p95"));
    p50->setColor(ChartStyle::median());
    p50->setBorderColor(ChartStyle::median());
    p95->setColor(ChartStyle::tail());
    p95->setBorderColor(ChartStyle::tail());
    QStringList names;
    double max = 1;
    for (const Storage::ModelStats& m : std::as_const(models)) {
        names.append(m.usage.key);
        p50->append(m.latency.ttftP50Ms.value_or(0));
        p95->append(m.latency.ttftP95Ms.value_or(0));
        max = std::max(max, m.latency.ttftP95Ms.value_or(0));
    }
    const auto describe = [models](int i) {
        const Storage::ModelStats& m = models.value(i);
        return tr("%1\nfirst token: p50 %2, p95 %3\nanswers measured: %4")
            .arg(m.usage.key, msText(m.latency.ttftP50Ms), msText(m.latency.ttftP95Ms),
                 countText(m.latency.ttftSamples));
    };
    for (QBarSet* set : {p50, p95}) {
        connectHover(set, describe);
        series->append(set);
    }
    series->setBarWidth(0.75);
    chart()->addSeries(series);
    addKeyAxis(series, names);
    addValueAxis(series, Qt::AlignBottom, max, QStringLiteral("%.0f"),
                 tr("milliseconds to the first token"));
    restyle();
    return true;
}

} // namespace Ui
