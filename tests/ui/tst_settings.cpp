// The settings window's pages driven as a user would, against the mock provider and the test
// session's Secret Service, each edit checked in config.json: a base URL moved to another host
// while a key exists asks first (same host does not); keys are set, replaced and removed in the
// keychain; a failing test shows which step failed, in place; model lists refresh into the cache;
// removing a provider takes it out of routes; routes are created, renamed, reordered (by the same
// model operation a drag performs, and from the keyboard), their policy and overrides written;
// timeouts, budgets and preferences are written, unknown keys kept.
#include "MockProviderServer.h"
#include "MockReply.h"
#include "SettingsTestServices.h"
#include "i18n/Translations.h"
#include "providers/ModelCache.h"
#include "settings/BudgetsPage.h"
#include "settings/GeneralPage.h"
#include "settings/InlineMessage.h"
#include "settings/ProvidersPage.h"
#include "settings/RouteEditor.h"
#include "settings/RouteTargetsModel.h"
#include "settings/RoutesPage.h"
#include "settings/SettingsDialog.h"

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

using TestSupport::MockProviderServer;
using TestSupport::MockReply;

namespace {

const QString kService = QStringLiteral("SwitchboardTest-settings");
const QByteArray kVariable = "SWITCHBOARD_TST_SETTINGS_KEY";
const QString kEnvKey = QStringLiteral("sk-settings-env-1b3d5f7a9c2e4d6f");
const QString kKeychainKey = QStringLiteral("sk-settings-keychain-8e6c4a2f0d1b3e5c");

template <typename T>
T* child(const QObject& parent, const char* name)
{
    T* found = parent.findChild<T*>(QString::fromLatin1(name));
    if (!found)
        qWarning("no child named %s", name);
    return found;
}

/// Types into a line edit the way a user does (textEdited, not just setText).
void typeInto(QLineEdit* edit, const QString& text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

QJsonObject provider(const QString& name, const QString& url, const QByteArray& variable = {})
{
    QJsonObject object{{QStringLiteral("name"), name},
                       {QStringLiteral("kind"), QStringLiteral("openai")},
                       {QStringLiteral("base_url"), url}};
    if (!variable.isEmpty())
        object.insert(QStringLiteral("api_key_env"), QString::fromLatin1(variable));
    return object;
}

QStringList targetsOf(const QJsonObject& config, int route = 0)
{
    QStringList ids;
    const QJsonArray targets = config.value(QStringLiteral("routes"))
                                   .toArray()
                                   .at(route)
                                   .toObject()
                                   .value(QStringLiteral("targets"))
                                   .toArray();
    for (const QJsonValue& target : targets)
        ids.append(target.toObject().value(QStringLiteral("target")).toString());
    return ids;
}

} // namespace

class TestSettings : public QObject {
    Q_OBJECT

private:
    MockProviderServer m_mock;
    I18n::Translations m_translations; ///< English: its plural forms ("3 models")

