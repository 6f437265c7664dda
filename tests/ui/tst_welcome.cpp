// The first-run flow against the mock provider and the test session's Secret Service: a provider
// added through the welcome steps ends with its key in the keychain (never in config.json, the
// profile or QSettings), the provider in config.json and a default route; local servers are found
// on their loopback ports and offered without a key; a failing test says which step failed and
// writes nothing; without a keychain the flow says so and keeps the key for the session only.
#include "KeychainTestSession.h"
#include "MockProviderServer.h"
#include "MockReply.h"
#include "SettingsTestServices.h"
#include "providers/LocalServerDetector.h"
#include "settings/InlineMessage.h"
#include "welcome/ProviderSetup.h"
#include "welcome/WelcomeFlow.h"

#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using TestSupport::child;
using TestSupport::MockProviderServer;
using TestSupport::MockReply;
using Step = Ui::ProviderSetup::Step;

namespace {

// Names of this file only: other test executables use the same keyring at the same time.
const QString kService = QStringLiteral("SwitchboardTest-welcome");
const QString kKey = QStringLiteral("sk-welcome-canary-7c1d9e3a5b2f4d6e8a0c");

/// A loopback port nothing listens on.
quint16 closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost);
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

void choosePreset(const Ui::WelcomeFlow& flow, const QString& id)
{
    auto* presets = child<QListWidget>(flow, "presetList");
    for (int row = 0; row < presets->count(); ++row) {
        if (presets->item(row)->data(Qt::UserRole).toString() == id)
            presets->setCurrentRow(row);
    }
    child<QPushButton>(flow, "presetContinue")->click();
}

} // namespace

class TestWelcome : public QObject {
    Q_OBJECT

private:
    MockProviderServer m_mock;

