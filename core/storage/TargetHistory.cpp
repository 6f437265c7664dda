#include "storage/TargetHistory.h"

#include "storage/Database.h"

#include <QSqlQuery>
#include <QVariant>

namespace Storage {

TargetHistory::TargetHistory(Database& database)
    : m_database(database)
{}

std::optional<qint64> TargetHistory::median(const char* column, const QString& provider,
                                            const QString& model, const QDateTime& since,
                                            int* samples) const
{
    // The attempts_model index (provider, model, started_at_ms) serves the filter; the median is
    // taken with OFFSET over the sorted values, so only one row comes back.
    const QString where =
        QStringLiteral("FROM attempts WHERE provider = ? AND model = ? AND started_at_ms >= ? "
                       "AND outcome = 'ok' AND %1 IS NOT NULL")
            .arg(QLatin1String(column));
    QSqlQuery count(m_database.connection());
    count.prepare(QStringLiteral("SELECT count(*) ") + where);
    count.addBindValue(provider);
    count.addBindValue(model);
    count.addBindValue(since.toMSecsSinceEpoch());
    if (!count.exec() || !count.next())
        return std::nullopt;
    const int n = count.value(0).toInt();
    if (samples)
        *samples = n;
    if (n == 0)
        return std::nullopt;
    QSqlQuery middle(m_database.connection());
    middle.prepare(QStringLiteral("SELECT %1 ").arg(QLatin1String(column)) + where
                   + QStringLiteral(" ORDER BY %1 LIMIT 1 OFFSET ?").arg(QLatin1String(column)));
    middle.addBindValue(provider);
    middle.addBindValue(model);
    middle.addBindValue(since.toMSecsSinceEpoch());
    middle.addBindValue((n - 1) / 2);
    if (!middle.exec() || !middle.next())
        return std::nullopt;
    return middle.value(0).toLongLong();
}

std::optional<qint64> TargetHistory::medianTtftMs(const QString& provider, const QString& model,
                                                  const QDateTime& since, int* samples) const
{
    return median("ttft_ms", provider, model, since, samples);
}

std::optional<qint64> TargetHistory::typicalOutputTokens(const QString& provider,
                                                         const QString& model,
                                                         const QDateTime& since) const
{
    return median("output_tokens", provider, model, since, nullptr);
}

} // namespace Storage
