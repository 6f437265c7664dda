#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace Storage {

/// A span of time the statistics cover: [from, to). An invalid `to` is open-ended (until now and
/// anything recorded later), which lets whole days come from the rollup.
struct StatsPeriod {
    QDateTime from;
    QDateTime to;

    /// `--since` forms: `Nd` (the last N calendar days, today included, from local midnight),
    /// `Nh` (the last N hours), `YYYY-MM-DD` (from that local date), `all`. Open-ended.
    static std::optional<StatsPeriod> parseSince(const QString& text, const QDateTime& now,
                                                 QString* error = nullptr);
    /// The local calendar month that contains `now`, open-ended.
    static StatsPeriod monthOf(const QDateTime& now);
    /// The local day that contains `now`, open-ended.
    static StatsPeriod dayOf(const QDateTime& now);
};

} // namespace Storage
