// What one ledger write costs a request, taken apart: with the profile's attempt journal, what a
// request waits for before it goes out (begin() until its line is written) and the one write of
// its whole row with its end; without one, the LedgerWriter round trips a request waits for
// (begin before its call goes out, complete before `finished`), the two thread hops
// alone (flush(): a round trip with no database work), and the commits alone on this thread's
// own connection: with SQLite's automatic WAL checkpoint (each commit that leaves the WAL over
// 1,000 pages runs one), with the checkpoints on a WalCheckpointer's thread instead (what the
// LedgerWriter does), and with none at all (an unbounded WAL, for comparison). Not a test: it
// prints figures for docs/PERFORMANCE.md.
//
//   build/ci/tests/bench/bench_ledger_writer [attempts]
//
// Every variant writes its own SQLite file, one attempt (begin, then complete) per variant in
// turn, so the variants see the same machine at the same moments.
#include "storage/Database.h"
#include "storage/LedgerWriter.h"
#include "storage/UsageLedger.h"
#include "storage/WalCheckpointer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <memory>
#include <vector>

namespace {

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const auto index = static_cast<size_t>(p * static_cast<double>(values.size() - 1) + 0.5);
    return values.at(std::min(index, values.size() - 1));
}

Storage::LedgerEntry attempt(int n, Chat::Outcome outcome)
{
    Storage::LedgerEntry e;
    e.attempt.requestId = QStringLiteral("bench-%1").arg(n);
    e.attempt.index = 0;
    e.attempt.provider = QStringLiteral("openai");
    e.attempt.model = QStringLiteral("gpt-4o-mini");
    e.attempt.outcome = outcome;
    e.attempt.startedAt = QDateTime::currentDateTimeUtc();
    if (outcome == Chat::Outcome::Ok) {
        e.attempt.ttftMs = 120;
        e.attempt.totalMs = 480;
        e.attempt.usage.inputTokens = 12;
        e.attempt.usage.outputTokens = 40;
        e.attempt.costMicroUsd = 31;
    }
    return e;
}

struct Samples {
    QString name;
    std::vector<double> ms;
};

// A benchmark may block in its own main(); product code may not.
double timeRoundTrip(const std::function<void(std::function<void()> done)>& ask)
{
    QEventLoop loop;
    QElapsedTimer clock;
    clock.start();
    double ms = -1;
    ask([&] {
        ms = clock.nsecsElapsed() / 1e6;
        loop.quit();
    });
    if (ms < 0)
        loop.exec();
    return ms;
}

double timeCall(const std::function<void()>& call)
{
    QElapsedTimer clock;
    clock.start();
    call();
    return clock.nsecsElapsed() / 1e6;
}

