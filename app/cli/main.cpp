// switchboard-cli: the headless front end. All behaviour lives in core (Cli::CliApplication).
#include "HiddenInput.h"
#include "InterruptWatcher.h"
#include "Version.h"
#include "cli/CliApplication.h"
#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QFile>

#include <memory>

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

    // `keys set NAME` reads the key from standard input: at a terminal, keep it off the screen.
    const QStringList arguments = app.arguments().mid(1);
    std::unique_ptr<HiddenInput> hidden;
    const qsizetype keys = arguments.indexOf(QStringLiteral("keys"));
    if (keys >= 0 && arguments.value(keys + 1) == QLatin1String("set")) {
        hidden = std::make_unique<HiddenInput>();
        if (hidden->active()) {
#if defined(Q_OS_WIN)
            // The console ends its input with Ctrl+Z on a line of its own.
            err.write(QCoreApplication::translate("main", "Paste the key (it is not shown), press "
                                                          "Enter, then Ctrl+Z and Enter:\n")
                          .toUtf8());
#else
            err.write(QCoreApplication::translate("main", "Paste the key (it is not shown), press "
                                                          "Enter, then Ctrl+D:\n")
                          .toUtf8());
#endif
        }
    }

    Cli::CliApplication cli(arguments, {&in, &out, &err});
    InterruptWatcher interrupts;
    QObject::connect(&interrupts, &InterruptWatcher::interrupted, &cli,
                     &Cli::CliApplication::interrupt);
    QObject::connect(&cli, &Cli::CliApplication::finished, &app, &QCoreApplication::exit);
    cli.start();
    return QCoreApplication::exec();
}
