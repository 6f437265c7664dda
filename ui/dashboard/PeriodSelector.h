#pragma once

#include "storage/StatsPeriod.h"

#include <QWidget>

class QComboBox;
class QDateEdit;

namespace Ui {

/// Which days the dashboard covers: today, the last 7 or 30 days, this month, or a custom
/// range of whole days (two date edits, shown only for it).
class PeriodSelector final : public QWidget {
    Q_OBJECT

public:
    enum class Preset { Today, Last7Days, Last30Days, ThisMonth, Custom };

    explicit PeriodSelector(QWidget* parent = nullptr);

    Preset preset() const;
    void setPreset(Preset preset);
    /// Selects Custom with `first` to `last`, both included.
    void setCustomRange(const QDate& first, const QDate& last);
    /// The period as of `now`: open-ended presets, a bounded custom range.
    Storage::StatsPeriod period(const QDateTime& now) const;
    /// "Last 7 days (Nov 18 – Nov 24, 2026)": the period in words, for titles and the report.
    QString describe(const QDateTime& now) const;

Q_SIGNALS:
    void changed();

private:
    void presetChosen();

    QComboBox* m_preset;
    QDateEdit* m_from;
    QDateEdit* m_to;
};

} // namespace Ui
