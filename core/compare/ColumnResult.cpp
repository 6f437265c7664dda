#include "compare/ColumnResult.h"

#include <QCoreApplication>

#include <algorithm>

namespace Compare {
namespace {

/// The known cost sources, most certain first: a billed figure, prices × reported usage, an
/// estimate. Anything else is unknown.
const QStringList& knownSources()
{
    static const QStringList kSources{QStringLiteral("provider"), QStringLiteral("catalog"),
                                      QStringLiteral("estimate")};
    return kSources;
}

} // namespace

QString ColumnResult::failureLine() const
{
    if (state == ColumnState::Cancelled && route.error.isEmpty())
        return QCoreApplication::translate("Compare", "%1: cancelled").arg(target.label());
    const QString why = !record.error.isEmpty() ? record.error : route.error;
    // A single attempt's error already begins with its target ("mock/gpt: auth (…)").
    if (why.startsWith(target.label() + u':'))
        return why;
    return QStringLiteral("%1: %2").arg(target.label(), why);
}

Storage::CompareColumnRecord ColumnResult::recordOf(const CompareTarget& target, int position,
                                                    const Routing::RouteResult& result)
{
    Storage::CompareColumnRecord r;
    r.position = position;
    r.targetKind = target.kind;
    r.target = target.name;
    r.answered = result.answered;
    r.text = result.answered ? result.text : QString();
    r.reasoning = result.answered ? result.reasoning : QString();
    r.error = result.answered ? QString() : result.error;
    r.requestId = result.requestId;
    r.attempts = int(result.attempts.size());

    const Chat::Attempt* shown = nullptr;
    if (result.answered) {
        const auto ok =
            std::find_if(result.attempts.crbegin(), result.attempts.crend(),
                         [](const Chat::Attempt& a) { return a.outcome == Chat::Outcome::Ok; });
        if (ok != result.attempts.crend())
            shown = &*ok;
    } else if (!result.attempts.isEmpty()) {
        shown = &result.attempts.constLast();
    }
    if (result.answered) {
        r.outcome = Chat::Outcome::Ok;
        r.provider = result.winner.provider;
        r.model = result.winner.model;
    }
    if (shown) {
        if (!result.answered) {
            r.outcome = shown->outcome;
            r.provider = shown->provider;
            r.model = shown->model;
        }
        r.ttftMs = shown->ttftMs;
        r.totalMs = shown->totalMs;
        r.inputTokens = shown->usage.inputTokens;
        r.outputTokens = shown->usage.outputTokens;
    }

    // What the column cost: every attempt, retries and fallbacks included. An unknown part makes
    // the whole unknown (unknown is not 0).
    qint64 cost = 0;
    int worst = -1;
    bool unknown = result.attempts.isEmpty();
    for (const Chat::Attempt& a : result.attempts) {
        const qsizetype rank = knownSources().indexOf(a.costSource);
        worst = std::max(worst, rank < 0 ? int(knownSources().size()) : int(rank));
        if (a.costMicroUsd)
            cost += *a.costMicroUsd;
        else
            unknown = true;
    }
    if (unknown) {
        r.costSource = QStringLiteral("unknown");
    } else {
        r.costMicroUsd = cost;
        r.costSource = knownSources().value(worst, QStringLiteral("unknown"));
    }
    return r;
}

} // namespace Compare
