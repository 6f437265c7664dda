#pragma once

#include "chat/Attempt.h"

#include <QList>
#include <QWidget>

class QLabel;
class QToolButton;
class QVBoxLayout;

namespace Ui {

/// Under an answer: which model and provider answered, time to first token, tokens per second,
/// tokens in and out, cost (estimates marked, unknown said), and one compact line per attempt
/// that did not answer, with its reason in words; each such line opens to the provider's own
/// (redacted) error and why that target was tried.
class AttemptTrailView final : public QWidget {
    Q_OBJECT

public:
    explicit AttemptTrailView(QWidget* parent = nullptr);

    /// The attempts of the request, in any order (shown by attempt index). `finished`: the
    /// request is over (else the failures so far are shown while the answer streams).
    void setAttempts(QList<Chat::Attempt> attempts, bool finished);
    const QList<Chat::Attempt>& attempts() const { return m_attempts; }

    /// The answer's line, empty while there is no winner.
    QString summaryText() const;
    /// One line per attempt that did not answer.
    QStringList failureLines() const;

private:
    void rebuild(bool finished);

    QList<Chat::Attempt> m_attempts;
    QLabel* m_summary;
    QVBoxLayout* m_failures;
    QList<QToolButton*> m_failureButtons;
};

} // namespace Ui
