#include "PeriodSelector.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>

namespace Ui {

PeriodSelector::PeriodSelector(QWidget* parent)
    : QWidget(parent)
    , m_preset(new QComboBox)
    , m_from(new QDateEdit)
    , m_to(new QDateEdit)
{
    m_preset->setObjectName(QStringLiteral("periodPreset"));
    m_preset->addItem(tr("Today"), int(Preset::Today));
    m_preset->addItem(tr("Last 7 days"), int(Preset::Last7Days));
    m_preset->addItem(tr("Last 30 days"), int(Preset::Last30Days));
    m_preset->addItem(tr("This month"), int(Preset::ThisMonth));
    m_preset->addItem(tr("Custom…"), int(Preset::Custom));
    m_preset->setCurrentIndex(int(Preset::Last30Days));
    m_preset->setAccessibleName(tr("Period"));
    const QDate today = QDate::currentDate();
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        edit->setMaximumDate(today.addYears(1));
        edit->setVisible(false);
    }
    m_from->setObjectName(QStringLiteral("periodFrom"));
    m_to->setObjectName(QStringLiteral("periodTo"));
    m_from->setAccessibleName(tr("First day"));
    m_to->setAccessibleName(tr("Last day"));
    m_from->setDate(today.addDays(-29));
    m_to->setDate(today);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* label = new QLabel(tr("&Period:"));
    label->setBuddy(m_preset);
    layout->addWidget(label);
    layout->addWidget(m_preset);
    layout->addWidget(m_from);
    layout->addWidget(m_to);

    connect(m_preset, &QComboBox::currentIndexChanged, this, &PeriodSelector::presetChosen);
    for (QDateEdit* edit : {m_from, m_to}) {
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            // Keep the range ordered: moving one end past the other moves both.
            if (m_from->date() > m_to->date()) {
                const QSignalBlocker blockFrom(m_from);
                const QSignalBlocker blockTo(m_to);
                if (sender() == m_from)
                    m_to->setDate(m_from->date());
                else
                    m_from->setDate(m_to->date());
            }
            Q_EMIT changed();
        });
    }
}

PeriodSelector::Preset PeriodSelector::preset() const
{
    return Preset(m_preset->currentData().toInt());
}

void PeriodSelector::setPreset(Preset preset)
{
    m_preset->setCurrentIndex(m_preset->findData(int(preset)));
}

void PeriodSelector::setCustomRange(const QDate& first, const QDate& last)
{
    {
        const QSignalBlocker blockPreset(m_preset);
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        m_preset->setCurrentIndex(m_preset->findData(int(Preset::Custom)));
        m_from->setDate(first);
        m_to->setDate(std::max(first, last));
        m_from->setVisible(true);
        m_to->setVisible(true);
    }
    Q_EMIT changed();
}

void PeriodSelector::presetChosen()
{
    const bool custom = preset() == Preset::Custom;
    m_from->setVisible(custom);
    m_to->setVisible(custom);
    Q_EMIT changed();
}

Storage::StatsPeriod PeriodSelector::period(const QDateTime& now) const
{
    switch (preset()) {
    case Preset::Today:
        return Storage::StatsPeriod::dayOf(now);
    case Preset::Last7Days:
        return *Storage::StatsPeriod::parseSince(QStringLiteral("7d"), now);
    case Preset::Last30Days:
        return *Storage::StatsPeriod::parseSince(QStringLiteral("30d"), now);
    case Preset::ThisMonth:
        return Storage::StatsPeriod::monthOf(now);
    case Preset::Custom:
        return {m_from->date().startOfDay(), m_to->date().addDays(1).startOfDay()};
    }
    return Storage::StatsPeriod::dayOf(now);
}

QString PeriodSelector::describe(const QDateTime& now) const
{
    const Storage::StatsPeriod p = period(now);
    const QLocale locale;
    const QDate first = p.from.toLocalTime().date();
    const QDate last =
        p.to.isValid() ? p.to.addMSecs(-1).toLocalTime().date() : now.toLocalTime().date();
    const QString format = QStringLiteral("MMM d, yyyy");
    const QString range = first == last ? locale.toString(first, format)
                                        : tr("%1 – %2").arg(locale.toString(first, format),
                                                            locale.toString(last, format));
    return preset() == Preset::Custom ? range : tr("%1 (%2)").arg(m_preset->currentText(), range);
}

} // namespace Ui
