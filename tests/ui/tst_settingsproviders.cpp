// Settings ▸ Providers driven as a user would, against the mock provider and the test session's
// Secret Service, each edit checked in config.json: a base URL moved to another host while a key
// exists asks first (same host does not); a bad URL gets the CLI's words; keys are set, replaced
// and removed in the keychain, and the status says where a key comes from; a failing test shows
// which step failed, in place; model lists refresh into the cache with their time; removing a
// provider takes it out of routes.
#include "MockProviderServer.h"
#include "MockReply.h"
#include "SettingsTestServices.h"
#include "i18n/Translations.h"
#include "providers/ModelCache.h"
#include "settings/InlineMessage.h"
#include "settings/ProvidersPage.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using TestSupport::child;
using TestSupport::MockProviderServer;
using TestSupport::MockReply;
using TestSupport::targetsOf;
using TestSupport::typeInto;

namespace {

const QString kService = QStringLiteral("SwitchboardTest-settingsproviders");
const QByteArray kVariable = "SWITCHBOARD_TST_PROVIDERS_KEY";
const QString kEnvKey = QStringLiteral("sk-settings-env-1b3d5f7a9c2e4d6f");
const QString kKeychainKey = QStringLiteral("sk-settings-keychain-8e6c4a2f0d1b3e5c");

} // namespace

class TestSettingsProviders : public QObject {
    Q_OBJECT

private:
    MockProviderServer m_mock;
    I18n::Translations m_translations; ///< English: its plural forms ("3 models")

