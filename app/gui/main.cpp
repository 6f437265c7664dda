// switchboard: the desktop app. Builds the services and the main window, and runs the event loop.
#include "MainWindow.h"
#include "Version.h"
#include "config/ConfigFile.h"
#include "config/Profile.h"
#include "i18n/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>

int main(int argc, char* argv[])
{
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
    const QCommandLineOption profile(
        QStringLiteral("profile"),
        QApplication::translate("main", "Use DIR as the profile folder (config and data)."),
        QStringLiteral("DIR"));
    parser.addOption(profile);
    parser.process(app);

    const Config::Profile chosen = Config::Profile::resolve(parser.value(profile));
    // The language chosen in Settings ▸ General (config.json "preferences"), else the system's.
    translations.select(Config::ConfigFile(chosen.configPath()).load().config.preferences.language);
    Ui::MainWindow window(chosen);
    QSettings settings; // window state only; what the user configures lives in config.json
    window.restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    window.show();
    const int status = QApplication::exec();
    settings.setValue(QStringLiteral("mainWindow/geometry"), window.saveGeometry());
    return status;
}
