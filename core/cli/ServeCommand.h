#pragma once

#include "cli/Command.h"
#include "gateway/GatewayOptions.h"
#include "gateway/GatewayToken.h"
#include "storage/ConnectionSettings.h"

#include <QNetworkAccessManager>
#include <QPointer>

#include <memory>

namespace Gateway {
class GatewayServer;
}
namespace Session {
class ProfileServices;
}

namespace Cli {

/// `serve`: the local OpenAI-compatible gateway, headless, until SIGINT/SIGTERM (docs/CLI.md,
/// docs/GATEWAY.md). Prints the base URL and where the token is once it listens; on a signal it
/// stops accepting, cancels what is in flight (recorded as cancelled) and exits 0 once the last
/// answer went out. `--print-token` prints the token (creating it on first use) and exits.
class ServeCommand final : public Command {
    Q_OBJECT

public:
    explicit ServeCommand(CliContext& context, QObject* parent = nullptr);
    ~ServeCommand() override;
    void run(const QStringList& arguments) override;
    void interrupt() override;

private:
    void printToken(const Gateway::TokenResult& token);
    void serve(const Gateway::TokenResult& token, const Storage::ConnectionSettings& ledger);

    QNetworkAccessManager m_network;
    std::unique_ptr<Session::ProfileServices> m_services;
    QPointer<Gateway::GatewayServer> m_server;
    Gateway::GatewayOptions m_options;
    bool m_interrupted = false;
};

} // namespace Cli
