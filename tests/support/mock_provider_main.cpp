// switchboard-mock-provider: the in-process test mock as a standalone server, for scripting from a
// shell or another process (docs/MOCK_PROVIDER.md). Runs until SIGINT or SIGTERM.

#include "MockProviderServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

namespace {

int g_signalPipe[2] = {-1, -1};

extern "C" void onTerminationSignal(int)
{
    const int savedErrno = errno;
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(g_signalPipe[1], &byte, 1);
    errno = savedErrno;
}

/// The self-pipe trick: the handler only writes a byte; the event loop reads it and quits.
bool installSignalHandlers()
{
    if (::pipe2(g_signalPipe, O_CLOEXEC | O_NONBLOCK) != 0)
        return false;
    struct sigaction action = {};
    action.sa_handler = onTerminationSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return ::sigaction(SIGINT, &action, nullptr) == 0
           && ::sigaction(SIGTERM, &action, nullptr) == 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("switchboard-mock-provider"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Mock LLM provider: an OpenAI-compatible HTTP/1.1 server on 127.0.0.1 with fault "
        "injection, scripted through /__mock/* (see docs/MOCK_PROVIDER.md)."));
    parser.addHelpOption();
    const QCommandLineOption portOption(
        {QStringLiteral("p"), QStringLiteral("port")},
        QStringLiteral("Port to listen on; 0 (the default) picks a free one."), QStringLiteral("N"),
        QStringLiteral("0"));
    const QCommandLineOption fixtureOption(
        {QStringLiteral("f"), QStringLiteral("fixture")},
        QStringLiteral("Answer every request with this file from tests/fixtures (replies queued "
                       "through /__mock/enqueue still come first)."),
        QStringLiteral("NAME"));
    parser.addOptions({portOption, fixtureOption});
    parser.process(app);

    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535) {
        std::fprintf(stderr, "switchboard-mock-provider: invalid port %s\n",
                     qPrintable(parser.value(portOption)));
        return 2;
    }

    TestSupport::MockProviderServer server;
    if (parser.isSet(fixtureOption)) {
        const QString name = parser.value(fixtureOption);
        TestSupport::MockReply::fixtureBytes(name, &ok);
        if (!ok) {
            std::fprintf(stderr, "switchboard-mock-provider: cannot read fixture %s\n",
                         qPrintable(TestSupport::MockReply::fixturePath(name)));
            return 2;
        }
        server.setDefaultReply(TestSupport::MockReply::fixture(name));
    }
    if (!server.listen(quint16(port))) {
        std::fprintf(stderr, "switchboard-mock-provider: cannot listen on 127.0.0.1:%u: %s\n", port,
                     qPrintable(server.errorString()));
        return 1;
    }
    if (!installSignalHandlers()) {
        std::perror("switchboard-mock-provider: signal handlers");
        return 1;
    }
    QSocketNotifier notifier(g_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &app, [] {
        char byte = 0;
        while (::read(g_signalPipe[0], &byte, 1) > 0) {
        }
        QCoreApplication::quit();
    });
    QObject::connect(&server, &TestSupport::MockProviderServer::requestReceived, &app,
                     [](const TestSupport::RecordedRequest& request) {
                         std::fprintf(stderr, "%s %s (%lld bytes)\n", request.method.constData(),
                                      request.path.constData(),
                                      static_cast<long long>(request.body.size()));
                     });

    std::printf("listening on %s\n", qPrintable(server.baseUrl().toString()));
    std::fflush(stdout);
    const int status = app.exec();
    std::fprintf(stderr, "switchboard-mock-provider: stopped\n");
    return status;
}
