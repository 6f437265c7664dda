#include "compare/CompareRequest.h"

#include <QCoreApplication>

namespace Compare {

CompareRequest CompareRequest::fromSession(const Storage::CompareSession& session)
{
    CompareRequest request;
    request.prompt = session.prompt;
    request.system = session.systemPrompt;
    request.temperature = session.temperature;
    request.maxTokens = session.maxTokens;
    for (const Storage::CompareColumnRecord& column : session.columns)
        request.targets.append({column.targetKind, column.target});
    return request;
}

QString CompareRequest::checkTargetCount(qsizetype count)
{
    if (count >= kMinColumns && count <= kMaxColumns)
        return {};
    return QCoreApplication::translate("Compare", "a compare needs %1 to %2 targets (--model "
                                                  "PROVIDER/MODEL or --route NAME); %3 given")
        .arg(kMinColumns)
        .arg(kMaxColumns)
        .arg(count);
}

QString CompareRequest::resolve(const Config::AppConfig& config,
                                QList<Routing::Route>* routes) const
{
    if (const QString problem = checkTargetCount(targets.size()); !problem.isEmpty())
        return problem;
    if (prompt.trimmed().isEmpty())
        return QCoreApplication::translate("Compare", "the prompt is empty");
    QList<Routing::Route> resolved;
    for (const CompareTarget& target : targets) {
        Routing::Route route;
        if (const QString error = target.resolve(config, &route); !error.isEmpty())
            return error;
        resolved.append(route);
    }
    if (routes)
        *routes = std::move(resolved);
    return {};
}

} // namespace Compare
