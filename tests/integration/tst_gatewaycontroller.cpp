// The desktop app's gateway switch without its widget: a real GatewayController over a real
// ProfileSession (router, SQLite ledger writer) with the mock provider behind it, the token in the
// keychain of packaging/with-test-session.sh (a service of this test's own), and real HTTP on
// loopback in front: on and off, a port that is taken, a regenerated token that refuses the old
// one at once, the request count after a real chat completion, a reload that restarts it over the
// new services, and the choice remembered in config.json across restarts.
#include "KeychainTestSession.h"
#include "MockProviderServer.h"
#include "MockReply.h"
#include "config/ConfigFile.h"
#include "config/Profile.h"
#include "secrets/KeyResolver.h"
#include "secrets/KeyStore.h"
#include "session/GatewayController.h"
#include "session/ProfileSession.h"
#include "storage/Database.h"
#include "storage/UsageLedger.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using Session::GatewayController;
using State = Session::GatewayController::State;
using TestSupport::MockProviderServer;
using TestSupport::MockReply;

namespace {

constexpr int kWaitMs = 20'000;
const QString kService = QStringLiteral("SwitchboardTest-gatewaycontroller");

struct Answer {
    int status = 0;
    QByteArray body;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

QByteArray chatBody(const QString& model)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("model"), model},
                                     {QStringLiteral("messages"),
                                      QJsonArray{QJsonObject{
                                          {QStringLiteral("role"), QStringLiteral("user")},
                                          {QStringLiteral("content"), QStringLiteral("Hello")}}}}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

class TestGatewayController : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    MockProviderServer m_mock;
    QNetworkAccessManager m_network;
    QNetworkAccessManager m_client;
    Secrets::KeyResolver m_keys;
    std::unique_ptr<Secrets::KeyStore> m_keyStore;
    std::unique_ptr<Session::ProfileSession> m_profile;
    std::unique_ptr<GatewayController> m_gateway;

    Config::AppConfig config(const QStringList& routes, bool enabled = false, quint16 port = 0)
    {
        Config::AppConfig c;
        Providers::ProviderConfig provider;
        provider.name = QStringLiteral("mock");
        provider.kind = Providers::Kind::OpenAi;
        provider.baseUrl = m_mock.baseUrl();
        c.providers.append(provider);
        for (const QString& name : routes) {
            Routing::Route route;
            route.name = name;
            route.targets.append(Routing::TargetSpec{
                *Routing::Target::parse(QStringLiteral("mock/m")), {}, {}, {}, {}, 1.0});
            route.policy.retriesPerTarget = 0;
            c.routes.append(route);
        }
        c.gateway = {enabled, port, {}};
        return c;
    }

    QString configPath() const { return Config::Profile(m_dir->path()).configPath(); }

    bool writeConfig(const Config::AppConfig& c) const
    {
        return Config::ConfigFile(configPath()).save(c).isEmpty();
    }

    Config::GatewaySettings remembered() const
    {
        return Config::ConfigFile(configPath()).load().config.gateway;
    }

    /// The app starting: the profile's services, then the gateway's controller over them.
    void startApp()
    {
        m_profile = std::make_unique<Session::ProfileSession>(Config::Profile(m_dir->path()),
                                                              m_network, m_keys);
        m_gateway = std::make_unique<GatewayController>(*m_profile, *m_keyStore);
    }

    void quitApp()
    {
        m_gateway.reset();
        m_profile.reset();
    }

    bool turnOn()
    {
        m_gateway->setEnabled(true);
        return QTest::qWaitFor([this] { return m_gateway->state() == State::On; }, kWaitMs);
    }

    Answer send(const QString& method, const QString& path, const QString& token,
                const QByteArray& body = {})
    {
        QUrl url = m_gateway->baseUrl();
        url.setPath(path);
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        QNetworkReply* reply =
            method == u"POST" ? m_client.post(request, body) : m_client.get(request);
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            done.wait(kWaitMs);
        Answer a;
        a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        a.body = reply->readAll();
        reply->deleteLater();
        return a;
    }

private slots:
    void initTestCase()
    {
        m_network.setProxy(QNetworkProxy::NoProxy);
        m_client.setProxy(QNetworkProxy::NoProxy);
        QVERIFY(m_mock.listen());
    }

