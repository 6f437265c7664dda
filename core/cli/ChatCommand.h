#pragma once

#include "cli/Command.h"
#include "routing/RouteRun.h"
#include "secrets/KeyResolver.h"

#include <QNetworkAccessManager>
#include <QPointer>

#include <memory>

namespace Session {
class ConversationRecorder;
class ProfileServices;
} // namespace Session
namespace Storage {
struct ConnectionSettings;
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
    void start(Routing::RoutePlan plan, const Storage::ConnectionSettings& ledger);
    void onEvent(const Chat::StreamEvent& event);
    void onFinished(const Routing::RouteResult& result);
    /// Ends once every ledger write is committed, so `stats` right after sees them.

    QNetworkAccessManager m_network;
    std::unique_ptr<Session::ProfileServices> m_services;
    std::unique_ptr<Session::ConversationRecorder> m_conversation;
    QString m_streamed; ///< the answer as shown so far, kept when it breaks off
    QPointer<Routing::RouteRun> m_run;
    bool m_json = false;
    bool m_started = false;
    bool m_interrupted = false;
    bool m_printedText = false;
    QChar m_lastPrinted;
};

} // namespace Cli
