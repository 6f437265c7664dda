#pragma once

#include <QByteArray>

namespace Secrets {

/// What a key typed, pasted or piped in may look like, before it goes to the keychain.
struct KeyText {
    /// Longer than any provider's key by far; more is a file piped in by mistake.
    static constexpr qsizetype kMaxBytes = 16 * 1024;

    /// The key without one trailing line end ("\n" or "\r\n"): a pasted line, `echo KEY |`.
    static QByteArray withoutLineEnd(QByteArray bytes);
    /// Printable ASCII without spaces, on one line: what every provider's keys look like.
    static bool isPlausible(const QByteArray& bytes);
};

} // namespace Secrets
