#pragma once

#include "storage/StatsSnapshot.h"

#include <QList>
#include <QStringList>
#include <QWidget>

class QLabel;

namespace Ui {

/// The period's headline figures in a row of tiles: spend, requests, tokens, how requests
/// ended, time to first token. Each tile has a caption, a value and a detail line.
class TotalsStrip final : public QWidget {
    Q_OBJECT

public:
    struct Tile {
        QString caption;
        QString value;
        QString detail;
    };

    explicit TotalsStrip(QWidget* parent = nullptr);

    void setSnapshot(const Storage::StatsSnapshot& snapshot);
    /// The tiles as shown (also the report's totals).
    static QList<Tile> tiles(const Storage::StatsSnapshot& snapshot);
    /// The value shown in the tile with `caption`, for tests and accessibility.
    QString valueOf(const QString& caption) const;
    QString detailOf(const QString& caption) const;

private:
    struct TileLabels {
        QLabel* caption;
        QLabel* value;
        QLabel* detail;
    };
    QList<TileLabels> m_tiles;
};

} // namespace Ui
