#pragma once

#include <QFrame>

class QLabel;
class QPlainTextEdit;
class QToolButton;

namespace Ui {

class CodeHighlighter;

/// A fenced code block of a message: a header with the language and a Copy button, and the code
/// monospaced, coloured for its language, unwrapped (long lines scroll sideways). As tall as its
/// lines. Streaming code only appends, so a long block grows without being laid out again.
class CodeBlockView final : public QFrame {
    Q_OBJECT

public:
    explicit CodeBlockView(const QString& language, QWidget* parent = nullptr);

    /// The code shown (a final newline is not shown). Text that extends what is shown is appended.
    void setCode(const QString& code);
    QString code() const;
    QString language() const { return m_language; }
    QToolButton* copyButton() const { return m_copy; }
    QPlainTextEdit* editor() const { return m_editor; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void copied();

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void copy();
    int contentHeight() const;
    void updateHeight();
    void applyPalette();

    QString m_language;
    QString m_shown;
    QWidget* m_header;
    QLabel* m_languageLabel;
    QToolButton* m_copy;
    QPlainTextEdit* m_editor;
    CodeHighlighter* m_highlighter;
    int m_widestLine = 0;
    bool m_horizontalBar = false;
    bool m_applyingPalette = false;
    QColor m_blockColour;
    QColor m_headerColour;
    QColor m_borderColour;
};

} // namespace Ui
