#include "secrets/KeyText.h"

#include <algorithm>

namespace Secrets {

QByteArray KeyText::withoutLineEnd(QByteArray bytes)
{
    if (bytes.endsWith("\r\n"))
        bytes.chop(2);
    else if (bytes.endsWith('\n'))
        bytes.chop(1);
    return bytes;
}

bool KeyText::isPlausible(const QByteArray& bytes)
{
    return !bytes.isEmpty() && bytes.size() <= kMaxBytes
           && std::all_of(bytes.begin(), bytes.end(), [](char c) { return c > 0x20 && c < 0x7f; });
}

} // namespace Secrets
