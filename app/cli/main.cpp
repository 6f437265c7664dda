// switchboard-cli: the headless front end. All behaviour lives in core (Cli::CliApplication).
#include "InterruptWatcher.h"
#include "Version.h"
#include "cli/CliApplication.h"
#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QFile>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Switchboard"));
    QCoreApplication::setOrganizationName(QStringLiteral("Switchboard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SWITCHBOARD_VERSION));
    I18n::installTranslations(app);

    QFile in, out, err;
    in.open(stdin, QIODevice::ReadOnly);
    out.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered);
    err.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered);

    Cli::CliApplication cli(app.arguments().mid(1), {&in, &out, &err});
    InterruptWatcher interrupts;
    QObject::connect(&interrupts, &InterruptWatcher::interrupted, &cli,
                     &Cli::CliApplication::interrupt);
    QObject::connect(&cli, &Cli::CliApplication::finished, &app, &QCoreApplication::exit);
    cli.start();
    return QCoreApplication::exec();
}
