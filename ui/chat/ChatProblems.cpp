#include "ChatProblems.h"

#include "AttemptWords.h"
#include "config/AppConfig.h"
#include "routing/RouteRun.h"

#include <QCoreApplication>

namespace Ui::ChatProblems {
namespace {

/// Gives the functions below tr() with the context "ChatProblems".
struct Words {
    Q_DECLARE_TR_FUNCTIONS(ChatProblems)
};

QString capitalized(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

} // namespace

QString sentence(QString text)
{
    text = capitalized(text.trimmed());
    if (!text.isEmpty() && !text.endsWith(u'.') && !text.endsWith(u'?') && !text.endsWith(u'!'))
        text += u'.';
    return text;
}

ChatProblem unroutable(const Config::AppConfig& config, const QString& target)
{
    const bool direct = target.contains(u'/');
    ChatProblem problem;
    problem.needsSettings = true;
    if (config.providers.isEmpty()) {
        problem.heading = Words::tr("No provider is set up yet");
        problem.detail = Words::tr("Add one in Settings ▸ Providers (a local Ollama needs no key), "
                                   "then press Retry.");
    } else if (direct && !config.findProvider(target.section(u'/', 0, 0))) {
        problem.heading =
            Words::tr("There is no provider named “%1” any more").arg(target.section(u'/', 0, 0));
        problem.detail = Words::tr("Pick another route or model below the message box, or add the "
                                   "provider in Settings ▸ Providers.");
    } else if (!direct) {
        const QString name = target.isEmpty() ? Routing::defaultRouteName() : target;
        const Routing::Route* route = config.findRoute(name);
        if (!route && target.isEmpty()) {
            problem.heading = Words::tr("Pick a model to send this to");
            problem.detail =
                Words::tr("There is no default route yet. Choose a route or a model in "
                          "the picker below the message box, or create a route named "
                          "“default” in Settings ▸ Routes.");
        } else if (!route) {
            problem.heading = Words::tr("The route “%1” does not exist any more").arg(name);
            problem.detail =
                Words::tr("Pick another route or model below the message box, or create "
                          "the route in Settings ▸ Routes.");
        } else if (route->targets.isEmpty()) {
            problem.heading = Words::tr("The route “%1” has no targets").arg(name);
            problem.detail = Words::tr("Add a provider and model to it in Settings ▸ Routes.");
        }
    }
    return problem;
}

ChatProblem forResult(const Routing::RouteResult& result, bool stopped)
{
    ChatProblem problem;
    problem.attempts = result.attempts;
    std::stable_sort(
        problem.attempts.begin(), problem.attempts.end(),
        [](const Chat::Attempt& a, const Chat::Attempt& b) { return a.index < b.index; });
    if (stopped) {
        problem.heading = Words::tr("Stopped before an answer arrived");
        problem.detail = Words::tr("Press Retry to ask again.");
        return problem;
    }
    if (problem.attempts.isEmpty()) {
        problem.heading = Words::tr("No answer");
        problem.detail = sentence(result.error);
        return problem;
    }
    const Chat::Attempt& last = problem.attempts.constLast();
    if (last.outcome == Chat::Outcome::Auth) {
        problem.needsSettings = true;
        const bool noKey = last.httpStatus == 0;
        problem.heading = noKey ? Words::tr("%1 has no API key").arg(last.provider)
                                : Words::tr("%1 refused the API key").arg(last.provider);
        problem.detail =
            noKey ? sentence(last.error)
                  : Words::tr("Check or replace the key in Settings ▸ Providers, then press "
                              "Retry.");
        return problem;
    }
    problem.needsSettings = last.outcome == Chat::Outcome::NotFound
                            || last.outcome == Chat::Outcome::Network
                            || last.outcome == Chat::Outcome::Malformed;
    if (problem.attempts.size() == 1)
        problem.heading = capitalized(AttemptWords::failure(last));
    else
        problem.heading =
            Words::tr("No answer: all %n attempts failed", nullptr, int(problem.attempts.size()));
    QString advice = Chat::outcomeAdvice(last.outcome);
    if (!last.error.isEmpty() && problem.attempts.size() == 1)
        advice = last.error + QStringLiteral(" — ") + advice;
    problem.detail = sentence(advice);
    return problem;
}

} // namespace Ui::ChatProblems
