#include "AttemptWords.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace Ui::AttemptWords {
namespace {

/// Gives the functions below tr() with the context "AttemptWords".
struct Words {
    Q_DECLARE_TR_FUNCTIONS(AttemptWords)
};

QString target(const Chat::Attempt& a)
{
    return a.provider + u'/' + a.model;
}

} // namespace

QString dollars(qint64 microUsd)
{
    if (microUsd == 0)
        return QStringLiteral("$0");
    const double usd = static_cast<double>(microUsd) / 1e6;
    // Two significant digits below a cent, cents above: small requests stay comparable.
    int decimals = 2;
    if (std::abs(usd) < 0.01)
        decimals = std::min(6, 1 - static_cast<int>(std::floor(std::log10(std::abs(usd)))));
    return u'$' + QLocale::c().toString(usd, 'f', decimals);
}

QString duration(qint64 ms)
{
    if (ms < 1000)
        return Words::tr("%1 ms").arg(ms);
    return Words::tr("%1 s").arg(QLocale().toString(static_cast<double>(ms) / 1000.0, 'f', 1));
}

QString cost(const Chat::Attempt& attempt)
{
    if (!attempt.costMicroUsd || attempt.costSource == QLatin1String("unknown"))
        return Words::tr("cost unknown");
    if (*attempt.costMicroUsd == 0 && attempt.costSource != QLatin1String("estimate"))
        return Words::tr("free");
    if (attempt.costSource == QLatin1String("estimate"))
        return Words::tr("≈ %1 (estimate)").arg(dollars(*attempt.costMicroUsd));
    return dollars(*attempt.costMicroUsd);
}

QString totalCost(const QList<Chat::Attempt>& attempts)
{
    qint64 known = 0;
    int unknown = 0;
    bool estimated = false;
    bool anyKnown = false;
    for (const Chat::Attempt& a : attempts) {
        if (!a.costMicroUsd || a.costSource == QLatin1String("unknown")) {
            // An attempt that never reached the provider costs nothing; one that did is unknown.
            if (a.httpStatus != 0 || a.usage.outputTokens || !a.text.isEmpty())
                ++unknown;
            continue;
        }
        // A refused request is not billed: it says nothing about the answer's cost.
        if (*a.costMicroUsd == 0 && a.outcome != Chat::Outcome::Ok && a.text.isEmpty()
            && !a.usage.outputTokens)
            continue;
        anyKnown = true;
        known += *a.costMicroUsd;
        estimated = estimated || a.costSource == QLatin1String("estimate");
    }
    if (!anyKnown)
        return Words::tr("cost unknown");
    QString text = known == 0 && !estimated ? Words::tr("free") : dollars(known);
    if (estimated)
        text = Words::tr("≈ %1 (estimate)").arg(text);
    if (unknown > 0)
        text = Words::tr("%1 + unknown").arg(text);
    return text;
}

std::optional<double> tokensPerSecond(const Chat::Attempt& attempt)
{
    if (!attempt.usage.outputTokens || !attempt.ttftMs || *attempt.usage.outputTokens <= 0)
        return std::nullopt;
    const qint64 streamingMs = attempt.totalMs - *attempt.ttftMs;
    if (streamingMs <= 0)
        return std::nullopt;
    return static_cast<double>(*attempt.usage.outputTokens) * 1000.0
           / static_cast<double>(streamingMs);
}

