// The dashboard over a big ledger: how long the GUI thread is kept from its event loop while
// the dashboard opens and while the period is switched five times. A 1 ms precise timer runs on
// the GUI thread throughout; the longest gap between two of its ticks is the longest stall
// (target: under 50 ms). Also prints how long each answer took to arrive (worker time). A small
// window of the usual widgets is up before, as the main window is when the dashboard opens.
// Not a test: it prints figures for docs/PERFORMANCE.md.
//
//   build/ci/tests/bench/bench_dashboard [ATTEMPTS]      (default 1000000; offscreen platform)
#include "LedgerBulkFill.h"
#include "dashboard/DashboardView.h"
#include "dashboard/PeriodSelector.h"
#include "storage/Database.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>
#include <memory>

namespace {

QTextStream out(stdout);

/// Ticks every millisecond on the GUI thread and keeps the longest gap since the last reset.
class StallMeter {
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { tick(); });
        m_clock.start();
        m_last = m_clock.nsecsElapsed();
        m_timer.start();
    }
    /// Starts a new window; returns the longest gap of the one that ends.
    double reset()
    {
        tick();
        const double longest = m_longest;
        m_longest = 0;
        return longest;
    }
    double overall() const { return std::max(m_overall, m_longest); }

private:
    void tick()
    {
        const qint64 now = m_clock.nsecsElapsed();
        const double gap = double(now - m_last) / 1e6;
        m_last = now;
        m_longest = std::max(m_longest, gap);
        m_overall = std::max(m_overall, gap);
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    double m_longest = 0;
    double m_overall = 0;
};

struct Step {
    QString name;
    std::function<void(Ui::DashboardView&)> run;
};

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const qint64 total = argc > 1 ? QString::fromLocal8Bit(argv[1]).toLongLong() : 1'000'000;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.db"));
    const QDateTime now = QDateTime::currentDateTime();
    {
        Storage::Database db(path);
        if (const QString error = db.open(); !error.isEmpty()) {
            out << error << '\n';
            return 1;
        }
        QElapsedTimer fill;
        fill.start();
        LedgerGenerator generator(1234567, now, 180);
        if (const QString error = fillLedger(db, generator, 0, total); !error.isEmpty()) {
            out << error << '\n';
            return 1;
        }
        out << QStringLiteral("ledger: %1 attempts over 180 days, filled in %2 s\n")
                   .arg(total)
                   .arg(double(fill.elapsed()) / 1000.0, 0, 'f', 1);
        out.flush();
    }

    const QList<Step> steps{
        {QStringLiteral("today"),
         [](Ui::DashboardView& v) {
             v.periodSelector()->setPreset(Ui::PeriodSelector::Preset::Today);
         }},
        {QStringLiteral("last 7 days"),
         [](Ui::DashboardView& v) {
             v.periodSelector()->setPreset(Ui::PeriodSelector::Preset::Last7Days);
         }},
        {QStringLiteral("this month"),
         [](Ui::DashboardView& v) {
             v.periodSelector()->setPreset(Ui::PeriodSelector::Preset::ThisMonth);
         }},
        {QStringLiteral("custom, 90 days"),
         [now](Ui::DashboardView& v) {
             v.periodSelector()->setCustomRange(now.date().addDays(-89), now.date());
         }},
        {QStringLiteral("last 30 days"),
         [](Ui::DashboardView& v) {
             v.periodSelector()->setPreset(Ui::PeriodSelector::Preset::Last30Days);
         }},
        {QStringLiteral("filter: one model"),
         [](Ui::DashboardView& v) { v.filterByKey(QStringLiteral("openai/gpt-4o")); }},
    };

    // The app is running before the dashboard opens: a window with the usual widgets has been
    // painted (fonts and style caches are warm), as the main window has. Only what opening the
    // dashboard adds is measured.
    QWidget running;
    auto* layout = new QVBoxLayout(&running);
    auto* title = new QLabel(QStringLiteral("Switchboard"));
    QFont bold = title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.4);
    title->setFont(bold);
    layout->addWidget(title);
    layout->addWidget(new QPushButton(QStringLiteral("Export…")));
    layout->addWidget(new QToolButton);
    layout->addWidget(new QComboBox);
    layout->addWidget(new QTableView);
    running.show();
    StallMeter meter;
    std::unique_ptr<Ui::DashboardView> view;
    QElapsedTimer answer;
    qsizetype next = 0;
    double idle = 0;
    // Idle first (the meter's own jitter), then open; each answer starts the next step.
    QTimer::singleShot(500, &app, [&] {
        idle = meter.reset();
        answer.start();
        view = std::make_unique<Ui::DashboardView>(path, Pricing::Budgets{});
        view->resize(1400, 1000);
        view->show();
        QObject::connect(view.get(), &Ui::DashboardView::updated, &app, [&] {
            const QString name =
                next == 0 ? QStringLiteral("open (last 30 days)") : steps[next - 1].name;
            // Let the charts paint before closing the window: a stall in painting counts too.
            QTimer::singleShot(100, &app, [&, name] {
                out << QStringLiteral("  %1 answer after %2 ms, longest GUI stall %3 ms\n")
                           .arg(name, -22)
                           .arg(answer.elapsed() - 100, 5)
                           .arg(meter.reset(), 6, 'f', 1);
                out.flush();
                if (next == steps.size()) {
                    out << QStringLiteral("longest GUI stall over the whole run: %1 ms (timer "
                                          "alone, idle: %2 ms)\n")
                               .arg(meter.overall(), 0, 'f', 1)
                               .arg(idle, 0, 'f', 1);
                    app.quit();
                    return;
                }
                answer.start();
                steps[next++].run(*view);
            });
        });
    });
    out << "the dashboard, step by step:\n";
    const int status = app.exec();
    view.reset();
    return status;
}