qint64 walBytes(const QString& databasePath)
{
    return QFileInfo(databasePath + QStringLiteral("-wal")).size();
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int attempts = argc > 1 ? QString::fromLatin1(argv[1]).toInt() : 5000;
    QTextStream out(stdout);
    QTemporaryDir dir;
    const QString writerPath = dir.filePath(QStringLiteral("writer.db"));
    const QString autoPath = dir.filePath(QStringLiteral("auto.db"));
    const QString offPath = dir.filePath(QStringLiteral("off.db"));
    const QString movedPath = dir.filePath(QStringLiteral("moved.db"));

    Storage::LedgerWriter writer(Storage::ConnectionSettings::sqlite(writerPath));
    Storage::ConnectionSettings journaled =
        Storage::ConnectionSettings::sqlite(dir.filePath(QStringLiteral("journaled.db")));
    journaled.attemptJournal = dir.filePath(QStringLiteral("journal"));
    Storage::LedgerWriter journalWriter(journaled);
    Storage::Database autoDb(autoPath), offDb(offPath), movedDb(movedPath);
    if (!autoDb.open().isEmpty() || !offDb.open().isEmpty() || !movedDb.open().isEmpty())
        return 1;
    // Without automatic checkpoints: none at all (for comparison only: this WAL grows without
    // bound), and a WalCheckpointer's.
    QSqlQuery(offDb.connection()).exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0"));
    QSqlQuery(movedDb.connection()).exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0"));
    Storage::WalCheckpointer checkpointer(movedPath);
    Storage::UsageLedger autoLedger(autoDb), offLedger(offDb), movedLedger(movedDb);

    Samples journalBegin{QStringLiteral("journal: begin until the request may go out"), {}};
    Samples journalRow{QStringLiteral("journal: whole row with the end, round trip"), {}};
    Samples hop{QStringLiteral("writer: hops alone (flush round trip)"), {}};
    Samples begin{QStringLiteral("writer: begin round trip"), {}};
    Samples complete{QStringLiteral("writer: complete round trip"), {}};
    Samples autoBegin{QStringLiteral("this thread: begin commit, autocheckpoint"), {}};
    Samples autoComplete{QStringLiteral("this thread: complete commit, autocheckpoint"), {}};
    Samples movedBegin{QStringLiteral("this thread: begin commit, WalCheckpointer"), {}};
    Samples movedComplete{QStringLiteral("this thread: complete commit, WalCheckpointer"), {}};
    Samples offBegin{QStringLiteral("this thread: begin commit, no checkpoint"), {}};
    Samples offComplete{QStringLiteral("this thread: complete commit, no checkpoint"), {}};

    QObject context;
    for (int n = -200; n < attempts; ++n) { // 200 warm-up attempts, not counted
        const bool counted = n >= 0;
        const auto keep = [counted](Samples& samples, double ms) {
            if (counted)
                samples.ms.push_back(ms);
        };
        keep(journalBegin, timeCall([&] {
                 journalWriter.begin(
                     attempt(n, Chat::Outcome::Network), &context, [] {}, [](const QString&) {});
             }));
        keep(journalRow, timeRoundTrip([&](std::function<void()> done) {
                 journalWriter.complete(attempt(n, Chat::Outcome::Ok), &context,
                                        [done](const QString&) { done(); });
             }));
        keep(hop, timeRoundTrip([&](std::function<void()> done) {
                 auto connection = std::make_shared<QMetaObject::Connection>();
                 *connection = QObject::connect(&writer, &Storage::LedgerWriter::flushed, &context,
                                                [connection, done] {
                                                    QObject::disconnect(*connection);
                                                    done();
                                                });
                 writer.flush();
             }));
        keep(begin, timeRoundTrip([&](std::function<void()> done) {
                 writer.begin(
                     attempt(n, Chat::Outcome::Network), &context, [] {},
                     [done](const QString&) { done(); });
             }));
        keep(complete, timeRoundTrip([&](std::function<void()> done) {
                 writer.complete(attempt(n, Chat::Outcome::Ok), &context,
                                 [done](const QString&) { done(); });
             }));
        keep(autoBegin, timeCall([&] { autoLedger.begin(attempt(n, Chat::Outcome::Network)); }));
        keep(autoComplete, timeCall([&] { autoLedger.complete(attempt(n, Chat::Outcome::Ok)); }));
        keep(movedBegin, timeCall([&] {
                 movedLedger.begin(attempt(n, Chat::Outcome::Network));
                 checkpointer.noteCommit();
             }));
        keep(movedComplete, timeCall([&] {
                 movedLedger.complete(attempt(n, Chat::Outcome::Ok));
                 checkpointer.noteCommit();
             }));
        keep(offBegin, timeCall([&] { offLedger.begin(attempt(n, Chat::Outcome::Network)); }));
        keep(offComplete, timeCall([&] { offLedger.complete(attempt(n, Chat::Outcome::Ok)); }));
    }

    out << "attempts per variant: " << attempts << " (interleaved, after 200 warm-up)\n";
    for (const Samples* s : {&journalBegin, &journalRow, &hop, &begin, &complete, &autoBegin,
                             &autoComplete, &movedBegin, &movedComplete, &offBegin, &offComplete}) {
        out << QStringLiteral("%1  p50 %2 ms  p99 %3 ms  p99.9 %4 ms  max %5 ms\n")
                   .arg(s->name, -46)
                   .arg(percentile(s->ms, 0.5), 0, 'f', 3)
                   .arg(percentile(s->ms, 0.99), 0, 'f', 3)
                   .arg(percentile(s->ms, 0.999), 0, 'f', 3)
                   .arg(*std::max_element(s->ms.begin(), s->ms.end()), 0, 'f', 3);
    }
    out << QStringLiteral("WAL files at the end: writer %1 KiB; this thread: autocheckpoint %2 "
                          "KiB, WalCheckpointer %3 KiB, no checkpoint %4 KiB\n")
               .arg(walBytes(writerPath) / 1024)
               .arg(walBytes(autoPath) / 1024)
               .arg(walBytes(movedPath) / 1024)
               .arg(walBytes(offPath) / 1024);
    return 0;
}
