#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

namespace Ui {

/// What the code highlighter needs to know of a language: its words and how it writes comments
/// and strings. One table per family: C/C++, Python, JavaScript/TypeScript, JSON, shell, Rust, Go.
struct CodeLanguage {
    QString name; ///< the canonical name: "cpp", "python", "javascript", "json", "shell", …
    QSet<QString> keywords;
    QSet<QString> types;            ///< built-in types and well-known type names
    QSet<QString> literals;         ///< true, false, null, None, nullptr…
    QStringList lineComments;       ///< e.g. "//", "#"
    bool blockComments = false;     ///< /* … */
    bool hashPreprocessor = false;  ///< C's #include lines
    bool tripleQuotes = false;      ///< Python's """…""" and '''…'''
    bool backtickStrings = false;   ///< JS template strings and Go raw strings, may span lines
    bool singleQuoteStrings = true; ///< false in Rust, where ' starts lifetimes too
    bool shellVariables = false;    ///< $NAME, ${NAME}
    bool jsonKeys = false;          ///< "key": coloured apart from values
    bool macroBang = false;         ///< Rust's println!

    /// The language of a fence's info string ("py", "c++", "tsx", "console"…), or null when the
    /// highlighter does not know it (the code is then shown plain).
    static const CodeLanguage* forFenceInfo(QStringView info);
};

} // namespace Ui
