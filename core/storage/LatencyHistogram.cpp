#include "storage/LatencyHistogram.h"

#include <algorithm>
#include <cmath>

namespace Storage {
namespace {

constexpr double kRatio = 1.1;

qint64 nearestRank(qint64 count, double fraction)
{
    const auto rank = static_cast<qint64>(std::ceil(fraction * static_cast<double>(count)));
    return std::clamp<qint64>(rank, 1, count);
}

} // namespace

int latencyBucket(double value)
{
    const double clamped = std::max(value, 0.001);
    return static_cast<int>(std::floor(std::log(clamped) / std::log(kRatio)));
}

double latencyBucketMiddle(int bucket)
{
    return std::pow(kRatio, bucket + 0.5);
}

std::optional<double> tokensPerSecond(std::optional<qint64> outputTokens,
                                      std::optional<qint64> ttftMs, qint64 totalMs)
{
    if (!outputTokens || *outputTokens <= 0 || !ttftMs || totalMs <= *ttftMs)
        return std::nullopt;
    return static_cast<double>(*outputTokens) * 1000.0 / static_cast<double>(totalMs - *ttftMs);
}

void LatencyHistogram::add(int bucket, qint64 samples)
{
    if (samples <= 0)
        return;
    m_counts[bucket] += samples;
    m_samples += samples;
}

void LatencyHistogram::merge(const LatencyHistogram& other)
{
    for (auto it = other.m_counts.cbegin(); it != other.m_counts.cend(); ++it)
        add(it.key(), it.value());
}

std::optional<double> LatencyHistogram::percentile(double fraction) const
{
    if (m_samples == 0)
        return std::nullopt;
    const qint64 rank = nearestRank(m_samples, fraction);
    qint64 seen = 0;
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it) {
        seen += it.value();
        if (seen >= rank)
            return latencyBucketMiddle(it.key());
    }
    return latencyBucketMiddle(m_counts.lastKey());
}

std::optional<double> exactPercentile(QList<double>& values, double fraction)
{
    if (values.isEmpty())
        return std::nullopt;
    const qint64 rank = nearestRank(values.size(), fraction);
    std::nth_element(values.begin(), values.begin() + (rank - 1), values.end());
    return values.at(rank - 1);
}

} // namespace Storage
