#pragma once

#include <QObject>

class QSocketNotifier;

/// Turns SIGINT/SIGTERM into a Qt signal through a self-pipe, so a Ctrl+C cancels the running
/// request cleanly (and records it) instead of killing the process mid-write.
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
