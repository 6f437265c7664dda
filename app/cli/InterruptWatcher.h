#pragma once

#include <QObject>

class QSocketNotifier;

/// Turns Ctrl+C into a Qt signal, so that it cancels the running request cleanly (and records it)
/// instead of killing the process mid-write: SIGINT/SIGTERM through a self-pipe on Unix, Ctrl+C and
/// Ctrl+Break through a console control handler on Windows. Elsewhere it never fires and Ctrl+C
/// ends the process as usual. One at a time per process: the handlers are process-wide.
class InterruptWatcher final : public QObject {
    Q_OBJECT

public:
    explicit InterruptWatcher(QObject* parent = nullptr);
    ~InterruptWatcher() override;

Q_SIGNALS:
    void interrupted(int signalNumber);

private:
    QSocketNotifier* m_notifier = nullptr;
};
