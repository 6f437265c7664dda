#pragma once

#include "cli/Command.h"
#include "compare/CompareRun.h"

#include <QNetworkAccessManager>
#include <QPointer>
#include <QSet>

#include <memory>
#include <optional>

namespace Session {
class ProfileServices;
}
namespace Storage {
struct ConnectionSettings;
}

namespace Cli {

/// `compare`: one prompt to 2 to 6 targets (--model P/M, --route NAME) at once. Prints each
/// column's answer as it completes and a summary table, or one JSON object at the end with
/// --json; saves the compare in the profile's history. Every attempt lands in the ledger with
/// origin `compare`.
class CompareCommand final : public Command {
    Q_OBJECT

public:
    explicit CompareCommand(CliContext& context, QObject* parent = nullptr);
    ~CompareCommand() override;
    void run(const QStringList& arguments) override;
    void interrupt() override;

private:
    void start(const Compare::CompareRequest& request, const QList<Routing::Route>& resolved,
               const Storage::ConnectionSettings& ledger);
    void finish(int exitCode);
    void onColumnFinished(int index, const Compare::ColumnResult& column);
    void onFinished(const Compare::CompareResult& result);
    std::optional<qint64> save(const Compare::CompareResult& result);
    void warn(const QString& warning);

    QNetworkAccessManager m_network;
    std::unique_ptr<Session::ProfileServices> m_services;
    QPointer<Compare::CompareRun> m_run;
    QSet<QString> m_warned;
    bool m_json = false;
    bool m_interrupted = false;
    bool m_started = false;
};

} // namespace Cli
