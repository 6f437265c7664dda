#include "CodeHighlighter.h"

#include "CodeLanguage.h"

namespace Ui {
namespace {

bool isWordStart(QChar c)
{
    return c.isLetter() || c == u'_';
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

QTextCharFormat colour(const QColor& c, bool bold = false, bool italic = false)
{
    QTextCharFormat f;
    f.setForeground(c);
    if (bold)
        f.setFontWeight(QFont::DemiBold);
    f.setFontItalic(italic);
    return f;
}

} // namespace

CodeHighlighter::CodeHighlighter(QTextDocument* document, const CodeLanguage* language, bool dark)
    : QSyntaxHighlighter(document)
    , m_language(language)
{
    setColours(dark);
}

void CodeHighlighter::setDark(bool dark)
{
    setColours(dark);
    rehighlight();
}

void CodeHighlighter::setColours(bool dark)
{
    // Two quiet schemes in the spirit of GitHub's light and dark code colours.
    m_keyword = colour(dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xcf, 0x22, 0x2e), true);
    m_type = colour(dark ? QColor(0xff, 0xa6, 0x57) : QColor(0x95, 0x38, 0x00));
    m_literal = colour(dark ? QColor(0x79, 0xc0, 0xff) : QColor(0x05, 0x50, 0xae));
    m_string = colour(dark ? QColor(0xa5, 0xd6, 0xff) : QColor(0x0a, 0x30, 0x69));
    m_number = colour(dark ? QColor(0x79, 0xc0, 0xff) : QColor(0x05, 0x50, 0xae));
    m_comment = colour(dark ? QColor(0x8b, 0x94, 0x9e) : QColor(0x6e, 0x77, 0x81), false, true);
    m_preprocessor = colour(dark ? QColor(0xd2, 0xa8, 0xff) : QColor(0x82, 0x50, 0xdf));
    m_key = colour(dark ? QColor(0x7e, 0xe7, 0x87) : QColor(0x11, 0x63, 0x29));
    m_variable = colour(dark ? QColor(0xff, 0xa6, 0x57) : QColor(0x95, 0x38, 0x00));
    m_function = colour(dark ? QColor(0xd2, 0xa8, 0xff) : QColor(0x82, 0x50, 0xdf));
}

qsizetype CodeHighlighter::continueState(const QString& text, int state)
{
    QString end;
    QTextCharFormat* format = &m_string;
    switch (state) {
    case BlockComment:
        end = QStringLiteral("*/");
        format = &m_comment;
        break;
    case TripleDouble:
        end = QStringLiteral("\"\"\"");
        break;
    case TripleSingle:
        end = QStringLiteral("'''");
        break;
    case Backtick:
        end = QStringLiteral("`");
        break;
    default:
        return 0;
    }
    const qsizetype at = text.indexOf(end);
    if (at < 0) {
        setFormat(0, int(text.size()), *format);
        setCurrentBlockState(state);
        return text.size();
    }
    setFormat(0, int(at + end.size()), *format);
    return at + end.size();
}

qsizetype CodeHighlighter::scanString(const QString& text, qsizetype from, QChar quote)
{
    qsizetype i = from + 1;
    while (i < text.size()) {
        if (text.at(i) == u'\\') {
            i += 2;
            continue;
        }
        if (text.at(i) == quote)
            return i + 1;
        ++i;
    }
    return text.size();
}

void CodeHighlighter::highlightBlock(const QString& text)
{
    setCurrentBlockState(Normal);
    if (!m_language)
        return;
    const CodeLanguage& l = *m_language;
    qsizetype i = continueState(text, previousBlockState());
    if (currentBlockState() != Normal)
        return;

    if (l.hashPreprocessor && text.trimmed().startsWith(u'#')) {
        setFormat(0, int(text.size()), m_preprocessor);
        return;
    }
    while (i < text.size()) {
        const QChar c = text.at(i);
        bool comment = false;
        for (const QString& marker : l.lineComments) {
            if (QStringView(text).mid(i).startsWith(marker)) {
                // In the shell, # starts a comment only at a word's start ("$#", "a#b" are not).
                if (l.shellVariables && i > 0 && !text.at(i - 1).isSpace())
                    continue;
                comment = true;
            }
        }
        if (comment) {
            setFormat(int(i), int(text.size() - i), m_comment);
            return;
        }
        if (l.blockComments && QStringView(text).mid(i).startsWith(u"/*")) {
            const qsizetype end = text.indexOf(QStringLiteral("*/"), i + 2);
            if (end < 0) {
                setFormat(int(i), int(text.size() - i), m_comment);
                setCurrentBlockState(BlockComment);
                return;
            }
            setFormat(int(i), int(end + 2 - i), m_comment);
            i = end + 2;
            continue;
        }
        if (l.tripleQuotes
            && (QStringView(text).mid(i).startsWith(u"\"\"\"")
                || QStringView(text).mid(i).startsWith(u"'''"))) {
            const QString quote = text.mid(i, 3);
            const qsizetype end = text.indexOf(quote, i + 3);
            if (end < 0) {
                setFormat(int(i), int(text.size() - i), m_string);
                setCurrentBlockState(c == u'"' ? TripleDouble : TripleSingle);
                return;
            }
            setFormat(int(i), int(end + 3 - i), m_string);
            i = end + 3;
            continue;
        }
        if (l.backtickStrings && c == u'`') {
            const qsizetype end = text.indexOf(u'`', i + 1);
            if (end < 0) {
                setFormat(int(i), int(text.size() - i), m_string);
                setCurrentBlockState(Backtick);
                return;
            }
            setFormat(int(i), int(end + 1 - i), m_string);
            i = end + 1;
            continue;
        }
        if (c == u'"' || (c == u'\'' && l.singleQuoteStrings)) {
            const qsizetype end = c == u'\'' && l.shellVariables ? text.indexOf(u'\'', i + 1) + 1
                                                                 : scanString(text, i, c);
            const qsizetype stop = end <= i ? text.size() : end;
            qsizetype after = stop;
            while (after < text.size() && text.at(after).isSpace())
                ++after;
            const bool key = l.jsonKeys && after < text.size() && text.at(after) == u':';
            setFormat(int(i), int(stop - i), key ? m_key : m_string);
            i = stop;
            continue;
        }
        if (c == u'\'' && !l.singleQuoteStrings && !l.jsonKeys) {
            // Rust: 'x' and '\n' are characters, 'a is a lifetime.
            if (i + 2 < text.size() && text.at(i + 2) == u'\'') {
                setFormat(int(i), 3, m_string);
                i += 3;
                continue;
            }
            if (i + 1 < text.size() && text.at(i + 1) == u'\\') {
                const qsizetype end = text.indexOf(u'\'', i + 2);
                const qsizetype stop = end < 0 ? text.size() : end + 1;
                setFormat(int(i), int(stop - i), m_string);
                i = stop;
                continue;
            }
            qsizetype j = i + 1;
            while (j < text.size() && isWordChar(text.at(j)))
                ++j;
            setFormat(int(i), int(j - i), m_type);
            i = std::max(j, i + 1);
            continue;
        }
        if (l.shellVariables && c == u'$') {
            qsizetype j = i + 1;
            if (j < text.size() && text.at(j) == u'{') {
                const qsizetype end = text.indexOf(u'}', j);
                j = end < 0 ? text.size() : end + 1;
            } else {
                while (j < text.size()
                       && (isWordChar(text.at(j)) || text.at(j) == u'?' || text.at(j) == u'@'
                           || text.at(j) == u'#'))
                    ++j;
            }
            setFormat(int(i), int(j - i), m_variable);
            i = std::max(j, i + 1);
            continue;
        }
        if (c.isDigit() && (i == 0 || !isWordChar(text.at(i - 1)))) {
            qsizetype j = i + 1;
            while (j < text.size()
                   && (text.at(j).isLetterOrNumber() || text.at(j) == u'.' || text.at(j) == u'_'
                       || text.at(j) == u'\''))
                ++j;
            setFormat(int(i), int(j - i), m_number);
            i = j;
            continue;
        }
        if (isWordStart(c)) {
            qsizetype j = i + 1;
            while (j < text.size() && isWordChar(text.at(j)))
                ++j;
            const QString word = text.mid(i, j - i);
            if (l.keywords.contains(word))
                setFormat(int(i), int(j - i), m_keyword);
            else if (l.literals.contains(word))
                setFormat(int(i), int(j - i), m_literal);
            else if (l.types.contains(word))
                setFormat(int(i), int(j - i), m_type);
            else if (l.macroBang && j < text.size() && text.at(j) == u'!')
                setFormat(int(i), int(j + 1 - i), m_preprocessor);
            else if (j < text.size() && text.at(j) == u'(')
                setFormat(int(i), int(j - i), m_function);
            i = j;
            continue;
        }
        ++i;
    }
}

} // namespace Ui