    QJsonObject standardConfig() const
    {
        return TestSupport::standardSettingsConfig(m_mock.baseUrl(), kVariable);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_mock.listen());
        QCOMPARE(m_translations.select(QStringLiteral("en")), QStringLiteral("en"));
    }

    void init()
    {
        m_mock.reset();
        qputenv(kVariable.constData(), kEnvKey.toLatin1());
    }

    void movingTheBaseUrlToAnotherHostAsksFirst()
    {
        TestSupport::SettingsTestServices t(kService);
        t.writeConfig(standardConfig());
        Ui::ProvidersPage page(t.services());
        page.show();
        page.selectProvider(QStringLiteral("alpha"));
        auto* url = child<QLineEdit>(page, "baseUrlEdit");
        auto* message = child<Ui::InlineMessage>(page, "connectionMessage");

        // Another port and path on the same host: no question.
        const QString sameHost = QStringLiteral("http://127.0.0.1:9/other/v1");
        typeInto(url, sameHost);
        child<QPushButton>(page, "applyBaseUrl")->click();
        QTRY_COMPARE(t.store->config().findProvider(QStringLiteral("alpha"))->baseUrl.toString(),
                     sameHost);

        // Another host while the key is in the environment: asked in place, nothing written.
        const QString farHost = QStringLiteral("https://llm.example.net/v1");
        typeInto(url, farHost);
        child<QPushButton>(page, "applyBaseUrl")->click();
        QTRY_VERIFY(child<QPushButton>(page, "confirmNewHost"));
        QCOMPARE(message->kind(), Ui::InlineMessage::Kind::Warning);
        QVERIFY2(message->text().contains(QStringLiteral(
                     "the new base URL sends the requests of provider 'alpha', and its key (in "
                     "SWITCHBOARD_TST_PROVIDERS_KEY), to llm.example.net instead of 127.0.0.1")),
                 qPrintable(message->text()));
        QCOMPARE(t.readConfig()
                     .value(QStringLiteral("providers"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("base_url"))
                     .toString(),
                 sameHost);
        child<QPushButton>(page, "confirmNewHost")->click();
        QCOMPARE(t.readConfig()
                     .value(QStringLiteral("providers"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("base_url"))
                     .toString(),
                 farHost);
        QVERIFY(message->text().contains(QStringLiteral("now goes to llm.example.net")));
        // The rest of the file survived the edits.
        QVERIFY(t.readConfig().contains(QStringLiteral("a_later_feature")));
    }

    void movingAProviderWithAKeychainKeyAsksToo()
    {
        TestSupport::SettingsTestServices t(kService);
        if (const QString reason = t.keychainUnavailableReason(this); !reason.isEmpty())
            QSKIP(qPrintable(reason));
        t.writeConfig(standardConfig());
        t.setKeychainEntry(QStringLiteral("beta"), kKeychainKey, this);
        Ui::ProvidersPage page(t.services());
        page.show();
        page.selectProvider(QStringLiteral("beta"));
        typeInto(child<QLineEdit>(page, "baseUrlEdit"), QStringLiteral("https://b.example/v1"));
        child<QPushButton>(page, "applyBaseUrl")->click();
        QTRY_VERIFY(child<QPushButton>(page, "cancelNewHost"));
        QVERIFY(child<Ui::InlineMessage>(page, "connectionMessage")
                    ->text()
                    .contains(QStringLiteral("its key (in the keychain)")));
        child<QPushButton>(page, "cancelNewHost")->click();
        QCOMPARE(child<QLineEdit>(page, "baseUrlEdit")->text(), m_mock.baseUrl().toString());
        QCOMPARE(t.store->config().findProvider(QStringLiteral("beta"))->baseUrl, m_mock.baseUrl());
        t.removeKeychainEntry(QStringLiteral("beta"), this);
    }

    void aBadBaseUrlIsRefusedWithTheCliWords()
    {
        TestSupport::SettingsTestServices t(kService);
        t.writeConfig(standardConfig());
        Ui::ProvidersPage page(t.services());
        page.show();
        page.selectProvider(QStringLiteral("beta"));
        typeInto(child<QLineEdit>(page, "baseUrlEdit"), QStringLiteral("ftp://files.example"));
        child<QPushButton>(page, "applyBaseUrl")->click();
        QCOMPARE(child<Ui::InlineMessage>(page, "connectionMessage")->text(),
                 QStringLiteral("'ftp://files.example' is not an http(s) URL"));
        QCOMPARE(t.store->config().findProvider(QStringLiteral("beta"))->baseUrl, m_mock.baseUrl());
    }

    void keysAreSetReplacedAndRemovedInTheKeychain()
    {
        TestSupport::SettingsTestServices t(kService);
        if (const QString reason = t.keychainUnavailableReason(this); !reason.isEmpty())
            QSKIP(qPrintable(reason));
        t.writeConfig(standardConfig());
        t.removeKeychainEntry(QStringLiteral("beta"), this);
        Ui::ProvidersPage page(t.services());
        page.show();
        page.selectProvider(QStringLiteral("beta"));
        auto* status = child<QLabel>(page, "keyStatus");
        QTRY_COMPARE(status->text(),
                     QStringLiteral("Key: none needed (a server on this computer)"));
        child<QPushButton>(page, "setKeyButton")->click();
        child<QLineEdit>(page, "keyEdit")->setText(QStringLiteral("has a space"));
        child<QPushButton>(page, "storeKeyButton")->click();
        QVERIFY(child<Ui::InlineMessage>(page, "keyMessage")
                    ->text()
                    .contains(QStringLiteral("The key has spaces")));
        child<QLineEdit>(page, "keyEdit")->setText(kKeychainKey + QStringLiteral("\n"));
        child<QPushButton>(page, "storeKeyButton")->click();
        QTRY_COMPARE(status->text(), QStringLiteral("Key: stored in the keychain"));
        QCOMPARE(t.keychainEntry(QStringLiteral("beta"), this).key, kKeychainKey);
        QCOMPARE(child<QPushButton>(page, "setKeyButton")->text(), QStringLiteral("Replace Key…"));

        child<QPushButton>(page, "removeKeyButton")->click();
        QTRY_VERIFY(child<QPushButton>(page, "confirmRemoveKey"));
        child<QPushButton>(page, "confirmRemoveKey")->click();
        QTRY_COMPARE(status->text(),
                     QStringLiteral("Key: none needed (a server on this computer)"));
        QCOMPARE(t.keychainEntry(QStringLiteral("beta"), this).status,
                 Secrets::KeyStoreStatus::NotFound);
        QCOMPARE(t.filesContaining(kKeychainKey.toLatin1()), QStringList());
    }

    void keyStatusSaysWhereTheKeyComesFrom()
    {
        TestSupport::SettingsTestServices t(kService);
        t.writeConfig(standardConfig());
        Ui::ProvidersPage page(t.services());
        page.show();
        page.selectProvider(QStringLiteral("alpha"));
        QTRY_COMPARE(child<QLabel>(page, "keyStatus")->text(),
                     QStringLiteral("Key: from the environment variable "
                                    "SWITCHBOARD_TST_PROVIDERS_KEY"));
    }

    void aFailingTestShowsWhichStepFailedInPlace()
    {
        TestSupport::SettingsTestServices t(kService);
        t.writeConfig(standardConfig());
        Ui::ProvidersPage page(t.services());
        page.show();
        page.selectProvider(QStringLiteral("alpha"));
        m_mock.enqueue(MockReply::openAiError(401, QStringLiteral("Incorrect API key provided"),
                                              QStringLiteral("invalid_request_error"),
                                              QStringLiteral("invalid_api_key")));
        child<QPushButton>(page, "testButton")->click();
        auto* result = child<Ui::InlineMessage>(page, "testResult");
        QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QStringLiteral("Step 1 of 2 failed")),
                                 15'000);
        QCOMPARE(result->kind(), Ui::InlineMessage::Kind::Error);
        QVERIFY(result->text().contains(QStringLiteral("auth")));
        // The environment key went out: the test uses the key a request would.
        QCOMPARE(m_mock.requests().constFirst().header("Authorization"),
                 QByteArray("Bearer ") + kEnvKey.toLatin1());

        child<QPushButton>(page, "testButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(result->kind() == Ui::InlineMessage::Kind::Success, 15'000);
        QVERIFY(result->text().contains(QStringLiteral("alpha is reachable and accepts the key")));
        // A passing test keeps the list it fetched.
        QTRY_COMPARE(child<QListWidget>(page, "modelList")->count(), 2);
    }

    void theModelListRefreshesIntoTheCacheWithItsTime()
    {
        TestSupport::SettingsTestServices t(kService);
        t.writeConfig(standardConfig());
        Ui::ProvidersPage page(t.services());
        page.show();
        page.selectProvider(QStringLiteral("beta"));
        auto* fetched = child<QLabel>(page, "modelsFetched");
        QCOMPARE(fetched->text(), QStringLiteral("Not fetched yet."));
        m_mock.enqueue(MockReply::openAiModels(
            {QStringLiteral("zeta-1"), QStringLiteral("alpha-2"), QStringLiteral("mid-3")}));
        child<QPushButton>(page, "refreshModels")->click();
        auto* list = child<QListWidget>(page, "modelList");
        QTRY_COMPARE_WITH_TIMEOUT(list->count(), 3, 15'000);
        QCOMPARE(list->item(0)->text(), QStringLiteral("alpha-2"));
        QVERIFY2(fetched->text().startsWith(QStringLiteral("3 models, fetched ")),
                 qPrintable(fetched->text()));
        QVERIFY(QFile::exists(t.profile.filePath(QStringLiteral("cache/models/beta.json"))));

        // A failure keeps the last list and says what happened.
        m_mock.enqueue(MockReply::openAiError(503, QStringLiteral("Overloaded"),
                                              QStringLiteral("server_error")));
        child<QPushButton>(page, "refreshModels")->click();
        auto* message = child<Ui::InlineMessage>(page, "modelsMessage");
        QTRY_VERIFY_WITH_TIMEOUT(!message->text().isEmpty(), 15'000);
        QVERIFY(message->text().contains(QStringLiteral("Overloaded")));
        QCOMPARE(list->count(), 3);
    }

    void removingAProviderTakesItOutOfRoutes()
    {
        TestSupport::SettingsTestServices t(kService);
        t.writeConfig(standardConfig());
        Ui::ProvidersPage page(t.services());
        page.show();
        QSignalSpy removed(&page, &Ui::ProvidersPage::providerRemoved);
        page.selectProvider(QStringLiteral("beta"));
        child<QPushButton>(page, "removeProvider")->click();
        QVERIFY(child<Ui::InlineMessage>(page, "removeProviderMessage")
                    ->text()
                    .contains(QStringLiteral("Its targets leave the route(s) default.")));
        child<QPushButton>(page, "confirmRemoveProvider")->click();
        QTRY_COMPARE_WITH_TIMEOUT(removed.count(), 1, 20'000);
        QCOMPARE(targetsOf(t.readConfig()),
                 QStringList({QStringLiteral("alpha/m1"), QStringLiteral("alpha/m2")}));
        QCOMPARE(t.readConfig().value(QStringLiteral("providers")).toArray().size(), 1);
        QVERIFY(child<Ui::InlineMessage>(page, "providersMessage")
                    ->text()
                    .contains(QStringLiteral("Removed provider 'beta'.")));
        QCOMPARE(page.selectedProvider(), QStringLiteral("alpha"));
    }
};

QTEST_MAIN(TestSettingsProviders)
#include "tst_settingsproviders.moc"