QString answerLine(const Chat::Attempt& winner, const QList<Chat::Attempt>& attempts)
{
    QStringList parts;
    parts.append(Words::tr("%1 via %2").arg(winner.model, winner.provider));
    if (winner.ttftMs)
        parts.append(Words::tr("first token %1").arg(duration(*winner.ttftMs)));
    if (const std::optional<double> rate = tokensPerSecond(winner))
        parts.append(Words::tr("%1 tok/s").arg(QLocale().toString(*rate, 'f', *rate < 10 ? 1 : 0)));
    const Chat::Usage& u = winner.usage;
    if (u.inputTokens || u.outputTokens) {
        const QString in = u.inputTokens ? QLocale().toString(*u.inputTokens) : Words::tr("?");
        const QString out = u.outputTokens ? QLocale().toString(*u.outputTokens) : Words::tr("?");
        parts.append(Words::tr("%1 in, %2 out").arg(in, out));
    } else {
        parts.append(Words::tr("tokens unknown"));
    }
    parts.append(attempts.size() > 1 ? totalCost(attempts) : cost(winner));
    return parts.join(QStringLiteral(" · "));
}

QString failure(const Chat::Attempt& a, bool answered)
{
    const QString p = a.provider;
    switch (a.outcome) {
    case Chat::Outcome::Ok:
        return Words::tr("answered by %1").arg(p);
    case Chat::Outcome::Network:
        return Words::tr("could not reach %1").arg(p);
    case Chat::Outcome::TimeoutConnect:
        return Words::tr("%1 did not answer in time").arg(p);
    case Chat::Outcome::TimeoutFirstToken:
        return Words::tr("%1 sent no first token in time").arg(p);
    case Chat::Outcome::Stalled:
        return Words::tr("%1 stopped sending mid-answer").arg(p);
    case Chat::Outcome::RateLimited:
        return Words::tr("rate limited by %1").arg(p);
    case Chat::Outcome::Overloaded:
        return Words::tr("%1 was overloaded").arg(p);
    case Chat::Outcome::ServerError:
        return Words::tr("%1 had a server error").arg(p);
    case Chat::Outcome::Auth:
        return Words::tr("%1 refused the API key").arg(p);
    case Chat::Outcome::NotFound:
        return Words::tr("%1 does not know the model %2").arg(p, a.model);
    case Chat::Outcome::BadRequest:
        return Words::tr("%1 refused the request").arg(p);
    case Chat::Outcome::ContextLength:
        return Words::tr("the conversation is too long for %1").arg(target(a));
    case Chat::Outcome::ContentFilter:
        return Words::tr("%1's content filter blocked the answer").arg(p);
    case Chat::Outcome::Malformed:
        return Words::tr("%1 sent an answer that could not be read").arg(p);
    case Chat::Outcome::Cancelled:
        if (answered)
            return Words::tr("%1 was cancelled: another target answered first").arg(p);
        return Words::tr("stopped by you");
    case Chat::Outcome::Interrupted:
        return Words::tr("Switchboard quit before %1 finished").arg(p);
    }
    return Words::tr("%1 failed").arg(p);
}

QString failedAttemptLine(const Chat::Attempt& failed, const Chat::Attempt* next, bool answered)
{
    QString line = failure(failed, answered);
    if (failed.httpStatus != 0)
        line += Words::tr(" (HTTP %1)").arg(failed.httpStatus);
    if (!failed.text.isEmpty())
        line += Words::tr(", broke off after %n characters", nullptr, int(failed.text.size()));
    if (next) {
        const qint64 gap = failed.startedAt.isValid() && next->startedAt.isValid()
                               ? std::max<qint64>(0, failed.startedAt.msecsTo(next->startedAt))
                               : failed.totalMs;
        if (next->provider == failed.provider && next->model == failed.model)
            line += Words::tr(", retried after %1").arg(duration(gap));
        else if (next->provider == failed.provider)
            line += Words::tr(", retried with %1 after %2").arg(next->model, duration(gap));
        else
            line += Words::tr(", retried on %1 after %2").arg(next->provider, duration(gap));
    }
    return line;
}

const Chat::Attempt* winner(const QList<Chat::Attempt>& attempts)
{
    for (qsizetype i = attempts.size() - 1; i >= 0; --i) {
        if (attempts.at(i).outcome == Chat::Outcome::Ok)
            return &attempts.at(i);
    }
    return nullptr;
}

} // namespace Ui::AttemptWords
