// switchboard: the desktop app. The composition root: builds the services once (network, keys,
// the profile's services, the history worker), hands them to the main window by reference, and
// runs the event loop. No singletons.
#include "MainWindow.h"
#include "StartupProbe.h"
#include "Theme.h"
#include "Version.h"
#include "config/ConfigFile.h"
#include "config/ConfigStore.h"
#include "config/Profile.h"
#include "i18n/Translations.h"
#include "secrets/KeyResolver.h"
#include "secrets/KeyStore.h"
#include "session/GatewayController.h"
#include "session/ProfileSession.h"
#include "storage/HistoryWorker.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSettings>

#include <cstdio>

int main(int argc, char* argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Switchboard"));
    QApplication::setOrganizationName(QStringLiteral("Switchboard"));
    QApplication::setApplicationVersion(QStringLiteral(SWITCHBOARD_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("switchboard"));
    I18n::Translations translations;
    translations.select({}); // the system's language, for --help

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Desktop routing layer for many LLM providers."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profileOption(
        QStringLiteral("profile"),
        QApplication::translate("main", "Use DIR as the profile folder (config and data)."),
        QStringLiteral("DIR"));
    const QCommandLineOption themeOption(
        QStringLiteral("theme"),
        QApplication::translate("main", "Colours: system (the default), light or dark."),
        QStringLiteral("THEME"), QStringLiteral("system"));
    const QCommandLineOption fontSizeOption(
        QStringLiteral("font-size"),
        QApplication::translate("main", "Text size in points (default: the system's)."),
        QStringLiteral("POINTS"));
    const QCommandLineOption printStartupOption(
        QStringLiteral("print-startup"),
        QApplication::translate("main", "Print the time to the first paint and the memory used."));
    const QCommandLineOption quitAfterStartupOption(
        QStringLiteral("quit-after-startup"),
        QApplication::translate("main", "With --print-startup: quit right after printing."));
    parser.addOptions(
        {profileOption, themeOption, fontSizeOption, printStartupOption, quitAfterStartupOption});
    parser.process(app);

    const std::optional<Ui::Theme::Mode> mode = Ui::Theme::modeFromName(parser.value(themeOption));
    if (!mode) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QApplication::translate("main", "switchboard: --theme takes "
                                                                "system, light or dark")));
        return 2;
    }
    // The language, colours and text size chosen in Settings ▸ General (config.json
    // "preferences"); --theme and --font-size win over them for this run.
    const Config::Profile chosen = Config::Profile::resolve(parser.value(profileOption));
    const Config::Preferences preferences =
        Config::ConfigFile(chosen.configPath()).load().config.preferences;
    translations.select(preferences.language);
    Ui::Theme theme(app);
    theme.apply(parser.isSet(themeOption) ? *mode : Ui::Theme::modeFor(preferences.theme),
                parser.isSet(fontSizeOption) ? parser.value(fontSizeOption).toDouble()
                                             : preferences.fontPointSize.value_or(0));

    QNetworkAccessManager network;
    Secrets::KeyStore keyStore;
    Secrets::KeyResolver keys(keyStore);
    // The profile's services first: opening the database migrates it, before the history thread
    // opens its own connection to it.
    Session::ProfileSession profile(chosen, network, keys);
    profile.lookUpLedgerPasswordIn(keyStore); // a team's shared ledger: its password
    Storage::HistoryWorker history(profile.profile().databasePath());
    Config::ConfigStore configStore(chosen); // what the settings and the welcome flow edit
    QSettings uiState; // window state only; what the user configures lives in config.json

    // After the history and before the window: the window goes first, the gateway stops before
    // the services it serves from.
    Session::GatewayController gateway(profile, keyStore);
    Ui::MainWindow window(profile, history, {configStore, keyStore, keys, network}, gateway,
                          uiState);
    QObject::connect(&window, &Ui::MainWindow::preferencesChanged, &theme,
                     [&theme](const Config::Preferences& chosenNow) {
                         theme.apply(Ui::Theme::modeFor(chosenNow.theme),
                                     chosenNow.fontPointSize.value_or(0));
                     });
    std::unique_ptr<StartupProbe> probe;
    if (parser.isSet(printStartupOption))
        probe =
            std::make_unique<StartupProbe>(window, sinceMain, parser.isSet(quitAfterStartupOption));
    window.show();
    const int status = QApplication::exec();
    window.saveUiState();
    return status;
}
