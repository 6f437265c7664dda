// The chat window under load, with the GUI thread watched for stalls. Not a test: it prints
// figures for docs/PERFORMANCE.md. Run it under a display (xvfb-run -a).
//
//   xvfb-run -a build/ci/tests/bench/bench_gui_transcript
//
// A 1 ms precise timer on the GUI thread records the longest gap between its ticks: the longest
// time the event loop could not run (its stall). The mock provider runs on a thread of its own,
// so its work is not counted.
// 1. A 3,000-line answer (prose, lists and code blocks) streamed quickly into the new
//    conversation of a freshly started window: resident memory before and after, stalls.
// 2. Opening a stored conversation of 1,000 messages (Markdown, code blocks every few answers,
//    every answer with its ledger rows): time until its newest messages show, until all are
//    built, and the stalls.
// 3. Streaming 1,000 tokens at 200 tokens/s into that conversation: the stalls, and how many
//    ticks came more than 16 ms apart.
#include "MainWindow.h"
#include "MockProviderServer.h"
#include "MockReply.h"
#include "PacedStream.h"
#include "WindowUnderTest.h"
#include "bench_gui_process.h"
#include "chat/ChatSession.h"
#include "chat/ConversationLibrary.h"
#include "chat/ConversationListModel.h"
#include "chat/TranscriptView.h"
#include "storage/Database.h"
#include "storage/HistoryStore.h"
#include "storage/UsageLedger.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <QUuid>

#include <ctime>

using TestSupport::MockProviderServer;
using TestSupport::MockReply;

namespace {

/// CPU time this thread has used, in nanoseconds.
qint64 threadCpuNs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1'000'000'000 + t.tv_nsec;
}

/// The longest time the GUI thread's event loop did not get to run a 1 ms timer: by the clock on
/// the wall (what a user would see on this machine as it was), and by the CPU time the GUI thread
/// itself spent in that gap (the work that blocked it, without the time other processes had the
/// CPU: the machine is shared).
class StallMeter final : public QObject {
public:
    StallMeter()
    {
        m_tick.setTimerType(Qt::PreciseTimer);
        m_tick.setInterval(1);
        connect(&m_tick, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            const qint64 cpu = threadCpuNs();
            const double gap = static_cast<double>(now - m_last) / 1e6;
            const double busy = static_cast<double>(cpu - m_lastCpu) / 1e6;
            m_last = now;
            m_lastCpu = cpu;
            m_longest = std::max(m_longest, gap);
            m_longestBusy = std::max(m_longestBusy, busy);
            if (gap > 16.0)
                ++m_over16;
            if (busy > 16.0)
                ++m_busyOver16;
            ++m_ticks;
        });
    }
    void start()
    {
        m_longest = m_longestBusy = 0;
        m_over16 = m_busyOver16 = 0;
        m_ticks = 0;
        m_clock.start();
        m_last = 0;
        m_lastCpu = threadCpuNs();
        m_tick.start();
    }
    void stop() { m_tick.stop(); }
    double longestMs() const { return m_longest; }
    double longestBusyMs() const { return m_longestBusy; }
    int over16() const { return m_over16; }
    int busyOver16() const { return m_busyOver16; }
    int ticks() const { return m_ticks; }

private:
    QTimer m_tick;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_lastCpu = 0;
    double m_longest = 0;
    double m_longestBusy = 0;
    int m_over16 = 0;
    int m_busyOver16 = 0;
    int m_ticks = 0;
};

