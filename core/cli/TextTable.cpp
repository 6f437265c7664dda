#include "cli/TextTable.h"

#include <algorithm>

namespace Cli {

QString textTable(const QList<QStringList>& rows, int leftColumns)
{
    QList<qsizetype> widths;
    for (const QStringList& row : rows) {
        if (widths.size() < row.size())
            widths.resize(row.size(), 0);
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], row[i].size());
    }
    QString text;
    for (const QStringList& row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (i > 0)
                line += QStringLiteral("  ");
            line += i < leftColumns ? row[i].leftJustified(widths[i])
                                    : row[i].rightJustified(widths[i]);
        }
        text += line.trimmed() + u'\n';
    }
    return text;
}

} // namespace Cli
