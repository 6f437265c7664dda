#include "MarkdownSegments.h"

namespace Ui {
namespace {

int leadingSpaces(QStringView line)
{
    int n = 0;
    while (n < line.size() && line.at(n) == u' ')
        ++n;
    return n;
}

/// A fence line: at least three ` or ~ after `indent` spaces. Returns its length, 0 if none.
int fenceRun(QStringView line, int indent, QChar* fenceChar)
{
    if (indent >= line.size())
        return 0;
    const QChar c = line.at(indent);
    if (c != u'`' && c != u'~')
        return 0;
    int n = 0;
    while (indent + n < line.size() && line.at(indent + n) == c)
        ++n;
    if (n < 3)
        return 0;
    // A backtick fence's info string may not contain a backtick.
    if (c == u'`' && line.mid(indent + n).contains(u'`'))
        return 0;
    *fenceChar = c;
    return n;
}

bool isBlank(QStringView line)
{
    return line.trimmed().isEmpty();
}

/// A line that starts a block of its own, where prose can be cut without changing its meaning.
bool startsBlock(QStringView line)
{
    const QStringView t = line.trimmed();
    if (t.isEmpty() || leadingSpaces(line) > 3)
        return false;
    if (t.startsWith(u'#'))
        return true;
    if ((t.startsWith(u"- ") || t.startsWith(u"* ") || t.startsWith(u"+ ")))
        return true;
    int digits = 0;
    while (digits < t.size() && digits < 9 && t.at(digits).isDigit())
        ++digits;
    return digits > 0 && digits + 1 < t.size() && (t.at(digits) == u'.' || t.at(digits) == u')')
           && t.at(digits + 1) == u' ';
}

} // namespace

void MarkdownSegmenter::append(QStringView text)
{
    qsizetype from = 0;
    while (from < text.size()) {
        const qsizetype newline = text.indexOf(u'\n', from);
        if (newline < 0) {
            m_partial += text.mid(from);
            return;
        }
        m_partial += text.mid(from, newline - from);
        if (m_partial.endsWith(u'\r'))
            m_partial.chop(1);
        addLine(m_partial);
        m_partial.clear();
        from = newline + 1;
    }
}

void MarkdownSegmenter::finish()
{
    if (!m_partial.isEmpty()) {
        addLine(m_partial);
        m_partial.clear();
    }
    m_finished = true;
}

bool MarkdownSegmenter::partialShown() const
{
    if (m_partial.isEmpty() || m_finished)
        return false;
    const int indent = leadingSpaces(m_partial);
    if (indent > 3)
        return true;
    const QStringView rest = QStringView(m_partial).mid(indent);
    if (!rest.startsWith(u'`') && !rest.startsWith(u'~'))
        return true;
    // Could still become a fence (an opening one, or the closing one): wait for the whole line.
    const QChar c = rest.at(0);
    qsizetype run = 0;
    while (run < rest.size() && rest.at(run) == c)
        ++run;
    return run < rest.size() && run < 3;
}

bool MarkdownSegmenter::partialStartsSegment() const
{
    if (!partialShown() || m_inFence)
        return false;
    return m_cutPending || m_segments.isEmpty()
           || m_segments.constLast().kind == MarkdownSegment::Kind::Code;
}

qsizetype MarkdownSegmenter::liveCount() const
{
    return m_segments.size() + (partialStartsSegment() ? 1 : 0);
}

MarkdownSegment MarkdownSegmenter::liveSegment(qsizetype index) const
{
    if (index < m_segments.size() - 1)
        return m_segments.at(index);
    if (partialStartsSegment()) {
        if (index < m_segments.size())
            return m_segments.at(index);
        return MarkdownSegment{MarkdownSegment::Kind::Prose, m_partial, {}, false};
    }
    MarkdownSegment last = m_segments.value(index);
    if (partialShown())
        last.text += m_inFence ? m_partial.mid(std::min(leadingSpaces(m_partial), m_fenceIndent))
                               : m_partial;
    return last;
}

qsizetype MarkdownSegmenter::finalCount() const
{
    const qsizetype count = liveCount();
    return m_finished ? count : std::max<qsizetype>(0, count - 1);
}

void MarkdownSegmenter::addLine(const QString& line)
{
    if (m_inFence) {
        if (closesFence(line)) {
            m_inFence = false;
            m_segments.last().closed = true;
            m_cutPending = true;
            return;
        }
        MarkdownSegment& code = m_segments.last();
        code.text += line.mid(std::min(leadingSpaces(line), m_fenceIndent));
        code.text += u'\n';
        return;
    }
    if (!m_nestedFence && opensFence(line))
        return;
    addProseLine(line);
}

void MarkdownSegmenter::addProseLine(const QString& line)
{
    // A fence indented four spaces or more (inside a list item) stays prose; never cut inside it.
    QChar c;
    const int indent = leadingSpaces(line);
    if (indent > 3 && fenceRun(line, indent, &c) > 0)
        m_nestedFence = !m_nestedFence;

    const bool canCut = !m_nestedFence && !m_segments.isEmpty()
                        && m_segments.constLast().kind == MarkdownSegment::Kind::Prose;
    if (canCut && !m_cutPending) {
        // No blank line for a long while: cut before a list item or heading, and at worst
        // anywhere, so the live segment stays small.
        if ((m_proseLines >= 2 * kProseLines && startsBlock(line))
            || m_proseLines >= 4 * kProseLines)
            m_cutPending = true;
    }
    if (m_cutPending && isBlank(line) && !m_segments.isEmpty()) {
        // Blank lines between segments belong to the prose before them; after code they say
        // nothing.
        if (m_segments.constLast().kind == MarkdownSegment::Kind::Prose)
            m_segments.last().text += u'\n';
        return;
    }
    if (m_cutPending || m_segments.isEmpty()
        || m_segments.constLast().kind != MarkdownSegment::Kind::Prose) {
        m_segments.append(MarkdownSegment{MarkdownSegment::Kind::Prose, {}, {}, false});
        m_proseLines = 0;
        m_cutPending = false;
    }
    MarkdownSegment& prose = m_segments.last();
    prose.text += line;
    prose.text += u'\n';
    ++m_proseLines;
    if (!m_nestedFence && isBlank(line) && m_proseLines >= kProseLines)
        m_cutPending = true;
}

bool MarkdownSegmenter::opensFence(const QString& line)
{
    const int indent = leadingSpaces(line);
    if (indent > 3)
        return false;
    QChar c;
    const int run = fenceRun(line, indent, &c);
    if (run == 0)
        return false;
    const QString info = line.mid(indent + run).trimmed();
    m_segments.append(MarkdownSegment{MarkdownSegment::Kind::Code,
                                      {},
                                      info.section(u' ', 0, 0, QString::SectionSkipEmpty),
                                      false});
    m_inFence = true;
    m_fenceChar = c;
    m_fenceLength = run;
    m_fenceIndent = indent;
    m_cutPending = false;
    return true;
}

bool MarkdownSegmenter::closesFence(const QString& line) const
{
    const int indent = leadingSpaces(line);
    if (indent > 3)
        return false;
    qsizetype run = 0;
    while (indent + run < line.size() && line.at(indent + run) == m_fenceChar)
        ++run;
    return run >= m_fenceLength && line.mid(indent + run).trimmed().isEmpty();
}

QList<MarkdownSegment> MarkdownSegmenter::split(const QString& markdown)
{
    MarkdownSegmenter segmenter;
    segmenter.append(markdown);
    segmenter.finish();
    return segmenter.segments();
}

} // namespace Ui
