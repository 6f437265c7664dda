#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace Ui {

struct CodeLanguage;

/// Colours code in a code block: keywords, types, literals, strings, numbers, comments,
/// preprocessor lines, JSON keys, shell variables. A small scanner per line (strings and comments
/// that span lines carry over in the block state), so highlighting a long answer as it streams
/// costs only the new lines. Unknown languages stay plain.
class CodeHighlighter final : public QSyntaxHighlighter {
    Q_OBJECT

public:
    CodeHighlighter(QTextDocument* document, const CodeLanguage* language, bool dark);

    /// The colour scheme for a light or dark background; re-highlights.
    void setDark(bool dark);
    const CodeLanguage* language() const { return m_language; }

protected:
    void highlightBlock(const QString& text) override;

private:
    enum State { Normal = 0, BlockComment = 1, TripleDouble = 2, TripleSingle = 3, Backtick = 4 };

    qsizetype continueState(const QString& text, int state);
    qsizetype scanString(const QString& text, qsizetype from, QChar quote);
    void setColours(bool dark);

    const CodeLanguage* m_language;
    QTextCharFormat m_keyword, m_type, m_literal, m_string, m_number, m_comment, m_preprocessor,
        m_key, m_variable, m_function;
};

} // namespace Ui