    void init()
    {
        if (!TestSupport::insideTestSession())
            QSKIP("writes the token to the keychain: only inside packaging/with-test-session.sh");
        qunsetenv(Gateway::GatewayToken::environmentVariable());
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_keyStore = std::make_unique<Secrets::KeyStore>(kService, 0);
        m_mock.reset();
        QVERIFY(writeConfig(config({QStringLiteral("default")})));
        startApp();
    }

    void cleanup()
    {
        quitApp();
        m_keyStore.reset();
        m_dir.reset();
    }

    void switchTurnsTheGatewayOnAndOffAndRemembersIt()
    {
        QCOMPARE(m_gateway->state(), State::Off);
        QVERIFY(m_gateway->baseUrl().isEmpty());
        QVERIFY(turnOn());
        QCOMPARE(m_gateway->baseUrl().host(), QStringLiteral("127.0.0.1"));
        QVERIFY(m_gateway->baseUrl().port() > 0);
        QCOMPARE(m_gateway->baseUrl().path(), QStringLiteral("/v1"));
        QVERIFY(m_gateway->token().startsWith(QLatin1String("sb-gw-")));
        QCOMPARE(m_gateway->tokenSource(), Gateway::TokenSource::Keychain);
        QVERIFY(m_gateway->lastError().isEmpty());
        QCOMPARE(send(QStringLiteral("GET"), QStringLiteral("/health"), {}).status, 200);
        QCOMPARE(remembered(), (Config::GatewaySettings{true, 0, {}}));
        // The session's copy too, so that the settings saving it next do not turn it off.
        QCOMPARE(m_profile->config().gateway.enabled, true);
        // The token never reaches config.json.
        QFile file(configPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(m_gateway->token().toUtf8()));

        const QUrl was = m_gateway->baseUrl();
        QSignalSpy states(m_gateway.get(), &GatewayController::stateChanged);
        m_gateway->setEnabled(false);
        QTRY_COMPARE_WITH_TIMEOUT(m_gateway->state(), State::Off, kWaitMs);
        QCOMPARE(states.first().first().value<State>(), State::Stopping);
        QVERIFY(m_gateway->baseUrl().isEmpty());
        QCOMPARE(remembered(), (Config::GatewaySettings{false, 0, {}}));
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, quint16(was.port()));
        QSignalSpy refused(&probe, &QTcpSocket::errorOccurred);
        QVERIFY(refused.wait(kWaitMs));
        QCOMPARE(probe.error(), QAbstractSocket::ConnectionRefusedError);
    }

    void portInUseSaysWhatToDo()
    {
        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress::LocalHost));
        m_gateway->setPort(squatter.serverPort());
        QSignalSpy errors(m_gateway.get(), &GatewayController::lastErrorChanged);
        m_gateway->setEnabled(true);
        QTRY_VERIFY_WITH_TIMEOUT(!m_gateway->lastError().isEmpty(), kWaitMs);
        QCOMPARE(m_gateway->state(), State::Off);
        const QString error = m_gateway->lastError();
        QVERIFY2(error.contains(QString::number(squatter.serverPort())), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("already in use")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("Choose another port")), qPrintable(error));
        QVERIFY2(!error.contains(QLatin1String("--port")), qPrintable(error)); // not the CLI's
        QCOMPARE(errors.last().first().toString(), error);

        // Another port, and the switch again: it starts and the error is gone.
        squatter.close();
        m_gateway->setPort(0);
        QVERIFY(turnOn());
        QVERIFY(m_gateway->lastError().isEmpty());
    }

    void regeneratedTokenRefusesTheOldOneAtOnce()
    {
        QVERIFY(turnOn());
        const QString old = m_gateway->token();
        QCOMPARE(send(QStringLiteral("GET"), QStringLiteral("/v1/models"), old).status, 200);

        QSignalSpy changed(m_gateway.get(), &GatewayController::tokenChanged);
        m_gateway->regenerateToken();
        QVERIFY(changed.wait(kWaitMs));
        const QString fresh = m_gateway->token();
        QVERIFY(fresh != old);
        QVERIFY(fresh.startsWith(QLatin1String("sb-gw-")));
        const Answer refused = send(QStringLiteral("GET"), QStringLiteral("/v1/models"), old);
        QCOMPARE(refused.status, 401);
        QCOMPARE(refused.json()
                     .value(QLatin1String("error"))
                     .toObject()
                     .value(QLatin1String("code"))
                     .toString(),
                 QStringLiteral("invalid_api_key"));
        QCOMPARE(send(QStringLiteral("GET"), QStringLiteral("/v1/models"), fresh).status, 200);

        // The keychain holds the new one: the next start of the app uses it.
        quitApp();
        startApp();
        QVERIFY(turnOn());
        QCOMPARE(m_gateway->token(), fresh);
    }

    void requestCountRisesWithAChatCompletion()
    {
        QVERIFY(turnOn());
        QCOMPARE(m_gateway->requestCount(), 0);
        QSignalSpy counts(m_gateway.get(), &GatewayController::requestCountChanged);
        const Answer answer = send(QStringLiteral("POST"), QStringLiteral("/v1/chat/completions"),
                                   m_gateway->token(), chatBody(QStringLiteral("route/default")));
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.json().value(QLatin1String("object")).toString(),
                 QStringLiteral("chat.completion"));
        QCOMPARE(m_mock.requests().size(), 1); // the mock provider answered behind it
        QTRY_COMPARE_WITH_TIMEOUT(m_gateway->activeRequests(), 0, kWaitMs);
        QCOMPARE(m_gateway->requestCount(), 1);
        QVERIFY(!counts.isEmpty());
        QCOMPARE(counts.last().at(0).toLongLong(), 1);
        QCOMPARE(counts.last().at(1).toInt(), 0);
    }

    void reloadRestartsOverTheNewServices()
    {
        QVERIFY(turnOn());
        QCOMPARE(send(QStringLiteral("POST"), QStringLiteral("/v1/chat/completions"),
                      m_gateway->token(), chatBody(QStringLiteral("route/default")))
                     .status,
                 200);
        QCOMPARE(send(QStringLiteral("POST"), QStringLiteral("/v1/chat/completions"),
                      m_gateway->token(), chatBody(QStringLiteral("route/second")))
                     .status,
                 404);

        // The settings add a route and reload the profile.
        Config::AppConfig changed = config({QStringLiteral("default"), QStringLiteral("second")});
        changed.gateway = remembered();
        QVERIFY(writeConfig(changed));
        QSignalSpy states(m_gateway.get(), &GatewayController::stateChanged);
        m_profile->reload();
        QTRY_COMPARE_WITH_TIMEOUT(m_gateway->state(), State::On, kWaitMs);
        QVERIFY(states.size() >= 2); // off over the old services, on over the new
        QCOMPARE(states.first().first().value<State>(), State::Off);

        const Answer answer = send(QStringLiteral("POST"), QStringLiteral("/v1/chat/completions"),
                                   m_gateway->token(), chatBody(QStringLiteral("route/second")));
        QCOMPARE(answer.status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(m_gateway->activeRequests(), 0, kWaitMs);
        QCOMPARE(m_gateway->requestCount(), 3); // a reload does not reset the count
    }

    void reloadMidStreamCancelsItAndServesAgain()
    {
        QVERIFY(turnOn());
        MockReply slow = MockReply::openAiStream(
            {QStringLiteral("first"), QStringLiteral("second")}, QStringLiteral("m"), true);
        slow.stallAfterBytes = slow.body.indexOf("second");
        slow.stallMs = -1; // the provider never sends the rest
        m_mock.enqueue(slow);
        QUrl url = m_gateway->baseUrl();
        url.setPath(QStringLiteral("/v1/chat/completions"));
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        request.setRawHeader("Authorization", "Bearer " + m_gateway->token().toUtf8());
        QJsonObject body =
            QJsonDocument::fromJson(chatBody(QStringLiteral("route/default"))).object();
        body.insert(QStringLiteral("stream"), true);
        QNetworkReply* reply =
            m_client.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
        QByteArray seen;
        connect(reply, &QNetworkReply::readyRead, this, [&] { seen += reply->readAll(); });
        QTRY_VERIFY_WITH_TIMEOUT(seen.contains("first"), kWaitMs);
        QCOMPARE(m_gateway->activeRequests(), 1);

        m_profile->reload();
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            QVERIFY(done.wait(kWaitMs));
        seen += reply->readAll();
        reply->deleteLater();
        QVERIFY2(!seen.contains("[DONE]"), seen.constData()); // cut off, never a false end
        QTRY_COMPARE_WITH_TIMEOUT(m_gateway->state(), State::On, kWaitMs);
        QCOMPARE(m_gateway->activeRequests(), 0);
        QCOMPARE(send(QStringLiteral("POST"), QStringLiteral("/v1/chat/completions"),
                      m_gateway->token(), chatBody(QStringLiteral("route/default")))
                     .status,
                 200);

        // Quitting flushes the ledger: the cut-off attempt is there as cancelled, from the gateway.
        quitApp();
        Storage::Database db(Config::Profile(m_dir->path()).databasePath());
        QVERIFY(db.open().isEmpty());
        QList<Storage::LedgerEntry> rows = Storage::UsageLedger(db).recent(10);
        QCOMPARE(rows.size(), 2);
        const Storage::LedgerEntry& cut = rows.constLast(); // the older one
        QCOMPARE(cut.attempt.outcome, Chat::Outcome::Cancelled);
        QCOMPARE(cut.origin, Chat::Origin::Gateway);
        QVERIFY(!cut.pending);
    }

    void reloadFollowsAHandEditOfTheGatewaySection()
    {
        QVERIFY(turnOn());
        Config::AppConfig edited = config({QStringLiteral("default")}, false, 0);
        QVERIFY(writeConfig(edited));
        QSignalSpy choice(m_gateway.get(), &GatewayController::choiceChanged);
        m_profile->reload();
        QCOMPARE(choice.size(), 1);
        QVERIFY(!m_gateway->isEnabled());
        // Stopped over the old services and, off in the file, not started over the new ones.
        QCOMPARE(m_gateway->state(), State::Off);
        QVERIFY(m_gateway->baseUrl().isEmpty());
    }

    void turnedBackOnWhileStoppingComesBackOn()
    {
        QVERIFY(turnOn());
        m_gateway->setEnabled(false);
        QCOMPARE(m_gateway->state(), State::Stopping);
        m_gateway->setEnabled(true);
        QTRY_COMPARE_WITH_TIMEOUT(m_gateway->state(), State::On, kWaitMs);
        QCOMPARE(send(QStringLiteral("GET"), QStringLiteral("/health"), {}).status, 200);
        QCOMPARE(remembered().enabled, true);
    }

    void onChoiceAndPortSurviveARestart()
    {
        QTcpServer free;
        QVERIFY(free.listen(QHostAddress::LocalHost));
        const quint16 port = free.serverPort();
        free.close();
        m_gateway->setPort(port);
        QVERIFY(turnOn());
        quitApp();
        QCOMPARE(remembered(), (Config::GatewaySettings{true, port, {}}));

        startApp();
        QCOMPARE(m_gateway->isEnabled(), true);
        QTRY_COMPARE_WITH_TIMEOUT(m_gateway->state(), State::On, kWaitMs);
        QCOMPARE(m_gateway->baseUrl().port(), int(port));
        QCOMPARE(
            send(QStringLiteral("GET"), QStringLiteral("/v1/models"), m_gateway->token()).status,
            200);
    }
};

QTEST_GUILESS_MAIN(TestGatewayController)
#include "tst_gatewaycontroller.moc"