    QJsonObject standardConfig() const
    {
        return QJsonObject{
            {QStringLiteral("version"), 1},
            {QStringLiteral("providers"),
             QJsonArray{provider(QStringLiteral("alpha"), m_mock.baseUrl().toString(), kVariable),
                        provider(QStringLiteral("beta"), m_mock.baseUrl().toString())}},
            {QStringLiteral("routes"),
             QJsonArray{QJsonObject{
                 {QStringLiteral("name"), QStringLiteral("default")},
                 {QStringLiteral("targets"),
                  QJsonArray{QStringLiteral("alpha/m1"), QStringLiteral("alpha/m2"),
                             QStringLiteral("beta/m3")}},
                 {QStringLiteral("policy"), QJsonObject{{QStringLiteral("seed"), 7}}}}}},
            {QStringLiteral("a_later_feature"), QJsonObject{{QStringLiteral("kept"), true}}}};
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
                     "SWITCHBOARD_TST_SETTINGS_KEY), to llm.example.net instead of 127.0.0.1")),
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
                                    "SWITCHBOARD_TST_SETTINGS_KEY"));
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

    void reorderingTargetsSavesTheNewOrder()
    {
        TestSupport::SettingsTestServices t(kService);
        t.writeConfig(standardConfig());
        Ui::RoutesPage page(t.services());
        page.show();
        QApplication::setActiveWindow(&page);
        QVERIFY(QTest::qWaitForWindowActive(&page));
        page.selectRoute(QStringLiteral("default"));
        Ui::RouteTargetsModel* model = page.editor()->targetsModel();
        // What a drag of the first row below the last does (QListView's internal move).
        QVERIFY(model->moveRows({}, 0, 1, {}, 3));
        QCOMPARE(targetsOf(t.readConfig()),
                 QStringList({QStringLiteral("alpha/m2"), QStringLiteral("beta/m3"),
                              QStringLiteral("alpha/m1")}));
        // From the keyboard: Move Up on the selected (last) row.
        auto* view = child<QListView>(page, "targetList");
        view->setCurrentIndex(model->index(2));
        child<QPushButton>(page, "moveTargetUp")->click();
        QCOMPARE(targetsOf(t.readConfig()),
                 QStringList({QStringLiteral("alpha/m2"), QStringLiteral("alpha/m1"),
                              QStringLiteral("beta/m3")}));
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(targetsOf(t.readConfig()).constFirst(), QStringLiteral("alpha/m1"));
        // What the editor does not show (the seed) survives its writes.
        QCOMPARE(t.store->config().findRoute(QStringLiteral("default"))->policy.seed,
                 std::optional<quint64>(7));
        // The drag machinery is switched on for the list.
        QCOMPARE(view->dragDropMode(), QAbstractItemView::InternalMove);
        QVERIFY(model->flags(model->index(0)) & Qt::ItemIsDragEnabled);
        QVERIFY(model->flags({}) & Qt::ItemIsDropEnabled);
    }

    void targetsAreAddedFromTheProvidersModels()
    {
        TestSupport::SettingsTestServices t(kService);
        t.writeConfig(standardConfig());
        QDir().mkpath(t.profile.filePath(QStringLiteral("cache/models")));
        Providers::ModelCache(t.profile.filePath(QStringLiteral("cache/models")))
            .save(QStringLiteral("beta"), {QDateTime::currentDateTimeUtc(),
                                           {{QStringLiteral("b-one"), {}, {}, {}, {}},
                                            {QStringLiteral("b-two"), {}, {}, {}, {}}}});
        Ui::RoutesPage page(t.services());
        page.show();
        auto* providerBox = child<QComboBox>(page, "targetProvider");
        providerBox->setCurrentText(QStringLiteral("beta"));
        auto* modelBox = child<QComboBox>(page, "targetModel");
        QCOMPARE(modelBox->count(), 2);
        modelBox->setCurrentText(QStringLiteral("b-two"));
        child<QPushButton>(page, "addTarget")->click();
        QCOMPARE(targetsOf(t.readConfig()).constLast(), QStringLiteral("beta/b-two"));
        child<QPushButton>(page, "removeTarget")->click();
        QCOMPARE(targetsOf(t.readConfig()).size(), 3);
    }

    void strategyPolicyAndOverridesAreWritten()
    {
        TestSupport::SettingsTestServices t(kService);
        t.writeConfig(standardConfig());
        Ui::RoutesPage page(t.services());
        page.show();
        child<QComboBox>(page, "strategy")->setCurrentIndex(3); // weighted
        child<QListView>(page, "targetList")
            ->setCurrentIndex(page.editor()->targetsModel()->index(1));
        child<QDoubleSpinBox>(page, "targetWeight")->setValue(3);
        child<QDoubleSpinBox>(page, "targetTemperature")->setValue(0.3);
        child<QComboBox>(page, "targetReasoningEffort")->setCurrentIndex(1); // low
        child<QSpinBox>(page, "targetFirstToken")->setValue(120000);
        child<QCheckBox>(page, "hedgeEnabled")->setChecked(true);
        child<QSpinBox>(page, "hedgeAfterMs")->setValue(1500);
        child<QComboBox>(page, "midStreamPolicy")->setCurrentIndex(1); // stop
        child<QComboBox>(page, "onBadRequest")->setCurrentIndex(1);    // fallback
        child<QSpinBox>(page, "retriesPerTarget")->setValue(2);

        const QJsonObject route =
            t.readConfig().value(QStringLiteral("routes")).toArray().at(0).toObject();
        QCOMPARE(route.value(QStringLiteral("strategy")).toString(), QStringLiteral("weighted"));
        const QJsonObject second =
            route.value(QStringLiteral("targets")).toArray().at(1).toObject();
        QCOMPARE(second.value(QStringLiteral("weight")).toDouble(), 3.0);
        QCOMPARE(second.value(QStringLiteral("temperature")).toDouble(), 0.3);
        QCOMPARE(second.value(QStringLiteral("reasoning_effort")).toString(),
                 QStringLiteral("low"));
        QCOMPARE(second.value(QStringLiteral("first_token_ms")).toInt(), 120000);
        const QJsonObject policy = route.value(QStringLiteral("policy")).toObject();
        QCOMPARE(policy.value(QStringLiteral("hedge_after_ms")).toInt(), 1500);
        QCOMPARE(policy.value(QStringLiteral("mid_stream")).toString(), QStringLiteral("stop"));
        QCOMPARE(policy.value(QStringLiteral("on_bad_request")).toString(),
                 QStringLiteral("fallback"));
        QCOMPARE(policy.value(QStringLiteral("retries_per_target")).toInt(), 2);
        QCOMPARE(policy.value(QStringLiteral("seed")).toInt(), 7);

        // Back to the defaults: the overrides leave the file.
        child<QDoubleSpinBox>(page, "targetTemperature")->setValue(-0.1);
        child<QCheckBox>(page, "hedgeEnabled")->setChecked(false);
        const QJsonObject after =
            t.readConfig().value(QStringLiteral("routes")).toArray().at(0).toObject();
        QVERIFY(!after.value(QStringLiteral("targets"))
                     .toArray()
                     .at(1)
                     .toObject()
                     .contains(QStringLiteral("temperature")));
        QVERIFY(!after.value(QStringLiteral("policy"))
                     .toObject()
                     .contains(QStringLiteral("hedge_after_ms")));
    }

    void routesAreCreatedRenamedAndRemoved()
    {
        TestSupport::SettingsTestServices t(kService);
        t.writeConfig(standardConfig());
        Ui::RoutesPage page(t.services());
        page.show();
        auto* message = child<Ui::InlineMessage>(page, "routesMessage");
        auto* name = child<QLineEdit>(page, "routeNameEdit");
        child<QPushButton>(page, "newRoute")->click();
        name->setText(QStringLiteral("fast lane"));
        child<QPushButton>(page, "routeNameOk")->click();
        QCOMPARE(message->text(), QStringLiteral("'fast lane' is not a valid route name (use "
                                                 "letters, digits, '-', '_' or '.')"));
        name->setText(QStringLiteral("default"));
        child<QPushButton>(page, "routeNameOk")->click();
        QCOMPARE(message->text(), QStringLiteral("a route named 'default' already exists"));
        name->setText(QStringLiteral("fast"));
        child<QPushButton>(page, "routeNameOk")->click();
        QCOMPARE(page.selectedRoute(), QStringLiteral("fast"));
        QCOMPARE(t.readConfig().value(QStringLiteral("routes")).toArray().size(), 2);

        child<QPushButton>(page, "renameRoute")->click();
        QCOMPARE(name->text(), QStringLiteral("fast"));
        name->setText(QStringLiteral("quick"));
        child<QPushButton>(page, "routeNameOk")->click();
        QVERIFY(t.store->config().findRoute(QStringLiteral("quick")));
        QVERIFY(!t.store->config().findRoute(QStringLiteral("fast")));

        child<QPushButton>(page, "removeRoute")->click();
        child<QPushButton>(page, "confirmRemoveRoute")->click();
        QCOMPARE(t.readConfig().value(QStringLiteral("routes")).toArray().size(), 1);
        QCOMPARE(page.selectedRoute(), QStringLiteral("default"));
    }

    void timeoutsAreWritten()
    {
        TestSupport::SettingsTestServices t(kService);
        t.writeConfig(standardConfig());
        Ui::RoutesPage page(t.services());
        page.show();
        auto* firstToken = child<QDoubleSpinBox>(page, "firstTokenTimeout");
        QCOMPARE(firstToken->value(), 60.0);
        firstToken->setValue(90.5);
        const QJsonObject timeouts = t.readConfig().value(QStringLiteral("timeouts")).toObject();
        QCOMPARE(timeouts.value(QStringLiteral("first_token_ms")).toInt(), 90500);
        QCOMPARE(timeouts.value(QStringLiteral("connect_ms")).toInt(), 10000);
    }

    void budgetsAreWrittenExactlyAndBadAmountsExplained()
    {
        TestSupport::SettingsTestServices t(kService);
        t.writeConfig(standardConfig());
        Ui::BudgetsPage page(t.services());
        page.show();
        auto* monthly = child<QLineEdit>(page, "budget_all_monthly");
        monthly->setText(QStringLiteral("50.10"));
        Q_EMIT monthly->editingFinished();
        auto* alphaDaily = child<QLineEdit>(page, "budget_alpha_daily");
        alphaDaily->setText(QStringLiteral("ten dollars"));
        Q_EMIT alphaDaily->editingFinished();
        auto* message = child<Ui::InlineMessage>(page, "budgetsMessage");
        QVERIFY2(message->text().contains(QStringLiteral(
                     "must be US dollars: a number of 0 or more, or a decimal string such as "
                     "\"12.50\"")),
                 qPrintable(message->text()));
        alphaDaily->setText(QStringLiteral("2.5"));
        Q_EMIT alphaDaily->editingFinished();
        QVERIFY(message->text().isEmpty());

        const Pricing::Budgets& budgets = t.store->config().budgets;
        QCOMPARE(budgets.overall.monthlyMicroUsd, std::optional<qint64>(50'100'000));
        QCOMPARE(budgets.providers.value(QStringLiteral("alpha")).dailyMicroUsd,
                 std::optional<qint64>(2'500'000));
        QCOMPARE(t.readConfig()
                     .value(QStringLiteral("budgets"))
                     .toObject()
                     .value(QStringLiteral("monthly_usd")),
                 QJsonValue(50.1));
        QCOMPARE(alphaDaily->text(), QStringLiteral("2.50"));
        // An emptied field is no limit.
        monthly->clear();
        Q_EMIT monthly->editingFinished();
        QVERIFY(!t.store->config().budgets.overall.monthlyMicroUsd);
    }

    void generalPageWritesPreferences()
    {
        TestSupport::SettingsTestServices t(kService);
        QJsonObject config = standardConfig();
        config.insert(QStringLiteral("preferences"),
                      QJsonObject{{QStringLiteral("send_on_enter"), false}});
        t.writeConfig(config);
        Ui::GeneralPage page(t.services());
        page.show();
        QSignalSpy changed(&page, &Ui::GeneralPage::preferencesChanged);
        child<QRadioButton>(page, "themeDark")->click();
        child<QSpinBox>(page, "fontSize")->setValue(13);
        auto* language = child<QComboBox>(page, "language");
        language->setCurrentIndex(language->findData(QStringLiteral("fr")));
        QCOMPARE(changed.count(), 3);
        const auto last = changed.last().at(0).value<Config::Preferences>();
        QCOMPARE(last.theme, Config::Theme::Dark);
        QCOMPARE(last.fontPointSize, std::optional<int>(13));
        QCOMPARE(last.language, QStringLiteral("fr"));

        const QJsonObject written = t.readConfig().value(QStringLiteral("preferences")).toObject();
        QCOMPARE(written.value(QStringLiteral("theme")).toString(), QStringLiteral("dark"));
        QCOMPARE(written.value(QStringLiteral("font_point_size")).toInt(), 13);
        QCOMPARE(written.value(QStringLiteral("language")).toString(), QStringLiteral("fr"));
        QCOMPARE(written.value(QStringLiteral("send_on_enter")), QJsonValue(false));
        QVERIFY(child<QLabel>(page, "languageNote")->text().contains(QStringLiteral("next time")));

        // Back to the system's: the keys leave the file, the unknown one stays.
        child<QRadioButton>(page, "themeSystem")->click();
        child<QSpinBox>(page, "fontSize")->setValue(child<QSpinBox>(page, "fontSize")->minimum());
        language->setCurrentIndex(0);
        QCOMPARE(t.readConfig().value(QStringLiteral("preferences")).toObject(),
                 QJsonObject({{QStringLiteral("send_on_enter"), false}}));
    }

    void aBrokenConfigIsNeverOverwritten()
    {
        TestSupport::SettingsTestServices t(kService);
        t.writeConfig(standardConfig());
        Ui::GeneralPage page(t.services());
        page.show();
        QFile file(t.configPath());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("{ \"providers\": 3 }");
        file.close();
        child<QRadioButton>(page, "themeLight")->click();
        auto* message = child<Ui::InlineMessage>(page, "generalMessage");
        QVERIFY2(message->text().contains(QStringLiteral("providers: must be an array")),
                 qPrintable(message->text()));
        QVERIFY(message->text().contains(QStringLiteral("fix config.json by hand")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("{ \"providers\": 3 }"));
    }

    void theDialogHasItsPagesAndPassesSignalsOn()
    {
        TestSupport::SettingsTestServices t(kService);
        t.writeConfig(standardConfig());
        Ui::SettingsDialog dialog(t.services());
        dialog.show();
        QSignalSpy configChanged(&dialog, &Ui::SettingsDialog::configChanged);
        QSignalSpy preferences(&dialog, &Ui::SettingsDialog::preferencesChanged);
        auto* nav = child<QListWidget>(dialog, "settingsNavigation");
        QStringList pages;
        for (int row = 0; row < nav->count(); ++row)
            pages.append(nav->item(row)->text());
        QCOMPARE(pages, QStringList({QStringLiteral("Providers"), QStringLiteral("Routes"),
                                     QStringLiteral("Budgets"), QStringLiteral("General")}));
        dialog.showPage(Ui::SettingsDialog::Page::General);
        QCOMPARE(dialog.currentPage(), Ui::SettingsDialog::Page::General);
        child<QRadioButton>(dialog, "themeLight")->click();
        QCOMPARE(preferences.count(), 1);
        QVERIFY(configChanged.count() >= 1);
    }
};

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"
