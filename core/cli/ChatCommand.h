#pragma once

#include "cli/Command.h"
#include "routing/RouteRun.h"
#include "secrets/KeyResolver.h"

#include <QNetworkAccessManager>
#include <QPointer>

#include <memory>

namespace Storage {
class Database;
class UsageLedger;
} // namespace Storage
namespace Routing {
class Router;
}

namespace Cli {

/// `chat`: one prompt through a route or to one model; streams the answer to stdout as it arrives,
/// or prints one JSON object at the end with --json. Every attempt lands in the ledger.
class ChatCommand final : public Command {
    Q_OBJECT

public:
    explicit ChatCommand(CliContext& context, QObject* parent = nullptr);
    ~ChatCommand() override;
    void run(const QStringList& arguments) override;
    void interrupt() override;

private:
    void onEvent(const Chat::StreamEvent& event);
    void onFinished(const Routing::RouteResult& result);
    void openLedger();

    QNetworkAccessManager m_network;
    Secrets::KeyResolver m_keys;
    std::unique_ptr<Storage::Database> m_database;
    std::unique_ptr<Storage::UsageLedger> m_ledger;
    std::unique_ptr<Routing::Router> m_router;
    QPointer<Routing::RouteRun> m_run;
    bool m_json = false;
    bool m_printedText = false;
    QChar m_lastPrinted;
};

} // namespace Cli
