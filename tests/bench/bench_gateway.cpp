// What the gateway adds, against the loopback mock provider, side by side in one run with the
// Portkey open-source gateway. Not a test: it prints figures for docs/PERFORMANCE.md.
//
//   tests/bench/run-bench-gateway.sh [requests]        (installs Portkey into a throwaway folder)
//   build/ci/tests/bench/bench_gateway CLI [requests] [PORTKEY_DIR]
//
// The mock provider runs on its own thread in this process and answers at once (no delay between
// events). The Switchboard gateway is the real `switchboard-cli serve` (SQLite ledger included),
// Portkey is `node …/@portkey-ai/gateway/build/start-server.js --port=N --headless` (1.15.2 reads
// only the `=` form), each its own process. One
// keep-alive connection per variant, requests interleaved:
// 1. Non-streaming: the mock directly, through Switchboard (with its SQLite ledger, and a second
//    serve without one), through Portkey: p50/p99 of the whole request and what each adds.
// 2. Streaming: the mock directly and through Switchboard: p50/p99 of the time to the first
//    content delta (`"content":"Hello"`), and of the whole stream.
// 3. 200 concurrent streaming clients through Switchboard, 10 requests each: throughput, errors.
#include "MockProviderServer.h"
#include "MockReply.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <memory>
#include <vector>

namespace {

const QByteArray kToken = "sb-gw-benchmark-token-0123456789";

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const auto index = static_cast<size_t>(p * static_cast<double>(values.size() - 1) + 0.5);
    return values.at(std::min(index, values.size() - 1));
}

/// One keep-alive HTTP/1.1 connection that sends a request and reads its answer (Content-Length
/// or chunked), timing the first content delta and the end.
class RawClient : public QObject {
public:
    struct Result {
        bool ok = false;
        double firstContentMs = -1;
        double totalMs = 0;
        QByteArray head;
    };

    explicit RawClient(quint16 port)
        : m_port(port)
    {
        m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
        connect(&m_socket, &QTcpSocket::readyRead, this, &RawClient::onReadyRead);
        connect(&m_socket, &QTcpSocket::disconnected, this, [this] { end(false); });
    }

    quint16 port() const { return m_port; }

    void send(const QByteArray& request, std::function<void(const Result&)> done)
    {
        m_done = std::move(done);
        m_buffer.clear();
        m_result = {};
        m_bodyStart = -1;
        m_clock.start();
        if (m_socket.state() != QAbstractSocket::ConnectedState) {
            m_socket.connectToHost(QHostAddress::LocalHost, m_port);
            m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
        }
        m_socket.write(request);
    }

private:
    void onReadyRead()
    {
        m_buffer += m_socket.readAll();
        if (m_bodyStart < 0) {
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            m_bodyStart = end + 4;
            m_result.head = m_buffer.first(end);
            const QRegularExpressionMatch length =
                QRegularExpression(QStringLiteral("(?i)content-length: *(\\d+)"))
                    .match(QString::fromLatin1(m_result.head));
            m_contentLength = length.hasMatch() ? length.captured(1).toLongLong() : -1;
        }
        if (m_result.firstContentMs < 0
            && m_buffer.indexOf("\"content\":\"Hello", m_bodyStart) >= 0)
            m_result.firstContentMs = double(m_clock.nsecsElapsed()) / 1e6;
        const qsizetype body = m_buffer.size() - m_bodyStart;
        if ((m_contentLength >= 0 && body >= m_contentLength)
            || (m_contentLength < 0 && m_buffer.endsWith("0\r\n\r\n")))
            end(m_result.head.startsWith("HTTP/1.1 200"));
    }

    void end(bool ok)
    {
        if (!m_done)
            return;
        m_result.ok = ok;
        m_result.totalMs = double(m_clock.nsecsElapsed()) / 1e6;
        if (m_result.firstContentMs < 0)
            m_result.firstContentMs = m_result.totalMs;
        std::exchange(m_done, nullptr)(m_result);
    }

    quint16 m_port;
    QTcpSocket m_socket;
    QByteArray m_buffer;
    qsizetype m_bodyStart = -1;
    qint64 m_contentLength = -1;
    QElapsedTimer m_clock;
    Result m_result;
    std::function<void(const Result&)> m_done;
};

QByteArray httpRequest(quint16 port, const QByteArray& body, const QList<QByteArray>& headers)
{
    QByteArray request =
        "POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port)
        + "\r\nContent-Type: application/json\r\nUser-Agent: bench_gateway\r\n"
          "Content-Length: "
        + QByteArray::number(body.size()) + "\r\n";
    for (const QByteArray& header : headers)
        request += header + "\r\n";
    return request + "\r\n" + body;
}

