#pragma once

#include <QList>
#include <QString>

namespace Ui {

/// One piece of a message's Markdown: prose (rendered by QTextDocument's Markdown support) or a
/// top-level fenced code block (shown in a code view with a copy button and colouring).
struct MarkdownSegment {
    enum class Kind { Prose, Code };
    Kind kind = Kind::Prose;
    QString text;        ///< prose: Markdown; code: the code itself, without the fences
    QString language;    ///< code: the first word of the fence's info string, e.g. "python"
    bool closed = false; ///< code: its closing fence arrived

    friend bool operator==(const MarkdownSegment&, const MarkdownSegment&) = default;
};

/// Cuts Markdown into segments as it streams in. Text is appended in any pieces; whole lines are
/// assigned to segments, and a segment before the last never changes again, so a view renders it
/// once. Top-level fences (indented at most three spaces, ``` or ~~~, CommonMark's closing rule)
/// become code segments. Long prose is cut at blank lines (and, when no blank line comes, at the
/// start of a list item or heading) so that re-rendering the live segment stays cheap however
/// long the answer grows.
class MarkdownSegmenter {
public:
    /// Prose segments are cut at a blank line once they hold this many lines.
    static constexpr int kProseLines = 24;

    void append(QStringView text);
    /// The end of the text: the last line counts even without its newline.
    void finish();

    /// The segments as far as whole lines go (the line still arriving is not in them).
    const QList<MarkdownSegment>& segments() const { return m_segments; }

    /// The segments as they should be shown now: the whole lines, and the part of a line still
    /// arriving (unless it may turn out to be a fence, which waits until it is whole).
    qsizetype liveCount() const;
    MarkdownSegment liveSegment(qsizetype index) const;
    /// How many leading live segments are final: they will never change again.
    qsizetype finalCount() const;

    /// The whole text at once.
    static QList<MarkdownSegment> split(const QString& markdown);

private:
    void addLine(const QString& line);
    void addProseLine(const QString& line);
    bool opensFence(const QString& line);
    bool closesFence(const QString& line) const;
    bool partialShown() const;
    bool partialStartsSegment() const;

    QList<MarkdownSegment> m_segments;
    QString m_partial;         ///< the line still arriving
    int m_proseLines = 0;      ///< lines in the last prose segment
    bool m_cutPending = false; ///< the last prose segment ended at a blank line: start a new one
    bool m_inFence = false;
    QChar m_fenceChar;
    int m_fenceLength = 0;
    int m_fenceIndent = 0;
    bool m_nestedFence = false; ///< inside a deeper-indented fence in prose: never cut there
    bool m_finished = false;
};

} // namespace Ui
