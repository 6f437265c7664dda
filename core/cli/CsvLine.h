#pragma once

#include <QString>
#include <QStringList>

namespace Cli {

/// One CSV record (RFC 4180): cells with a comma, quote or line break are quoted, quotes
/// doubled; ends with CRLF.
QString csvLine(const QStringList& cells);

} // namespace Cli