QByteArray chatBody(const QByteArray& model, bool stream)
{
    return "{\"model\":\"" + model + "\",\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}]"
           + (stream ? ",\"stream\":true,\"stream_options\":{\"include_usage\":true}}" : "}");
}

RawClient::Result sendAndWait(RawClient& client, const QByteArray& request)
{
    RawClient::Result result;
    QEventLoop loop; // a benchmark may block; product code may not
    client.send(request, [&](const RawClient::Result& r) {
        result = r;
        loop.quit();
    });
    QTimer::singleShot(10'000, &loop, &QEventLoop::quit);
    loop.exec();
    return result;
}

/// A child server process that prints a line matching `ready` once it listens.
std::unique_ptr<QProcess> startServer(const QString& program, const QStringList& arguments,
                                      const QRegularExpression& ready, QString* captured,
                                      const QProcessEnvironment& environment)
{
    auto process = std::make_unique<QProcess>();
    process->setProcessEnvironment(environment);
    process->setProcessChannelMode(QProcess::MergedChannels);
    process->start(program, arguments);
    QByteArray out;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 30'000 && process->state() != QProcess::NotRunning) {
        process->waitForReadyRead(200);
        out += process->readAll();
        const QRegularExpressionMatch match = ready.match(QString::fromUtf8(out));
        if (match.hasMatch()) {
            *captured = match.captured(1);
            return process;
        }
    }
    QTextStream(stderr) << program << " did not start: " << out << '\n';
    return nullptr;
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    if (argc < 2) {
        QTextStream(stderr) << "usage: bench_gateway SWITCHBOARD_CLI [requests] [PORTKEY_DIR]\n";
        return 2;
    }
    const QString cli = QString::fromLocal8Bit(argv[1]);
    const int requests = argc > 2 ? QString::fromLatin1(argv[2]).toInt() : 2000;
    const QString portkeyDir = argc > 3 ? QString::fromLocal8Bit(argv[3]) : QString();

    // The mock provider on its own thread, answering every request at once.
    QThread mockThread;
    QObject mockHome; // lives in the mock's thread: what work is sent there to run on
    mockHome.moveToThread(&mockThread);
    mockThread.start();
    TestSupport::MockProviderServer* mock = nullptr;
    QMetaObject::invokeMethod(
        &mockHome,
        [&mock] {
            mock = new TestSupport::MockProviderServer;
            mock->listen();
            // Without a context object the slot runs in the mock's thread, inside the emission,
            // so the reply queued here answers this very request.
            QObject::connect(mock, &TestSupport::MockProviderServer::requestReceived,
                             [&mock](const TestSupport::RecordedRequest& request) {
                                 const QJsonObject body =
                                     QJsonDocument::fromJson(request.body).object();
                                 const QString model =
                                     body.value(QLatin1String("model")).toString();
                                 TestSupport::MockReply reply =
                                     body.value(QLatin1String("stream")).toBool()
                                         ? TestSupport::MockReply::openAiStream(
                                             {QStringLiteral("Hello"), QStringLiteral(" from"),
                                              QStringLiteral(" the"), QStringLiteral(" mock")},
                                             model, true)
                                         : TestSupport::MockReply::openAiCompletion(
                                             QStringLiteral("Hello from the mock"), model);
                                 reply.chunkDelayMs = 0;
                                 mock->enqueue(reply);
                             });
        },
        Qt::BlockingQueuedConnection);
    const quint16 mockPort = mock->port();

    // The Switchboard gateway: the real serve on a fresh profile.
    QTemporaryDir profile;
    {
        QFile config(profile.filePath(QStringLiteral("config.json")));
        config.open(QIODevice::WriteOnly);
        config.write(
            QJsonDocument(
                QJsonObject{{QStringLiteral("version"), 1},
                            {QStringLiteral("providers"),
                             QJsonArray{QJsonObject{
                                 {QStringLiteral("name"), QStringLiteral("mock")},
                                 {QStringLiteral("kind"), QStringLiteral("openai")},
                                 {QStringLiteral("base_url"), mock->baseUrl().toString()}}}},
                            {QStringLiteral("routes"),
                             QJsonArray{QJsonObject{
                                 {QStringLiteral("name"), QStringLiteral("default")},
                                 {QStringLiteral("targets"),
                                  QJsonArray{QJsonObject{{QStringLiteral("target"),
                                                          QStringLiteral("mock/mock-small")}}}}}}}})
                .toJson());
    }
    // The same gateway once more without a ledger (a folder where its database would be: serve
    // warns that requests are not recorded), to show what the SQLite writes cost.
    QTemporaryDir bareProfile;
    QFile::copy(profile.filePath(QStringLiteral("config.json")),
                bareProfile.filePath(QStringLiteral("config.json")));
    QDir(bareProfile.path()).mkpath(QStringLiteral("switchboard.db"));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("SWITCHBOARD_GATEWAY_TOKEN"), QString::fromLatin1(kToken));
    QString gatewayUrl;
    std::unique_ptr<QProcess> gateway =
        startServer(cli,
                    {QStringLiteral("--profile"), profile.path(), QStringLiteral("serve"),
                     QStringLiteral("--port"), QStringLiteral("0")},
                    QRegularExpression(QStringLiteral("Listening on http://127.0.0.1:(\\d+)/v1")),
                    &gatewayUrl, environment);
    const auto stopMock = [&] {
        QMetaObject::invokeMethod(
            &mockHome, [&mock] { delete mock; }, Qt::BlockingQueuedConnection);
        mockThread.quit();
        mockThread.wait();
    };
    if (!gateway) {
        stopMock();
        return 1;
    }
    const quint16 gatewayPort = quint16(gatewayUrl.toUInt());
    QString bareUrl;
    std::unique_ptr<QProcess> bareGateway =
        startServer(cli,
                    {QStringLiteral("--profile"), bareProfile.path(), QStringLiteral("serve"),
                     QStringLiteral("--port"), QStringLiteral("0")},
                    QRegularExpression(QStringLiteral("Listening on http://127.0.0.1:(\\d+)/v1")),
                    &bareUrl, environment);
    if (!bareGateway) {
        stopMock();
        return 1;
    }
    const quint16 barePort = quint16(bareUrl.toUInt());

    std::unique_ptr<QProcess> portkey;
    quint16 portkeyPort = 0;
    if (!portkeyDir.isEmpty()) {
        portkeyPort = freePort();
        QString ignored;
        portkey = startServer(
            QStringLiteral("node"),
            {QDir(portkeyDir)
                 .filePath(
                     QStringLiteral("node_modules/@portkey-ai/gateway/build/start-server.js")),
             QStringLiteral("--port=%1").arg(portkeyPort), QStringLiteral("--headless")},
            QRegularExpression(QStringLiteral("(?i)(running|listening|ready)")), &ignored,
            environment);
        if (!portkey) {
            stopMock();
            return 1;
        }
        QThread::msleep(500);
    }

    const QByteArray mockHost = "http://127.0.0.1:" + QByteArray::number(mockPort) + "/v1";
    const QByteArray directWhole = httpRequest(mockPort, chatBody("mock-small", false), {});
    const QByteArray directStream = httpRequest(mockPort, chatBody("mock-small", true), {});
    const QList<QByteArray> auth{"Authorization: Bearer " + kToken};
    const QByteArray gatewayWhole =
        httpRequest(gatewayPort, chatBody("route/default", false), auth);
    const QByteArray gatewayStream =
        httpRequest(gatewayPort, chatBody("route/default", true), auth);
    const QByteArray bareWhole = httpRequest(barePort, chatBody("route/default", false), auth);
    const QByteArray bareStream = httpRequest(barePort, chatBody("route/default", true), auth);
    const QList<QByteArray> portkeyHeaders{"Authorization: Bearer sk-mock-unused",
                                           "x-portkey-provider: openai",
                                           "x-portkey-custom-host: " + mockHost};
    const QByteArray portkeyWhole =
        httpRequest(portkeyPort, chatBody("mock-small", false), portkeyHeaders);
    const QByteArray portkeyStream =
        httpRequest(portkeyPort, chatBody("mock-small", true), portkeyHeaders);

    RawClient direct(mockPort), viaGateway(gatewayPort), viaBare(barePort), viaPortkey(portkeyPort);
    int errors = 0;
    const auto sample = [&errors](RawClient& client, const QByteArray& request) {
        const RawClient::Result r = sendAndWait(client, request);
        if (!r.ok) {
            ++errors;
            QTextStream(stderr) << "failed on port " << client.port() << ": " << r.head.left(200)
                                << '\n';
        }
        return r;
    };

    // Warm-up: connections, the ledger's first writes, Portkey's JIT.
    for (int i = 0; i < 200; ++i) {
        sample(direct, directWhole);
        sample(viaGateway, gatewayWhole);
        sample(viaGateway, gatewayStream);
        sample(viaBare, bareWhole);
        sample(viaBare, bareStream);
        if (portkey)
            sample(viaPortkey, portkeyWhole);
    }
    errors = 0;

    std::vector<double> dWhole, gWhole, bWhole, pWhole, dFirst, gFirst, bFirst, dStreamTotal,
        gStreamTotal;
    for (int i = 0; i < requests; ++i) {
        dWhole.push_back(sample(direct, directWhole).totalMs);
        gWhole.push_back(sample(viaGateway, gatewayWhole).totalMs);
        bWhole.push_back(sample(viaBare, bareWhole).totalMs);
        if (portkey)
            pWhole.push_back(sample(viaPortkey, portkeyWhole).totalMs);
        const RawClient::Result ds = sample(direct, directStream);
        dFirst.push_back(ds.firstContentMs);
        dStreamTotal.push_back(ds.totalMs);
        const RawClient::Result gs = sample(viaGateway, gatewayStream);
        gFirst.push_back(gs.firstContentMs);
        gStreamTotal.push_back(gs.totalMs);
        bFirst.push_back(sample(viaBare, bareStream).firstContentMs);
    }
    const auto row = [&out](const char* name, const std::vector<double>& v) {
        out << QStringLiteral("| %1 | %2 ms | %3 ms |\n")
                   .arg(QLatin1String(name))
                   .arg(percentile(v, 0.5), 0, 'f', 3)
                   .arg(percentile(v, 0.99), 0, 'f', 3);
    };
    const auto added = [&out](const char* name, const std::vector<double>& via,
                              const std::vector<double>& base) {
        out << QStringLiteral("| %1 | %2 ms | %3 ms |\n")
                   .arg(QLatin1String(name))
                   .arg(percentile(via, 0.5) - percentile(base, 0.5), 0, 'f', 3)
                   .arg(percentile(via, 0.99) - percentile(base, 0.99), 0, 'f', 3);
    };
    out << "Non-streaming, " << requests << " requests per variant, interleaved\n";
    out << "| variant | p50 | p99 |\n|---|---|---|\n";
    row("mock directly", dWhole);
    row("through Switchboard", gWhole);
    row("through Switchboard without a ledger", bWhole);
    if (portkey)
        row("through Portkey", pWhole);
    added("Switchboard adds", gWhole, dWhole);
    added("Switchboard without a ledger adds", bWhole, dWhole);
    if (portkey)
        added("Portkey adds", pWhole, dWhole);
    out << "\nStreaming, " << requests << " requests per variant, interleaved\n";
    out << "| variant | p50 | p99 |\n|---|---|---|\n";
    row("first content delta, mock directly", dFirst);
    row("first content delta, through Switchboard", gFirst);
    row("first content delta, through Switchboard without a ledger", bFirst);
    added("Switchboard adds to the first delta", gFirst, dFirst);
    added("Switchboard without a ledger adds to the first delta", bFirst, dFirst);
    row("whole stream, mock directly", dStreamTotal);
    row("whole stream, through Switchboard", gStreamTotal);
    out << "errors: " << errors << "\n";
    if (portkey) {
        const RawClient::Result r = sample(viaPortkey, portkeyStream);
        out << "Portkey streaming: " << (r.ok ? "ok" : "failed") << " — "
            << QString::fromUtf8(r.head.left(r.head.indexOf('\r'))) << "\n";
        errors = 0;
    }
    out.flush();

    // 200 concurrent streaming clients, 10 streams each.
    constexpr int kClients = 200;
    constexpr int kEach = 10;
    std::vector<std::unique_ptr<RawClient>> clients;
    int finished = 0;
    int failures = 0;
    std::vector<double> firsts;
    QEventLoop loop;
    QElapsedTimer wall;
    wall.start();
    std::function<void(RawClient*, int)> next = [&](RawClient* client, int left) {
        client->send(gatewayStream, [&, client, left](const RawClient::Result& r) {
            if (!r.ok)
                ++failures;
            firsts.push_back(r.firstContentMs);
            if (++finished == kClients * kEach)
                loop.quit();
            else if (left > 1)
                QTimer::singleShot(0, client, [&, client, left] { next(client, left - 1); });
        });
    };
    for (int i = 0; i < kClients; ++i) {
        clients.push_back(std::make_unique<RawClient>(gatewayPort));
        next(clients.back().get(), kEach);
    }
    QTimer::singleShot(120'000, &loop, &QEventLoop::quit);
    loop.exec();
    const double seconds = double(wall.nsecsElapsed()) / 1e9;
    out << "\n"
        << kClients << " concurrent streaming clients x " << kEach << ": " << finished
        << " streams in " << QString::number(seconds, 'f', 2)
        << " s = " << QString::number(finished / seconds, 'f', 0) << " streams/s, " << failures
        << " errors, first delta p50 " << QString::number(percentile(firsts, 0.5), 'f', 2)
        << " ms p99 " << QString::number(percentile(firsts, 0.99), 'f', 2) << " ms\n";
    out.flush();

    for (QProcess* server : {gateway.get(), bareGateway.get()}) {
        server->terminate();
        server->waitForFinished(10'000);
    }
    if (portkey) {
        portkey->terminate();
        portkey->waitForFinished(10'000);
    }
    stopMock();
    return failures == 0 && errors == 0 ? 0 : 1;
}
