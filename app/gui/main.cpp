// switchboard: the desktop app. Builds the services and the main window, and runs the event loop.
#include "MainWindow.h"
#include "Version.h"
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
    I18n::installTranslations(app);

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

    Ui::MainWindow window(Config::Profile::resolve(parser.value(profile)));
    QSettings settings; // window state only; what the user configures lives in config.json
    window.restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    window.show();
    const int status = QApplication::exec();
    settings.setValue(QStringLiteral("mainWindow/geometry"), window.saveGeometry());
    return status;
}
