// Keyboard and accessibility of the settings and the welcome flow: every control that takes focus
// has an accessible name (its own, its text, or its label's through the buddy), and Tab reaches
// every one of them.
#include "MockProviderServer.h"
#include "SettingsTestServices.h"
#include "settings/SettingsDialog.h"
#include "welcome/AddProviderDialog.h"
#include "welcome/ProviderSetup.h"
#include "welcome/WelcomeFlow.h"

#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTest>

namespace {

/// The controls a user can tab to inside `root` right now, leaving out the inner parts of
/// composite controls (a spin box's or combo box's line edit).
QList<QWidget*> tabStops(QWidget* root)
{
    QList<QWidget*> stops;
    for (QWidget* widget : root->findChildren<QWidget*>()) {
        if (!(widget->focusPolicy() & Qt::TabFocus) || !widget->isVisibleTo(root)
            || !widget->isEnabled() || !widget->isVisible())
            continue;
        if (qobject_cast<QAbstractSpinBox*>(widget->parentWidget())
            || qobject_cast<QComboBox*>(widget->parentWidget()) || qobject_cast<QScrollBar*>(widget)
            || qobject_cast<QScrollArea*>(widget))
            continue;
        stops.append(widget);
    }
    return stops;
}

QString describe(const QWidget* widget)
{
    return QStringLiteral("%1 '%2'").arg(QString::fromLatin1(widget->metaObject()->className()),
                                         widget->objectName());
}

} // namespace

class TestSettingsAccess : public QObject {
    Q_OBJECT

private:
    TestSupport::MockProviderServer m_mock;

    void checkNamesAndTabbing(QWidget* window, const QString& where)
    {
        const QList<QWidget*> stops = tabStops(window);
        QVERIFY2(!stops.isEmpty(), qPrintable(where));
        for (QWidget* widget : stops) {
            QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
            QVERIFY(accessible);
            QVERIFY2(!accessible->text(QAccessible::Name).trimmed().isEmpty(),
                     qPrintable(where + QStringLiteral(": ") + describe(widget)
                                + QStringLiteral(" has no accessible name")));
        }
        // Tab from the first control visits every one of them.
        stops.constFirst()->setFocus(Qt::TabFocusReason);
        QSet<QWidget*> visited;
        for (int i = 0; i < 3 * stops.size() + 10; ++i) {
            visited.insert(QApplication::focusWidget());
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        }
        for (QWidget* widget : stops) {
            QWidget* proxy = widget->focusProxy() ? widget->focusProxy() : widget;
            QVERIFY2(visited.contains(widget) || visited.contains(proxy),
                     qPrintable(where + QStringLiteral(": Tab never reaches ") + describe(widget)));
        }
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_mock.listen()); }

    void everySettingsPageIsNamedAndReachable()
    {
        TestSupport::SettingsTestServices t(QStringLiteral("SwitchboardTest-access"));
        t.writeConfig(QJsonObject{
            {QStringLiteral("providers"),
             QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("local")},
                                    {QStringLiteral("kind"), QStringLiteral("openai")},
                                    {QStringLiteral("base_url"), m_mock.baseUrl().toString()}}}},
            {QStringLiteral("routes"),
             QJsonArray{QJsonObject{
                 {QStringLiteral("name"), QStringLiteral("default")},
                 {QStringLiteral("targets"),
                  QJsonArray{QStringLiteral("local/a"), QStringLiteral("local/b")}}}}}});
        Ui::SettingsDialog dialog(t.services());
        dialog.show();
        QApplication::setActiveWindow(&dialog);
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        for (const auto page :
             {Ui::SettingsDialog::Page::Providers, Ui::SettingsDialog::Page::Routes,
              Ui::SettingsDialog::Page::Budgets, Ui::SettingsDialog::Page::General}) {
            dialog.showPage(page);
            checkNamesAndTabbing(&dialog, QStringLiteral("settings page %1").arg(int(page)));
        }
    }

    void everyWelcomeStepIsNamedAndReachable()
    {
        TestSupport::SettingsTestServices t(QStringLiteral("SwitchboardTest-access"));
        Ui::WelcomeFlow flow(t.services(), {{QStringLiteral("ollama"), m_mock.baseUrl()}});
        flow.resize(800, 600);
        flow.show();
        QApplication::setActiveWindow(&flow);
        QVERIFY(QTest::qWaitForWindowActive(&flow));
        QTRY_VERIFY(flow.findChild<QPushButton*>(QStringLiteral("useLocal_ollama")));
        checkNamesAndTabbing(&flow, QStringLiteral("welcome: choose"));
        auto* presets = flow.findChild<QListWidget*>(QStringLiteral("presetList"));
        presets->setCurrentRow(0);
        flow.findChild<QPushButton*>(QStringLiteral("presetContinue"))->click();
        QCOMPARE(flow.setup()->step(), Ui::ProviderSetup::Step::Key);
        checkNamesAndTabbing(&flow, QStringLiteral("welcome: key"));
    }
};

QTEST_MAIN(TestSettingsAccess)
#include "tst_settingsaccess.moc"
