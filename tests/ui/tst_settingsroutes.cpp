// Settings ▸ Routes, each edit checked in config.json: targets reordered by the model operation a
// drag performs and from the keyboard, added from the providers' cached models, removed; strategy,
// policy and per-target overrides written (and left out again at their defaults, keys the page
// does not show kept); routes created, renamed and removed with the CLI's words for bad names;
// the timeouts of every request.
#include "MockProviderServer.h"
#include "MockReply.h"
#include "SettingsTestServices.h"
#include "i18n/Translations.h"
#include "providers/ModelCache.h"
#include "settings/InlineMessage.h"
#include "settings/RouteEditor.h"
#include "settings/RouteTargetsModel.h"
#include "settings/RoutesPage.h"

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

const QString kService = QStringLiteral("SwitchboardTest-settingsroutes");
const QByteArray kVariable = "SWITCHBOARD_TST_ROUTES_KEY";
const QString kEnvKey = QStringLiteral("sk-settings-routes-4d2f6b8a0c1e3f5a");

} // namespace

class TestSettingsRoutes : public QObject {
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
};

QTEST_MAIN(TestSettingsRoutes)
#include "tst_settingsroutes.moc"
