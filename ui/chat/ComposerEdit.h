#pragma once

#include <QPlainTextEdit>

namespace Ui {

/// Where a message is written: multi-line plain text that grows with its content up to a limit.
/// Enter (and the keypad's Enter) submits; Shift+Enter inserts a new line; Escape cancels (the
/// transcript takes it to stop an answer or leave an edit). Typing into an input method is left
/// alone.
class ComposerEdit final : public QPlainTextEdit {
    Q_OBJECT

public:
    explicit ComposerEdit(QWidget* parent = nullptr);

    /// Lines shown before the field scrolls.
    void setMaximumLines(int lines);
    /// Escape goes to this field (cancelled()) before any window shortcut takes it.
    void setHandlesEscape(bool handles) { m_handlesEscape = handles; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void submitted();
    void cancelled();

protected:
    bool event(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    int heightForLines(int lines) const;
    void fitContent();

    int m_maximumLines = 10;
    int m_lines = 1;
    bool m_handlesEscape = false;
};

} // namespace Ui