    /// Steps 1 and 2 for the "custom" preset pointed at the mock, with `key`.
    void enterCustomProvider(Ui::WelcomeFlow& flow, const QString& name, const QString& key)
    {
        choosePreset(flow, QStringLiteral("custom"));
        QCOMPARE(flow.setup()->step(), Step::Key);
        // The keychain check answers from the event loop.
        auto* note = child<QLabel>(flow, "keychainNote");
        QTRY_VERIFY(!note->text().contains(QStringLiteral("Checking")));
        child<QLineEdit>(flow, "providerNameEdit")->setText(name);
        child<QLineEdit>(flow, "setupBaseUrlEdit")->setText(m_mock.baseUrl().toString());
        child<QLineEdit>(flow, "setupKeyEdit")->setText(key);
        child<QPushButton>(flow, "keyStepTest")->click();
        QCOMPARE(flow.setup()->step(), Step::Test);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("SwitchboardTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_welcome"));
        QVERIFY(m_mock.listen());
    }

    void init() { m_mock.reset(); }

    void addsAProviderThroughTheWelcomeFlow()
    {
        TestSupport::SettingsTestServices t(kService);
        if (const QString reason = t.keychainUnavailableReason(this); !reason.isEmpty())
            QSKIP(qPrintable(reason));
        t.removeKeychainEntry(QStringLiteral("mock"), this);

        Ui::WelcomeFlow flow(t.services(), {});
        flow.show();
        QSignalSpy added(&flow, &Ui::WelcomeFlow::providerAdded);
        enterCustomProvider(flow, QStringLiteral("mock"), kKey);
        QVERIFY(child<QLabel>(flow, "keychainNote")->text().contains(QStringLiteral("keychain")));

        auto* next = child<QPushButton>(flow, "testContinue");
        QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), 15'000);
        QVERIFY(child<Ui::InlineMessage>(flow, "testReport")
                    ->text()
                    .contains(QStringLiteral("reachable and accepts the key")));
        next->click();
        QCOMPARE(flow.setup()->step(), Step::Finish);
        auto* model = child<QComboBox>(flow, "defaultModel");
        QVERIFY(model->findText(QStringLiteral("mock-small")) >= 0);
        model->setCurrentText(QStringLiteral("mock-small"));
        child<QPushButton>(flow, "finishSetup")->click();
        QTRY_COMPARE_WITH_TIMEOUT(added.count(), 1, 15'000);
        QCOMPARE(added.at(0).at(0).toString(), QStringLiteral("mock"));
        QCOMPARE(flow.setup()->step(), Step::Done);

        // The key went to the keychain, and the mock saw it while testing.
        QCOMPARE(t.keychainEntry(QStringLiteral("mock"), this).key, kKey);
        QCOMPARE(m_mock.requests().constFirst().header("Authorization"),
                 QByteArray("Bearer ") + kKey.toLatin1());
        // config.json has the provider and a default route with the chosen model.
        const QJsonObject config = t.readConfig();
        const QJsonObject provider =
            config.value(QStringLiteral("providers")).toArray().at(0).toObject();
        QCOMPARE(provider.value(QStringLiteral("name")).toString(), QStringLiteral("mock"));
        QCOMPARE(provider.value(QStringLiteral("base_url")).toString(),
                 m_mock.baseUrl().toString());
        const QJsonObject route = config.value(QStringLiteral("routes")).toArray().at(0).toObject();
        QCOMPARE(route.value(QStringLiteral("name")).toString(), QStringLiteral("default"));
        QCOMPARE(route.value(QStringLiteral("targets"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("target")),
                 QJsonValue(QStringLiteral("mock/mock-small")));
        // The key is nowhere but in the keychain.
        QCOMPARE(t.filesContaining(kKey.toLatin1()), QStringList());
        QFile settings(QSettings().fileName());
        QVERIFY(!settings.open(QIODevice::ReadOnly)
                || !settings.readAll().contains(kKey.toLatin1()));

        t.removeKeychainEntry(QStringLiteral("mock"), this);
    }

    void localServerDetectorFindsOnlyServersThatAnswerWithAModelList()
    {
        MockProviderServer notAModelServer;
        QVERIFY(notAModelServer.listen());
        notAModelServer.setDefaultReply(
            MockReply::openAiError(404, QStringLiteral("no such path")));
        const QUrl closed(QStringLiteral("http://127.0.0.1:%1/v1").arg(closedPort()));
        QNetworkAccessManager network;
        Providers::LocalServerDetector detector(
            network,
            {{QStringLiteral("ollama"), m_mock.baseUrl()},
             {QStringLiteral("lmstudio"), closed},
             {QStringLiteral("llamacpp"), notAModelServer.baseUrl()}},
            1'500);
        QSignalSpy found(&detector, &Providers::LocalServerDetector::found);
        QSignalSpy finished(&detector, &Providers::LocalServerDetector::finished);
        detector.start();
        QVERIFY(finished.wait(10'000));
        const auto servers = finished.at(0).at(0).value<QList<Providers::LocalServer>>();
        QCOMPARE(servers.size(), 1);
        QCOMPARE(servers.at(0).presetId, QStringLiteral("ollama"));
        QCOMPARE(servers.at(0).baseUrl, m_mock.baseUrl());
        QCOMPARE(servers.at(0).models.size(), 2);
        QCOMPARE(found.count(), 1);
        // Asked without a key.
        for (const TestSupport::RecordedRequest& request : m_mock.requests())
            QVERIFY(request.header("Authorization").isEmpty());
    }

    void defaultCandidatesAreTheLocalPresetsOnTheirUsualPorts()
    {
        QStringList where;
        for (const auto& candidate : Providers::LocalServerDetector::defaultCandidates())
            where.append(candidate.presetId + u'@' + candidate.baseUrl.authority());
        QCOMPARE(where, QStringList({QStringLiteral("ollama@127.0.0.1:11434"),
                                     QStringLiteral("lmstudio@127.0.0.1:1234"),
                                     QStringLiteral("llamacpp@127.0.0.1:8080")}));
    }

    void aLocalServerIsOfferedAndAddedWithoutAKey()
    {
        TestSupport::SettingsTestServices t(kService);
        const QUrl closed(QStringLiteral("http://127.0.0.1:%1/v1").arg(closedPort()));
        Ui::WelcomeFlow flow(t.services(), {{QStringLiteral("ollama"), m_mock.baseUrl()},
                                            {QStringLiteral("lmstudio"), closed}});
        flow.show();
        QSignalSpy added(&flow, &Ui::WelcomeFlow::providerAdded);
        QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(flow, "useLocal_ollama"), 10'000);
        QVERIFY(!child<QPushButton>(flow, "useLocal_lmstudio"));
        QVERIFY(
            child<QLabel>(flow, "localServerStatus")->text().contains(QStringLiteral("no key")));
        child<QPushButton>(flow, "useLocal_ollama")->click();
        QCOMPARE(flow.setup()->step(), Step::Test); // no key step for a local server
        auto* next = child<QPushButton>(flow, "testContinue");
        QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), 15'000);
        next->click();
        child<QPushButton>(flow, "finishSetup")->click();
        QTRY_COMPARE_WITH_TIMEOUT(added.count(), 1, 15'000);

        const QJsonObject config = t.readConfig();
        const QJsonObject provider =
            config.value(QStringLiteral("providers")).toArray().at(0).toObject();
        QCOMPARE(provider.value(QStringLiteral("name")).toString(), QStringLiteral("ollama"));
        QCOMPARE(provider.value(QStringLiteral("preset")).toString(), QStringLiteral("ollama"));
        QCOMPARE(provider.value(QStringLiteral("base_url")).toString(),
                 m_mock.baseUrl().toString());
        QVERIFY(!provider.contains(QStringLiteral("api_key_env")));
        const QJsonArray targets = config.value(QStringLiteral("routes"))
                                       .toArray()
                                       .at(0)
                                       .toObject()
                                       .value(QStringLiteral("targets"))
                                       .toArray();
        QCOMPARE(targets.size(), 1);
        QVERIFY(targets.at(0)
                    .toObject()
                    .value(QStringLiteral("target"))
                    .toString()
                    .startsWith(QStringLiteral("ollama/mock-")));
        for (const TestSupport::RecordedRequest& request : m_mock.requests())
            QVERIFY(request.header("Authorization").isEmpty());
    }

    void aFailingKeyTestSaysWhichStepFailedAndWritesNothing()
    {
        TestSupport::SettingsTestServices t(kService);
        Ui::WelcomeFlow flow(t.services(), {});
        flow.show();
        m_mock.enqueue(MockReply::openAiError(401, QStringLiteral("Incorrect API key provided"),
                                              QStringLiteral("invalid_request_error"),
                                              QStringLiteral("invalid_api_key")));
        enterCustomProvider(flow, QStringLiteral("wrongkey"), QStringLiteral("sk-wrong-0000"));
        auto* report = child<Ui::InlineMessage>(flow, "testReport");
        auto* retry = child<QPushButton>(flow, "testRetry");
        QTRY_VERIFY_WITH_TIMEOUT(!retry->isHidden(), 15'000);
        QCOMPARE(report->kind(), Ui::InlineMessage::Kind::Error);
        QVERIFY2(report->text().contains(QStringLiteral("Step 1 of 2 failed")),
                 qPrintable(report->text()));
        QVERIFY2(
            report->text().contains(QStringLiteral("auth — HTTP 401: Incorrect API key provided")),
            qPrintable(report->text()));
        QVERIFY(
            report->text().contains(QStringLiteral("What to do: check the provider's API key")));
        QCOMPARE(child<QLabel>(flow, "modelsStepState")->property("stepState"),
                 QVariant(QStringLiteral("failed")));
        QVERIFY(!child<QPushButton>(flow, "testContinue")->isEnabled());

        // The model list comes, the tiny request fails: step 2 is named.
        m_mock.enqueue(MockReply::openAiModels({QStringLiteral("mock-small")}));
        m_mock.enqueue(MockReply::openAiError(500, QStringLiteral("The server had an error"),
                                              QStringLiteral("server_error")));
        retry->click();
        QTRY_VERIFY_WITH_TIMEOUT(report->text().contains(QStringLiteral("Step 2 of 2 failed")),
                                 15'000);
        QVERIFY(report->text().contains(QStringLiteral("mock-small")));
        QCOMPARE(child<QLabel>(flow, "modelsStepState")->property("stepState"),
                 QVariant(QStringLiteral("passed")));
        QCOMPARE(child<QLabel>(flow, "chatStepState")->property("stepState"),
                 QVariant(QStringLiteral("failed")));

        // Back to the key; nothing was written anywhere.
        child<QPushButton>(flow, "testStepBack")->click();
        QCOMPARE(flow.setup()->step(), Step::Key);
        QVERIFY(!QFile::exists(t.configPath()));
    }

    void aServiceThatNeedsAKeyIsNotTestedWithout()
    {
        TestSupport::SettingsTestServices t(kService);
        Ui::WelcomeFlow flow(t.services(), {});
        flow.show();
        choosePreset(flow, QStringLiteral("groq"));
        QVERIFY(child<QLabel>(flow, "keyPageLink")
                    ->text()
                    .contains(QStringLiteral("https://console.groq.com/keys")));
        QCOMPARE(child<QLineEdit>(flow, "providerNameEdit")->text(), QStringLiteral("groq"));
        child<QPushButton>(flow, "keyStepTest")->click();
        QCOMPARE(flow.setup()->step(), Step::Key);
        QVERIFY(child<Ui::InlineMessage>(flow, "keyStepMessage")
                    ->text()
                    .contains(QStringLiteral("Paste the key first")));
        // A name the CLI would refuse is refused with its words.
        child<QLineEdit>(flow, "providerNameEdit")->setText(QStringLiteral("my groq"));
        child<QLineEdit>(flow, "setupKeyEdit")->setText(QStringLiteral("gsk_abc"));
        child<QPushButton>(flow, "keyStepTest")->click();
        QCOMPARE(child<Ui::InlineMessage>(flow, "keyStepMessage")->text(),
                 QStringLiteral("'my groq' is not a valid provider name (use letters, digits, "
                                "'-', '_' or '.')"));
        QCOMPARE(m_mock.requests().size(), 0);
    }

    void withoutAKeychainTheKeyIsKeptForTheSessionOnly()
    {
        if (!TestSupport::isNoKeychainChild()) {
            QTemporaryDir scratch;
            const QString failure = TestSupport::runWithoutKeychain(
                QString::fromLatin1(QTest::currentTestFunction()), scratch.path());
            QVERIFY2(failure.isEmpty(), qPrintable(failure));
            // No plaintext fallback anywhere in the child's home or config folders.
            QDirIterator it(scratch.path(), QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                QVERIFY(file.open(QIODevice::ReadOnly));
                QVERIFY2(!file.readAll().contains(kKey.toLatin1()), qPrintable(file.fileName()));
            }
            return;
        }
        // In the child, which sees no keychain at all.
        TestSupport::SettingsTestServices t(kService);
        Ui::WelcomeFlow flow(t.services(), {});
        flow.show();
        QSignalSpy added(&flow, &Ui::WelcomeFlow::providerAdded);
        choosePreset(flow, QStringLiteral("custom"));
        auto* note = child<QLabel>(flow, "keychainNote");
        QTRY_VERIFY_WITH_TIMEOUT(
            note->text().contains(QStringLiteral("never keeps keys in a file")), 20'000);
        auto* session = child<QRadioButton>(flow, "keepForSession");
        QVERIFY(!session->isHidden() && session->isChecked());
        QVERIFY(!child<QRadioButton>(flow, "keepInEnvironment")->isHidden());
        child<QLineEdit>(flow, "providerNameEdit")->setText(QStringLiteral("mock"));
        child<QLineEdit>(flow, "setupBaseUrlEdit")->setText(m_mock.baseUrl().toString());
        child<QLineEdit>(flow, "setupKeyEdit")->setText(kKey);
        child<QPushButton>(flow, "keyStepTest")->click();
        auto* next = child<QPushButton>(flow, "testContinue");
        QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), 15'000);
        next->click();
        child<QPushButton>(flow, "finishSetup")->click();
        QTRY_COMPARE_WITH_TIMEOUT(added.count(), 1, 15'000);

        const Providers::ProviderConfig* provider =
            t.store->config().findProvider(QStringLiteral("mock"));
        QVERIFY(provider);
        QCOMPARE(t.keys.lookup(*provider).source, Secrets::KeySource::Session);
        QCOMPARE(t.keys.lookup(*provider).key, kKey);
        QCOMPARE(t.filesContaining(kKey.toLatin1()), QStringList());
    }
};

QTEST_MAIN(TestWelcome)
#include "tst_welcome.moc"
