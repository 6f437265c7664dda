#include "cli/CsvLine.h"

namespace Cli {

QString csvLine(const QStringList& cells)
{
    QStringList quoted;
    quoted.reserve(cells.size());
    for (const QString& cell : cells) {
        if (cell.contains(u',') || cell.contains(u'"') || cell.contains(u'\n')
            || cell.contains(u'\r')) {
            QString escaped = cell;
            escaped.replace(QStringLiteral("\""), QStringLiteral("\"\""));
            quoted.append(u'"' + escaped + u'"');
        } else {
            quoted.append(cell);
        }
    }
    return quoted.join(u',') + QStringLiteral("\r\n");
}

} // namespace Cli
