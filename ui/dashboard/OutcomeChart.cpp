#include "OutcomeChart.h"

#include "ChartStyle.h"
#include "SpendText.h"

#include <QBarSet>
#include <QHorizontalPercentBarSeries>

#include <algorithm>

namespace Ui {

OutcomeChart::OutcomeChart(QWidget* parent)
    : DashboardChart(parent)
{
    setObjectName(QStringLiteral("outcomeChart"));
}

bool OutcomeChart::setSnapshot(const Storage::StatsSnapshot& snapshot)
{
    clear();
    // Rates belong to a request's first attempt: providers that only served fallbacks have none.
    QList<Storage::UsageStats> providers;
    for (const Storage::UsageStats& p : snapshot.providers) {
        if (p.requests > 0)
            providers.append(p);
    }
    if (providers.isEmpty())
        return false;
    std::sort(providers.begin(), providers.end(), [](const auto& a, const auto& b) {
        return a.requests != b.requests ? a.requests > b.requests : a.key < b.key;
    });
    providers.resize(std::min<qsizetype>(providers.size(), kMaxProviders));
    std::sort(providers.begin(), providers.end(),
              [](const auto& a, const auto& b) { return a.key > b.key; });

    auto* series = new QHorizontalPercentBarSeries;
    struct Part {
        QString name;
        QColor color;
        std::function<qint64(const Storage::UsageStats&)> count;
        QString words;
    };
    const QList<Part> parts{
        {tr("Answered first"), ChartStyle::success(),
         [](const Storage::UsageStats& p) { return p.wonFirst; },
         tr("answered by the first attempt")},
        {tr("After a fallback"), ChartStyle::fallback(),
         [](const Storage::UsageStats& p) { return p.fallbacks; }, tr("answered after a fallback")},
        {tr("Unanswered"), ChartStyle::failure(),
         [](const Storage::UsageStats& p) { return std::max<qint64>(0, p.unanswered()); },
         tr("not answered")},
    };
    QStringList names;
    for (const Storage::UsageStats& p : std::as_const(providers))
        names.append(p.key);
    for (const Part& part : parts) {
        auto* set = new QBarSet(part.name);
        set->setColor(part.color);
        set->setBorderColor(part.color);
        for (const Storage::UsageStats& p : std::as_const(providers))
            set->append(double(part.count(p)));
        const auto count = part.count;
        const QString words = part.words;
        connectHover(set, [providers, count, words](int i) {
            const Storage::UsageStats& p = providers.value(i);
            const double rate = p.requests > 0 ? double(count(p)) / double(p.requests) : 0;
            return tr("%1: %2 %3\n(%4 of %5 requests)")
                .arg(p.key, rateText(rate), words, countText(count(p)), countText(p.requests));
        });
        series->append(set);
    }
    series->setBarWidth(0.7);
    chart()->addSeries(series);
    addKeyAxis(series, names);
    addValueAxis(series, Qt::AlignBottom, 100, QStringLiteral("%.0f%%"));
    restyle();
    return true;
}

} // namespace Ui
