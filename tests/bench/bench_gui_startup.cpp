// Cold start and idle memory of the desktop app. Not a test: it prints figures for
// docs/PERFORMANCE.md. Needs a display (run it under xvfb-run or the test session).
//
//   xvfb-run -a build/ci/tests/bench/bench_gui_startup [runs]
//
// 1. Start to interactive: `switchboard --print-startup --quit-after-startup` started `runs`
//    times, on an empty profile and on one with providers, routes and 200 stored conversations.
//    Measured from QProcess::start to the line the app prints once its window has painted and
//    the events queued behind that paint have run (process creation, linking, Qt, services, the
//    window, the first frame): median and worst. The app's own figure (from main()) beside it.
// 2. Idle memory: the app started on the stored profile, left idle for 3 s after its first paint,
//    then VmRSS read from /proc.
#include "bench_gui_process.h"
#include "config/AppConfig.h"
#include "config/ConfigFile.h"
#include "config/Profile.h"
#include "storage/Database.h"
#include "storage/HistoryStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <vector>

namespace {

struct Start {
    double wallMs = 0;
    double appMs = 0;
    qint64 rssKiB = 0;
};

std::optional<Start> startOnce(const QString& profile, bool quit, QProcess* keep = nullptr)
{
    QProcess local;
    QProcess& process = keep ? *keep : local;
    QStringList arguments{QStringLiteral("--profile"), profile, QStringLiteral("--print-startup")};
    if (quit)
        arguments.append(QStringLiteral("--quit-after-startup"));
    QElapsedTimer clock;
    clock.start();
    process.start(QStringLiteral(SWITCHBOARD_APP_PATH), arguments);
    // A benchmark may block; the app may not.
    while (!process.canReadLine()) {
        if (!process.waitForReadyRead(20'000))
            return std::nullopt;
    }
    const double wall = static_cast<double>(clock.nsecsElapsed()) / 1e6;
    const QList<QByteArray> words = process.readLine().trimmed().split(' ');
    if (quit)
        process.waitForFinished(10'000);
    if (words.size() < 4)
        return std::nullopt;
    return Start{wall, words.at(1).toDouble(), words.at(3).toLongLong()};
}

QString storedProfile(const QString& directory)
{
    Config::AppConfig config;
    for (const char* name : {"openai", "anthropic", "groq"}) {
        Providers::ProviderConfig provider;
        provider.name = QString::fromLatin1(name);
        provider.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9/v1"));
        config.providers.append(provider);
    }
    Routing::Route route;
    route.name = QStringLiteral("default");
    route.targets.append(Routing::TargetSpec{
        {QStringLiteral("openai"), QStringLiteral("gpt-4o-mini")}, {}, {}, {}, {}, 1.0});
    route.targets.append(Routing::TargetSpec{
        {QStringLiteral("groq"), QStringLiteral("llama-3.1-8b-instant")}, {}, {}, {}, {}, 1.0});
    config.routes.append(route);
    if (const QString error =
            Config::ConfigFile(Config::Profile(directory).configPath()).save(config);
        !error.isEmpty())
        return error;
    Storage::Database database(Config::Profile(directory).databasePath());
    if (const QString error = database.open(); !error.isEmpty())
        return error;
    Storage::HistoryStore store(database);
    for (int c = 0; c < 200; ++c) {
        const std::optional<qint64> id =
            store.createConversation(QStringLiteral("Conversation %1").arg(c));
        for (int m = 0; id && m < 10; ++m) {
            Storage::ConversationMessage message;
            message.role = m % 2 ? Chat::Role::Assistant : Chat::Role::User;
            message.text =
                QStringLiteral("Message %1 of conversation %2, with some words to index.")
                    .arg(m)
                    .arg(c);
            store.appendMessage(*id, message);
        }
    }
    return {};
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? QString::fromLatin1(argv[1]).toInt() : 15;
    QTextStream out(stdout);
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
        out << "bench_gui_startup: needs a display; run it under xvfb-run -a\n";
        return 1;
    }
    QTemporaryDir empty;
    QTemporaryDir stored;
    if (const QString error = storedProfile(stored.path()); !error.isEmpty()) {
        out << "bench_gui_startup: " << error << '\n';
        return 1;
    }
    // One start each first, so the files are in the page cache as on a warm desktop; the very
    // first start after boot (cold disk) is not what this measures.
    startOnce(empty.path(), true);
    startOnce(stored.path(), true);

    out << "start to interactive window, " << runs << " runs each (wall: QProcess::start to the "
        << "printed line; app: from main())\n";
    for (const auto& [label, directory] :
         {std::pair{"empty profile", empty.path()},
          std::pair{"3 providers, 200 conversations", stored.path()}}) {
        std::vector<double> wall, inApp, rss;
        for (int i = 0; i < runs; ++i) {
            const std::optional<Start> start = startOnce(directory, true);
            if (!start) {
                out << "bench_gui_startup: the app did not report its first paint\n";
                return 1;
            }
            wall.push_back(start->wallMs);
            inApp.push_back(start->appMs);
            rss.push_back(static_cast<double>(start->rssKiB));
        }
        std::sort(wall.begin(), wall.end());
        std::sort(inApp.begin(), inApp.end());
        std::sort(rss.begin(), rss.end());
        out << QStringLiteral("  %1: wall median %2 ms, worst %3 ms; app median %4 ms; RSS at "
                              "first paint %5 MB\n")
                   .arg(QString::fromLatin1(label))
                   .arg(wall.at(wall.size() / 2), 0, 'f', 0)
                   .arg(wall.back(), 0, 'f', 0)
                   .arg(inApp.at(inApp.size() / 2), 0, 'f', 0)
                   .arg(rss.at(rss.size() / 2) / 1024.0, 0, 'f', 1);
    }

    for (const auto& [label, directory] :
         {std::pair{"empty profile", empty.path()},
          std::pair{"3 providers, 200 conversations", stored.path()}}) {
        QProcess process;
        if (!startOnce(directory, false, &process)) {
            out << "bench_gui_startup: the app did not start\n";
            return 1;
        }
        QThread::sleep(3);
        out << QStringLiteral("idle RSS 3 s after the first paint, %1: %2 MB\n")
                   .arg(QString::fromLatin1(label))
                   .arg(static_cast<double>(Bench::residentKiB(process.processId())) / 1024.0, 0,
                        'f', 1);
        process.terminate();
        process.waitForFinished(5'000);
    }
    out.flush();
    return 0;
}
