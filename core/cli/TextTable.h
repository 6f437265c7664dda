#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Cli {

/// Rows of cells as an aligned plain-text table, one line per row (trailing spaces trimmed): the
/// first `leftColumns` columns left-justified, the others right-justified, two spaces apart.
QString textTable(const QList<QStringList>& rows, int leftColumns = 1);

} // namespace Cli
