// Screenshots of each settings page and each welcome step, in a light and a dark palette, saved
// into docs/screenshots/ (kept current by every test run). They need a real X display (the Xvfb
// of packaging/with-test-session.sh, whose throwaway keyring they read) for real font rendering;
// elsewhere the test skips. The profile is fixed (providers, routes, budgets, a model list fetched
// at a fixed time) so the pictures change only when the widgets do.
#include "MockProviderServer.h"
#include "MockReply.h"
#include "SettingsTestServices.h"
#include "i18n/Translations.h"
#include "providers/ModelCache.h"
#include "settings/SettingsDialog.h"
#include "welcome/ProviderSetup.h"
#include "welcome/WelcomeFlow.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPalette>
#include <QPushButton>
#include <QStyleFactory>
#include <QTest>
#include <QTimeZone>

using TestSupport::MockReply;

namespace {

QPalette darkPalette()
{
    QPalette p;
    const QColor window(45, 45, 48), base(30, 30, 32), text(232, 232, 232), dim(128, 128, 128);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(40, 40, 43));
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(150, 150, 150));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(58, 58, 62));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(255, 90, 90));
    p.setColor(QPalette::Light, QColor(75, 75, 80));
    p.setColor(QPalette::Midlight, QColor(62, 62, 66));
    p.setColor(QPalette::Mid, QColor(40, 40, 42));
    p.setColor(QPalette::Dark, QColor(25, 25, 27));
    p.setColor(QPalette::Shadow, QColor(10, 10, 10));
    p.setColor(QPalette::Link, QColor(110, 170, 255));
    p.setColor(QPalette::Highlight, QColor(45, 125, 210));
    p.setColor(QPalette::HighlightedText, Qt::white);
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, dim);
    return p;
}

const QString kTheme[] = {QStringLiteral("light"), QStringLiteral("dark")};

} // namespace

class TestSettingsScreens : public QObject {
    Q_OBJECT

private:
    TestSupport::MockProviderServer m_mock;
    QString m_skipReason;
    I18n::Translations m_translations; ///< English, with its plural forms

    void usePalette(int theme)
    {
        QApplication::setPalette(theme == 0 ? QApplication::style()->standardPalette()
                                            : darkPalette());
    }

    void save(QWidget* widget, const QString& name)
    {
        QCoreApplication::processEvents();
        QTest::qWait(0);
        const QString path =
            QStringLiteral(SWITCHBOARD_SCREENSHOTS_DIR) + u'/' + name + QStringLiteral(".png");
        QVERIFY2(widget->grab().save(path), qPrintable(path));
    }

    void writeProfile(TestSupport::SettingsTestServices& t)
    {
        auto provider = [](const char* name, const char* preset, const QString& url,
                           const char* variable) {
            QJsonObject object{{QStringLiteral("name"), QString::fromLatin1(name)},
                               {QStringLiteral("kind"), QStringLiteral("openai")},
                               {QStringLiteral("base_url"), url},
                               {QStringLiteral("preset"), QString::fromLatin1(preset)}};
            if (*variable)
                object.insert(QStringLiteral("api_key_env"), QString::fromLatin1(variable));
            return object;
        };
        t.writeConfig(QJsonObject{
            {QStringLiteral("version"), 1},
            {QStringLiteral("providers"),
             QJsonArray{
                 provider("openai", "openai", QStringLiteral("https://api.openai.com/v1"),
                          "OPENAI_API_KEY"),
                 provider("groq", "groq", QStringLiteral("https://api.groq.com/openai/v1"),
                          "GROQ_API_KEY"),
                 provider("ollama", "ollama", QStringLiteral("http://127.0.0.1:11434/v1"), "")}},
            {QStringLiteral("routes"),
             QJsonArray{
                 QJsonObject{{QStringLiteral("name"), QStringLiteral("default")},
                             {QStringLiteral("targets"),
                              QJsonArray{QStringLiteral("openai/gpt-4o-mini"),
                                         QJsonObject{{QStringLiteral("target"),
                                                      QStringLiteral("groq/llama-3.1-8b-instant")},
                                                     {QStringLiteral("max_tokens"), 2000}},
                                         QStringLiteral("ollama/llama3.2")}},
                             {QStringLiteral("policy"),
                              QJsonObject{{QStringLiteral("hedge_after_ms"), 2500}}}},
                 QJsonObject{
                     {QStringLiteral("name"), QStringLiteral("private")},
                     {QStringLiteral("targets"), QJsonArray{QStringLiteral("ollama/llama3.2")}}}}},
            {QStringLiteral("budgets"),
             QJsonObject{{QStringLiteral("monthly_usd"), 50},
                         {QStringLiteral("daily_usd"), 5},
                         {QStringLiteral("providers"),
                          QJsonObject{{QStringLiteral("openai"),
                                       QJsonObject{{QStringLiteral("monthly_usd"), 20}}}}}}},
            {QStringLiteral("preferences"),
             QJsonObject{{QStringLiteral("theme"), QStringLiteral("system")}}}});
        const QString cache = t.profile.filePath(QStringLiteral("cache/models"));
        QDir().mkpath(cache);
        QList<Providers::ModelInfo> models;
        for (const char* id : {"gpt-4.1", "gpt-4.1-mini", "gpt-4o", "gpt-4o-mini", "o3-mini",
                               "o4-mini", "text-embedding-3-small"})
            models.append({QString::fromLatin1(id), {}, {}, {}, {}});
        Providers::ModelCache(cache).save(
            QStringLiteral("openai"),
            {QDateTime(QDate(2025, 3, 14), QTime(9, 26), Qt::UTC), models});
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The pictures show the app's own keychain service, so only the test session's
        // throwaway keyring may answer.
        if (QGuiApplication::platformName() != QLatin1String("xcb")
            || !TestSupport::insideTestSession()) {
            m_skipReason = QStringLiteral("screenshots need an X display: run under "
                                          "packaging/with-test-session.sh");
            return;
        }
        m_translations.select(QStringLiteral("en"));
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setFont(QFont(QStringLiteral("DejaVu Sans"), 9));
        qputenv("OPENAI_API_KEY", "sk-screenshot-not-a-real-key");
        qunsetenv("GROQ_API_KEY");
        // The usual Ollama port when it is free, so that the pictures show it.
        if (!m_mock.listen(11434))
            QVERIFY(m_mock.listen());
        QVERIFY(QDir().mkpath(QStringLiteral(SWITCHBOARD_SCREENSHOTS_DIR)));
    }

