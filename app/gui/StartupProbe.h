#pragma once

#include <QElapsedTimer>
#include <QObject>

class QWidget;

/// For the start-up benchmark (`switchboard --print-startup`): waits for the first paint of the
/// main window, lets the event loop run what was queued behind it, then prints how long that took
/// since main() began and the resident memory, and quits when asked to.
class StartupProbe final : public QObject {
    Q_OBJECT

public:
    StartupProbe(QWidget& window, const QElapsedTimer& sinceMain, bool quitAfter,
                 QObject* parent = nullptr);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void report();

    const QElapsedTimer& m_sinceMain;
    bool m_quitAfter;
    bool m_painted = false;
};