/// The mock provider on a thread of its own (a benchmark may block to talk to it).
class MockThread {
public:
    MockThread()
    {
        m_thread.start();
        m_server = new MockProviderServer;
        m_server->moveToThread(&m_thread);
        QMetaObject::invokeMethod(
            m_server, [this] { m_server->listen(); }, Qt::BlockingQueuedConnection);
    }
    ~MockThread()
    {
        QMetaObject::invokeMethod(
            m_server, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    QUrl baseUrl()
    {
        QUrl url;
        QMetaObject::invokeMethod(
            m_server, [&] { url = m_server->baseUrl(); }, Qt::BlockingQueuedConnection);
        return url;
    }
    void enqueue(const MockReply& reply)
    {
        QMetaObject::invokeMethod(
            m_server, [&] { m_server->enqueue(reply); }, Qt::BlockingQueuedConnection);
    }

private:
    QThread m_thread;
    MockProviderServer* m_server = nullptr;
};

QString answerText(int i)
{
    QString text =
        QStringLiteral(
            "Here is answer %1. It explains the idea in a few sentences, with "
            "**bold** words, `inline code` and a [link](https://example.invalid/%1).\n\n")
            .arg(i);
    text +=
        QStringLiteral("- first point about %1\n- second point, a little longer than the first\n- "
                       "third point\n\n")
            .arg(i);
    if (i % 4 == 0) {
        text += QStringLiteral("```python\n");
        for (int l = 0; l < 12; ++l)
            text += QStringLiteral("def step_%1_%2(value):\n    return value * %2  # line %2\n")
                        .arg(i)
                        .arg(l);
        text += QStringLiteral("```\n\n");
    }
    text +=
        QStringLiteral("That is all for question %1; ask again if something is unclear.").arg(i);
    return text;
}

/// Deltas of `text` in pieces of `size` characters, each its own event on the wire.
MockReply streamOf(const QString& text, int size, int delayMs)
{
    QStringList deltas;
    for (qsizetype i = 0; i < text.size(); i += size)
        deltas.append(text.mid(i, size));
    return TestSupport::pacedStream(deltas, delayMs);
}

QString longAnswer()
{
    QString text;
    int lines = 0;
    for (int s = 0; lines < 3000; ++s) {
        text += QStringLiteral("## Part %1\n\n").arg(s);
        lines += 2;
        for (int p = 0; p < 8; ++p) {
            text +=
                QStringLiteral("Paragraph %1 of part %2 goes on for a while so that it wraps on a "
                               "normal window, with *emphasis* and `code`.\n\n")
                    .arg(p)
                    .arg(s);
            lines += 2;
        }
        for (int l = 0; l < 20; ++l)
            text += QStringLiteral("- list item %1 with a few words\n").arg(l);
        text += u'\n';
        lines += 21;
        text += QStringLiteral("```cpp\n");
        for (int l = 0; l < 40; ++l)
            text += QStringLiteral("int value_%1_%2 = compute(%2); // step %2\n").arg(s).arg(l);
        text += QStringLiteral("```\n\n");
        lines += 43;
    }
    return text;
}

bool waitUntil(const std::function<bool()>& done, int timeoutMs)
{
    return QTest::qWaitFor(done, timeoutMs);
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QTextStream out(stdout);
    MockThread mock;
    QTemporaryDir dir;

    TestSupport::ProfileConfig profile;
    profile.addProvider(QStringLiteral("mock"), mock.baseUrl());
    profile.addRoute(QStringLiteral("default"), {QStringLiteral("mock/m")});
    if (const QString error = profile.save(dir.path()); !error.isEmpty()) {
        out << error << '\n';
        return 1;
    }
    qint64 conversationId = 0;
    {
        Storage::Database database(QDir(dir.path()).filePath(QStringLiteral("switchboard.db")));
        if (const QString error = database.open(); !error.isEmpty()) {
            out << error << '\n';
            return 1;
        }
        Storage::HistoryStore store(database);
        Storage::UsageLedger ledger(database);
        conversationId = *store.createConversation(QStringLiteral("A thousand messages"));
        for (int i = 0; i < 1000; ++i) {
            Storage::ConversationMessage m;
            m.role = i % 2 ? Chat::Role::Assistant : Chat::Role::User;
            m.text = i % 2 ? answerText(i)
                           : QStringLiteral("Question %1: how does this part work?").arg(i);
            if (i % 2) {
                Storage::LedgerEntry entry;
                entry.attempt.requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
                entry.attempt.provider = QStringLiteral("mock");
                entry.attempt.model = QStringLiteral("m");
                entry.attempt.outcome = Chat::Outcome::Ok;
                entry.attempt.startedAt = QDateTime::currentDateTimeUtc();
                entry.attempt.ttftMs = 300;
                entry.attempt.totalMs = 2000;
                entry.attempt.usage.inputTokens = 100;
                entry.attempt.usage.outputTokens = 250;
                entry.origin = Chat::Origin::Chat;
                ledger.record(entry);
                m.requestId = entry.attempt.requestId;
            }
            store.appendMessage(conversationId, m);
        }
    }

    TestSupport::WindowUnderTest window(dir.path());
    window.window().resize(1200, 800);
    window.window().show();
    if (!QTest::qWaitForWindowExposed(&window.window())) {
        out << "bench_gui_transcript: the window did not show\n";
        return 1;
    }
    waitUntil([&] { return window.window().library().conversations()->rowCount() == 1; }, 10'000);
    QTest::qWait(300);

    StallMeter meter;
    QElapsedTimer clock;
    const auto stalls = [&meter] {
        return QStringLiteral("longest stall %1 ms on the wall clock, %2 ms of GUI-thread CPU; "
                              "%3 of %4 ticks over 16 ms on the wall clock, %5 by CPU")
            .arg(meter.longestMs(), 0, 'f', 1)
            .arg(meter.longestBusyMs(), 0, 'f', 1)
            .arg(meter.over16())
            .arg(meter.ticks())
            .arg(meter.busyOver16());
    };

    // 1. A 3,000-line answer into the new conversation of a freshly started window.
    QTest::qWait(500);
    const qint64 before = Bench::residentKiB();
    const QString text = longAnswer();
    mock.enqueue(streamOf(text, 120, 2));
    meter.start();
    clock.start();
    window.send(QStringLiteral("Write a lot"));
    waitUntil([&] { return !window.busy(); }, 120'000);
    const double took = static_cast<double>(clock.nsecsElapsed()) / 1e6;
    QTest::qWait(1000);
    meter.stop();
    const qint64 after = Bench::residentKiB();
    out << QStringLiteral("a %1-line answer (%2 KB) streamed in %3 s: RSS %4 MB before, %5 MB "
                          "after (growth %6 MB); %7\n")
               .arg(text.count(u'\n'))
               .arg(text.size() / 1024)
               .arg(took / 1000.0, 0, 'f', 1)
               .arg(static_cast<double>(before) / 1024.0, 0, 'f', 1)
               .arg(static_cast<double>(after) / 1024.0, 0, 'f', 1)
               .arg(static_cast<double>(after - before) / 1024.0, 0, 'f', 1)
               .arg(stalls());

    // 2. Open the 1,000-message conversation.
    bool reset = false;
    bool complete = false;
    QObject::connect(&window.window().session(), &Ui::ChatSession::conversationReset, &app,
                     [&] { reset = true; });
    QObject::connect(window.transcript(), &Ui::TranscriptView::completed, &app,
                     [&] { complete = true; });
    meter.start();
    clock.restart();
    window.window().session().open(conversationId);
    waitUntil([&] { return reset; }, 20'000);
    QCoreApplication::processEvents();
    const double toFirst = static_cast<double>(clock.nsecsElapsed()) / 1e6;
    waitUntil([&] { return complete; }, 120'000);
    const double toAll = static_cast<double>(clock.nsecsElapsed()) / 1e6;
    QTest::qWait(500); // the last layout passes and paints
    meter.stop();
    out << QStringLiteral("open 1,000 messages: newest shown after %1 ms, all built after %2 ms; "
                          "%3\n")
               .arg(toFirst, 0, 'f', 0)
               .arg(toAll, 0, 'f', 0)
               .arg(stalls());

    // 3. Stream 1,000 tokens at 200 tokens/s into it.
    QString tokens;
    for (int i = 0; i < 1000; ++i)
        tokens += QStringLiteral("tok%1 ").arg(i % 100);
    mock.enqueue(streamOf(tokens, 6, 5));
    meter.start();
    clock.restart();
    window.send(QStringLiteral("Stream to me"));
    waitUntil([&] { return !window.busy(); }, 60'000);
    const double streamed = static_cast<double>(clock.nsecsElapsed()) / 1e6;
    meter.stop();
    out << QStringLiteral("stream 1,000 tokens at 200/s into it (%1 s): %2\n")
               .arg(streamed / 1000.0, 0, 'f', 1)
               .arg(stalls());
    out.flush();
    return 0;
}