    void settingsPages_data()
    {
        QTest::addColumn<int>("theme");
        QTest::newRow("light") << 0;
        QTest::newRow("dark") << 1;
    }

    void settingsPages()
    {
        if (!m_skipReason.isEmpty())
            QSKIP(qPrintable(m_skipReason));
        QFETCH(int, theme);
        usePalette(theme);
        TestSupport::SettingsTestServices t(Secrets::KeyStore::appServiceName());
        writeProfile(t);
        Ui::SettingsDialog dialog(t.services());
        dialog.resize(980, 720);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // The key status answers from the keychain.
        QTRY_VERIFY(!dialog.findChild<QLabel*>(QStringLiteral("keyStatus"))
                         ->text()
                         .contains(QStringLiteral("looking")));
        const struct {
            Ui::SettingsDialog::Page page;
            const char* name;
        } pages[] = {{Ui::SettingsDialog::Page::Providers, "providers"},
                     {Ui::SettingsDialog::Page::Routes, "routes"},
                     {Ui::SettingsDialog::Page::Budgets, "budgets"},
                     {Ui::SettingsDialog::Page::General, "general"}};
        for (const auto& page : pages) {
            dialog.showPage(page.page);
            save(&dialog, QStringLiteral("settings-%1-%2")
                              .arg(QString::fromLatin1(page.name), kTheme[theme]));
        }
    }

    void welcomeSteps_data() { settingsPages_data(); }

    void welcomeSteps()
    {
        if (!m_skipReason.isEmpty())
            QSKIP(qPrintable(m_skipReason));
        QFETCH(int, theme);
        usePalette(theme);
        m_mock.reset();
        m_mock.setDefaultReply(std::nullopt);
        TestSupport::SettingsTestServices t(Secrets::KeyStore::appServiceName());
        Ui::WelcomeFlow flow(t.services(), {{QStringLiteral("ollama"), m_mock.baseUrl()},
                                            {QStringLiteral("lmstudio"),
                                             QUrl(QStringLiteral("http://127.0.0.1:1/v1"))}});
        flow.resize(900, 640);
        flow.show();
        QVERIFY(QTest::qWaitForWindowExposed(&flow));
        QTRY_VERIFY(flow.findChild<QPushButton*>(QStringLiteral("useLocal_ollama")));
        save(&flow, QStringLiteral("welcome-1-choose-") + kTheme[theme]);

        // A service: the key step, with its key page.
        auto* presets = flow.findChild<QListWidget*>(QStringLiteral("presetList"));
        presets->setCurrentRow(0); // OpenAI
        flow.findChild<QPushButton*>(QStringLiteral("presetContinue"))->click();
        QTRY_VERIFY(!flow.findChild<QLabel*>(QStringLiteral("keychainNote"))
                         ->text()
                         .contains(QStringLiteral("Checking")));
        flow.findChild<QLineEdit*>(QStringLiteral("setupKeyEdit"))
            ->setText(QStringLiteral("sk-proj-screenshot"));
        save(&flow, QStringLiteral("welcome-2-key-") + kTheme[theme]);
        flow.findChild<QPushButton*>(QStringLiteral("keyStepBack"))->click();

        // A failing test (the local server refuses), then a passing one.
        m_mock.enqueue(MockReply::openAiError(401, QStringLiteral("Incorrect API key provided"),
                                              QStringLiteral("invalid_request_error"),
                                              QStringLiteral("invalid_api_key")));
        flow.findChild<QPushButton*>(QStringLiteral("useLocal_ollama"))->click();
        auto* retry = flow.findChild<QPushButton*>(QStringLiteral("testRetry"));
        QTRY_VERIFY_WITH_TIMEOUT(!retry->isHidden(), 15'000);
        save(&flow, QStringLiteral("welcome-3-test-failed-") + kTheme[theme]);
        retry->click();
        auto* next = flow.findChild<QPushButton*>(QStringLiteral("testContinue"));
        // (No picture of the passed test: its timings differ from run to run.)
        QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), 15'000);
        next->click();
        save(&flow, QStringLiteral("welcome-4-default-route-") + kTheme[theme]);
        flow.findChild<QPushButton*>(QStringLiteral("finishSetup"))->click();
        QTRY_COMPARE(flow.setup()->step(), Ui::ProviderSetup::Step::Done);
        save(&flow, QStringLiteral("welcome-5-done-") + kTheme[theme]);
    }
};

QTEST_MAIN(TestSettingsScreens)
#include "tst_settingsscreens.moc"
