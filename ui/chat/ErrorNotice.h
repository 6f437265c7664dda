#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace Ui {

/// What went wrong, in place under the message it concerns: a heading in plain words, what to do,
/// and the buttons that do it (Retry; Open Settings when a key or route is missing). Never a
/// dialog.
class ErrorNotice final : public QFrame {
    Q_OBJECT

public:
    explicit ErrorNotice(QWidget* parent = nullptr);

    void setProblem(const QString& heading, const QString& detail, bool offerRetry,
                    bool offerSettings);
    QString heading() const;
    QString detail() const;
    QPushButton* retryButton() const { return m_retry; }
    QPushButton* settingsButton() const { return m_settings; }

Q_SIGNALS:
    void retryRequested();
    void settingsRequested();

protected:
    void changeEvent(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    void applyPalette();

    QLabel* m_heading;
    QLabel* m_detail;
    QPushButton* m_retry;
    QPushButton* m_settings;
    bool m_applyingPalette = false;
    QColor m_fill;
    QColor m_border;
};

} // namespace Ui
